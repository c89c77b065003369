"""Officer review: who may call it, what it accepts, and how credibility is settled."""

from __future__ import annotations

import pytest
from firebase_functions.https_fn import FunctionsErrorCode, HttpsError

from citizen_safe.credibility import OFFICER_CONFIRMED_PENALTY, settle_review
from citizen_safe.officers import review_report

OFFICER = {"role": "officer"}


def test_overturning_a_fake_verdict_refunds_exactly_what_was_deducted() -> None:
    assert settle_review(79.0, 21.0, officer_says_fake=False) == (100.0, 0.0)
    assert settle_review(0.0, 3.0, officer_says_fake=False) == (3.0, 0.0)


def test_confirming_a_fake_verdict_changes_nothing() -> None:
    assert settle_review(79.0, 21.0, officer_says_fake=True) == (79.0, 21.0)


def test_confirming_a_fake_the_verifier_missed_costs_the_maximum() -> None:
    assert settle_review(100.0, 0.0, officer_says_fake=True) == (
        100.0 - OFFICER_CONFIRMED_PENALTY,
        float(OFFICER_CONFIRMED_PENALTY),
    )
    assert settle_review(10.0, 0.0, officer_says_fake=True) == (0.0, 10.0)


def test_deciding_twice_is_idempotent() -> None:
    score, deducted = settle_review(100.0, 0.0, officer_says_fake=True)
    assert settle_review(score, deducted, officer_says_fake=True) == (score, deducted)
    score, deducted = settle_review(score, deducted, officer_says_fake=False)
    assert settle_review(score, deducted, officer_says_fake=False) == (score, deducted)
    assert score == 100.0


@pytest.mark.parametrize(
    ("uid", "claims", "code"),
    [
        (None, None, FunctionsErrorCode.UNAUTHENTICATED),
        ("citizen", {}, FunctionsErrorCode.PERMISSION_DENIED),
        ("citizen", {"role": "citizen"}, FunctionsErrorCode.PERMISSION_DENIED),
    ],
)
def test_only_officers_may_review(
    uid: str | None, claims: dict[str, str] | None, code: str
) -> None:
    with pytest.raises(HttpsError) as err:
        review_report(uid, claims, {"reportId": "r1", "decision": "genuine"})
    assert err.value.code == code


@pytest.mark.parametrize(
    "data",
    [
        None,
        "r1",
        {"decision": "genuine"},
        {"reportId": "", "decision": "genuine"},
        {"reportId": "a/b", "decision": "genuine"},
        {"reportId": "r1"},
        {"reportId": "r1", "decision": "maybe"},
        {"reportId": "r1", "decision": "fake", "note": 5},
        {"reportId": "r1", "decision": "fake", "note": "x" * 1001},
    ],
)
def test_bad_review_requests_are_invalid_argument(data: object) -> None:
    with pytest.raises(HttpsError) as err:
        review_report("officer-1", OFFICER, data)
    assert err.value.code == FunctionsErrorCode.INVALID_ARGUMENT
