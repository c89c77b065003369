"""Pure rules of a conversation: its id, who may see which message, what a caller gets."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping

from citizen_safe import _firestore
from citizen_safe.api import iso
from citizen_safe.errors import InvalidArgument

DELIVERED = "delivered"
PENDING = "pending"


def conversation_id(a: str, b: str) -> str:
    """Both participants derive the same id; the rules check clients compute it this way."""
    return "_".join(sorted((a, b)))


def visible_to(message: Mapping[str, object], uid: str) -> bool:
    """The sender always sees their message (and is told if it was withheld); the receiver
    only once moderation delivered it. `firestore.rules` enforces the same for reads."""
    if message.get("sender") == uid:
        return True
    return message.get("receiver") == uid and message.get("status") == DELIVERED


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _probability(value: object) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else None  # type: ignore[arg-type]


def _words(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def message_view(message: Mapping[str, object]) -> dict[str, object]:
    """A message as callers get it: only known fields, each of its expected type, so one
    malformed stored document cannot break the answer for anyone."""
    return {
        "id": _text(message.get("id")),
        "sender": _text(message.get("sender")),
        "receiver": _text(message.get("receiver")),
        "content": _text(message.get("content")),
        "timestamp": iso(message.get("timestamp")),
        "is_read": _flag(message.get("is_read")),
        "status": _text(message.get("status")),
        "is_bullying": _flag(message.get("is_bullying")),
        "bullying_probability": _probability(message.get("bullying_probability")),
        "found_lexical": _words(message.get("found_lexical")),
    }


def comment_view(comment: Mapping[str, object]) -> dict[str, object]:
    return {
        "id": _text(comment.get("id")),
        "postId": _text(comment.get("postId")),
        "content": _text(comment.get("content")),
        "timestamp": iso(comment.get("timestamp")),
        "bullying_probability": _probability(comment.get("bullying_probability")),
        "found_lexical": _words(comment.get("found_lexical")),
    }


def post_view(post: Mapping[str, object]) -> dict[str, object]:
    view = comment_view(post)
    del view["postId"]
    return view


def encode_cursor(message_id: str) -> str:
    raw = json.dumps({"id": message_id})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: object) -> str:
    """The id of the last message already shown."""
    if not isinstance(cursor, str):
        raise InvalidArgument("'cursor' must be a string.")
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        last_id = raw["id"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as err:
        raise InvalidArgument("'cursor' is not valid.") from err
    if not _firestore.is_document_id(last_id):
        raise InvalidArgument("'cursor' is not valid.")
    return str(last_id)
