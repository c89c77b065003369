"""The one callable layer: every `on_call` function in `main.py` goes through :func:`handle`.

It does the common work once: App Check (when `ENFORCE_APP_CHECK` is on), sign-in, the
officer role, the request object, the per-user rate-limit hook, and the mapping of errors
to `HttpsError` codes — a caller's mistake is never answered `internal`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from firebase_functions.https_fn import CallableRequest, FunctionsErrorCode, HttpsError

from citizen_safe import _firestore, logs
from citizen_safe.errors import CallerError, InvalidArgument

OFFICER_ROLE = "officer"

T = TypeVar("T")

_CODES: dict[str, FunctionsErrorCode] = {
    "invalid-argument": FunctionsErrorCode.INVALID_ARGUMENT,
    "not-found": FunctionsErrorCode.NOT_FOUND,
    "already-exists": FunctionsErrorCode.ALREADY_EXISTS,
    "failed-precondition": FunctionsErrorCode.FAILED_PRECONDITION,
    "permission-denied": FunctionsErrorCode.PERMISSION_DENIED,
    "unauthenticated": FunctionsErrorCode.UNAUTHENTICATED,
    "resource-exhausted": FunctionsErrorCode.RESOURCE_EXHAUSTED,
}


@dataclass(frozen=True)
class Caller:
    """A signed-in caller, as verified by firebase-functions."""

    uid: str
    claims: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_officer(self) -> bool:
        return self.claims.get("role") == OFFICER_ROLE


class Args:
    """The request data, read through checks that answer `invalid-argument` with the name
    of the offending field."""

    def __init__(self, data: object) -> None:
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise InvalidArgument("The request data must be an object.")
        self._data: Mapping[str, object] = data

    def raw(self, key: str) -> object:
        return self._data.get(key)

    def doc_id(self, key: str, what: str) -> str:
        value = self._data.get(key)
        if not _firestore.is_document_id(value):
            raise InvalidArgument(f"'{key}' must be {what}.")
        return str(value)

    def doc_ids(self, key: str, what: str, most: int) -> list[str]:
        values = self._data.get(key)
        if (
            not isinstance(values, list)
            or not 1 <= len(values) <= most
            or not all(_firestore.is_document_id(v) for v in values)
        ):
            raise InvalidArgument(f"'{key}' must be a list of 1-{most} {what}.")
        return [str(v) for v in values]

    def choice(self, key: str, options: Sequence[str]) -> str:
        value = self._data.get(key)
        if not isinstance(value, str) or value not in options:
            quoted = " or ".join(f"'{o}'" for o in options)
            raise InvalidArgument(f"'{key}' must be {quoted}.")
        return value

    def text(self, key: str, *, most: int, least: int = 0, default: str | None = None) -> str:
        value = self._data.get(key, default)
        if not isinstance(value, str) or not least <= len(value.strip()) <= most:
            size = f"{least}-{most}" if least else f"at most {most}"
            raise InvalidArgument(f"'{key}' must be text of {size} characters.")
        return value.strip()

    def whole(self, key: str, *, least: int, most: int, default: int) -> int:
        value = self._data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
            raise InvalidArgument(f"'{key}' must be a whole number {least}-{most}.")
        return value


def iso(value: object) -> str | None:
    """A stored timestamp as callers get it (RFC 3339, UTC); anything else as None."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return None


Handler = Callable[[Caller, Args], T]
RateLimit = Callable[[Caller, str], None]


def _no_limit(caller: Caller, name: str) -> None:
    """Where a per-user rate limit will go (raise `ResourceExhausted` past it)."""


def handle(
    req: CallableRequest[Any],
    body: Handler[T],
    *,
    role: Literal["citizen", "officer"] = "citizen",
    enforce_app_check: bool = False,
    rate_limit: RateLimit = _no_limit,
) -> T:
    """Run one callable: checks first, then `body`, with every error given its code."""
    name = str(os.environ.get("FUNCTION_TARGET") or getattr(body, "__name__", "callable"))
    try:
        if enforce_app_check and req.app is None:
            raise HttpsError(
                FunctionsErrorCode.UNAUTHENTICATED, "This app is not verified by App Check."
            )
        if req.auth is None or not req.auth.uid:
            raise HttpsError(FunctionsErrorCode.UNAUTHENTICATED, "Sign in first.")
        caller = Caller(uid=req.auth.uid, claims=dict(req.auth.token or {}))
        if role == "officer" and not caller.is_officer:
            raise HttpsError(FunctionsErrorCode.PERMISSION_DENIED, "Only officers may do this.")
        rate_limit(caller, name)
        return body(caller, Args(req.data))
    except HttpsError:
        raise
    except CallerError as err:
        raise HttpsError(_CODES[err.code], err.message) from err
    except Exception as err:
        logs.callable_failed(name, err)
        raise HttpsError(FunctionsErrorCode.INTERNAL, "Something went wrong on our side.") from err
