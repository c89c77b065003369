"""Errors a caller can fix, raised by the domain and mapped to `HttpsError` codes by the
callable layer (`citizen_safe.api`), so domain code never imports firebase-functions."""

from __future__ import annotations

from typing import ClassVar


class CallerError(Exception):
    """Something the caller did or asked for; never a bug on our side."""

    code: ClassVar[str] = "failed-precondition"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgument(CallerError):
    code = "invalid-argument"


class NotFound(CallerError):
    code = "not-found"


class AlreadyExists(CallerError):
    code = "already-exists"


class FailedPrecondition(CallerError):
    code = "failed-precondition"


class PermissionDenied(CallerError):
    code = "permission-denied"


class Unauthenticated(CallerError):
    code = "unauthenticated"


class ResourceExhausted(CallerError):
    code = "resource-exhausted"
