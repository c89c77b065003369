"""The chat callables: what the app cannot get from plain Firestore reads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citizen_safe.api import Args, Caller, iso
from citizen_safe.chat import store
from citizen_safe.chat.conversations import (
    conversation_id,
    decode_cursor,
    encode_cursor,
    message_view,
    visible_to,
)
from citizen_safe.errors import InvalidArgument, NotFound
from citizen_safe.users import store as users

DEFAULT_PAGE = 30
MAX_PAGE = 100
MAX_CONVERSATIONS = 200
MAX_READ_BATCH = 200


def _other_user(args: Args, me: str) -> str:
    other = args.doc_id("withUser", "a user id")
    if other == me:
        raise InvalidArgument("'withUser' cannot be yourself.")
    if not users.account_exists(other):
        raise NotFound("No such user.")
    return other


def get_chat_history(caller: Caller, args: Args) -> dict[str, Any]:
    other = _other_user(args, caller.uid)
    limit = args.whole("limit", least=1, most=MAX_PAGE, default=DEFAULT_PAGE)
    cursor = args.raw("cursor")
    after = decode_cursor(cursor) if cursor is not None else None
    page = store.conversation_page(conversation_id(caller.uid, other), limit + 1, after)
    more = len(page) > limit
    page = page[:limit]
    return {
        "messages": [message_view(m) for m in page if visible_to(m, caller.uid)],
        "nextCursor": encode_cursor(str(page[-1]["id"])) if more and page else None,
    }


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def list_conversations(caller: Caller, args: Args) -> dict[str, Any]:
    """The caller's conversations, newest first, from their summaries (kept by the
    moderation trigger): one read per conversation instead of a scan of messages."""
    me = caller.uid
    rows = store.conversations_of(me, MAX_CONVERSATIONS)
    others = {}
    for row in rows:
        people = row.get("participants")
        if isinstance(people, list) and me in people:
            other = next((p for p in people if p != me), None)
            if isinstance(other, str):
                others[str(row["id"])] = other
    names = users.usernames_of(list(others.values()))
    result = []
    for row in rows:
        cid = str(row["id"])
        if cid not in others:
            continue
        last = row.get("lastMessage")
        last = last if isinstance(last, Mapping) else {}
        unread = row.get("unread")
        count = unread.get(me) if isinstance(unread, Mapping) else None
        result.append(
            {
                "withUser": others[cid],
                "username": names.get(others[cid]),
                "conversationId": cid,
                "lastMessage": {
                    "id": last.get("id") if isinstance(last.get("id"), str) else None,
                    "sender": last.get("sender") if isinstance(last.get("sender"), str) else None,
                    "preview": last.get("preview")
                    if isinstance(last.get("preview"), str)
                    else None,
                    "timestamp": iso(last.get("timestamp")),
                },
                "unreadCount": max(0, count) if isinstance(count, int) else 0,
            }
        )
    return {"conversations": result}


def mark_as_read(caller: Caller, args: Args) -> dict[str, Any]:
    ids = args.doc_ids("messageIds", "message ids", MAX_READ_BATCH)
    return {"updated": store.mark_read(caller.uid, ids)}
