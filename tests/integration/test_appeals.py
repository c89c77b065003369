"""Fairness and accountability on the emulators: appeals, credibility recovery through the
report's ledger, notifications, the audit log, repeat offenders and push tokens."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC

import pytest

from citizen_safe import _firestore
from citizen_safe.audit import store as audit
from citizen_safe.notifications import store as notifications
from citizen_safe.reports import insights
from citizen_safe.reports import judging as reports
from citizen_safe.reports import store as report_store
from scripts.app_client import AppUser, CallableError, RulesDenied, call_function, wait_for

FAKE = "A ghost floated through the wall of my flat and stole my television"
GENUINE = "My bicycle was stolen from the rack outside the library on Park Road this morning"
OFFLINE = insights.Settings(gemini=None, timezone=UTC, recovery=1)
REASON = "I really was robbed; the 'ghost' was a man in a white sheet."


def file(user: AppUser, description: str) -> str:
    return user.add("reports", user.report(description))


def judged(user: AppUser, report_id: str) -> dict[str, object]:
    return wait_for(
        lambda: user.get(f"reports/{report_id}"),
        lambda d: d.get("verification_status") in {"verified", "fake", "needs_review", "error"},
    )


def score(user: AppUser) -> object:
    return (user.get(f"users/{user.uid}") or {}).get("credibilityScore")


def notes(user: AppUser) -> dict[str, dict[str, object]]:
    rows = user.run(notifications.APP_UNREAD, [False], parent=f"users/{user.uid}", limit=50)
    return {str(r["id"]): r for r in rows}


def trail(officer: AppUser, target: str) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = officer.call("getAuditTrail", {"target": target})["entries"]
    return entries


def status_of(code: str, call: Callable[[], object]) -> None:
    with pytest.raises(CallableError) as err:
        call()
    assert err.value.status == code


def test_appeal_overturned_after_a_recovery_and_a_review(
    citizen: AppUser, officer: AppUser
) -> None:
    """The author's score ends where the report's ledger says, whatever the path."""
    _firestore.document(f"users/{citizen.uid}").set({"credibilityScore": 80})
    report_id = file(citizen, GENUINE)
    assert judged(citizen, report_id)["verification_status"] == "verified"
    assert score(citizen) == 81  # recovery
    assert "report_verified" in {n["type"] for n in notes(citizen).values()}

    officer.call("reviewReport", {"reportId": report_id, "decision": "fake", "note": "Staged"})
    assert score(citizen) == 55  # the +1 undone, the officer penalty (25) taken
    flagged = notes(citizen)[f"{report_id}_report_flagged"]
    assert "26 points" in str(flagged["body"]) and "Appeal" in str(flagged["body"])

    status_of("INVALID_ARGUMENT", lambda: citizen.call("appealReport", {"reportId": report_id}))
    status_of(
        "INVALID_ARGUMENT",
        lambda: citizen.call("appealReport", {"reportId": report_id, "reason": "short"}),
    )
    result = citizen.call("appealReport", {"reportId": report_id, "reason": REASON})
    assert result["appeal"]["status"] == "pending"
    status_of(
        "ALREADY_EXISTS",
        lambda: citizen.call("appealReport", {"reportId": report_id, "reason": REASON}),
    )
    pending = officer.run(report_store.PENDING_APPEALS, ["pending"], limit=50)
    assert report_id in [r["id"] for r in pending]
    with pytest.raises(RulesDenied):
        citizen.run(report_store.PENDING_APPEALS, ["pending"])

    officer.call(
        "resolveAppeal", {"reportId": report_id, "decision": "overturned", "note": "Sorry"}
    )
    assert score(citizen) == 81  # the ledger: genuine again, +1 in all
    report = citizen.get(f"reports/{report_id}") or {}
    assert report["verification_status"] == "verified" and report["credibility_effect"] == 1
    assert report["appeal"]["status"] == "overturned"  # type: ignore[index]
    assert officer.get(f"flagged_reports/{report_id}") is None
    resolved = notes(citizen)[f"{report_id}_appeal_resolved"]
    assert "accepted" in str(resolved["title"]) and "Sorry" in str(resolved["body"])
    status_of(  # resolved once; a second resolution is refused
        "FAILED_PRECONDITION",
        lambda: officer.call("resolveAppeal", {"reportId": report_id, "decision": "overturned"}),
    )
    # Reviews and appeals cannot refund twice.
    officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    assert score(citizen) == 81

    actions = [e["action"] for e in trail(officer, f"reports/{report_id}")]
    assert actions == ["verdict", "review", "appeal", "appeal_resolution", "review"]
    scores = trail(officer, f"users/{citizen.uid}")
    assert [(e["action"], e["after"]) for e in scores] == [
        ("recovery", {"credibilityScore": 81}),
        ("penalty", {"credibilityScore": 55}),
        ("recovery", {"credibilityScore": 81}),
    ]


def test_appeal_rules(citizen: AppUser, other_citizen: AppUser, officer: AppUser) -> None:
    fake = file(citizen, FAKE)
    genuine = file(citizen, GENUINE)
    judged(citizen, fake)
    judged(citizen, genuine)
    args = {"reportId": fake, "reason": REASON}
    status_of("UNAUTHENTICATED", lambda: call_function("appealReport", args, None))
    status_of("PERMISSION_DENIED", lambda: other_citizen.call("appealReport", args))
    status_of("PERMISSION_DENIED", lambda: officer.call("appealReport", args))
    status_of(
        "FAILED_PRECONDITION",
        lambda: citizen.call("appealReport", {"reportId": genuine, "reason": REASON}),
    )
    status_of(
        "NOT_FOUND", lambda: citizen.call("appealReport", {"reportId": "nope", "reason": REASON})
    )
    with pytest.raises(RulesDenied):  # the appeal field is the callable's to write
        citizen.update(f"reports/{fake}", {"appeal": {"status": "pending"}})
    penalised = score(citizen)
    citizen.call("appealReport", args)
    resolve = {"reportId": fake, "decision": "upheld", "note": "It is a ghost story."}
    status_of("UNAUTHENTICATED", lambda: call_function("resolveAppeal", resolve, None))
    status_of("PERMISSION_DENIED", lambda: citizen.call("resolveAppeal", resolve))
    status_of(
        "INVALID_ARGUMENT",
        lambda: officer.call("resolveAppeal", {"reportId": fake, "decision": "maybe"}),
    )
    assert officer.call("resolveAppeal", resolve)["decision"] == "upheld"
    assert score(citizen) == penalised
    report = citizen.get(f"reports/{fake}") or {}
    assert report["verification_status"] == "fake"
    assert report["appeal"]["status"] == "upheld"  # type: ignore[index]
    assert officer.get(f"flagged_reports/{fake}") is not None
    declined = notes(citizen)[f"{fake}_appeal_resolved"]
    assert "declined" in str(declined["title"])


def test_redelivered_verdict_leaves_one_audit_entry_and_one_notification(
    citizen: AppUser, officer: AppUser
) -> None:
    report_id = file(citizen, FAKE)
    judged(citizen, report_id)
    data = {"userId": citizen.uid, "description": FAKE}
    threads = [
        threading.Thread(
            target=lambda: reports.handle_new_report(f"reports/{report_id}", data, OFFLINE)
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [e["action"] for e in trail(officer, f"reports/{report_id}")] == ["verdict"]
    assert [e["action"] for e in trail(officer, f"users/{citizen.uid}")] == ["penalty"]
    assert list(notes(citizen)) == [f"{report_id}_report_flagged"]


def test_review_queue_notification(citizen: AppUser) -> None:
    # Swahili: no offline word list reads it, so it waits for an officer.
    report_id = file(citizen, "Simu yangu iliibiwa sokoni asubuhi hii na mwanamume mrefu")
    assert judged(citizen, report_id)["verification_status"] == "needs_review"
    assert notes(citizen)[f"{report_id}_report_needs_review"]["type"] == "report_needs_review"


def test_notifications_belong_to_their_owner(citizen: AppUser, other_citizen: AppUser) -> None:
    report_id = file(citizen, GENUINE)
    judged(citizen, report_id)
    path = f"users/{citizen.uid}/notifications/{report_id}_report_verified"
    note = citizen.get(path) or {}
    assert note["type"] == "report_verified" and note["read"] is False
    assert note["reportId"] == report_id and note["title"] and note["body"]
    with pytest.raises(RulesDenied):
        other_citizen.get(path)
    with pytest.raises(RulesDenied):
        citizen.update(path, {"title": "edited"})
    with pytest.raises(RulesDenied):
        citizen.create(f"users/{citizen.uid}/notifications/mine", {"read": False})
    citizen.update(path, {"read": True})
    assert (citizen.get(path) or {})["read"] is True
    assert f"{report_id}_report_verified" not in notes(citizen)


def test_bullying_warning_and_block_notifications(
    citizen: AppUser, other_citizen: AppUser, officer: AppUser
) -> None:
    insult = "You are a worthless idiot and everyone hates you"
    for i in range(5):
        message_id = citizen.send_message(other_citizen.uid, f"{insult} #{i}")
        wait_for(
            lambda m=message_id: _firestore.document(f"messages/{m}").get().to_dict(),  # type: ignore[misc]
            lambda d: d.get("status") in {"blocked", "delivered"},
        )
    wait_for(lambda: citizen.get(f"users/{citizen.uid}/notifications/blocked"), lambda n: True)
    got = notes(citizen)
    assert got["bullying_warning"]["type"] == "bullying_warning"
    assert "One more" in str(got["bullying_warning"]["body"])
    assert got["blocked"]["type"] == "blocked"
    blocks = trail(officer, f"users/{citizen.uid}")
    assert [e["action"] for e in blocks] == ["block"]
    assert blocks[0]["actor"] == audit.MODERATION


def test_audit_trail_and_repeat_offenders_are_for_officers(
    citizen: AppUser, officer: AppUser
) -> None:
    for _ in range(2):
        judged(citizen, file(citizen, FAKE))
    status_of("PERMISSION_DENIED", lambda: citizen.call("getAuditTrail", {"target": "reports/x"}))
    status_of("UNAUTHENTICATED", lambda: call_function("getAuditTrail", {"target": "a/b"}, None))
    for bad in ("reports", "reports/a/b", "../x", "reports/__x__", 5):
        status_of("INVALID_ARGUMENT", lambda b=bad: officer.call("getAuditTrail", {"target": b}))  # type: ignore[misc]
    with pytest.raises(RulesDenied):
        citizen.query("audit", where=[("target", "EQUAL", f"users/{citizen.uid}")])
    status_of("PERMISSION_DENIED", lambda: citizen.call("listRepeatOffenders"))
    offenders = officer.call("listRepeatOffenders", {"limit": 100})["offenders"]
    mine = [o for o in offenders if o["uid"] == citizen.uid]
    assert mine and mine[0]["fakeReportCount"] == 2
    counts = [o["fakeReportCount"] for o in offenders]
    assert counts == sorted(counts, reverse=True)


def test_push_tokens_are_the_owners_to_manage(citizen: AppUser, other_citizen: AppUser) -> None:
    path = f"users/{citizen.uid}"
    citizen.update(path, {"fcmTokens": ["token-a", "token-b"]})  # sign-up made the profile
    citizen.update(path, {"fcmTokens": ["token-b"]})
    for bad in (["x"] * 2, [5], ["t"] * 11, "token", ["y" * 5000]):
        with pytest.raises(RulesDenied):
            citizen.update(path, {"fcmTokens": bad})
    with pytest.raises(RulesDenied):
        other_citizen.update(path, {"fcmTokens": ["mine"]})
