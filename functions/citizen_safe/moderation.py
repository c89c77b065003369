"""Bullying moderation of new chat messages and post comments.

Both count toward the same per-author limit; past it the author is blocked from chatting.
Every flagged document counts once, even when its create event is delivered again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from citizen_safe import classifier, logs, store
from citizen_safe.config import ModerationSettings

MAX_CONTENT_CHARS = 2_000

Outcome = Literal["delivered", "blocked", "error", "duplicate"]


class InvalidContent(ValueError):
    """A document the classifier cannot judge; the reason goes on the document."""


@dataclass(frozen=True)
class Authored:
    author: str
    content: str


def parse(data: Mapping[str, object] | None, author_field: str) -> Authored:
    if data is None:
        raise InvalidContent("the document has no data")
    author = data.get(author_field)
    if not isinstance(author, str) or not author.strip():
        raise InvalidContent(f"'{author_field}' must be a user id")
    content = data.get("content")
    if not isinstance(content, str):
        kind = "missing" if content is None else f"a {type(content).__name__}, not text"
        raise InvalidContent(f"'content' is {kind}")
    if not content.strip():
        raise InvalidContent("'content' is empty")
    if len(content) > MAX_CONTENT_CHARS:
        raise InvalidContent(f"'content' is longer than {MAX_CONTENT_CHARS} characters")
    return Authored(author=author, content=content)


def moderation_fields(
    prediction: classifier.Prediction, author_blocked: bool
) -> tuple[dict[str, object], bool]:
    """The fields to store and whether the document counts against its author.

    Flagged text is withheld (`blocked`) as well as counted; a blocked author's text is
    withheld whatever it says (the rules refuse it already; this covers races).
    """
    flagged = prediction["label"] == 1
    if author_blocked:
        status, reason = "blocked", "author_blocked"
    elif flagged:
        status, reason = "blocked", "bullying"
    else:
        status, reason = "delivered", None
    fields: dict[str, object] = {
        "status": status,
        "is_bullying": flagged,
        "bullying_probability": round(prediction["probability"], 6),
        "found_lexical": prediction["found_lexical"],
    }
    if reason is not None:
        fields["blocked_reason"] = reason
    return fields, flagged


def moderate(
    doc_path: str,
    data: Mapping[str, object] | None,
    author_field: str,
    settings: ModerationSettings,
) -> Outcome:
    """Judge one message or comment and count it against its author at most once."""
    try:
        item = parse(data, author_field)
    except InvalidContent as err:
        recorded = store.record_moderation_error(doc_path, str(err))
        logs.content_invalid(doc_path, str(err))
        return "error" if recorded else "duplicate"

    prediction = classifier.predict_text(item.content, settings.threshold)
    author = store.user_state(item.author)
    fields, flagged = moderation_fields(prediction, author.blocked)
    result = store.record_moderation(
        doc_path, item.author, fields, flagged, settings.max_bullying_count
    )
    if not result.first:
        logs.moderation_duplicate(doc_path)
        return "duplicate"
    logs.content_moderated(doc_path, item.author, fields, result.bullying_count)
    if result.blocked_now:
        logs.author_blocked(item.author, result.bullying_count, settings.max_bullying_count)
    return "blocked" if fields["status"] == "blocked" else "delivered"


def moderate_message(
    message_id: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> Outcome:
    return moderate(f"{store.MESSAGES}/{message_id}", data, "sender", settings)


def moderate_comment(
    post_id: str, comment_id: str, data: Mapping[str, object] | None, settings: ModerationSettings
) -> Outcome:
    path = f"{store.POSTS}/{post_id}/{store.COMMENTS}/{comment_id}"
    return moderate(path, data, "author", settings)
