"""Moderate each new message and comment once (see `citizen_safe._judge`): classify it,
withhold it if flagged, and count a flagged one against its author, who is blocked at the
limit. Both kinds count toward the same limit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _judge, classifier, language, logs
from citizen_safe._firestore import Snapshot
from citizen_safe.chat import store as chat
from citizen_safe.chat.conversations import PENDING
from citizen_safe.config import ModerationSettings
from citizen_safe.moderation.content import Authored, moderation_fields, parse
from citizen_safe.users import store as users

STALLED_AFTER = timedelta(minutes=5)
STALLED_BATCH = 100
CRASH_REASON = "moderation failed; the message was withheld for safety"


@dataclass(frozen=True)
class Assessment:
    fields: dict[str, object]
    counts: bool  # flagged, by an author with an account


def pipeline(
    author_field: str, kind: str, settings: ModerationSettings
) -> _judge.Pipeline[Authored, Assessment, Any]:
    def assess(item: Authored) -> Assessment:
        lang = language.detect(item.content)
        prediction = (
            classifier.predict_text(item.content, settings.threshold)
            if language.is_supported(lang)
            else None
        )
        blocked = users.standing(item.author).blocked
        fields, flagged = moderation_fields(prediction, blocked, lang.code)
        return Assessment(fields, flagged and users.account_exists(item.author))

    def record(tx: Transaction, snap: Snapshot, item: Authored, judged: Assessment) -> None:
        chat.record_moderation(tx, snap, judged.fields)
        if judged.counts:
            users.count_bullying(tx, item.author)

    def after(path: str, item: Authored, judged: Assessment, _: None) -> None:
        count = None
        if judged.counts:
            check = users.block_if_over_limit(item.author, settings.max_bullying_count)
            count = check.bullying_count
            if check.blocked_now:
                logs.author_blocked(item.author, count, settings.max_bullying_count)
        logs.content_moderated(path, item.author, judged.fields, count)

    return _judge.Pipeline(
        kind=kind,
        marker=chat.MARKER,
        parse=lambda data: parse(data, author_field),
        assess=assess,
        record=record,
        record_error=chat.record_error,
        crash_reason=CRASH_REASON,
        after=after,
    )


def moderate_message(
    path: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> _judge.Status:
    return _judge.judge(pipeline("sender", "message", settings), path, data).status


def moderate_comment(
    path: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> _judge.Status:
    return _judge.judge(pipeline("author", "comment", settings), path, data).status


def resume_stalled(settings: ModerationSettings, now: datetime) -> int:
    """Finish messages and comments a crashed trigger left pending."""
    before = now - STALLED_AFTER
    return _judge.sweep(
        pipeline("sender", "message", settings),
        chat.STALLED_MESSAGES,
        PENDING,
        before,
        STALLED_BATCH,
    ) + _judge.sweep(
        pipeline("author", "comment", settings),
        chat.STALLED_COMMENTS,
        PENDING,
        before,
        STALLED_BATCH,
    )
