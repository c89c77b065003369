"""The only module that writes `messages/{id}`, `posts/{id}` and `posts/{postId}/comments/{id}`
(beyond what clients create): moderation outcomes and read receipts. It also declares every query
over them, the app's included, with the filters the rules need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction, WriteBatch

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.chat.conversations import DELIVERED, conversation_id
from citizen_safe.errors import InvalidArgument

MESSAGES = "messages"
CONVERSATIONS = "conversations"
PREVIEW_CHARS = 120
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
CONVERSATIONS_OF = declare(
    QuerySpec(
        "listConversations",
        CONVERSATIONS,
        where=(("participants", "array_contains"),),
        order_by=(("lastMessageAt", "DESCENDING"),),
        by="app",
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
FLAGGED_POSTS = declare(
    QuerySpec(
        "getBullyingReport: posts",
        POSTS,
        where=(("author", "=="), ("is_bullying", "==")),
        order_by=NEWEST,
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

STALLED_POSTS = declare(
    QuerySpec(
        "resume_stalled: posts",
        POSTS,
        where=((STATUS, "=="), ("timestamp", "<")),
        order_by=NEWEST,
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
APP_FEED = declare(
    QuerySpec(
        "app: the feed of delivered posts",
        POSTS,
        where=((STATUS, "=="),),
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


def record_moderation(tx: WriteBatch, snap: Snapshot, fields: Mapping[str, object]) -> None:
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


def conversations_of(uid: str, limit: int) -> list[dict[str, object]]:
    query = CONVERSATIONS_OF.build(_firestore.client(), [uid]).limit(limit)
    return [_with_id(s) for s in query.stream()]


@dataclass(frozen=True)
class Flagged:
    messages: list[dict[str, object]]
    posts: list[dict[str, object]]
    comments: list[dict[str, object]]


def flagged_by(uid: str, limit: int) -> Flagged:
    """The author's flagged messages, posts and comments, newest first."""
    db = _firestore.client()
    messages = FLAGGED_MESSAGES.build(db, [uid, True]).limit(limit).stream()
    posts = FLAGGED_POSTS.build(db, [uid, True]).limit(limit).stream()
    comments = FLAGGED_COMMENTS.build(db, [uid, True]).limit(limit).stream()
    return Flagged(
        [_with_id(s) for s in messages],
        [_with_id(s) for s in posts],
        [{**_with_id(s), "postId": s.reference.parent.parent.id} for s in comments],
    )


def mark_read(uid: str, message_ids: list[str]) -> int:
    """Mark the caller's own delivered unread messages read, and take them off the unread
    counts of their conversations, atomically; anyone else's are left alone."""
    refs = [_messages().document(m) for m in dict.fromkeys(message_ids)]

    def run(tx: Any) -> int:
        read: dict[str, int] = {}
        changed = []
        for snap in tx.get_all(refs):
            sender = _firestore.field(snap, "sender")
            if (
                snap.exists
                and _firestore.field(snap, "receiver") == uid
                and _firestore.field(snap, STATUS) == DELIVERED
                and _firestore.field(snap, "is_read") is False
                and _firestore.is_document_id(sender)
            ):
                cid = conversation_id(str(sender), uid)
                changed.append(snap.reference)
                read[cid] = read.get(cid, 0) + 1
        for ref in changed:
            tx.update(ref, {"is_read": True})
        for cid, n in read.items():
            tx.set(conversation_ref(cid), {"unread": {uid: _firestore.increment(-n)}}, merge=True)
        return len(changed)

    count: int = _firestore.run_transaction(run)
    return count


# --- conversation summaries ----------------------------------------------------------------


def conversation_ref(cid: str) -> DocumentReference:
    return _firestore.client().collection(CONVERSATIONS).document(cid)


def record_delivered(
    tx: WriteBatch,
    cid: str,
    current: Mapping[str, object] | None,
    message_id: str,
    sender: str,
    receiver: str,
    content: str,
    sent_at: datetime | None,
) -> None:
    """Count a delivered message in its conversation's summary (in the moderation
    transaction, so exactly once); it becomes the preview unless a newer one already is."""
    fields: dict[str, object] = {
        "participants": sorted((sender, receiver)),
        "unread": {receiver: _firestore.increment(1)},
    }
    shown = (current or {}).get("lastMessageAt")
    if sent_at is not None and not (isinstance(shown, datetime) and shown > sent_at):
        fields["lastMessage"] = {
            "id": message_id,
            "sender": sender,
            "preview": content[:PREVIEW_CHARS],
            "timestamp": sent_at,
        }
        fields["lastMessageAt"] = sent_at
    tx.set(conversation_ref(cid), fields, merge=True)
