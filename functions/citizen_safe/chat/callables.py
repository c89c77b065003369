"""The chat callables: what the app cannot get from plain Firestore reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from citizen_safe.api import Args, Caller
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
RECENT_SCAN = 500
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


def list_conversations(caller: Caller, args: Args) -> dict[str, Any]:
    me = caller.uid
    latest: dict[str, Mapping[str, object]] = {}
    for message in store.recent_messages_of(me, RECENT_SCAN):
        if not visible_to(message, me):
            continue
        other = message.get("receiver") if message.get("sender") == me else message.get("sender")
        if isinstance(other, str) and other not in latest:
            latest[other] = message
    unread = Counter(s for s in store.unread_senders(me, RECENT_SCAN) if isinstance(s, str))
    names = users.usernames_of(list(latest))
    return {
        "conversations": [
            {
                "withUser": other,
                "username": names.get(other),
                "conversationId": conversation_id(me, other),
                "lastMessage": message_view(message),
                "unreadCount": unread.get(other, 0),
            }
            for other, message in latest.items()
        ]
    }


def mark_as_read(caller: Caller, args: Args) -> dict[str, Any]:
    ids = args.doc_ids("messageIds", "message ids", MAX_READ_BATCH)
    return {"updated": store.mark_read(caller.uid, ids)}
