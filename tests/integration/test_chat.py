"""Moderated chat and comments, blocking, and the chat callables, on the emulators."""

from __future__ import annotations

import queue
import threading
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.cloud.firestore_v1 import DELETE_FIELD

from citizen_safe import _firestore, config
from citizen_safe.chat import store as chat
from citizen_safe.chat.conversations import conversation_id
from citizen_safe.moderation import judging as moderation
from citizen_safe.users import store as users
from scripts.app_client import (
    SERVER_TIMESTAMP,
    AppUser,
    CallableError,
    RulesDenied,
    wait_for,
)

FRIENDLY = "Hey, are we still meeting at the library at five?"
BULLYING = "You are a worthless idiot, nobody likes you, just go kill yourself"
MODERATED = {"delivered", "blocked", "error"}


def send(sender: AppUser, receiver: AppUser, content: str) -> str:
    return sender.send_message(receiver.uid, content)


def moderated(path: str) -> dict[str, object]:
    """Wait for the trigger's verdict (read as admin: a receiver may not see it pending)."""
    return wait_for(
        lambda: _firestore.document(path).get().to_dict(), lambda d: d.get("status") in MODERATED
    )


def limit() -> int:
    return config.moderation_settings().max_bullying_count


# --- moderation triggers ---------------------------------------------------------------------


class Listener:
    """A receiver's realtime listener on their delivered messages in one conversation,
    through the rules (a user-token client, as the app's)."""

    def __init__(self, receiver: AppUser, sender: AppUser) -> None:
        self.db = receiver.listener_client()
        query: Any = chat.APP_RECEIVED_IN_CONVERSATION.build(
            self.db, [conversation_id(sender.uid, receiver.uid), receiver.uid, "delivered"]
        )
        self.seen: queue.Queue[dict[str, Any]] = queue.Queue()
        self.current = threading.Event()
        self.watch = query.on_snapshot(self._on_snapshot)

    def _on_snapshot(self, docs: list[Any], changes: Any, read_time: Any) -> None:
        self.current.set()  # the first snapshot, even empty: the listen target is live
        for doc in docs:
            self.seen.put({"id": doc.id, **doc.to_dict()})

    def wait_for(self, message_id: str, seconds: float) -> dict[str, Any] | None:
        deadline = datetime.now(UTC) + timedelta(seconds=seconds)
        while (left := (deadline - datetime.now(UTC)).total_seconds()) > 0:
            try:
                doc = self.seen.get(timeout=left)
            except queue.Empty:
                return None
            if doc["id"] == message_id and doc.get("status") in MODERATED:
                return doc
        return None

    def close(self) -> None:
        self.watch.unsubscribe()
        self.db.close()


def test_receiver_listener_gets_message_with_moderation_fields(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """The receiver's realtime listener, through the rules, sees the verdict arrive."""
    listener = Listener(other_citizen, citizen)
    try:
        # As the app does, send once the listener is live.
        assert listener.current.wait(timeout=60), "the listener never became current"
        message_id = send(citizen, other_citizen, FRIENDLY)
        doc = listener.wait_for(message_id, 30)
    finally:
        listener.close()
    if doc is None:
        # In 3 of about 8 full runs on 2026-11-22 the emulator's watch stream for this one went
        # quiet although the message was delivered at once (its log shows it). A fresh
        # listener must then find it: the rules and the delivery are what this tests.
        delivered = _firestore.document(f"messages/{message_id}").get().to_dict() or {}
        warnings.warn(
            f"the first listener missed {message_id} (stored status "
            f"{delivered.get('status')!r}); checking with a fresh listener",
            stacklevel=1,
        )
        again = Listener(other_citizen, citizen)
        try:
            doc = again.wait_for(message_id, 30)
        finally:
            again.close()
    assert doc is not None, "no listener of the receiver saw the delivered message"
    assert doc["status"] == "delivered"
    assert doc["is_bullying"] is False
    assert 0.0 <= doc["bullying_probability"] < 0.5
    assert doc["found_lexical"] == []
    assert "moderated_at" in doc


def test_bullying_message_is_withheld_and_counted(citizen: AppUser, other_citizen: AppUser) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    doc = moderated(f"messages/{message_id}")
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
    docs = [moderated(f"messages/{message_id}") for message_id in sent]
    assert all(d["status"] == "blocked" for d in docs)
    # Past MESSAGES_PER_MINUTE a message is withheld unjudged and never counted.
    judged = [d for d in docs if d["blocked_reason"] != "rate_limited"]
    assert len(judged) == min(len(sent), config.moderation_settings().messages_per_minute)
    state = users.standing(citizen.uid)
    assert state.bullying_count == len(judged)
    assert state.blocked is True
    assert state.blocked_at is not None
    assert citizen.call("canChat")["canChat"] is False
    with pytest.raises(RulesDenied):
        send(citizen, other_citizen, FRIENDLY)


def test_redelivered_message_event_counts_once(citizen: AppUser, other_citizen: AppUser) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    moderated(f"messages/{message_id}")
    data = citizen.message(other_citizen.uid, BULLYING)
    settings = config.moderation_settings()
    results = []
    threads = [
        threading.Thread(
            target=lambda: results.append(
                moderation.moderate_message(f"messages/{message_id}", data, settings)
            )
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["duplicate"] * 3
    assert users.standing(citizen.uid).bullying_count == 1


def test_comments_are_moderated_and_count_toward_the_limit(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    post_id = citizen.add("posts", citizen.post("Street lights out on 5th"))
    assert moderated(f"posts/{post_id}")["status"] == "delivered"
    kind = other_citizen.add(
        f"posts/{post_id}/comments", other_citizen.comment("Reported it to the council")
    )
    mean = other_citizen.add(f"posts/{post_id}/comments", other_citizen.comment(BULLYING))
    assert moderated(f"posts/{post_id}/comments/{kind}")["status"] == "delivered"
    flagged = moderated(f"posts/{post_id}/comments/{mean}")
    assert flagged["status"] == "blocked" and flagged["is_bullying"] is True
    message_id = send(other_citizen, citizen, BULLYING)
    moderated(f"messages/{message_id}")
    report = other_citizen.call("getBullyingReport")
    assert report["bullyingCount"] == 2
    assert [c["id"] for c in report["flaggedComments"]] == [mean]
    assert report["flaggedComments"][0]["postId"] == post_id


def test_posts_are_moderated_like_comments(citizen: AppUser) -> None:
    """Everyone signed in reads the feed, so a bullying post is withheld and counted."""
    fine = citizen.add("posts", citizen.post("Lost a grey cat near the library, any sightings?"))
    mean = citizen.add("posts", citizen.post(BULLYING))
    assert moderated(f"posts/{fine}")["status"] == "delivered"
    flagged = moderated(f"posts/{mean}")
    assert flagged["status"] == "blocked" and flagged["blocked_reason"] == "bullying"
    report = citizen.call("getBullyingReport")
    assert report["bullyingCount"] == 1
    assert [p["id"] for p in report["flaggedPosts"]] == [mean]
    assert report["flaggedComments"] == [] and report["flaggedMessages"] == []


def test_malformed_message_ends_in_error() -> None:
    ref = _firestore.client().collection("messages").document()
    ref.set({"sender": "someone", "receiver": "else", "content": 12})
    doc = wait_for(lambda: ref.get().to_dict(), lambda d: d.get("status") in MODERATED)
    assert doc["status"] == "error"
    assert "content" in str(doc["moderation_error"])


# --- callables -------------------------------------------------------------------------------


def test_chat_history_pages_newest_first(citizen: AppUser, other_citizen: AppUser) -> None:
    ids = [
        send(citizen if i % 2 else other_citizen, other_citizen if i % 2 else citizen, f"msg {i}")
        for i in range(5)
    ]
    for message_id in ids:
        moderated(f"messages/{message_id}")
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
    moderated(f"messages/{message_id}")
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
        moderated(f"messages/{message_id}")
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
    _firestore.client().collection("status").document(other_citizen.uid).set(
        {"online": True, "lastSeen": datetime.now(UTC) - timedelta(hours=2)}
    )
    online = {u["uid"]: u for u in other_citizen.call("getOnlineUsers")["users"]}
    assert online[citizen.uid]["online"] is True
    assert online[other_citizen.uid]["online"] is False, "a stale heartbeat is offline"


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
    moderated(f"messages/{message_id}")
    path = f"messages/{message_id}"
    with pytest.raises(RulesDenied):
        stranger.get(path)
    with pytest.raises(RulesDenied):
        citizen.update(path, {"is_read": True})  # only the receiver
    with pytest.raises(RulesDenied):
        other_citizen.update(path, {"content": "edited"})
    with pytest.raises(RulesDenied):
        other_citizen.update(path, {"status": "blocked", "is_bullying": True})
    with pytest.raises(RulesDenied):  # read receipts go through markAsRead
        other_citizen.update(path, {"is_read": True})
    assert other_citizen.call("markAsRead", {"messageIds": [message_id]})["updated"] == 1
    assert (citizen.get(path) or {})["is_read"] is True
    with pytest.raises(RulesDenied):
        stranger.query(
            "messages",
            where=[("conversationId", "EQUAL", conversation_id(citizen.uid, other_citizen.uid))],
        )


def test_blocked_user_cannot_post_or_comment(citizen: AppUser, other_citizen: AppUser) -> None:
    post_id = other_citizen.add("posts", other_citizen.post("Lost dog near the park"))
    _firestore.client().collection("users").document(citizen.uid).set(
        {"blocked": True, "bullyingCount": 5}
    )
    with pytest.raises(RulesDenied):
        send(citizen, other_citizen, FRIENDLY)
    with pytest.raises(RulesDenied):
        citizen.add(f"posts/{post_id}/comments", citizen.comment("hi"))


def test_blocked_author_race_is_caught_by_the_function(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """A message written just before the block lands is still withheld by the trigger."""
    _firestore.client().collection("users").document(citizen.uid).set(
        {"blocked": True, "bullyingCount": 5}
    )
    ref = _firestore.client().collection("messages").document()
    ref.set({**citizen.message(other_citizen.uid, FRIENDLY), "timestamp": datetime.now(UTC)})
    doc = wait_for(lambda: ref.get().to_dict(), lambda d: d.get("status") in MODERATED)
    assert doc["status"] == "blocked" and doc["blocked_reason"] == "author_blocked"
    assert users.standing(citizen.uid).bullying_count == 5


def test_presence_and_typing_rules(citizen: AppUser, other_citizen: AppUser) -> None:
    with pytest.raises(RulesDenied):
        citizen.create(
            f"status/{other_citizen.uid}", {"online": True, "lastSeen": SERVER_TIMESTAMP}
        )
    citizen.create(f"status/{citizen.uid}", {"online": True, "lastSeen": SERVER_TIMESTAMP})
    assert (other_citizen.get(f"status/{citizen.uid}") or {})["online"] is True
    cid = conversation_id(citizen.uid, other_citizen.uid)
    citizen.create(f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP})
    other_citizen.update(f"typing/{cid}", {other_citizen.uid: SERVER_TIMESTAMP})
    with pytest.raises(RulesDenied):
        other_citizen.update(f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP})
    stranger = AppUser.sign_up()
    with pytest.raises(RulesDenied):
        stranger.get(f"typing/{cid}")
    with pytest.raises(RulesDenied):
        stranger.update(f"typing/{cid}", {stranger.uid: SERVER_TIMESTAMP})


# --- withholding, the sweep, and bad stored data (restructure issue) -------------------------


def test_receiver_is_denied_pending_and_withheld_messages(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """Rules make withholding real: the receiver reads a message only once delivered."""
    path = f"messages/{send(citizen, other_citizen, FRIENDLY)}"
    assert moderated(path)["status"] == "delivered"
    assert (other_citizen.get(path) or {})["content"] == FRIENDLY
    # Back to "waiting for moderation" (an update fires no create trigger to race the check).
    _firestore.document(path).update({"status": "pending"})
    with pytest.raises(RulesDenied):
        other_citizen.get(path)
    assert (citizen.get(path) or {})["content"] == FRIENDLY  # its sender always may
    # Put it back: a judged message left pending is what a sweep must repair, and a later
    # test's sweep would.
    _firestore.document(path).update({"status": "delivered"})

    withheld = send(citizen, other_citizen, BULLYING)
    assert moderated(f"messages/{withheld}")["status"] == "blocked"
    with pytest.raises(RulesDenied):
        other_citizen.get(f"messages/{withheld}")
    with pytest.raises(RulesDenied):
        other_citizen.update(f"messages/{withheld}", {"is_read": True})
    assert (citizen.get(f"messages/{withheld}") or {})["blocked_reason"] == "bullying"


def test_app_queries_pass_the_rules_and_hide_withheld_messages(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    cid = conversation_id(citizen.uid, other_citizen.uid)
    kind = send(citizen, other_citizen, FRIENDLY)
    mean = send(citizen, other_citizen, BULLYING)
    moderated(f"messages/{kind}")
    moderated(f"messages/{mean}")
    me, them = other_citizen.uid, citizen.uid
    received = other_citizen.run(chat.APP_RECEIVED_IN_CONVERSATION, [cid, me, "delivered"])
    assert [m["id"] for m in received] == [kind]
    assert [m["id"] for m in other_citizen.run(chat.APP_RECEIVED, [me, "delivered"])] == [kind]
    unread = other_citizen.run(chat.APP_UNREAD, [me, "delivered", False])
    assert [m["id"] for m in unread] == [kind]
    sent = citizen.run(chat.APP_SENT_IN_CONVERSATION, [cid, them])
    assert {m["id"] for m in sent} == {kind, mean}
    assert {m["id"] for m in citizen.run(chat.APP_SENT, [them])} == {kind, mean}
    # Queries the rules cannot prove safe are refused outright.
    with pytest.raises(RulesDenied):
        other_citizen.query("messages", where=[("receiver", "EQUAL", me)])
    with pytest.raises(RulesDenied):
        other_citizen.query("messages", where=[("participants", "ARRAY_CONTAINS", me)])


def test_comments_are_withheld_from_other_readers(
    citizen: AppUser, other_citizen: AppUser, officer: AppUser
) -> None:
    post_id = citizen.add("posts", citizen.post("Street lights out on 5th"))
    assert moderated(f"posts/{post_id}")["status"] == "delivered"
    kind = other_citizen.add(
        f"posts/{post_id}/comments",
        other_citizen.comment("Thanks, I reported it to the council too"),
    )
    mean = other_citizen.add(f"posts/{post_id}/comments", other_citizen.comment(BULLYING))
    assert moderated(f"posts/{post_id}/comments/{kind}")["status"] == "delivered"
    assert moderated(f"posts/{post_id}/comments/{mean}")["status"] == "blocked"
    listed = citizen.run(chat.APP_POST_COMMENTS, ["delivered"], parent=f"posts/{post_id}")
    assert [c["id"] for c in listed] == [kind]
    with pytest.raises(RulesDenied):
        citizen.get(f"posts/{post_id}/comments/{mean}")
    assert other_citizen.get(f"posts/{post_id}/comments/{mean}") is not None
    assert officer.get(f"posts/{post_id}/comments/{mean}") is not None
    with pytest.raises(RulesDenied):  # a comment must be created pending
        citizen.add(f"posts/{post_id}/comments", {**citizen.comment("hi"), "status": "delivered"})


def test_sweep_finishes_a_message_and_a_comment_a_crashed_trigger_left(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    message_id = send(citizen, other_citizen, BULLYING)
    post_id = citizen.add("posts", citizen.post("Lost keys"))
    assert moderated(f"posts/{post_id}")["status"] == "delivered"  # comments need a live post
    comment_id = other_citizen.add(f"posts/{post_id}/comments", other_citizen.comment("Found?"))
    paths = [f"messages/{message_id}", f"posts/{post_id}/comments/{comment_id}"]
    for path in paths:
        moderated(path)
    assert users.standing(citizen.uid).bullying_count == 1
    # Rewind both to what a trigger that died before recording leaves: pending, unmoderated.
    # (Rewinding the count too: the moderation the sweep redoes must count exactly once.)
    long_ago = datetime.now(UTC) - timedelta(minutes=30)
    for path in paths:
        _firestore.document(path).update(
            {
                "status": "pending",
                "timestamp": long_ago,
                "moderated_at": DELETE_FIELD,
                "is_bullying": DELETE_FIELD,
            }
        )
    _firestore.document(f"users/{citizen.uid}").update({"bullyingCount": 0})
    with pytest.raises(RulesDenied):
        other_citizen.get(paths[0])

    assert moderation.resume_stalled(config.moderation_settings(), datetime.now(UTC)) >= 2
    assert moderated(paths[0])["status"] == "blocked"
    assert moderated(paths[1])["status"] == "delivered"
    assert users.standing(citizen.uid).bullying_count == 1
    # A late trigger or a second sweep changes nothing.
    moderation.resume_stalled(config.moderation_settings(), datetime.now(UTC))
    data = citizen.message(other_citizen.uid, BULLYING)
    assert moderation.moderate_message(paths[0], data, config.moderation_settings()) == "duplicate"
    assert users.standing(citizen.uid).bullying_count == 1


def test_non_ascii_and_path_like_ids_are_still_moderated(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    """Admin-path writes may use any id; the trigger must still judge the document."""
    for doc_id in ("café-message", "😀-bully"):
        ref = _firestore.client().collection("messages").document(doc_id + uuid.uuid4().hex[:6])
        ref.set({**citizen.message(other_citizen.uid, BULLYING), "timestamp": datetime.now(UTC)})
        assert moderated(ref.path)["status"] == "blocked"
    assert users.standing(citizen.uid).bullying_count == 2
    with pytest.raises(RulesDenied):  # clients cannot choose such ids at all
        citizen.create("messages/café", citizen.message(other_citizen.uid, FRIENDLY))


@pytest.mark.parametrize("sender", ["a/b", ".", "__x__", "no-such-account"])
def test_messages_from_bad_or_unknown_senders_end_without_side_effects(
    sender: str, other_citizen: AppUser
) -> None:
    ref = _firestore.client().collection("messages").document()
    ref.set(
        {
            "sender": sender,
            "receiver": other_citizen.uid,
            "content": BULLYING,
            "timestamp": datetime.now(UTC),
            "status": "pending",
        }
    )
    doc = moderated(ref.path)
    if sender == "no-such-account":
        assert doc["status"] == "blocked"  # withheld, but counted against nobody
        assert not _firestore.document(f"users/{sender}").get().exists
    else:
        assert doc["status"] == "error" and "'sender' must be a user id" in str(
            doc["moderation_error"]
        )


def test_malformed_stored_documents_do_not_break_callables(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    cid = conversation_id(citizen.uid, other_citizen.uid)
    good = send(citizen, other_citizen, FRIENDLY)
    moderated(f"messages/{good}")
    bad = _firestore.client().collection("messages").document()
    bad.set(
        {
            "sender": citizen.uid,
            "receiver": other_citizen.uid,
            "conversationId": cid,
            "participants": [citizen.uid, other_citizen.uid],
            "content": b"\x00\x01",
            "timestamp": datetime.now(UTC),
            "status": "delivered",
            "moderated_at": datetime.now(UTC),
            "found_lexical": "not a list",
        }
    )
    history = other_citizen.call("getChatHistory", {"withUser": citizen.uid, "limit": 1})
    assert history["messages"][0]["content"] is None
    page2 = other_citizen.call(
        "getChatHistory", {"withUser": citizen.uid, "limit": 1, "cursor": history["nextCursor"]}
    )
    assert [m["id"] for m in page2["messages"]] == [good]
    assert other_citizen.call("listConversations")["conversations"][0]["withUser"] == citizen.uid
    _firestore.client().collection("status").document(citizen.uid).set(
        {"online": "yes", "lastSeen": "yesterday"}
    )
    online = {u["uid"]: u for u in other_citizen.call("getOnlineUsers")["users"]}
    assert online[citizen.uid] == {
        "uid": citizen.uid,
        "username": None,
        "online": False,
        "lastSeen": None,
    }


def test_typing_create_cannot_write_the_other_participant(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    cid = conversation_id(citizen.uid, other_citizen.uid)
    with pytest.raises(RulesDenied):
        citizen.create(
            f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP, other_citizen.uid: "x" * 1000}
        )
    with pytest.raises(RulesDenied):
        citizen.create(f"typing/{cid}", {other_citizen.uid: SERVER_TIMESTAMP})
    citizen.create(f"typing/{cid}", {citizen.uid: SERVER_TIMESTAMP})


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("markAsRead", {"messageIds": ["."]}),
        ("markAsRead", {"messageIds": [".."]}),
        ("markAsRead", {"messageIds": ["__x__"]}),
        ("markAsRead", {"messageIds": ["a/b"]}),
        ("claimUsername", {"name": "__x__"}),
        ("claimUsername", {"name": "a/b"}),
        ("claimUsername", {"name": ".."}),
        ("getChatHistory", {"withUser": "a/b"}),
        ("getChatHistory", {"withUser": "__x__"}),
    ],
)
def test_reserved_and_path_like_ids_are_invalid_argument(
    citizen: AppUser, name: str, data: dict[str, object]
) -> None:
    with pytest.raises(CallableError) as err:
        citizen.call(name, data)
    assert err.value.status == "INVALID_ARGUMENT"


def test_conversation_summaries(citizen: AppUser, other_citizen: AppUser) -> None:
    """Kept by the moderation trigger: delivered messages only, participants only."""
    cid = conversation_id(citizen.uid, other_citizen.uid)
    hello = send(citizen, other_citizen, "Hello, are you at the meeting?")
    moderated(f"messages/{hello}")
    mean = send(citizen, other_citizen, BULLYING)
    moderated(f"messages/{mean}")
    summary = other_citizen.get(f"conversations/{cid}") or {}
    assert summary["participants"] == sorted([citizen.uid, other_citizen.uid])
    last = summary["lastMessage"]
    assert isinstance(last, dict) and last["id"] == hello  # the withheld one is not shown
    assert summary["unread"] == {other_citizen.uid: 1}
    with pytest.raises(RulesDenied):
        AppUser.sign_up().get(f"conversations/{cid}")
    with pytest.raises(RulesDenied):
        citizen.update(f"conversations/{cid}", {"unread": {}})
    listed = other_citizen.run(chat.CONVERSATIONS_OF, [other_citizen.uid], limit=10)
    assert [c["id"] for c in listed] == [cid]
    other_citizen.call("markAsRead", {"messageIds": [hello, hello]})
    assert (other_citizen.get(f"conversations/{cid}") or {})["unread"] == {other_citizen.uid: 0}
