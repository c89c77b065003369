"""Officer review: what it accepts, how it answers for missing or unjudged reports, and the
decision it asks the store to apply, with a plain fake of `reports.store.decide`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

import pytest
from google.cloud.firestore_v1 import DELETE_FIELD

from citizen_safe import credibility
from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, InvalidArgument, NotFound
from citizen_safe.reports import insights, review, store

OFFICER = Caller("officer-1", {"role": "officer"})
SETTINGS = insights.Settings(gemini=None, timezone=UTC, recovery=1)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)

Plan = Callable[[store.Report], tuple[store.Decision | None, Mapping[str, object]]]


def fake_store(
    monkeypatch: pytest.MonkeyPatch, report: store.Report, score: float = 79.0
) -> list[tuple[store.Decision, float, float]]:
    """Records each decision with the score and ledger it would leave."""
    decided: list[tuple[store.Decision, float, float]] = []

    def fake_decide(
        report_id: str, plan: Plan, history: Mapping[str, object] | None
    ) -> tuple[store.Report, store.Applied | None]:
        if not report.exists or not report.judged:
            return report, None
        decision, _ = plan(report)
        assert decision is not None
        after, effect = credibility.settle(score, report.effect, decision.target(report.effect))
        decided.append((decision, after, effect))
        return report, store.Applied(score, after, report.effect, effect)

    monkeypatch.setattr(store, "decide", fake_decide)
    monkeypatch.setattr(store, "read", lambda report_id: dict(report.data) or None)
    monkeypatch.setattr(store, "count_genuine_at", lambda key, since: 0)
    return decided


def call(data: dict[str, object]) -> dict[str, object]:
    return review.review_report(OFFICER, Args(data), SETTINGS, NOW)


DATA = {
    "userId": "u1",
    "description": "Two men with a knife robbed the corner shop on Elm Street tonight",
    "location": {"latitude": 1.0, "longitude": 2.0, "city": "Pune"},
    "verification_reasoning": "Looks like a joke.",
    "verification_confidence": 0.8,
    "red_flags": ["joke_marker"],
}


def judged(effect: float = -21.0, status: str = "fake") -> store.Report:
    return store.Report(True, True, "u1", effect, status, DATA)


def test_overturn_refunds_what_it_cost_plus_recovery_and_predicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decided = fake_store(monkeypatch, judged(-21.0))
    result = call({"reportId": "r1", "decision": "genuine"})
    assert result == {"reportId": "r1", "decision": "genuine", "authorCredibility": 100.0}
    decision, after, effect = decided[0]
    assert decision.status == "verified" and decision.fields["is_fake"] is False
    assert decision.fields["crimeType"] == "robbery"
    assert "weapon" in decision.fields["riskFactors"]  # type: ignore[operator]
    assert (after, effect) == (100.0, 0.0)  # 79 + 21 refunded; recovery capped at 100
    assert decision.flagged is None
    assert decision.action == "review" and decision.actor == "officer-1"


def test_a_report_from_the_review_queue_decided_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = fake_store(monkeypatch, judged(0.0, "needs_review"), score=100.0)
    call({"reportId": "r1", "decision": "fake", "note": "Prank call, confirmed"})
    decision, after, effect = decided[0]
    assert decision.status == "fake"
    assert decision.fields["crimeType"] is DELETE_FIELD
    assert (after, effect) == (75.0, -25.0)
    assert decision.flagged == {
        "type": "Citizen Post",
        "location": "Pune",
        "reason": "Prank call, confirmed",
        "confidence": 0.8,
        "red_flags": ["joke_marker"],
    }
    [note] = decision.notes(after - 100.0)
    assert note.type == "report_flagged" and "25 points" in note.body and "Appeal" in note.body


def test_confirming_a_fake_again_costs_nothing_more(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = fake_store(monkeypatch, judged(-21.0))
    call({"reportId": "r1", "decision": "fake"})
    _, after, effect = decided[0]
    assert (after, effect) == (79.0, -21.0)


def test_missing_report_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_store(monkeypatch, store.Report(False, False, None, 0.0, None))
    with pytest.raises(NotFound):
        call({"reportId": "r1", "decision": "fake"})


def test_report_still_being_verified_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = fake_store(monkeypatch, store.Report(True, False, "u1", 0.0, "pending"))
    with pytest.raises(FailedPrecondition):
        call({"reportId": "r1", "decision": "fake"})
    assert decided == []


@pytest.mark.parametrize(
    "data",
    [
        {"decision": "genuine"},
        {"reportId": "", "decision": "genuine"},
        {"reportId": "a/b", "decision": "genuine"},
        {"reportId": ".", "decision": "genuine"},
        {"reportId": "..", "decision": "genuine"},
        {"reportId": "__x__", "decision": "genuine"},
        {"reportId": "café", "decision": "genuine"},
        {"reportId": ["r1"], "decision": "genuine"},
        {"reportId": "r1"},
        {"reportId": "r1", "decision": "maybe"},
        {"reportId": "r1", "decision": ["fake"]},
        {"reportId": "r1", "decision": {"fake": True}},
        {"reportId": "r1", "decision": "fake", "note": 5},
        {"reportId": "r1", "decision": "fake", "note": "x" * 1001},
    ],
)
def test_bad_review_requests_are_invalid_argument(
    monkeypatch: pytest.MonkeyPatch, data: dict[str, object]
) -> None:
    fake_store(monkeypatch, judged())
    with pytest.raises(InvalidArgument):
        call(data)
