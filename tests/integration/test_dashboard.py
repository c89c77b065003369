"""The officers' backend on the emulators: dashboard counts, the flagged list, predictions,
the review queue, and who may read or call what."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest

from citizen_safe import _firestore, config
from citizen_safe.dashboard import kpis
from citizen_safe.dashboard import store as dashboard
from citizen_safe.reports import insights
from citizen_safe.reports import store as reports
from scripts.app_client import (
    SERVER_TIMESTAMP,
    AppUser,
    CallableError,
    RulesDenied,
    call_function,
    wait_for,
)

FINAL = {"verified", "fake", "error", "needs_review"}
GENUINE = "Two men with a knife robbed the corner shop on Elm Street at 11 pm and ran off"
FAKE = "A ghost floated through the wall of my flat and stole my television"
# Swahili: the offline verifier has no word list for it, so it goes to the review queue.
SWAHILI = "Simu yangu iliibiwa sokoni asubuhi hii na mwanamume mrefu aliyevaa kofia nyekundu"


def file(user: AppUser, description: str, **extra: object) -> str:
    return user.add("reports", user.report(description, submitterName="Citizen", **extra))


def judged(report_id: str, timeout: float = 180) -> dict[str, object]:
    return wait_for(
        lambda: _firestore.document(f"reports/{report_id}").get().to_dict(),
        lambda doc: doc.get("verification_status") in FINAL,
        timeout=timeout,
    )


def status_of(code: str, call: Callable[[], object]) -> None:
    with pytest.raises(CallableError) as err:
        call()
    assert err.value.status == code


# --- reading the dashboard -------------------------------------------------------------------


def test_citizens_cannot_read_any_dashboard_collection(citizen: AppUser, officer: AppUser) -> None:
    report_id = file(citizen, FAKE)
    assert judged(report_id)["verification_status"] == "fake"
    wait_for(lambda: officer.get(f"flagged_reports/{report_id}"), lambda doc: True)
    wait_for(lambda: officer.get("dashboard/summary"), lambda doc: True)
    for path in ("dashboard/summary", f"flagged_reports/{report_id}", f"duty/{officer.uid}"):
        with pytest.raises(RulesDenied):
            citizen.get(path)
    for spec in (dashboard.APP_FLAGGED,):
        with pytest.raises(RulesDenied):
            citizen.run(spec, [])
        assert officer.run(spec, [], limit=5)
    with pytest.raises(RulesDenied):
        citizen.run(dashboard.APP_ESCALATIONS, ["verified"])
    with pytest.raises(RulesDenied):  # only officers report for duty, and only themselves
        citizen.create(f"duty/{citizen.uid}", {"lastSeen": SERVER_TIMESTAMP})
    with pytest.raises(RulesDenied):
        officer.create(f"duty/{citizen.uid}", {"lastSeen": SERVER_TIMESTAMP})
    with pytest.raises(RulesDenied):
        officer.create("dashboard/summary", {"genuineReports": 0})
    with pytest.raises(RulesDenied):
        officer.create(f"flagged_reports/{report_id}x", {"reason": "x"})


def test_flagged_entry_has_no_report_text_and_follows_reviews(
    citizen: AppUser, officer: AppUser
) -> None:
    name = f"flag_{citizen.uid[:8].lower()}"
    citizen.call("claimUsername", {"name": name})
    report_id = file(citizen, FAKE, location={"latitude": 12.9, "longitude": 77.6, "city": "Pune"})
    assert judged(report_id)["verification_status"] == "fake"
    entry = wait_for(lambda: officer.get(f"flagged_reports/{report_id}"), lambda doc: True)
    assert entry["reportId"] == report_id and entry["userId"] == citizen.uid
    assert entry["submitterName"] == name
    assert entry["type"] == "Citizen Post" and entry["location"] == "Pune"
    assert "supernatural" in entry["red_flags"]  # type: ignore[operator]
    assert entry["reason"] and 0.5 <= float(entry["confidence"]) <= 1.0  # type: ignore[arg-type]
    assert isinstance(entry["reportedAt"], datetime) and isinstance(entry["flaggedAt"], datetime)
    assert FAKE not in str(entry) and "description" not in entry

    officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    assert officer.get(f"flagged_reports/{report_id}") is None
    report = officer.get(f"reports/{report_id}") or {}
    assert report["verification_status"] == "verified" and report["crimeType"]

    missed = file(citizen, GENUINE)
    assert judged(missed)["verification_status"] == "verified"
    assert officer.get(f"flagged_reports/{missed}") is None
    officer.call("reviewReport", {"reportId": missed, "decision": "fake", "note": "Made up"})
    entry = officer.get(f"flagged_reports/{missed}") or {}
    assert entry["reason"] == "Made up" and entry["type"] == "Citizen Post"
    assert "crimeType" not in (officer.get(f"reports/{missed}") or {})


# --- predictions -----------------------------------------------------------------------------


def test_genuine_reports_get_predictions_and_fake_ones_never(citizen: AppUser) -> None:
    genuine = file(citizen, GENUINE, location="Elm Street corner shop")
    fake = file(citizen, FAKE)
    report = judged(genuine)
    assert report["verification_status"] == "verified"
    assert report["crimeType"] == "robbery"
    assert 0 <= float(report["crimeTypeConfidence"]) <= 1  # type: ignore[arg-type]
    assert report["riskLevelText"] in ("LOW", "MEDIUM", "HIGH")
    factors = report["riskFactors"]
    assert isinstance(factors, list) and {"weapon", "night"} <= set(factors)
    assert str(report["crimeTypeBy"]).startswith("offline-crime")
    assert isinstance(report["mlUpdatedAt"], datetime)
    assert report["language"] == "en" and report["locationKey"] == "elm street corner shop"
    flagged = judged(fake)
    assert flagged["verification_status"] == "fake"
    assert not {"crimeType", "escalationRiskScore", "riskLevelText"} & set(flagged)


def test_repeat_location_raises_the_risk(citizen: AppUser) -> None:
    where = f"Platform {citizen.uid[:6]}, Central Station"
    first = judged(file(citizen, "My phone was stolen from my bag on the platform", location=where))
    second = judged(
        file(citizen, "My wallet was stolen from my pocket on the platform", location=where)
    )
    assert "repeat_location" not in first["riskFactors"]  # type: ignore[operator]
    assert "repeat_location" in second["riskFactors"]  # type: ignore[operator]


def test_prediction_callables(citizen: AppUser, officer: AppUser) -> None:
    genuine = file(citizen, GENUINE)
    fake = file(citizen, FAKE)
    judged(genuine)
    reason = judged(fake)["verification_reasoning"]
    for name in ("predictCrimeType", "predictEscalationRisk"):
        status_of("UNAUTHENTICATED", lambda n=name: call_function(n, {"reportId": genuine}, None))  # type: ignore[misc]
        status_of("PERMISSION_DENIED", lambda n=name: citizen.call(n, {"reportId": genuine}))  # type: ignore[misc]
        status_of("INVALID_ARGUMENT", lambda n=name: officer.call(n, {"reportId": "a/b"}))  # type: ignore[misc]
        status_of("NOT_FOUND", lambda n=name: officer.call(n, {"reportId": "no-such-report"}))  # type: ignore[misc]
        with pytest.raises(CallableError) as err:
            officer.call(name, {"reportId": fake})
        assert err.value.status == "FAILED_PRECONDITION"
        assert err.value.message == insights.INAUTHENTIC.format(reason=reason)
    crime = officer.call("predictCrimeType", {"reportId": genuine})
    assert crime["crimeType"] == "robbery" and crime["by"].startswith("offline-crime")
    risk = officer.call("predictEscalationRisk", {"reportId": genuine})
    assert risk["riskLevelText"] in ("MEDIUM", "HIGH") and "weapon" in risk["riskFactors"]
    assert (officer.get(f"reports/{genuine}") or {})["escalationRiskScore"] == risk[
        "escalationRiskScore"
    ]
    assert "crimeType" not in (officer.get(f"reports/{fake}") or {})


def test_detect_fake_report_stores_nothing(citizen: AppUser, officer: AppUser) -> None:
    status_of("UNAUTHENTICATED", lambda: call_function("detectFakeReport", {"text": FAKE}, None))
    status_of("PERMISSION_DENIED", lambda: citizen.call("detectFakeReport", {"text": FAKE}))
    status_of("INVALID_ARGUMENT", lambda: officer.call("detectFakeReport", {"text": ""}))
    status_of("INVALID_ARGUMENT", lambda: officer.call("detectFakeReport", {"text": 5}))
    before = _firestore.count(_firestore.client().collection("reports"))
    verdict = officer.call("detectFakeReport", {"text": FAKE, "location": "Flat 4"})
    assert verdict["isFake"] is True and "supernatural" in verdict["redFlags"]
    assert officer.call("detectFakeReport", {"text": GENUINE})["isFake"] is False
    assert officer.call("detectFakeReport", {"text": SWAHILI})["needsReview"] is True
    assert _firestore.count(_firestore.client().collection("reports")) == before


# --- the review queue ------------------------------------------------------------------------


def test_review_queue(citizen: AppUser, other_citizen: AppUser, officer: AppUser) -> None:
    honest = file(citizen, SWAHILI)
    # Swahili: "a ghost stole my bicycle last night and vanished into the wall".
    prank = file(other_citizen, "Mzimu uliiba baiskeli yangu jana usiku kisha ukapotea ukutani")
    for report_id in (honest, prank):
        report = judged(report_id)
        assert report["verification_status"] == "needs_review"
        assert report["language"] != "en" and "crimeType" not in report
    assert (citizen.get(f"users/{citizen.uid}") or {}).get("credibilityScore") in (None, 100)
    with pytest.raises(RulesDenied):
        citizen.run(reports.BY_STATUS, ["needs_review"])
    queue = [r["id"] for r in officer.run(reports.BY_STATUS, ["needs_review"], limit=50)]
    assert honest in queue and prank in queue

    officer.call("reviewReport", {"reportId": honest, "decision": "genuine"})
    settled = officer.get(f"reports/{honest}") or {}
    assert settled["verification_status"] == "verified" and settled["crimeType"]
    for _ in range(2):  # fake applies the penalty once
        officer.call("reviewReport", {"reportId": prank, "decision": "fake"})
    score = (other_citizen.get(f"users/{other_citizen.uid}") or {})["credibilityScore"]
    assert score == 75
    assert officer.get(f"flagged_reports/{prank}") is not None
    queue = [r["id"] for r in officer.run(reports.BY_STATUS, ["needs_review"], limit=50)]
    assert honest not in queue and prank not in queue


# --- exact counts ----------------------------------------------------------------------------


def full_counts() -> dict[str, int]:
    """What full queries count, document by document, as of now."""
    settings = config.dashboard_settings()
    w = kpis.windows(datetime.now(UTC), settings.timezone, settings.on_duty_s)
    rows = [s.to_dict() or {} for s in _firestore.client().collection("reports").stream()]
    duty = [s.to_dict() or {} for s in _firestore.client().collection("duty").stream()]
    genuine = [r for r in rows if r.get("verification_status") == "verified"]

    def after(row: dict[str, Any], field: str, since: datetime) -> bool:
        value = row.get(field)
        return isinstance(value, datetime) and value >= since

    return {
        "reportsToday": sum(after(r, "timestamp", w.today_start) for r in genuine),
        "genuineReports": len(genuine),
        "flaggedReports": sum(r.get("verification_status") == "fake" for r in rows),
        "pendingReports": sum(r.get("verification_status") == "pending" for r in rows),
        "needsReview": sum(r.get("verification_status") == "needs_review" for r in rows),
        "escalationRisks": sum(r.get("riskLevelText") in ("HIGH", "MEDIUM") for r in genuine),
        "activeAlerts": sum(
            r.get("riskLevelText") == "HIGH" and after(r, "timestamp", w.alerts_after)
            for r in genuine
        ),
        "officersOnDuty": sum(after(d, "lastSeen", w.on_duty_after) for d in duty),
    }


def summary_matches(officer: AppUser, timeout: float = 120) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        summary = officer.get("dashboard/summary") or {}
        expected = full_counts()
        shown = {k: summary.get(k) for k in expected}
        if shown == expected or time.monotonic() > deadline:
            assert shown == expected
            return summary
        time.sleep(1)


def test_burst_of_200_reports_leaves_the_summary_exact(officer: AppUser) -> None:
    officer.create(f"duty/{officer.uid}", {"lastSeen": SERVER_TIMESTAMP})
    citizens = [AppUser.sign_up() for _ in range(40)]  # 5 each: under REPORTS_PER_HOUR
    texts = [GENUINE, FAKE, SWAHILI, "Someone keyed my car outside the gym on 4th Street today"]

    def one(i: int) -> str:
        user = citizens[i % len(citizens)]
        return file(user, f"{texts[i % len(texts)]} (#{i})")

    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = list(pool.map(one, range(200)))
    assert len(set(ids)) == 200
    for report_id in ids:
        judged(report_id, timeout=300)
    officer.update(f"duty/{officer.uid}", {"lastSeen": SERVER_TIMESTAMP})  # still on duty
    summary = summary_matches(officer, timeout=180)
    assert int(summary["genuineReports"]) >= 100  # type: ignore[call-overload]
    assert int(summary["officersOnDuty"]) >= 1  # type: ignore[call-overload]
    assert isinstance(summary["updatedAt"], datetime)

    # Officer reviews move reports between groups; the counts follow.
    fakes = [r for r in ids[1::4]][:3]
    queued = [r for r in ids[2::4]][:3]
    for report_id in fakes:
        officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    for report_id in queued:
        officer.call("reviewReport", {"reportId": report_id, "decision": "fake"})
    summary_matches(officer, timeout=60)


def test_text_the_classifier_cannot_read_gets_no_guessed_crime_type(
    citizen: AppUser, officer: AppUser
) -> None:
    report_id = file(citizen, SWAHILI)
    assert judged(report_id)["verification_status"] == "needs_review"
    officer.call("reviewReport", {"reportId": report_id, "decision": "genuine"})
    report = officer.get(f"reports/{report_id}") or {}
    assert (report["crimeType"], report["crimeTypeConfidence"]) == ("other", 0.0)
    assert "unsupported language" in str(report["crimeTypeBy"])
