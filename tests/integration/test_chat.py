"""Moderated chat and comments, blocking, and the chat callables, on the emulators."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.cloud.firestore_v1.base_query import FieldFilter

from citizen_safe import chat, config, moderation, store
from scripts.app_client import (
    SERVER_TIMESTAMP,
    AppUser,
    CallableError,
    RulesDenied,
    call_function,
    wait_for,
)

FRIENDLY = "Hey, are we still meeting at the library at five?"
BULLYING = "You are a worthless idiot, nobody likes you, just go kill yourself"
MODERATED = {"delivered", "blocked", "error"}


def send(sender: AppUser, receiver: AppUser, content: str) -> str:
    return sender.send_message(receiver.uid, content)


def moderated(user: AppUser, path: str) -> dict[str, object]:
    return wait_for(lambda: user.get(path), lambda d: d.get("status") in MODERATED)


def limit() -> int:
    return config.moderation_settings().max_bullying_count


# --- moderation triggers ---------------------------------------------------------------------


def test_receiver_listener_gets_message_with_moderation_fields(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """The receiver's realtime listener, through the rules, sees the verdict arrive."""
    db = other_citizen.listener_client()
    query = (
        db.collection("messages")
        .where(filter=FieldFilter("participants", "array_contains", other_citizen.uid))
        .where(
            filter=FieldFilter(
                "conversationId", "==", chat.conversation_id(citizen.uid, other_citizen.uid)
            )
        )
    )
    seen: queue.Queue[dict[str, Any]] = queue.Queue()

    def on_snapshot(docs: list[Any], changes: Any, read_time: Any) -> None:
        for doc in docs:
            seen.put({"id": doc.id, **doc.to_dict()})

    watch = query.on_snapshot(on_snapshot)
    try:
        message_id = send(citizen, other_citizen, FRIENDLY)
        deadline = datetime.now(UTC) + timedelta(seconds=60)
        while True:
            doc = seen.get(timeout=max(0.1, (deadline - datetime.now(UTC)).total_seconds()))
            if doc["id"] == message_id and doc.get("status") in MODERATED:
                break
    finally:
        watch.unsubscribe()
        db.close()
    assert doc["status"] == "delivered"
    assert doc["is_bullying"] is False
    assert 0.0 <= doc["bullying_probability"] < 0.5
    assert doc["found_lexical"] == []
    assert "moderated_at" in doc


def test_bullying_message_is_withheld_and_counted(citizen: AppUser, other_citizen: AppUser) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    doc = moderated(citizen, f"messages/{message_id}")
    assert doc["status"] == "blocked"
    assert doc["blocked_reason"] == "bullying"
    assert doc["is_bullying"] is True
    assert float(doc["bullying_probability"]) >= 0.5  # type: ignore[arg-type]
    assert "idiot" in doc["found_lexical"]  # type: ignore[operator]
    report = citizen.call("getBullyingReport")
    assert report["bullyingCount"] == 1
    assert report["blocked"] is False
    assert [m["id"] for m in report["flaggedMessages"]] == [message_id]
    assert citizen.call("canChat")["canChat"] is True


def test_burst_of_flagged_messages_counts_exactly_and_blocks(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """50 concurrent flagged messages: every accepted one counts once; the block lands."""

    def attempt(i: int) -> str | None:
        try:
            return send(citizen, other_citizen, f"{BULLYING} #{i}")
        except RulesDenied:
            return None  # the block already landed: the rules refuse further messages

    with ThreadPoolExecutor(max_workers=16) as pool:
        sent = [m for m in pool.map(attempt, range(50)) if m is not None]
    assert len(sent) >= limit()
    for message_id in sent:
        assert moderated(citizen, f"messages/{message_id}")["status"] == "blocked"
    state = store.user_state(citizen.uid)
    assert state.bullying_count == len(sent)
    assert state.blocked is True
    assert state.blocked_at is not None
    assert citizen.call("canChat")["canChat"] is False
    with pytest.raises(RulesDenied):
        send(citizen, other_citizen, FRIENDLY)


def test_redelivered_message_event_counts_once(citizen: AppUser, other_citizen: AppUser) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    moderated(citizen, f"messages/{message_id}")
    data = citizen.message(other_citizen.uid, BULLYING)
    settings = config.moderation_settings()
    results = []
    threads = [
        threading.Thread(
            target=lambda: results.append(moderation.moderate_message(message_id, data, settings))
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["duplicate"] * 3
    assert store.user_state(citizen.uid).bullying_count == 1


def test_comments_are_moderated_and_count_toward_the_limit(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    post_id = citizen.add(
        "posts",
        {
            "author": citizen.uid,
            "content": "Street lights out on 5th",
            "timestamp": SERVER_TIMESTAMP,
        },
    )
    kind = other_citizen.add(
        f"posts/{post_id}/comments",
        {
            "author": other_citizen.uid,
            "content": "Reported it to the council",
            "timestamp": SERVER_TIMESTAMP,
        },
    )
    mean = other_citizen.add(
        f"posts/{post_id}/comments",
        {"author": other_citizen.uid, "content": BULLYING, "timestamp": SERVER_TIMESTAMP},
    )
    assert moderated(citizen, f"posts/{post_id}/comments/{kind}")["status"] == "delivered"
    flagged = moderated(citizen, f"posts/{post_id}/comments/{mean}")
    assert flagged["status"] == "blocked" and flagged["is_bullying"] is True
    message_id = send(other_citizen, citizen, BULLYING)
    moderated(other_citizen, f"messages/{message_id}")
    report = other_citizen.call("getBullyingReport")
    assert report["bullyingCount"] == 2
    assert [c["id"] for c in report["flaggedComments"]] == [mean]
    assert report["flaggedComments"][0]["postId"] == post_id


def test_malformed_message_ends_in_error() -> None:
    ref = store.client().collection("messages").document()
    ref.set({"sender": "someone", "receiver": "else", "content": 12})
    doc = wait_for(lambda: ref.get().to_dict(), lambda d: d.get("status") in MODERATED)
    assert doc["status"] == "error"
    assert "content" in str(doc["moderation_error"])


# --- callables -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "getChatHistory",
        "listConversations",
        "getOnlineUsers",
        "getBullyingReport",
        "canChat",
        "markAsRead",
        "claimUsername",
        "reviewReport",
    ],
)
def test_callables_require_sign_in(name: str) -> None:
    with pytest.raises(CallableError) as err:
        call_function(name, {}, id_token=None)
    assert err.value.status == "UNAUTHENTICATED"


def test_chat_history_pages_newest_first(citizen: AppUser, other_citizen: AppUser) -> None:
    ids = [
        send(citizen if i % 2 else other_citizen, other_citizen if i % 2 else citizen, f"msg {i}")
        for i in range(5)
    ]
    for message_id in ids:
        moderated(citizen, f"messages/{message_id}")
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = citizen.call(
            "getChatHistory", {"withUser": other_citizen.uid, "limit": 2, "cursor": cursor}
        )
        seen += [m["id"] for m in page["messages"]]
        pages += 1
        cursor = page["nextCursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))
    assert pages == 3
    from_other_side = other_citizen.call("getChatHistory", {"withUser": citizen.uid, "limit": 100})
    assert [m["id"] for m in from_other_side["messages"]] == list(reversed(ids))


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({}, "INVALID_ARGUMENT"),
        ({"withUser": 5}, "INVALID_ARGUMENT"),
        ({"withUser": "no-such-user-123"}, "NOT_FOUND"),
        ({"withUser": "OTHER", "limit": 0}, "INVALID_ARGUMENT"),
        ({"withUser": "OTHER", "limit": "ten"}, "INVALID_ARGUMENT"),
        ({"withUser": "OTHER", "cursor": "not-a-cursor"}, "INVALID_ARGUMENT"),
        ({"withUser": "SELF"}, "INVALID_ARGUMENT"),
        ("just a string", "INVALID_ARGUMENT"),
    ],
)
def test_chat_history_rejects_bad_requests(
    citizen: AppUser, other_citizen: AppUser, data: object, status: str
) -> None:
    if isinstance(data, dict) and data.get("withUser") in ("OTHER", "SELF"):
        data = {
            **data,
            "withUser": other_citizen.uid if data["withUser"] == "OTHER" else citizen.uid,
        }
    with pytest.raises(CallableError) as err:
        citizen.call("getChatHistory", data)
    assert err.value.status == status


def test_history_hides_withheld_messages_from_the_receiver(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    moderated(citizen, f"messages/{message_id}")
    mine = citizen.call("getChatHistory", {"withUser": other_citizen.uid})
    theirs = other_citizen.call("getChatHistory", {"withUser": citizen.uid})
    assert [m["id"] for m in mine["messages"]] == [message_id]
    assert theirs["messages"] == []


def test_conversations_and_mark_as_read(citizen: AppUser, other_citizen: AppUser) -> None:
    third = AppUser.sign_up()
    first = send(other_citizen, citizen, "hello there")
    second = send(other_citizen, citizen, "are you around?")
    last = send(third, citizen, "meeting moved to 6")
    for message_id in (first, second, last):
        moderated(citizen, f"messages/{message_id}")
    conversations = citizen.call("listConversations")["conversations"]
    by_user = {c["withUser"]: c for c in conversations}
    assert [c["withUser"] for c in conversations] == [third.uid, other_citizen.uid]
    assert by_user[other_citizen.uid]["unreadCount"] == 2
    assert by_user[other_citizen.uid]["lastMessage"]["id"] == second
    assert by_user[third.uid]["unreadCount"] == 1

    # The sender cannot mark the receiver's messages read; the receiver can, once.
    assert other_citizen.call("markAsRead", {"messageIds": [first, second]})["updated"] == 0
    assert citizen.call("markAsRead", {"messageIds": [first, second, "missing-id"]})["updated"] == 2
    assert citizen.call("markAsRead", {"messageIds": [first]})["updated"] == 0
    assert (citizen.get(f"messages/{last}") or {})["is_read"] is False
    conversations = citizen.call("listConversations")["conversations"]
    assert {c["withUser"]: c["unreadCount"] for c in conversations} == {
        other_citizen.uid: 0,
        third.uid: 1,
    }
    bad_requests: list[dict[str, object]] = [
        {},
        {"messageIds": []},
        {"messageIds": "abc"},
        {"messageIds": [1]},
    ]
    for bad in bad_requests:
        with pytest.raises(CallableError) as err:
            citizen.call("markAsRead", bad)
        assert err.value.status == "INVALID_ARGUMENT"


def test_claim_username(citizen: AppUser, other_citizen: AppUser) -> None:
    name = f"asha_{citizen.uid[:6].lower()}"
    assert citizen.call("claimUsername", {"name": name.upper()}) == {"username": name}
    assert citizen.call("claimUsername", {"name": name}) == {"username": name}
    with pytest.raises(CallableError) as err:
        other_citizen.call("claimUsername", {"name": name})
    assert err.value.status == "ALREADY_EXISTS"
    bad_names: list[dict[str, object]] = [{"name": "ab"}, {"name": "has space"}, {"name": 7}, {}]
    for bad in bad_names:
        with pytest.raises(CallableError) as err:
            citizen.call("claimUsername", bad)
        assert err.value.status == "INVALID_ARGUMENT"
    renamed = name + "_2"
    citizen.call("claimUsername", {"name": renamed})
    assert other_citizen.call("claimUsername", {"name": name}) == {"username": name}
    assert (citizen.get(f"users/{citizen.uid}") or {})["username"] == renamed
    with pytest.raises(RulesDenied):
        citizen.update(f"users/{citizen.uid}", {"username": "sneaky"})
    with pytest.raises(RulesDenied):
        citizen.create("usernames/sneaky", {"uid": citizen.uid})


def test_online_users(citizen: AppUser, other_citizen: AppUser) -> None:
    citizen.create(f"status/{citizen.uid}", {"online": True, "lastSeen": SERVER_TIMESTAMP})
    store.client().collection("status").document(other_citizen.uid).set(
        {"online": True, "lastSeen": datetime.now(UTC) - timedelta(hours=2)}
    )
    users = {u["uid"]: u for u in other_citizen.call("getOnlineUsers")["users"]}
    assert users[citizen.uid]["online"] is True
    assert users[other_citizen.uid]["online"] is False, "a stale heartbeat is offline"


# --- rules -----------------------------------------------------------------------------------


def test_message_rules(citizen: AppUser, other_citizen: AppUser) -> None:
    stranger = AppUser.sign_up()
    with pytest.raises(RulesDenied):  # spoofed sender
        stranger.add("messages", {**citizen.message(other_citizen.uid, FRIENDLY)})
    for extra in (
        {"status": "delivered"},
        {"is_bullying": False},
        {"is_read": True},
        {"conversationId": "x_y"},
        {"participants": [citizen.uid]},
    ):
        with pytest.raises(RulesDenied):
            citizen.add("messages", {**citizen.message(other_citizen.uid, FRIENDLY), **extra})
    with pytest.raises(RulesDenied):
        citizen.add("messages", citizen.message(citizen.uid, "note to self"))
    with pytest.raises(RulesDenied):
        citizen.add("messages", citizen.message(other_citizen.uid, ""))

    message_id = send(citizen, other_citizen, FRIENDLY)
    moderated(citizen, f"messages/{message_id}")
    path = f"messages/{message_id}"
    with pytest.raises(RulesDenied):
        stranger.get(path)
    with pytest.raises(RulesDenied):
        citizen.update(path, {"is_read": True})  # only the receiver
    with pytest.raises(RulesDenied):
        other_citizen.update(path, {"content": "edited"})
    with pytest.raises(RulesDenied):
        other_citizen.update(path, {"status": "blocked", "is_bullying": True})
    other_citizen.update(path, {"is_read": True})
    assert (citizen.get(path) or {})["is_read"] is True
    with pytest.raises(RulesDenied):
        stranger.query(
            "messages",
            where=[
                ("conversationId", "EQUAL", chat.conversation_id(citizen.uid, other_citizen.uid))
            ],
        )


def test_blocked_user_cannot_post_or_comment(citizen: AppUser, other_citizen: AppUser) -> None:
    post_id = other_citizen.add(
        "posts",
        {
            "author": other_citizen.uid,
            "content": "Lost dog near the park",
            "timestamp": SERVER_TIMESTAMP,
        },
    )
    store.client().collection("users").document(citizen.uid).set(
        {"blocked": True, "bullyingCount": 5}
    )
    with pytest.raises(RulesDenied):
        send(citizen, other_citizen, FRIENDLY)
    with pytest.raises(RulesDenied):
        citizen.add(
            f"posts/{post_id}/comments",
            {"author": citizen.uid, "content": "hi", "timestamp": SERVER_TIMESTAMP},
        )


def test_blocked_author_race_is_caught_by_the_function(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """A message written just before the block lands is still withheld by the trigger."""
    store.client().collection("users").document(citizen.uid).set(
        {"blocked": True, "bullyingCount": 5}
    )
    ref = store.client().collection("messages").document()
    ref.set({**citizen.message(other_citizen.uid, FRIENDLY), "timestamp": datetime.now(UTC)})
    doc = wait_for(lambda: ref.get().to_dict(), lambda d: d.get("status") in MODERATED)
    assert doc["status"] == "blocked" and doc["blocked_reason"] == "author_blocked"
    assert store.user_state(citizen.uid).bullying_count == 5


def test_presence_and_typing_rules(citizen: AppUser, other_citizen: AppUser) -> None:
    with pytest.raises(RulesDenied):
        citizen.create(
            f"status/{other_citizen.uid}", {"online": True, "lastSeen": SERVER_TIMESTAMP}
        )
    citizen.create(f"status/{citizen.uid}", {"online": True, "lastSeen": SERVER_TIMESTAMP})
    assert (other_citizen.get(f"status/{citizen.uid}") or {})["online"] is True
    cid = chat.conversation_id(citizen.uid, other_citizen.uid)
    citizen.create(f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP})
    other_citizen.update(f"typing/{cid}", {other_citizen.uid: SERVER_TIMESTAMP})
    with pytest.raises(RulesDenied):
        other_citizen.update(f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP})
    stranger = AppUser.sign_up()
    with pytest.raises(RulesDenied):
        stranger.get(f"typing/{cid}")
    with pytest.raises(RulesDenied):
        stranger.update(f"typing/{cid}", {stranger.uid: SERVER_TIMESTAMP})
