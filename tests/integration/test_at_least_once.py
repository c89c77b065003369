"""Triggers are delivered at least once, in any order, maybe concurrently: every trigger
handler, given the same event three more times (one after another, then on three threads
at once), leaves exactly the state one delivery left.

The Functions emulator runs the deployed triggers on every write, so each test lets the
real trigger produce the state first, waits until no function is running, takes a snapshot
of the whole database, redelivers in-process and compares. The sweeps are checked by
rolling a judged document back to "a trigger crashed before committing anything" and
comparing what the sweep produces with what the trigger had produced.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from citizen_safe import _firestore, config
from citizen_safe.dashboard import refresh as dashboard
from citizen_safe.moderation import judging as moderation
from citizen_safe.reports import insights
from citizen_safe.reports import judging as reports
from scripts.app_client import AppUser, wait_for

State = dict[str, dict[str, Any]]
Settle = Callable[[], float]
Snapshot = Callable[[], State]

FAKE = "A dragon flew over the market at noon and burned my car to ash"
GENUINE = "Two men on a motorbike snatched a gold chain from a woman near Elm Street bus stop"
BULLYING = "You are a worthless idiot, nobody likes you, just go kill yourself"
FRIENDLY = "Are we still meeting at the library at five?"
TIMES = 3
VOLATILE = {"dashboard/refresh"}  # when the last recount started: every recount moves it
SUMMARY = "dashboard/summary"


def report_settings() -> insights.Settings:
    """What functions/main.py passes the report trigger."""
    return insights.Settings(
        config.gemini_settings(),
        config.dashboard_settings().timezone,
        config.recovery_points(),
        config.reports_per_hour(),
    )


def stable(state: State) -> State:
    """The state minus what a redelivered dashboard request may legitimately move: when
    the recount ran. The counts themselves must not move."""
    kept = {path: doc for path, doc in state.items() if path not in VOLATILE}
    if SUMMARY in kept:
        kept[SUMMARY] = {k: v for k, v in kept[SUMMARY].items() if k not in ("asOf", "updatedAt")}
    return kept


def diff(before: State, after: State) -> list[str]:
    """Readable differences between two snapshots, for assertion messages."""
    lines = []
    for path in sorted(set(before) | set(after)):
        old, new = before.get(path), after.get(path)
        if old != new:
            lines.append(f"{path}: {old!r} -> {new!r}")
    return lines


def redeliver(
    deliver: Callable[[], object], settle: Settle, snapshot: Snapshot
) -> tuple[list[object], list[object]]:
    """Deliver the same event 3 times in a row, then 3 times at once; after each round
    nothing may have changed. Returns the handlers' results of both rounds."""
    settle()
    first = stable(snapshot())
    in_turn = [deliver() for _ in range(TIMES)]
    settle()
    after_turns = stable(snapshot())
    assert after_turns == first, diff(first, after_turns)
    with ThreadPoolExecutor(TIMES) as pool:
        together = list(pool.map(lambda _: deliver(), range(TIMES)))
    settle()
    after_together = stable(snapshot())
    assert after_together == first, diff(first, after_together)
    return in_turn, together


def create(path: str, data: Mapping[str, object]) -> dict[str, object]:
    """Write a document through the Admin path; returns the event's data for it."""
    _firestore.document(path).create(dict(data))
    return dict(data)


def final(path: str, field: str, done: set[str]) -> dict[str, object]:
    return wait_for(
        lambda: _firestore.document(path).get().to_dict(), lambda d: d.get(field) in done
    )


def audit_for(target: str) -> list[dict[str, Any]]:
    return [
        s.to_dict() or {}
        for s in _firestore.client().collection("audit").where("target", "==", target).stream()
    ]


def notes_of(uid: str) -> list[dict[str, Any]]:
    ref = _firestore.document(f"users/{uid}").collection("notifications")
    return [s.to_dict() or {} for s in ref.stream()]


def user(uid: str) -> dict[str, Any]:
    return _firestore.document(f"users/{uid}").get().to_dict() or {}


def report_doc(uid: str, description: str, at: datetime | None = None) -> dict[str, object]:
    return {
        "userId": uid,
        "description": description,
        "timestamp": at or datetime.now(UTC),
        "verification_status": "pending",
        "submitterName": "Citizen",
    }


def message_doc(
    sender: str, receiver: str, content: str, at: datetime | None = None
) -> dict[str, object]:
    from citizen_safe.chat.conversations import conversation_id

    return {
        "sender": sender,
        "receiver": receiver,
        "content": content,
        "timestamp": at or datetime.now(UTC),
        "is_read": False,
        "participants": [sender, receiver],
        "conversationId": conversation_id(sender, receiver),
        "status": "pending",
    }


def new_id() -> str:
    ref: Any = _firestore.client().collection("x").document()
    return str(ref.id)


# --- report verification ---------------------------------------------------------------------


def test_fake_report_redelivered_keeps_one_penalty(
    citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    path = f"reports/{new_id()}"
    data = create(path, report_doc(citizen.uid, FAKE))
    assert final(path, "verification_status", {"fake"})["is_fake"] is True
    settle()
    latest = _firestore.document(f"{path}/verification/latest").get().to_dict() or {}
    penalty = latest["credibility_penalty"]
    assert isinstance(penalty, int) and penalty >= 5

    settings = report_settings()
    in_turn, together = redeliver(
        lambda: reports.handle_new_report(path, data, settings), settle, snapshot
    )
    assert in_turn + together == ["duplicate"] * (2 * TIMES)
    # What the state is, not only that it did not move: one penalty, one ledger entry.
    assert user(citizen.uid)["credibilityScore"] == 100 - penalty
    assert user(citizen.uid)["fakeReportCount"] == 1
    assert (_firestore.document(path).get().to_dict() or {})["credibility_effect"] == -penalty
    assert Counter(a["action"] for a in audit_for(path)) == {"verdict": 1}
    assert Counter(a["action"] for a in audit_for(f"users/{citizen.uid}")) == {"penalty": 1}
    assert [n["type"] for n in notes_of(citizen.uid)] == ["report_flagged"]
    assert _firestore.document(f"flagged_reports/{path.split('/')[1]}").get().exists


def test_genuine_report_redelivered_keeps_one_recovery(
    citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    """Below 100 a genuine report returns points through the ledger: once."""
    _firestore.document(f"users/{citizen.uid}").set({"credibilityScore": 80})
    path = f"reports/{new_id()}"
    data = create(path, report_doc(citizen.uid, GENUINE))
    assert final(path, "verification_status", {"verified"})
    settings = report_settings()
    recovery = settings.recovery
    redeliver(lambda: reports.handle_new_report(path, data, settings), settle, snapshot)
    assert user(citizen.uid)["credibilityScore"] == 80 + recovery
    assert (_firestore.document(path).get().to_dict() or {})["credibility_effect"] == recovery
    assert Counter(a["action"] for a in audit_for(f"users/{citizen.uid}")) == (
        {"recovery": 1} if recovery else {}
    )


def test_first_delivery_racing_redeliveries_judges_once(
    citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    """Three in-process deliveries race the real trigger on the first delivery itself."""
    path = f"reports/{new_id()}"
    data = report_doc(citizen.uid, FAKE)
    settings = report_settings()
    with ThreadPoolExecutor(TIMES) as pool:
        _firestore.document(path).create(data)
        outcomes = list(pool.map(lambda _: reports.handle_new_report(path, data, settings), "abc"))
    final(path, "verification_status", {"fake"})
    settle()
    assert outcomes.count("judged") <= 1
    latest = _firestore.document(f"{path}/verification/latest").get().to_dict() or {}
    penalty = latest["credibility_penalty"]
    assert user(citizen.uid)["credibilityScore"] == 100 - penalty
    assert user(citizen.uid)["fakeReportCount"] == 1
    assert Counter(a["action"] for a in audit_for(path)) == {"verdict": 1}
    assert Counter(a["action"] for a in audit_for(f"users/{citizen.uid}")) == {"penalty": 1}
    assert len(notes_of(citizen.uid)) == 1


# --- moderation ------------------------------------------------------------------------------


def test_bullying_message_redelivered_counts_and_blocks_once(
    citizen: AppUser, other_citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    settings = config.moderation_settings()
    limit = settings.max_bullying_count
    _firestore.document(f"users/{citizen.uid}").set({"bullyingCount": limit - 1})
    path = f"messages/{new_id()}"
    data = create(path, message_doc(citizen.uid, other_citizen.uid, BULLYING))
    assert final(path, "status", {"blocked"})["is_bullying"] is True
    in_turn, together = redeliver(
        lambda: moderation.moderate_message(path, data, settings), settle, snapshot
    )
    assert in_turn + together == ["duplicate"] * (2 * TIMES)
    standing = user(citizen.uid)
    assert standing["bullyingCount"] == limit and standing["blocked"] is True
    assert Counter(a["action"] for a in audit_for(f"users/{citizen.uid}")) == {"block": 1}
    assert [n["type"] for n in notes_of(citizen.uid)] == ["blocked"]


def test_delivered_message_redelivered_counts_once_in_its_conversation(
    citizen: AppUser, other_citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    settings = config.moderation_settings()
    path = f"messages/{new_id()}"
    data = create(path, message_doc(citizen.uid, other_citizen.uid, FRIENDLY))
    assert final(path, "status", {"delivered"})
    redeliver(lambda: moderation.moderate_message(path, data, settings), settle, snapshot)
    conversation = _firestore.document(f"conversations/{data['conversationId']}").get().to_dict()
    assert conversation is not None
    assert conversation["unread"] == {other_citizen.uid: 1}
    assert conversation["lastMessage"]["id"] == path.split("/")[1]
    window = _firestore.document(f"rate_limits/{citizen.uid}_message").get().to_dict() or {}
    assert len(window["stamps"]) == 1


def test_bullying_comment_redelivered_counts_once(
    citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    settings = config.moderation_settings()
    path = f"posts/{new_id()}/comments/{new_id()}"
    data = create(path, {**citizen.comment(BULLYING), "timestamp": datetime.now(UTC)})
    assert final(path, "status", {"blocked"})["is_bullying"] is True
    redeliver(lambda: moderation.moderate_comment(path, data, settings), settle, snapshot)
    assert user(citizen.uid)["bullyingCount"] == 1


# --- the dashboard ---------------------------------------------------------------------------


def test_dashboard_requests_redelivered_leave_the_same_counts(
    citizen: AppUser, officer: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    report = f"reports/{new_id()}"
    create(report, report_doc(citizen.uid, FAKE))
    final(report, "verification_status", {"fake"})
    duty = f"duty/{officer.uid}"
    _firestore.document(duty).set({"lastSeen": datetime.now(UTC)})
    settle()
    settings = config.dashboard_settings()
    changed = _firestore.document(report).get().update_time
    on_duty = _firestore.document(duty).get().update_time
    redeliver(lambda: dashboard.request(changed, settings), settle, snapshot)
    redeliver(lambda: dashboard.request(on_duty, settings), settle, snapshot)
    redeliver(lambda: dashboard.refresh_now(datetime.now(UTC), settings), settle, snapshot)
    # And the counts are right, not merely unchanged.
    summary = _firestore.document(SUMMARY).get().to_dict() or {}
    counted = dashboard.recount(datetime.now(UTC), settings)
    assert {k: summary[k] for k in counted} == counted
    assert summary["flaggedReports"] >= 1 and summary["officersOnDuty"] >= 1


# --- the sweeps ------------------------------------------------------------------------------


def masked(value: object) -> object:
    """Times differ between two runs of the same work; everything else must not."""
    if isinstance(value, datetime):
        return "<time>"
    if isinstance(value, Mapping):
        return {k: masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v) for v in value]
    return value


def comparable(state: State) -> tuple[dict[str, object], Counter[str]]:
    """Documents by path with times masked; audit entries (auto ids) as a multiset."""
    docs: dict[str, object] = {}
    audit: Counter[str] = Counter()
    for path, doc in stable(state).items():
        if path.startswith("audit/"):
            audit[json.dumps(masked(doc), sort_keys=True, default=str)] += 1
        else:
            docs[path] = masked(doc)
    return docs, audit


def roll_back(before: State, after: State, created: Mapping[str, dict[str, object]]) -> None:
    """Undo everything since `before` except that `created` documents stay as created:
    the state a trigger that crashed before committing anything leaves."""
    db = _firestore.client()
    batch = db.batch()
    for path in set(after) - set(before) - set(created):
        if not path.startswith("dashboard/"):
            batch.delete(db.document(path))
    for path, doc in before.items():
        if after.get(path) != doc and not path.startswith("dashboard/"):
            batch.set(db.document(path), doc)
    for path, doc in created.items():
        batch.set(db.document(path), dict(doc))
    batch.commit()


def sweep_all() -> int:
    """What the scheduled `resume_stalled` does."""
    now = datetime.now(UTC)
    return reports.resume_stalled(report_settings(), now) + moderation.resume_stalled(
        config.moderation_settings(), now
    )


def test_resume_stalled_run_three_times_finishes_each_document_once(
    citizen: AppUser, other_citizen: AppUser, settle: Settle, snapshot: Snapshot
) -> None:
    limit = config.moderation_settings().max_bullying_count
    _firestore.document(f"users/{citizen.uid}").set({"bullyingCount": limit - 1})
    settle()
    before = snapshot()
    old = datetime.now(UTC) - timedelta(minutes=10)  # stalled: older than STALLED_AFTER
    created = {
        f"reports/{new_id()}": report_doc(citizen.uid, FAKE, old),
        f"messages/{new_id()}": message_doc(citizen.uid, other_citizen.uid, BULLYING, old),
        f"posts/{new_id()}/comments/{new_id()}": {
            **other_citizen.comment(BULLYING),
            "timestamp": old,
        },
    }
    for path, data in created.items():
        create(path, data)
    for path in created:
        final(path, "verification_status" if path.startswith("reports/") else "status",
              {"fake", "blocked"})  # fmt: skip
    settle()
    by_trigger = snapshot()
    assert user(citizen.uid)["blocked"] is True
    expected = comparable(by_trigger)

    for concurrently in (False, True):
        roll_back(before, snapshot(), created)
        settle()
        stalled = snapshot()
        assert all(
            stalled[p].get("verification_status", stalled[p].get("status")) == "pending"
            for p in created
        )
        if concurrently:
            with ThreadPoolExecutor(TIMES) as pool:
                counts = list(pool.map(lambda _: sweep_all(), range(TIMES)))
        else:
            counts = [sweep_all() for _ in range(TIMES)]
        settle()
        assert counts[0] >= len(created) if not concurrently else sum(counts) >= len(created)
        got = comparable(snapshot())
        assert got[1] == expected[1], "audit entries differ"
        assert got[0] == expected[0], diff(
            {k: {"v": v} for k, v in expected[0].items()}, {k: {"v": v} for k, v in got[0].items()}
        )
