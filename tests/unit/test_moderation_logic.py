"""Pure parts of moderation and the chat callables: parsing, decisions, cursors, errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from firebase_functions.https_fn import FunctionsErrorCode, HttpsError

from citizen_safe import chat
from citizen_safe.classifier import Prediction
from citizen_safe.config import parse_fraction
from citizen_safe.moderation import InvalidContent, moderation_fields, parse


def prediction(label: int, probability: float, found: list[str] | None = None) -> Prediction:
    return {"label": label, "probability": probability, "found_lexical": found or []}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "no data"),
        ({"content": "hi"}, "'sender' must be a user id"),
        ({"sender": "", "content": "hi"}, "'sender' must be a user id"),
        ({"sender": "a"}, "'content' is missing"),
        ({"sender": "a", "content": 5}, "'content' is a int, not text"),
        ({"sender": "a", "content": "   "}, "'content' is empty"),
        ({"sender": "a", "content": "x" * 1_000_000}, "longer than 2000"),
    ],
)
def test_parse_rejects_bad_documents(data: object, reason: str) -> None:
    with pytest.raises(InvalidContent, match=reason):
        parse(data, "sender")  # type: ignore[arg-type]


def test_clean_message_is_delivered() -> None:
    fields, flagged = moderation_fields(prediction(0, 0.1234567), author_blocked=False)
    assert not flagged
    assert fields == {
        "status": "delivered",
        "is_bullying": False,
        "bullying_probability": 0.123457,
        "found_lexical": [],
    }


def test_flagged_message_is_withheld_and_counts() -> None:
    fields, flagged = moderation_fields(prediction(1, 0.9, ["idiot"]), author_blocked=False)
    assert flagged
    assert fields["status"] == "blocked"
    assert fields["blocked_reason"] == "bullying"
    assert fields["found_lexical"] == ["idiot"]


def test_blocked_author_is_withheld_even_when_clean() -> None:
    fields, flagged = moderation_fields(prediction(0, 0.01), author_blocked=True)
    assert not flagged
    assert (fields["status"], fields["blocked_reason"]) == ("blocked", "author_blocked")


def test_conversation_id_is_symmetric() -> None:
    assert chat.conversation_id("b", "a") == chat.conversation_id("a", "b") == "a_b"


def test_cursor_round_trip() -> None:
    stamp = datetime(2026, 11, 21, 12, 0, 0, 123456, tzinfo=UTC)
    cursor = chat._encode_cursor({"id": "abc123", "timestamp": stamp})
    assert chat._decode_cursor(cursor) == (stamp, "abc123")


@pytest.mark.parametrize("cursor", ["", "!!!", "bm90IGpzb24", 5, "eyJ0IjogMX0"])
def test_bad_cursors_are_invalid_argument(cursor: object) -> None:
    with pytest.raises(HttpsError) as err:
        chat._decode_cursor(cursor)
    assert err.value.code == FunctionsErrorCode.INVALID_ARGUMENT


def test_signed_out_callers_are_unauthenticated() -> None:
    with pytest.raises(HttpsError) as err:
        chat.require_uid(None)
    assert err.value.code == FunctionsErrorCode.UNAUTHENTICATED


def test_withheld_messages_are_visible_only_to_their_sender() -> None:
    message = {"sender": "a", "receiver": "b", "status": "blocked"}
    assert chat._visible_to(message, "a")
    assert not chat._visible_to(message, "b")
    assert chat._visible_to({**message, "status": "delivered"}, "b")


@pytest.mark.parametrize("raw", ["0", "0.5", "1", "1.0", "0.125"])
def test_fraction_params_parse(raw: str) -> None:
    assert 0.0 <= parse_fraction(raw, "X") <= 1.0


@pytest.mark.parametrize("raw", ["-0.1", "1.5", "abc"])
def test_bad_fraction_params_fail_loudly(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_fraction(raw, "X")
