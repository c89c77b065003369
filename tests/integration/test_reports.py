"""Report verification end to end: client write -> trigger -> verdict and penalty."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from citizen_safe import credibility, reports, store
from scripts.app_client import SERVER_TIMESTAMP, AppUser, CallableError, wait_for

FINAL = {"verified", "fake", "error"}


def file_report(user: AppUser, description: str, **extra: object) -> str:
    data: dict[str, object] = {
        "userId": user.uid,
        "submitterName": "Test Citizen",
        "description": description,
        "timestamp": SERVER_TIMESTAMP,
        **extra,
    }
    return user.add("reports", data)


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
    assert str(latest["verified_by"]).startswith("offline-rules/")
    assert score(citizen) == 100


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
            target=lambda: outcomes.append(reports.handle_new_report(report_id, data, None))
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    judged(citizen, report_id)
    # Once more after everything settled, as a late redelivery would.
    assert reports.handle_new_report(report_id, data, None) == "duplicate"
    latest = citizen.get(f"reports/{report_id}/verification/latest")
    assert latest is not None
    penalty = latest["credibility_penalty"]
    assert isinstance(penalty, int) and penalty >= 5
    assert score(citizen) == 100 - penalty
    assert outcomes.count("fake") <= 1


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
    store.client().collection("reports").document(report_id).set({"userId": uid, **fields})
    report = wait_for(
        lambda: store.client().collection("reports").document(report_id).get().to_dict(),
        lambda doc: doc.get("verification_status") in FINAL,
    )
    assert report["verification_status"] == "error"
    assert reason in str(report["verification_error"])
    user = store.client().collection("users").document(uid).get()
    assert not user.exists, "an unjudgeable report must not touch credibility"


def test_report_without_author_ends_in_error() -> None:
    report_id = uuid.uuid4().hex
    store.client().collection("reports").document(report_id).set({"description": "Bike stolen"})
    report = wait_for(
        lambda: store.client().collection("reports").document(report_id).get().to_dict(),
        lambda doc: doc.get("verification_status") in FINAL,
    )
    assert report["verification_status"] == "error"
    assert "'userId' is missing" in str(report["verification_error"])


def test_score_is_clamped_at_zero(citizen: AppUser) -> None:
    store.client().collection("users").document(citizen.uid).set({"credibilityScore": 3})
    report_id = file_report(citizen, "An alien teleported into the bank and stole all the gold lol")
    assert judged(citizen, report_id)["verification_status"] == "fake"
    assert score(citizen) == 0


def test_sweep_finishes_a_report_left_pending_by_a_crashed_trigger(citizen: AppUser) -> None:
    """Python Firestore triggers are never retried; the scheduled sweep is the safety net."""
    report_id = file_report(citizen, "My scooter was stolen from outside the gym on 4th Street")
    assert judged(citizen, report_id)["verification_status"] == "verified"
    # Rewind to what a trigger that died after mark_pending leaves behind.
    ref = store.client().collection("reports").document(report_id)
    ref.collection("verification").document("latest").delete()
    long_ago = datetime.now(UTC) - timedelta(minutes=30)
    ref.update({"verification_status": "pending", "timestamp": long_ago})

    assert reports.resume_stalled(None, datetime.now(UTC)) >= 1
    report = judged(citizen, report_id)
    assert report["verification_status"] == "verified"
    assert citizen.get(f"reports/{report_id}/verification/latest") is not None
    stalled = store.stalled_reports(datetime.now(UTC) - reports.STALLED_AFTER, 50)
    assert report_id not in [stalled_id for stalled_id, _ in stalled]


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
