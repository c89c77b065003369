"""Push messages through FCM, behind a small interface so tests use a fake and the
emulators (where FCM cannot run) only log. A failed push never fails the caller and never
loses the in-app notification, which is already committed when this runs."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Protocol

from citizen_safe.notifications.messages import Notification
from citizen_safe.users import store as users

logger = logging.getLogger("citizen_safe.notifications")


class Sender(Protocol):
    def send(self, tokens: Sequence[str], note: Notification) -> list[str]:
        """Send to each token; return the tokens FCM reports as no longer registered."""
        ...


class FcmSender:
    """Firebase Cloud Messaging through the Admin SDK."""

    def send(self, tokens: Sequence[str], note: Notification) -> list[str]:
        from firebase_admin import messaging

        from citizen_safe import _firestore

        message = messaging.MulticastMessage(
            tokens=list(tokens),
            notification=messaging.Notification(title=note.title, body=note.body),
            data={"type": note.type, "reportId": note.report_id or ""},
        )
        reply = messaging.send_each_for_multicast(message, app=_firestore.admin_app())
        return [
            token
            for token, answer in zip(tokens, reply.responses, strict=True)
            if not answer.success and isinstance(answer.exception, messaging.UnregisteredError)
        ]


class LogSender:
    """Under the emulators: FCM is not emulated, so say what would have been sent."""

    def send(self, tokens: Sequence[str], note: Notification) -> list[str]:
        logger.info("Push not sent (emulator): %s to %d device(s)", note.type, len(tokens))
        return []


def default_sender() -> Sender:
    return LogSender() if os.environ.get("FUNCTIONS_EMULATOR") == "true" else FcmSender()


def push(uid: str, notes: Sequence[Notification], sender: Sender | None = None) -> None:
    """Best effort: log and carry on whatever goes wrong; drop dead tokens."""
    if not notes:
        return
    try:
        tokens = users.push_tokens(uid)
        if not tokens:
            return
        chosen = sender or default_sender()
        dead: set[str] = set()
        for note in notes:
            dead.update(chosen.send(tokens, note))
        if dead:
            users.drop_push_tokens(uid, sorted(dead))
    except Exception as err:
        logger.warning("Push to %s failed: %r", uid, err)
