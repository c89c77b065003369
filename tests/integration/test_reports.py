"""Report verification end to end: client write -> trigger -> verdict and penalty."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from google.cloud.firestore_v1 import DELETE_FIELD

from citizen_safe import _firestore, credibility
from citizen_safe.reports import insights
from citizen_safe.reports import judging as reports
from citizen_safe.reports import store as report_store
from scripts.app_client import AppUser, CallableError, wait_for

FINAL = {"verified", "fake", "error", "needs_review"}
OFFLINE = insights.Settings(gemini=None, timezone=UTC)


def file_report(user: AppUser, description: str, **extra: object) -> str:
    return user.add("reports", user.report(description, submitterName="Test Citizen", **extra))


def judged(user: AppUser, report_id: str) -> dict[str, object]:
    return wait_for(
        lambda: user.get(f"reports/{report_id}"),
        lambda doc: doc.get("verification_status") in FINAL,
    )


def score(user: AppUser) -> object:
    return (user.get(f"users/{user.uid}") or {}).get("credibilityScore")


def test_genuine_report_is_verified_and_costs_nothing(citizen: AppUser) -> None:
    report_id = file_report(
        citizen,
        "A man snatched a woman's handbag near the central railway station around 6:40 pm "
        "and ran towards the bus stand wearing a red jacket.",
        location={"latitude": 19.07, "longitude": 72.87, "city": "Mumbai"},
        time_of_occurrence="today 6:40 pm",
    )
    report = judged(citizen, report_id)
    assert report["verification_status"] == "verified"
    assert report["is_fake"] is False
    assert 0.0 <= float(report["verification_confidence"]) <= 1.0  # type: ignore[arg-type]
    assert report["verification_reasoning"]
    assert "verified_at" in report
    latest = citizen.get(f"reports/{report_id}/verification/latest")
    assert latest is not None
    assert latest["credibility_penalty"] == 0
    assert latest["credibility_after"] == 100
    assert str(latest["verified_by"]).startswith("offline-rules/")
    assert score(citizen) is None, "an unchanged score writes nothing (missing means 100)"


def test_fake_report_is_flagged_and_costs_credibility(citizen: AppUser) -> None:
    report_id = file_report(citizen, "A ghost broke into my apartment and rearranged the furniture")
    report = judged(citizen, report_id)
    assert report["verification_status"] == "fake"
    assert report["is_fake"] is True
    assert float(report["verification_confidence"]) >= 0.95  # type: ignore[arg-type]
    assert "supernatural" in report["red_flags"]  # type: ignore[operator]
    latest = citizen.get(f"reports/{report_id}/verification/latest")
    assert latest is not None
    penalty = latest["credibility_penalty"]
    assert isinstance(penalty, int) and 5 <= penalty <= 25
    assert latest["red_flags"] == report["red_flags"]
    assert latest["credibility_before"] == 100
    assert score(citizen) == 100 - penalty


def test_mass_scale_claim_is_flagged(citizen: AppUser) -> None:
    report_id = file_report(citizen, "All ATMs in the city are hacked and stealing people's data")
    report = judged(citizen, report_id)
    assert report["verification_status"] == "fake"
    assert float(report["verification_confidence"]) >= 0.90  # type: ignore[arg-type]


def test_redelivered_event_applies_penalty_once(citizen: AppUser) -> None:
    """The trigger and three redeliveries race; the penalty must land exactly once."""
    description = "A dragon flew over the market and burned my car"
    report_id = file_report(citizen, description)
    data = {"userId": citizen.uid, "description": description}
    outcomes: list[str] = []
    threads = [
        threading.Thread(
            target=lambda: outcomes.append(
                reports.handle_new_report(f"reports/{report_id}", data, OFFLINE)
            )
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    judged(citizen, report_id)
    # Once more after everything settled, as a late redelivery would.
    assert reports.handle_new_report(f"reports/{report_id}", data, OFFLINE) == "duplicate"
    latest = citizen.get(f"reports/{report_id}/verification/latest")
    assert latest is not None
    penalty = latest["credibility_penalty"]
    assert isinstance(penalty, int) and penalty >= 5
    assert score(citizen) == 100 - penalty
    assert outcomes.count("judged") <= 1


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"description": 42}, "'description' must be a string"),
        ({"description": "   "}, "'description' is empty"),
        ({}, "'description' is missing"),
        ({"description": "x" * 6000}, "longer than 5000"),
        ({"description": "Bike stolen", "location": ["a"]}, "'location' must be text or a map"),
        (
            {"description": "Bike stolen", "location": {"latitude": 200, "longitude": 0}},
            "latitude",
        ),
        ({"description": "Bike stolen", "time_of_occurrence": 5}, "time_of_occurrence"),
    ],
)
def test_malformed_report_ends_in_error(fields: dict[str, object], reason: str) -> None:
    """Rules stop such writes from the app; an admin or old client can still make them."""
    uid = f"uid-{uuid.uuid4().hex[:8]}"
    report_id = uuid.uuid4().hex
    _firestore.client().collection("reports").document(report_id).set({"userId": uid, **fields})
    report = wait_for(
        lambda: _firestore.client().collection("reports").document(report_id).get().to_dict(),
        lambda doc: doc.get("verification_status") in FINAL,
    )
    assert report["verification_status"] == "error"
    assert reason in str(report["verification_error"])
    user = _firestore.client().collection("users").document(uid).get()
    assert not user.exists, "an unjudgeable report must not touch credibility"


def test_report_without_author_ends_in_error() -> None:
    report_id = uuid.uuid4().hex
    _firestore.client().collection("reports").document(report_id).set(
        {"description": "Bike stolen"}
    )
    report = wait_for(
        lambda: _firestore.client().collection("reports").document(report_id).get().to_dict(),
        lambda doc: doc.get("verification_status") in FINAL,
    )
    assert report["verification_status"] == "error"
    assert "'userId' is missing" in str(report["verification_error"])


def test_score_is_clamped_at_zero(citizen: AppUser) -> None:
    _firestore.client().collection("users").document(citizen.uid).set({"credibilityScore": 3})
    report_id = file_report(citizen, "An alien teleported into the bank and stole all the gold lol")
    assert judged(citizen, report_id)["verification_status"] == "fake"
    assert score(citizen) == 0


def test_sweep_finishes_a_report_left_pending_by_a_crashed_trigger(citizen: AppUser) -> None:
    """Python Firestore triggers are never retried; the scheduled sweep is the safety net."""
    report_id = file_report(citizen, "My scooter was stolen from outside the gym on 4th Street")
    assert judged(citizen, report_id)["verification_status"] == "verified"
    # Rewind to what a trigger that died before recording a verdict leaves behind.
    ref = _firestore.client().collection("reports").document(report_id)
    ref.collection("verification").document("latest").delete()
    long_ago = datetime.now(UTC) - timedelta(minutes=30)
    ref.update(
        {"verification_status": "pending", "timestamp": long_ago, "verified_at": DELETE_FIELD}
    )

    assert reports.resume_stalled(OFFLINE, datetime.now(UTC)) >= 1
    report = judged(citizen, report_id)
    assert report["verification_status"] == "verified"
    assert citizen.get(f"reports/{report_id}/verification/latest") is not None
    cutoff = datetime.now(UTC) - reports.STALLED_AFTER
    stalled = report_store.STALLED.build(_firestore.client(), ["pending", cutoff]).stream()
    assert report_id not in [snap.id for snap in stalled]


def test_officer_overturns_a_wrong_fake_verdict_and_restores_credibility(
    citizen: AppUser, officer: AppUser
) -> None:
    report_id = file_report(citizen, "A ghost broke into my apartment and rearranged the furniture")
    assert judged(citizen, report_id)["verification_status"] == "fake"
    penalised = score(citizen)
    assert isinstance(penalised, float | int) and penalised < 100

    with pytest.raises(CallableError) as err:
        citizen.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    assert err.value.status == "PERMISSION_DENIED"
    with pytest.raises(CallableError) as err:
        officer.call("reviewReport", {"reportId": "no-such-report", "decision": "genuine"})
    assert err.value.status == "NOT_FOUND"

    for _ in range(2):  # the same decision twice settles once
        result = officer.call(
            "reviewReport",
            {"reportId": report_id, "decision": "genuine", "note": "Tenant prank; checked."},
        )
        assert result["authorCredibility"] == 100
    report = citizen.get(f"reports/{report_id}") or {}
    assert report["verification_status"] == "verified"
    assert report["is_fake"] is False
    review = report["officer_review"]
    assert isinstance(review, dict)
    assert review["officer"] == officer.uid and review["decision"] == "genuine"
    assert score(citizen) == 100


def test_officer_confirms_a_fake_the_verifier_missed(citizen: AppUser, officer: AppUser) -> None:
    report_id = file_report(
        citizen, "My bicycle was stolen from the rack outside the library today"
    )
    assert judged(citizen, report_id)["verification_status"] == "verified"
    officer.call("reviewReport", {"reportId": report_id, "decision": "fake"})
    officer.call("reviewReport", {"reportId": report_id, "decision": "fake"})
    assert score(citizen) == 100 - credibility.OFFICER_CONFIRMED_PENALTY
    assert (citizen.get(f"reports/{report_id}") or {})["verification_status"] == "fake"


def test_review_of_a_report_still_being_verified_is_refused(
    citizen: AppUser, officer: AppUser
) -> None:
    """A review cannot stand in for the verdict: the verifier's verdict still lands."""
    report_id = file_report(citizen, "A dragon flew over the market and burned my car")
    judged(citizen, report_id)
    # Rewind to "the verifier is still working on it".
    ref = _firestore.client().collection("reports").document(report_id)
    ref.collection("verification").document("latest").delete()
    ref.update(
        {
            "verification_status": "pending",
            "verified_at": DELETE_FIELD,
            "is_fake": DELETE_FIELD,
            "credibility_effect": DELETE_FIELD,
        }
    )
    _firestore.document(f"users/{citizen.uid}").set({"credibilityScore": 100})
    with pytest.raises(CallableError) as err:
        officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    assert err.value.status == "FAILED_PRECONDITION"
    assert citizen.get(f"reports/{report_id}/verification/latest") is None

    data = {"userId": citizen.uid, "description": "A dragon flew over the market"}
    assert reports.handle_new_report(f"reports/{report_id}", data, OFFLINE) == "judged"
    report = judged(citizen, report_id)
    assert report["verification_status"] == "fake" and "officer_review" not in report
    penalty = (citizen.get(f"reports/{report_id}/verification/latest") or {})["credibility_penalty"]
    assert score(citizen) == 100 - penalty  # type: ignore[operator]
    officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    assert score(citizen) == 100
    reviews = citizen.run(report_store.REVIEW_HISTORY, [], parent=f"reports/{report_id}")
    assert [r["decision"] for r in reviews] == ["genuine"]
    assert citizen.get(f"reports/{report_id}/verification/latest") is not None


def test_review_history_is_appended(citizen: AppUser, officer: AppUser) -> None:
    report_id = file_report(citizen, "A ghost broke into my apartment and rearranged the furniture")
    judged(citizen, report_id)
    latest_before = citizen.get(f"reports/{report_id}/verification/latest")
    for decision in ("genuine", "fake", "genuine"):
        officer.call("reviewReport", {"reportId": report_id, "decision": decision})
    reviews = officer.run(report_store.REVIEW_HISTORY, [], parent=f"reports/{report_id}")
    assert [r["decision"] for r in reviews] == ["genuine", "fake", "genuine"]
    assert [r["status_after"] for r in reviews] == ["verified", "fake", "verified"]
    assert citizen.get(f"reports/{report_id}/verification/latest") == latest_before
    assert score(citizen) == 100


def test_non_ascii_report_ids_are_judged() -> None:
    uid = f"uid-{uuid.uuid4().hex[:8]}"
    for doc_id in ("café-", "😀-"):
        ref = _firestore.client().collection("reports").document(doc_id + uuid.uuid4().hex[:6])
        ref.set(
            {
                "userId": uid,
                "description": "A ghost stole my laptop and vanished through the wall",
                "timestamp": datetime.now(UTC),
                "verification_status": "pending",
            }
        )
        report = wait_for(
            lambda r=ref: r.get().to_dict(),  # type: ignore[misc]
            lambda doc: doc.get("verification_status") in FINAL,
        )
        assert report["verification_status"] == "fake"


@pytest.mark.parametrize("author", ["a/b", ".", "__x__"])
def test_path_like_authors_end_in_error(author: str) -> None:
    ref = _firestore.client().collection("reports").document()
    ref.set(
        {"userId": author, "description": "A ghost stole my bike", "timestamp": datetime.now(UTC)}
    )
    report = wait_for(
        lambda: ref.get().to_dict(), lambda doc: doc.get("verification_status") in FINAL
    )
    assert report["verification_status"] == "error"
    assert "'userId' must be a user id" in str(report["verification_error"])


def test_a_fake_verdict_for_an_unknown_author_creates_no_user() -> None:
    uid = f"ghost-{uuid.uuid4().hex[:8]}"
    ref = _firestore.client().collection("reports").document()
    ref.set({"userId": uid, "description": "A ghost stole my bike", "timestamp": datetime.now(UTC)})
    report = wait_for(
        lambda: ref.get().to_dict(), lambda doc: doc.get("verification_status") in FINAL
    )
    assert report["verification_status"] == "fake"
    assert report["credibility_effect"] == 0
    assert not _firestore.document(f"users/{uid}").get().exists
