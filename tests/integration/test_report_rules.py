"""firestore.rules for reports and users, each allow and deny proven on the emulator."""

from __future__ import annotations

import pytest
import requests

from citizen_safe import _firestore
from scripts.app_client import SERVER_TIMESTAMP, AppUser, RulesDenied, wait_for


def report_data(user: AppUser, **extra: object) -> dict[str, object]:
    report = user.report(
        "My bicycle was stolen from outside the library this morning",
        submitterName="Citizen",
        location="City Library, Main Street",
        time_of_occurrence="09:15",
    )
    return {**report, **extra}


def test_citizen_creates_report_as_themselves(citizen: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    assert citizen.get(f"reports/{report_id}") is not None


def test_report_with_map_location_is_allowed(citizen: AppUser) -> None:
    location = {"latitude": 12.97, "longitude": 77.59, "city": "Bengaluru"}
    citizen.add("reports", report_data(citizen, location=location))


def test_cannot_report_as_someone_else(citizen: AppUser, other_citizen: AppUser) -> None:
    with pytest.raises(RulesDenied):
        citizen.add("reports", report_data(citizen, userId=other_citizen.uid))


@pytest.mark.parametrize(
    "field",
    [
        {"verification_status": "verified"},
        {"is_fake": False},
        {"verification_confidence": 1.0},
        {"red_flags": []},
        {"verified_by": "gemini-api"},
        {"verification_status": "verified"},
        {"verified_at": SERVER_TIMESTAMP},
        {"credibility_effect": 0},
    ],
)
def test_cannot_set_verification_fields(citizen: AppUser, field: dict[str, object]) -> None:
    with pytest.raises(RulesDenied):
        citizen.add("reports", report_data(citizen, **field))


@pytest.mark.parametrize(
    "bad",
    [
        {"description": ""},
        {"description": 5},
        {"description": "x" * 5001},
        {"location": {"latitude": 91, "longitude": 0}},
        {"location": {"latitude": "north", "longitude": 0}},
        {"timestamp": "yesterday"},
    ],
)
def test_malformed_reports_are_refused(citizen: AppUser, bad: dict[str, object]) -> None:
    with pytest.raises(RulesDenied):
        citizen.add("reports", report_data(citizen, **bad))


def test_signed_out_cannot_create_or_read(citizen: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    anonymous = AppUser(uid="", email="", password="", id_token="")
    with pytest.raises(RulesDenied):
        anonymous.get(f"reports/{report_id}")
    with pytest.raises(RulesDenied):
        anonymous.add("reports", report_data(citizen))


def test_citizen_reads_only_own_reports(citizen: AppUser, other_citizen: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    with pytest.raises(RulesDenied):
        other_citizen.get(f"reports/{report_id}")
    own = citizen.query("reports", where=[("userId", "EQUAL", citizen.uid)])
    assert [r["id"] for r in own] == [report_id]
    with pytest.raises(RulesDenied):
        other_citizen.query("reports")


def test_citizen_lists_own_reports_newest_first(citizen: AppUser) -> None:
    first = citizen.add("reports", report_data(citizen))
    second = citizen.add("reports", report_data(citizen))
    rows = citizen.query(
        "reports",
        where=[("userId", "EQUAL", citizen.uid)],
        order_by=[("timestamp", "DESCENDING")],
    )
    assert [r["id"] for r in rows] == [second, first]


def test_officer_reads_every_report_and_verdict(citizen: AppUser, officer: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    assert officer.get(f"reports/{report_id}") is not None
    wait_for(
        lambda: officer.get(f"reports/{report_id}/verification/latest"),
        lambda doc: "verified_by" in doc,
    )
    fakes = officer.query(
        "reports",
        where=[("verification_status", "EQUAL", "verified")],
        order_by=[("timestamp", "DESCENDING")],
        limit=5,
    )
    assert fakes


def test_verification_docs_follow_their_report(citizen: AppUser, other_citizen: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    wait_for(
        lambda: citizen.get(f"reports/{report_id}/verification/latest"),
        lambda doc: "verified_by" in doc,
    )
    with pytest.raises(RulesDenied):
        other_citizen.get(f"reports/{report_id}/verification/latest")
    with pytest.raises(RulesDenied):
        citizen.create(f"reports/{report_id}/verification/mine", {"is_fake": False})
    with pytest.raises(RulesDenied):
        citizen.update(f"reports/{report_id}/verification/latest", {"is_fake": False})


def test_reports_cannot_be_edited_or_deleted(citizen: AppUser) -> None:
    report_id = citizen.add("reports", report_data(citizen))
    with pytest.raises(RulesDenied):
        citizen.update(f"reports/{report_id}", {"description": "changed"})
    with pytest.raises(RulesDenied):
        citizen.delete(f"reports/{report_id}")


def test_sign_up_creates_the_profile_through_the_rules(citizen: AppUser) -> None:
    """Messages may only go to real accounts, so the app writes the profile at sign-up."""
    profile = _firestore.document(f"users/{citizen.uid}").get().to_dict()
    assert profile == {"displayName": citizen.email.split("@")[0]}


def test_user_profile_rules(citizen: AppUser, other_citizen: AppUser) -> None:
    citizen.update(f"users/{citizen.uid}", {"displayName": "Asha"})
    citizen.update(f"users/{citizen.uid}", {"bio": "Neighbourhood watch"})
    citizen.update(f"users/{citizen.uid}", {"photoURL": "https://example.com/asha.png"})
    for url in ("http://example.com/a.png", "javascript:alert(1)", "https://"):
        with pytest.raises(RulesDenied):
            citizen.update(f"users/{citizen.uid}", {"photoURL": url})
    with pytest.raises(RulesDenied):
        other_citizen.update(f"users/{citizen.uid}", {"displayName": "hacked"})
    with pytest.raises(RulesDenied):
        other_citizen.get(f"users/{citizen.uid}")
    for forbidden in (
        {"credibilityScore": 100},
        {"role": "officer"},
        {"bullyingCount": 0},
        {"blocked": False},
    ):
        with pytest.raises(RulesDenied):
            citizen.update(f"users/{citizen.uid}", forbidden)
    _firestore.document(f"users/{other_citizen.uid}").delete()  # as before sign-up finished
    with pytest.raises(RulesDenied):
        other_citizen.create(f"users/{other_citizen.uid}", {"credibilityScore": 100})
    other_citizen.create(f"users/{other_citizen.uid}", {"displayName": "Ravi"})


def test_officer_reads_users(citizen: AppUser, officer: AppUser) -> None:
    _firestore.client().collection("users").document(citizen.uid).set({"credibilityScore": 80})
    assert (officer.get(f"users/{citizen.uid}") or {}).get("credibilityScore") == 80


def test_role_claim_is_not_self_service(citizen: AppUser) -> None:
    citizen.refresh()
    assert "role" not in citizen.claims


@pytest.mark.parametrize("missing", ["timestamp", "verification_status"])
def test_reports_must_be_filed_pending_with_the_server_time(citizen: AppUser, missing: str) -> None:
    data = report_data(citizen)
    del data[missing]
    with pytest.raises(RulesDenied):
        citizen.add("reports", data)


@pytest.mark.parametrize("doc_id", ["café", "__x__", "😀", "a.b"])
def test_clients_cannot_choose_unsafe_report_ids(citizen: AppUser, doc_id: str) -> None:
    # Firestore itself refuses `__x__` (400); the rules refuse the rest.
    with pytest.raises((RulesDenied, requests.HTTPError)):
        citizen.create(f"reports/{doc_id}", report_data(citizen))
