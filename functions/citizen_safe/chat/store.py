"""The only module that writes `messages/{id}` and `posts/{postId}/comments/{id}` (beyond
what clients create): moderation outcomes and read receipts. It also declares every query
over them, the app's included, with the filters the rules need."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.chat.conversations import DELIVERED
from citizen_safe.errors import InvalidArgument

MESSAGES = "messages"
POSTS = "posts"
COMMENTS = "comments"
MARKER = "moderated_at"
STATUS = "status"

NEWEST: tuple[tuple[str, Any], ...] = (("timestamp", "DESCENDING"),)

CONVERSATION = declare(
    QuerySpec(
        "getChatHistory",
        MESSAGES,
        where=(("conversationId", "=="),),
        order_by=(*NEWEST, ("__name__", "DESCENDING")),
    )
)
RECENT_OF = declare(
    QuerySpec("listConversations", MESSAGES, where=(("participants", "array_contains"),),
              order_by=NEWEST)
)  # fmt: skip
UNREAD_TO = declare(
    QuerySpec(
        "listConversations: unread",
        MESSAGES,
        where=(("receiver", "=="), (STATUS, "=="), ("is_read", "==")),
    )
)
FLAGGED_MESSAGES = declare(
    QuerySpec(
        "getBullyingReport: messages",
        MESSAGES,
        where=(("sender", "=="), ("is_bullying", "==")),
        order_by=NEWEST,
    )
)
FLAGGED_COMMENTS = declare(
    QuerySpec(
        "getBullyingReport: comments",
        COMMENTS,
        where=(("author", "=="), ("is_bullying", "==")),
        order_by=NEWEST,
        group=True,
    )
)
STALLED_MESSAGES = declare(
    QuerySpec(
        "resume_stalled: messages",
        MESSAGES,
        where=((STATUS, "=="), ("timestamp", "<")),
        order_by=NEWEST,
    )
)
STALLED_COMMENTS = declare(
    QuerySpec(
        "resume_stalled: comments",
        COMMENTS,
        where=((STATUS, "=="), ("timestamp", "<")),
        order_by=NEWEST,
        group=True,
    )
)

# The app's listeners. A receiver may read only delivered messages, so every query that
# can return someone else's message filters on `status == "delivered"` (rules prove it).
APP_SENT_IN_CONVERSATION = declare(
    QuerySpec(
        "app: conversation, sent by me",
        MESSAGES,
        where=(("conversationId", "=="), ("sender", "==")),
        order_by=NEWEST,
        by="app",
    )
)
APP_RECEIVED_IN_CONVERSATION = declare(
    QuerySpec(
        "app: conversation, delivered to me",
        MESSAGES,
        where=(("conversationId", "=="), ("receiver", "=="), (STATUS, "==")),
        order_by=NEWEST,
        by="app",
    )
)
APP_SENT = declare(
    QuerySpec("app: inbox, sent by me", MESSAGES, where=(("sender", "=="),), order_by=NEWEST,
              by="app")
)  # fmt: skip
APP_RECEIVED = declare(
    QuerySpec(
        "app: inbox, delivered to me",
        MESSAGES,
        where=(("receiver", "=="), (STATUS, "==")),
        order_by=NEWEST,
        by="app",
    )
)
APP_UNREAD = declare(
    QuerySpec(
        "app: unread badge",
        MESSAGES,
        where=(("receiver", "=="), (STATUS, "=="), ("is_read", "==")),
        order_by=NEWEST,
        by="app",
    )
)
APP_POST_COMMENTS = declare(
    QuerySpec(
        "app: a post's delivered comments",
        COMMENTS,
        where=((STATUS, "=="),),
        order_by=NEWEST,
        by="app",
    )
)


def _messages() -> Any:
    return _firestore.client().collection(MESSAGES)


def _with_id(snap: Any) -> dict[str, object]:
    return {**(snap.to_dict() or {}), "id": snap.id}


# --- moderation outcomes -------------------------------------------------------------------


def record_moderation(tx: Transaction, snap: Snapshot, fields: Mapping[str, object]) -> None:
    tx.update(snap.reference, {**fields, MARKER: SERVER_TIMESTAMP})


def record_error(tx: Transaction, ref: DocumentReference, reason: str) -> None:
    tx.update(ref, {STATUS: "error", "moderation_error": reason, MARKER: SERVER_TIMESTAMP})


# --- reads for the callables ---------------------------------------------------------------


def conversation_page(
    conversation_id: str, limit: int, after_id: str | None
) -> list[dict[str, object]]:
    """Newest first; `after_id` is the last message already shown, in this conversation."""
    query = CONVERSATION.build(_firestore.client(), [conversation_id])
    if after_id is not None:
        last = _messages().document(after_id).get()
        if not last.exists or _firestore.field(last, "conversationId") != conversation_id:
            raise InvalidArgument("'cursor' is not valid.")
        query = query.start_after(last)
    return [_with_id(s) for s in query.limit(limit).stream()]


def recent_messages_of(uid: str, limit: int) -> list[dict[str, object]]:
    query = RECENT_OF.build(_firestore.client(), [uid]).limit(limit)
    return [_with_id(s) for s in query.stream()]


def unread_senders(uid: str, limit: int) -> list[object]:
    """The sender of each delivered unread message to `uid`, one entry per message."""
    query = UNREAD_TO.build(_firestore.client(), [uid, DELIVERED, False])
    return [_firestore.field(s, "sender") for s in query.select(["sender"]).limit(limit).stream()]


def flagged_by(uid: str, limit: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The author's flagged messages and comments, newest first."""
    db = _firestore.client()
    messages = FLAGGED_MESSAGES.build(db, [uid, True]).limit(limit).stream()
    comments = FLAGGED_COMMENTS.build(db, [uid, True]).limit(limit).stream()
    return (
        [_with_id(s) for s in messages],
        [{**_with_id(s), "postId": s.reference.parent.parent.id} for s in comments],
    )


def mark_read(uid: str, message_ids: list[str]) -> int:
    """Mark the caller's own delivered unread messages read; anyone else's are left alone."""
    refs = [_messages().document(m) for m in dict.fromkeys(message_ids)]
    batch = _firestore.client().batch()
    changed = 0
    for snap in _firestore.client().get_all(refs, field_paths=["receiver", "is_read", STATUS]):
        if (
            snap.exists
            and _firestore.field(snap, "receiver") == uid
            and _firestore.field(snap, STATUS) == DELIVERED
            and _firestore.field(snap, "is_read") is False
        ):
            batch.update(snap.reference, {"is_read": True})
            changed += 1
    if changed:
        batch.commit()
    return changed
