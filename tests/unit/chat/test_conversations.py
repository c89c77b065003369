"""Pure conversation rules: ids, who sees what, cursors, and views of stored documents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citizen_safe.chat import conversations as c
from citizen_safe.errors import InvalidArgument


def test_conversation_id_is_symmetric() -> None:
    assert c.conversation_id("b", "a") == c.conversation_id("a", "b") == "a_b"


def test_cursor_round_trip() -> None:
    assert c.decode_cursor(c.encode_cursor("abc123")) == "abc123"


@pytest.mark.parametrize(
    "cursor",
    ["", "!!!", "bm90IGpzb24", 5, "eyJ0IjogMX0", c.encode_cursor("a/b"), c.encode_cursor("__x__")],
)
def test_bad_cursors_are_invalid_argument(cursor: object) -> None:
    with pytest.raises(InvalidArgument):
        c.decode_cursor(cursor)


@pytest.mark.parametrize("status", ["pending", "blocked", "error", None])
def test_receiver_sees_only_delivered_messages(status: str | None) -> None:
    message = {"sender": "a", "receiver": "b", "status": status}
    assert c.visible_to(message, "a")
    assert not c.visible_to(message, "b")
    assert not c.visible_to(message, "stranger")
    assert c.visible_to({**message, "status": "delivered"}, "b")


def test_message_view_survives_malformed_documents() -> None:
    stored = {
        "id": "m1",
        "sender": "a",
        "content": b"\x00bytes",
        "timestamp": "yesterday",
        "is_read": "no",
        "bullying_probability": True,
        "found_lexical": ["idiot", 5],
        "secret": "not for callers",
    }
    view = c.message_view(stored)
    assert view["content"] is None and view["timestamp"] is None and view["is_read"] is None
    assert view["bullying_probability"] is None
    assert view["found_lexical"] == ["idiot"]
    assert "secret" not in view


def test_message_view_keeps_good_fields() -> None:
    stamp = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    view = c.message_view({"id": "m1", "content": "hi", "timestamp": stamp, "is_read": False})
    assert view["timestamp"] == "2026-11-21T12:00:00Z"
    assert (view["content"], view["is_read"]) == ("hi", False)
