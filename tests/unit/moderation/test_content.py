"""What moderation decides about one document: parsing and the stored fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citizen_safe.classifier import Prediction
from citizen_safe.moderation.content import InvalidContent, moderation_fields, parse


def prediction(label: int, probability: float, found: list[str] | None = None) -> Prediction:
    return {"label": label, "probability": probability, "found_lexical": found or []}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "no data"),
        ({"content": "hi"}, "'sender' must be a user id"),
        ({"sender": "", "content": "hi"}, "'sender' must be a user id"),
        ({"sender": "a/b", "content": "hi"}, "'sender' must be a user id"),
        ({"sender": ".", "content": "hi"}, "'sender' must be a user id"),
        ({"sender": "__x__", "content": "hi"}, "'sender' must be a user id"),
        ({"sender": 7, "content": "hi"}, "'sender' must be a user id"),
        ({"sender": "a"}, "'content' is missing"),
        ({"sender": "a", "content": 5}, "'content' is a number, not text"),
        ({"sender": "a", "content": b"hi"}, "'content' is bytes, not text"),
        (
            {"sender": "a", "content": datetime(2026, 1, 1, tzinfo=UTC)},
            "'content' is a timestamp, not text",
        ),
        ({"sender": "a", "content": "   "}, "'content' is empty"),
        ({"sender": "a", "content": "x" * 1_000_000}, "longer than 2000"),
    ],
)
def test_parse_rejects_bad_documents(data: object, reason: str) -> None:
    with pytest.raises(InvalidContent, match=reason):
        parse(data, "sender")  # type: ignore[arg-type]


def test_clean_message_is_delivered() -> None:
    fields, flagged = moderation_fields(
        prediction(0, 0.1234567), author_blocked=False, language="en"
    )
    assert not flagged
    assert fields == {
        "status": "delivered",
        "is_bullying": False,
        "language": "en",
        "bullying_probability": 0.123457,
        "found_lexical": [],
    }


def test_flagged_message_is_withheld_and_counts() -> None:
    fields, flagged = moderation_fields(
        prediction(1, 0.9, ["idiot"]), author_blocked=False, language="en"
    )
    assert flagged
    assert fields["status"] == "blocked"
    assert fields["blocked_reason"] == "bullying"
    assert fields["found_lexical"] == ["idiot"]


def test_blocked_author_is_withheld_even_when_clean() -> None:
    fields, flagged = moderation_fields(prediction(0, 0.01), author_blocked=True, language="en")
    assert not flagged
    assert (fields["status"], fields["blocked_reason"]) == ("blocked", "author_blocked")


def test_unsupported_language_is_delivered_unjudged_and_never_counted() -> None:
    fields, flagged = moderation_fields(None, author_blocked=False, language="es")
    assert not flagged
    assert fields == {
        "status": "delivered",
        "is_bullying": False,
        "language": "es",
        "moderation": "unsupported_language",
    }
    fields, flagged = moderation_fields(None, author_blocked=True, language="es")
    assert fields["status"] == "blocked" and not flagged
