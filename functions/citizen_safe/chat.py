"""The chat callables: what the app cannot get from plain Firestore reads.

Each function takes the caller's uid (None when signed out) and the request data, and
returns JSON-ready data or raises `HttpsError` with the code the client SDK shows.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from firebase_functions.https_fn import FunctionsErrorCode, HttpsError

from citizen_safe import store

DEFAULT_PAGE = 30
MAX_PAGE = 100
RECENT_SCAN = 500
MAX_READ_BATCH = 200
ONLINE_LIST_LIMIT = 200
USERNAME = re.compile(r"^[a-z0-9_]{3,20}$")
UID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


def _error(code: FunctionsErrorCode, message: str) -> HttpsError:
    return HttpsError(code, message)


def require_uid(uid: str | None) -> str:
    if not uid:
        raise _error(FunctionsErrorCode.UNAUTHENTICATED, "Sign in first.")
    return uid


def _args(data: object) -> Mapping[str, object]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise _error(FunctionsErrorCode.INVALID_ARGUMENT, "The request data must be an object.")
    return data


def conversation_id(a: str, b: str) -> str:
    """Both participants derive the same id; the rules check clients compute it this way."""
    return "_".join(sorted((a, b)))


def _iso(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return value


def _public(message: Mapping[str, object]) -> dict[str, object]:
    keys = (
        "id", "sender", "receiver", "content", "timestamp", "is_read",
        "status", "is_bullying", "bullying_probability", "found_lexical",
    )  # fmt: skip
    return {k: _iso(message.get(k)) for k in keys if k in message}


def _visible_to(message: Mapping[str, object], uid: str) -> bool:
    """Withheld messages stay visible to their sender (who is told why), not the receiver."""
    return message.get("status") != "blocked" or message.get("sender") == uid


def _encode_cursor(message: Mapping[str, object]) -> str:
    stamp = message.get("timestamp")
    if not isinstance(stamp, datetime):
        raise ValueError("message without a timestamp")
    raw = json.dumps({"t": stamp.astimezone(UTC).isoformat(), "id": message["id"]})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: object) -> tuple[datetime, str]:
    if not isinstance(cursor, str):
        raise _error(FunctionsErrorCode.INVALID_ARGUMENT, "'cursor' must be a string.")
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        stamp, last_id = datetime.fromisoformat(raw["t"]), raw["id"]
        if not isinstance(last_id, str) or not UID.match(last_id):
            raise ValueError(last_id)
        return stamp, last_id
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as err:
        raise _error(FunctionsErrorCode.INVALID_ARGUMENT, "'cursor' is not valid.") from err


def _limit(raw: object) -> int:
    if raw is None:
        return DEFAULT_PAGE
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_PAGE:
        raise _error(
            FunctionsErrorCode.INVALID_ARGUMENT, f"'limit' must be a whole number 1-{MAX_PAGE}."
        )
    return raw


def _other_user(raw: object, uid: str) -> str:
    if not isinstance(raw, str) or not UID.match(raw):
        raise _error(FunctionsErrorCode.INVALID_ARGUMENT, "'withUser' must be a user id.")
    if raw == uid:
        raise _error(FunctionsErrorCode.INVALID_ARGUMENT, "'withUser' cannot be yourself.")
    if not store.user_exists(raw):
        raise _error(FunctionsErrorCode.NOT_FOUND, "No such user.")
    return raw


def get_chat_history(uid: str | None, data: object) -> dict[str, Any]:
    me = require_uid(uid)
    args = _args(data)
    other = _other_user(args.get("withUser"), me)
    limit = _limit(args.get("limit"))
    after = _decode_cursor(args["cursor"]) if args.get("cursor") is not None else None
    page = store.conversation_page(conversation_id(me, other), limit + 1, after)
    more = len(page) > limit
    page = page[:limit]
    return {
        "messages": [_public(m) for m in page if _visible_to(m, me)],
        "nextCursor": _encode_cursor(page[-1]) if more and page else None,
    }


def list_conversations(uid: str | None) -> dict[str, Any]:
    me = require_uid(uid)
    latest: dict[str, Mapping[str, object]] = {}
    for message in store.recent_messages_of(me, RECENT_SCAN):
        if not _visible_to(message, me):
            continue
        other = message.get("receiver") if message.get("sender") == me else message.get("sender")
        if isinstance(other, str) and other not in latest:
            latest[other] = message
    unread = Counter(store.unread_senders(me, RECENT_SCAN))
    names = store.usernames_of(list(latest))
    return {
        "conversations": [
            {
                "withUser": other,
                "username": names.get(other),
                "conversationId": conversation_id(me, other),
                "lastMessage": _public(message),
                "unreadCount": unread.get(other, 0),
            }
            for other, message in latest.items()
        ]
    }


def get_online_users(uid: str | None, stale_after_s: int, now: datetime) -> dict[str, Any]:
    require_uid(uid)
    cutoff = now - timedelta(seconds=stale_after_s)
    rows = store.presence(ONLINE_LIST_LIMIT)
    names = store.usernames_of([str(r["uid"]) for r in rows])
    users = []
    for row in rows:
        seen = row.get("lastSeen")
        fresh = isinstance(seen, datetime) and seen >= cutoff
        users.append(
            {
                "uid": row["uid"],
                "username": names.get(str(row["uid"])),
                "online": row.get("online") is True and fresh,
                "lastSeen": _iso(seen),
            }
        )
    return {"users": users}


def get_bullying_report(uid: str | None, limit: int) -> dict[str, Any]:
    me = require_uid(uid)
    state = store.user_state(me)
    messages, comments = store.flagged_by(me, MAX_PAGE)
    return {
        "bullyingCount": state.bullying_count,
        "limit": limit,
        "remaining": max(0, limit - state.bullying_count),
        "blocked": state.blocked,
        "blockedAt": _iso(state.blocked_at),
        "flaggedMessages": [_public(m) for m in messages],
        "flaggedComments": [
            {
                k: _iso(c.get(k))
                for k in (
                    "id",
                    "postId",
                    "content",
                    "timestamp",
                    "bullying_probability",
                    "found_lexical",
                )
            }
            for c in comments
        ],
    }


def can_chat(uid: str | None, limit: int) -> dict[str, Any]:
    me = require_uid(uid)
    state = store.user_state(me)
    return {
        "canChat": not state.blocked,
        "bullyingCount": state.bullying_count,
        "limit": limit,
        "reason": "blocked for repeated bullying" if state.blocked else None,
    }


def mark_as_read(uid: str | None, data: object) -> dict[str, Any]:
    me = require_uid(uid)
    ids = _args(data).get("messageIds")
    if (
        not isinstance(ids, list)
        or not ids
        or len(ids) > MAX_READ_BATCH
        or not all(isinstance(i, str) and UID.match(i) for i in ids)
    ):
        raise _error(
            FunctionsErrorCode.INVALID_ARGUMENT,
            f"'messageIds' must be a list of 1-{MAX_READ_BATCH} message ids.",
        )
    return {"updated": store.mark_read(me, [str(i) for i in ids])}


def claim_username(uid: str | None, data: object) -> dict[str, Any]:
    me = require_uid(uid)
    raw = _args(data).get("name")
    name = raw.strip().lower() if isinstance(raw, str) else None
    if name is None or not USERNAME.match(name):
        raise _error(
            FunctionsErrorCode.INVALID_ARGUMENT,
            "A username is 3-20 letters, digits or underscores.",
        )
    try:
        store.claim_username(me, name)
    except store.UsernameTaken as err:
        raise _error(FunctionsErrorCode.ALREADY_EXISTS, "That username is taken.") from err
    return {"username": name}
