"""Push messages: a fake sender, dead tokens dropped, and a failure that never escapes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from citizen_safe.notifications import messages, push
from citizen_safe.notifications.messages import Notification
from citizen_safe.users import store as users


class FakeSender:
    def __init__(self, dead: Sequence[str] = (), fail: bool = False) -> None:
        self.sent: list[tuple[tuple[str, ...], str]] = []
        self.dead, self.fail = list(dead), fail

    def send(self, tokens: Sequence[str], note: Notification) -> list[str]:
        if self.fail:
            raise ConnectionError("FCM is down")
        self.sent.append((tuple(tokens), note.type))
        return self.dead


@pytest.fixture
def tokens(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    dropped: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(users, "push_tokens", lambda uid: ["t1", "t2"])
    monkeypatch.setattr(users, "drop_push_tokens", lambda uid, t: dropped.append((uid, t)))
    return dropped


def test_sends_each_notification_to_every_device(tokens: list[tuple[str, list[str]]]) -> None:
    sender = FakeSender()
    push.push("u1", [messages.blocked(5)], sender)
    assert sender.sent == [(("t1", "t2"), "blocked")]
    assert tokens == []


def test_unregistered_tokens_are_dropped(tokens: list[tuple[str, list[str]]]) -> None:
    push.push("u1", [messages.blocked(5)], FakeSender(dead=["t2"]))
    assert tokens == [("u1", ["t2"])]


def test_a_failed_push_never_raises(tokens: list[tuple[str, list[str]]]) -> None:
    push.push("u1", [messages.blocked(5)], FakeSender(fail=True))
    assert tokens == []


def test_nothing_to_send_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "push_tokens", lambda uid: pytest.fail("read tokens"))
    push.push("u1", [], FakeSender())


def test_the_emulator_only_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUNCTIONS_EMULATOR", "true")
    assert isinstance(push.default_sender(), push.LogSender)
    monkeypatch.delenv("FUNCTIONS_EMULATOR")
    assert isinstance(push.default_sender(), push.FcmSender)
