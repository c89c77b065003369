"""Moderate each new message, post and comment once (see `citizen_safe._judge`): classify
it, withhold it if flagged, and count a flagged one against its author, who is blocked at the
limit. All three kinds count toward the same limit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction, WriteBatch

from citizen_safe import _judge, classifier, language, logs
from citizen_safe.audit import store as audit
from citizen_safe.chat import store as chat
from citizen_safe.chat.conversations import DELIVERED, PENDING, conversation_id
from citizen_safe.config import ModerationSettings
from citizen_safe.limits import store as limits
from citizen_safe.moderation.content import (
    Authored,
    moderation_fields,
    parse,
    rate_limited_fields,
)
from citizen_safe.notifications import messages
from citizen_safe.notifications import store as notifications
from citizen_safe.notifications.push import push
from citizen_safe.users import store as users

STALLED_AFTER = timedelta(minutes=5)
MINUTE = timedelta(minutes=1)  # the flood window for MESSAGES_PER_MINUTE
STALLED_BATCH = 100
CRASH_REASON = "moderation failed; the message was withheld for safety"


@dataclass(frozen=True)
class Assessment:
    prediction: classifier.Prediction | None  # None: a language the classifier cannot read
    language: str
    author_has_account: bool  # asked only of flagged text: a clean message costs no lookup


def chat_id(item: Authored) -> str | None:
    """The conversation a message belongs to, derived (never trusted from the document)."""
    return conversation_id(item.author, item.receiver) if item.receiver else None


def pipeline(
    author_field: str, kind: str, settings: ModerationSettings
) -> _judge.Pipeline[Authored, Assessment, Any]:
    def assess(path: str, item: Authored) -> Assessment:
        lang = language.detect(item.content)
        prediction = (
            classifier.predict_text(item.content, settings.threshold)
            if language.is_supported(lang)
            else None
        )
        flagged = prediction is not None and prediction["label"] == 1
        return Assessment(prediction, lang.code, flagged and users.account_exists(item.author))

    def also_read(item: Authored) -> list[DocumentReference]:
        """Everything the outcome depends on, read with the message in one round trip: the
        author's standing, and for a message its flood window and conversation summary."""
        refs = [users.user_ref(item.author)]
        conversation = chat_id(item) if kind == "message" else None
        if kind == "message":
            refs.append(limits.window_ref(item.author, kind))
        if conversation:
            refs.append(chat.conversation_ref(conversation))
        return refs

    def record(
        tx: WriteBatch, read: _judge.Read, item: Authored, judged: Assessment
    ) -> tuple[dict[str, object], bool]:
        # Judged against the standing read in this transaction: a block that lands while the
        # classifier runs still withholds the message.
        blocked = users.standing_in(read.of(users.user_ref(item.author))).blocked
        fields, flagged = moderation_fields(judged.prediction, blocked, judged.language)
        counts = flagged and judged.author_has_account
        if kind == "message":
            stamps = limits.stamps_in(read.of(limits.window_ref(item.author, kind)))
            sent_at = item.sent_at or datetime.now(UTC)
            admission = limits.take(
                tx, item.author, kind, stamps, sent_at, settings.messages_per_minute, MINUTE
            )
            if not admission.admitted:
                fields, counts = rate_limited_fields(judged.language), False
        chat.record_moderation(tx, read.doc, fields)
        if counts:
            users.count_bullying(tx, item.author)
        conversation = chat_id(item) if kind == "message" else None
        if conversation and item.receiver and fields.get("status") == DELIVERED:
            summary = read.of(chat.conversation_ref(conversation)).to_dict()
            chat.record_delivered(
                tx, conversation, summary, read.doc.id, item.author, item.receiver,
                item.content, item.sent_at,
            )  # fmt: skip
        return fields, counts

    def after(
        path: str, item: Authored, judged: Assessment, recorded: tuple[dict[str, object], bool]
    ) -> None:
        count = None
        fields, counts = recorded
        if counts:
            limit = settings.max_bullying_count
            check = users.block_if_over_limit(
                item.author, limit, lambda tx, c: consequences(tx, item.author, path, c, limit)
            )
            count = check.bullying_count
            if check.blocked_now:
                logs.author_blocked(item.author, count, limit)
                push(item.author, [messages.blocked(limit)])
            elif count == limit - 1:
                push(item.author, [messages.bullying_warning(count, limit)])
        logs.content_moderated(path, item.author, fields, count)

    return _judge.Pipeline(
        kind=kind,
        marker=chat.MARKER,
        parse=lambda data: parse(data, author_field),
        assess=assess,
        record=record,
        record_error=chat.record_error,
        crash_reason=CRASH_REASON,
        after=after,
        also_read=also_read,
        optimistic=record,  # it only writes: one message costs two round trips, no locks
    )


def consequences(
    tx: Transaction, author: str, path: str, check: users.BlockCheck, limit: int
) -> None:
    """What a flagged message leads to, in the block check's transaction: a warning one
    short of the limit; at the limit the block, its notification and its audit entry."""
    if check.blocked_now:
        notifications.write(tx, author, messages.blocked(limit))
        audit.record(
            tx,
            "block",
            audit.MODERATION,
            f"users/{author}",
            f"{check.bullying_count} flagged messages or comments (limit {limit}); last: {path}",
            {"blocked": False},
            {"blocked": True, "bullyingCount": check.bullying_count},
        )
    elif check.bullying_count == limit - 1:
        notifications.write(tx, author, messages.bullying_warning(check.bullying_count, limit))


def moderate_message(
    path: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> _judge.Status:
    return _judge.judge(pipeline("sender", "message", settings), path, data).status


def moderate_comment(
    path: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> _judge.Status:
    return _judge.judge(pipeline("author", "comment", settings), path, data).status


def moderate_post(
    path: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> _judge.Status:
    """Posts are public to every signed-in user, so they are withheld like comments."""
    return _judge.judge(pipeline("author", "post", settings), path, data).status


def resume_stalled(settings: ModerationSettings, now: datetime) -> int:
    """Finish messages, posts and comments a crashed trigger left pending."""
    before = now - STALLED_AFTER
    return sum(
        _judge.sweep(pipeline(author, kind, settings), stalled, PENDING, before, STALLED_BATCH)
        for author, kind, stalled in (
            ("sender", "message", chat.STALLED_MESSAGES),
            ("author", "post", chat.STALLED_POSTS),
            ("author", "comment", chat.STALLED_COMMENTS),
        )
    )
