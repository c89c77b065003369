"""Officer review: what it accepts, and how it answers for missing or unjudged reports,
with a plain fake of `reports.store.review`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, InvalidArgument, NotFound
from citizen_safe.reports import review, store

OFFICER = Caller("officer-1", {"role": "officer"})

Decide = Callable[[store.Report, float | None], tuple[Mapping[str, object], float | None, float]]


def fake_store(
    monkeypatch: pytest.MonkeyPatch, report: store.Report, score: float | None = 79.0
) -> list[tuple[Mapping[str, object], float | None, float]]:
    decided: list[tuple[Mapping[str, object], float | None, float]] = []

    def fake_review(
        report_id: str, decide: Decide, entry: Mapping[str, object]
    ) -> tuple[store.Report, float | None]:
        if not report.exists or not report.judged:
            return report, None
        decided.append(decide(report, score))
        return report, decided[-1][1]

    monkeypatch.setattr(store, "review", fake_review)
    return decided


def judged(deducted: float = 21.0) -> store.Report:
    return store.Report(exists=True, judged=True, author="u1", deducted=deducted, status="fake")


def test_overturn_refunds_what_the_report_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = fake_store(monkeypatch, judged(21.0))
    result = review.review_report(OFFICER, Args({"reportId": "r1", "decision": "genuine"}))
    assert result == {"reportId": "r1", "decision": "genuine", "authorCredibility": 100.0}
    fields, _, deducted = decided[0]
    assert fields == {"verification_status": "verified", "is_fake": False}
    assert deducted == 0.0


def test_missing_report_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_store(monkeypatch, store.Report(False, False, None, 0.0, None))
    with pytest.raises(NotFound):
        review.review_report(OFFICER, Args({"reportId": "r1", "decision": "fake"}))


def test_report_still_being_verified_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = fake_store(monkeypatch, store.Report(True, False, "u1", 0.0, "pending"))
    with pytest.raises(FailedPrecondition):
        review.review_report(OFFICER, Args({"reportId": "r1", "decision": "fake"}))
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
        review.review_report(OFFICER, Args(data))
