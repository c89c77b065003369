"""The penalty policy: 0 for genuine, 5..25 for fakes, scores clamped to 0..100."""

from __future__ import annotations

import math

import pytest

from citizen_safe.credibility import (
    INITIAL_SCORE,
    OFFICER_CONFIRMED_PENALTY,
    apply_penalty,
    penalty_for,
    settle,
    stored_score,
    target_effect,
)
from citizen_safe.verification import ReportText, Verdict, verify_offline


def verdict(is_fake: bool, confidence: float, *flags: str) -> Verdict:
    return Verdict(
        is_fake, confidence, "because", tuple(flags), "offline-rules", "offline-rules-v1"
    )


def test_scores_start_at_100() -> None:
    assert INITIAL_SCORE == 100


@pytest.mark.parametrize("confidence", [0.5, 0.9, 0.99, 1.0])
def test_genuine_reports_cost_nothing(confidence: float) -> None:
    assert penalty_for(verdict(False, confidence, "joke_marker")) == 0


@pytest.mark.parametrize("confidence", [0.0, 0.3, 0.5, 0.55, 0.7, 0.85, 0.95, 1.0, math.nan])
@pytest.mark.parametrize("flag_count", [0, 1, 2, 3, 5])
def test_fake_penalty_is_always_between_5_and_25(confidence: float, flag_count: int) -> None:
    flags = ("supernatural", "fictional", "vague", "joke_marker", "contradiction")[:flag_count]
    assert 5 <= penalty_for(verdict(True, confidence, *flags)) <= 25


def test_penalty_grows_with_confidence_and_red_flags() -> None:
    by_confidence = [penalty_for(verdict(True, c, "vague")) for c in (0.5, 0.7, 0.9, 1.0)]
    assert by_confidence == sorted(by_confidence) and by_confidence[0] < by_confidence[-1]
    by_flags = [
        penalty_for(verdict(True, 0.8, *("vague", "joke_marker", "contradiction")[:n]))
        for n in range(4)
    ]
    assert by_flags == sorted(by_flags) and by_flags[0] < by_flags[-1]


def test_extremes_of_the_policy() -> None:
    assert penalty_for(verdict(True, 0.5)) == 5
    assert penalty_for(verdict(True, 1.0, "supernatural", "vague", "joke_marker")) == 25


def test_low_credibility_flag_does_not_add_to_the_penalty() -> None:
    plain = verdict(True, 0.8, "vague")
    marked = verdict(True, 0.8, "vague", "low_credibility_author")
    assert penalty_for(plain) == penalty_for(marked)


def test_penalties_for_the_demo_fakes() -> None:
    ghost = verify_offline(
        ReportText("A ghost broke into my apartment and rearranged the furniture", "", "", 100)
    )
    atms = verify_offline(
        ReportText("All ATMs in the city are hacked and stealing people's data", "", "", 100)
    )
    assert penalty_for(ghost) == 21
    assert penalty_for(atms) == 19


@pytest.mark.parametrize(
    ("score", "penalty", "expected"),
    [(100, 0, 100.0), (100, 21, 79.0), (12.5, 5, 7.5), (3, 25, 0.0), (0, 5, 0.0), (140, 5, 100.0)],
)
def test_apply_penalty_clamps_to_0_100(score: float, penalty: int, expected: float) -> None:
    assert apply_penalty(score, penalty) == expected


def test_four_confident_fakes_reach_extra_scrutiny() -> None:
    ghost = verdict(True, 0.97, "supernatural")
    score: float = INITIAL_SCORE
    for _ in range(4):
        score = apply_penalty(score, penalty_for(ghost))
    assert score < 30


@pytest.mark.parametrize(("score", "penalty"), [(50, -1), (math.nan, 5), (math.inf, 5)])
def test_apply_penalty_rejects_nonsense(score: float, penalty: int) -> None:
    with pytest.raises(ValueError):
        apply_penalty(score, penalty)


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
    ("raw", "score"),
    [
        (None, 100.0),
        ("80", 100.0),
        (True, 100.0),
        (float("nan"), 100.0),
        (150, 100.0),
        (-3, 0.0),
        (42.5, 42.5),
    ],
)
def test_stored_scores_are_read_safely(raw: object, score: float) -> None:
    assert stored_score(raw) == score


def settle_review(score: float, deducted: float, officer_says_fake: bool) -> tuple[float, float]:
    """An officer's decision without recovery points, as (score, what the report cost)."""
    status = "fake" if officer_says_fake else "verified"
    after, effect = settle(score, -deducted, target_effect(status, -deducted, 0, 0, True))
    return after, -effect


def test_a_ledger_history_ends_where_the_ledger_says() -> None:
    """Genuine (+1), then an officer says fake (-25), then an appeal overturns it (+1)."""
    score, effect = 90.0, 0.0
    score, effect = settle(score, effect, target_effect("verified", effect, 0, 1, False))
    assert (score, effect) == (91.0, 1.0)
    score, effect = settle(score, effect, target_effect("fake", effect, 0, 1, True))
    assert (score, effect) == (65.0, -25.0)
    score, effect = settle(score, effect, target_effect("verified", effect, 0, 1, True))
    assert (score, effect) == (91.0, 1.0)


def test_clamping_is_recorded_so_a_refund_returns_only_what_was_taken() -> None:
    score, effect = settle(10.0, 0.0, target_effect("fake", 0.0, 21, 1, False))
    assert (score, effect) == (0.0, -10.0)
    assert settle(score, effect, target_effect("verified", effect, 0, 1, True)) == (11.0, 1.0)


def test_recovery_is_capped_at_100_and_review_queue_is_worth_nothing() -> None:
    assert settle(100.0, 0.0, target_effect("verified", 0.0, 0, 1, False)) == (100.0, 0.0)
    assert target_effect("needs_review", 0.0, 0, 1, False) == 0.0
    assert target_effect("error", -5.0, 0, 1, False) == 0.0
