"""What moderation decides about one message or comment (pure: no storage)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from citizen_safe import _firestore, classifier
from citizen_safe._judge import Invalid, kind_of

MAX_CONTENT_CHARS = 2_000


class InvalidContent(Invalid):
    """A document the classifier cannot judge; the reason goes on the document."""


@dataclass(frozen=True)
class Authored:
    author: str
    content: str
    sent_at: datetime | None = None
    receiver: str | None = None  # messages only; a valid user id or None


def parse(data: Mapping[str, object] | None, author_field: str) -> Authored:
    if data is None:
        raise InvalidContent("the document has no data")
    author = data.get(author_field)
    if not _firestore.is_document_id(author):
        raise InvalidContent(f"'{author_field}' must be a user id")
    content = data.get("content")
    if not isinstance(content, str):
        kind = "missing" if content is None else f"{kind_of(content)}, not text"
        raise InvalidContent(f"'content' is {kind}")
    if not content.strip():
        raise InvalidContent("'content' is empty")
    if len(content) > MAX_CONTENT_CHARS:
        raise InvalidContent(f"'content' is longer than {MAX_CONTENT_CHARS} characters")
    stamp, receiver = data.get("timestamp"), data.get("receiver")
    return Authored(
        author=str(author),
        content=content,
        sent_at=stamp if isinstance(stamp, datetime) else None,
        receiver=str(receiver) if _firestore.is_document_id(receiver) else None,
    )


UNSUPPORTED_LANGUAGE = "unsupported_language"
RATE_LIMITED = "rate_limited"


def rate_limited_fields(language: str) -> dict[str, object]:
    """Over the flood limit: withheld unjudged, and never counted as bullying."""
    return {
        "status": "blocked",
        "blocked_reason": RATE_LIMITED,
        "is_bullying": False,
        "language": language,
    }


def moderation_fields(
    prediction: classifier.Prediction | None, author_blocked: bool, language: str
) -> tuple[dict[str, object], bool]:
    """The fields to store and whether the document counts against its author.

    Flagged text is withheld (`blocked`) as well as counted; a blocked author's text is
    withheld whatever it says (the rules refuse it already; this covers races). Text in a
    language the classifier does not read (`prediction` None) is delivered unjudged and
    never counted: scoring it as English would be noise.
    """
    flagged = prediction is not None and prediction["label"] == 1
    if author_blocked:
        status, reason = "blocked", "author_blocked"
    elif flagged:
        status, reason = "blocked", "bullying"
    else:
        status, reason = "delivered", None
    fields: dict[str, object] = {"status": status, "is_bullying": flagged, "language": language}
    if prediction is None:
        fields["moderation"] = UNSUPPORTED_LANGUAGE
    else:
        fields["bullying_probability"] = round(prediction["probability"], 6)
        fields["found_lexical"] = prediction["found_lexical"]
    if reason is not None:
        fields["blocked_reason"] = reason
    return fields, flagged
