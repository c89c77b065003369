"""Debounced recounts, with a plain fake of `dashboard.store`: every change is followed by a
recount that starts after it, recounts start at least the interval apart, and quiet times
do not wait."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import pytest

from citizen_safe._firestore import QuerySpec
from citizen_safe.config import DashboardSettings
from citizen_safe.dashboard import refresh, store

SETTINGS = DashboardSettings(timezone=UTC, debounce_s=1.0, on_duty_s=120)


class Fake:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.clock = 100.2
        self.started: float | None = None
        self.summary: tuple[Mapping[str, int], datetime] | None = None
        self.counted_at: list[float] = []
        monkeypatch.setattr(store, "claim_recount", self.claim)
        monkeypatch.setattr(store, "count", self.count)
        monkeypatch.setattr(store, "write_summary", self.write)

    def claim(self, changed_at: float, now: float, debounce_s: float) -> float | None:
        if self.started is not None and self.started >= changed_at:
            return None
        self.started = now if self.started is None else max(now, self.started + debounce_s)
        return self.started

    def count(self, spec: QuerySpec, values: Sequence[object]) -> int:
        self.counted_at.append(self.clock)
        return 7

    def write(self, counts: Mapping[str, int], as_of: datetime) -> bool:
        if self.summary is not None and self.summary[1] >= as_of:
            return False
        self.summary = (counts, as_of)
        return True

    def sleep(self, seconds: float) -> None:
        self.clock += seconds

    def now(self) -> float:
        return self.clock


def at(t: float) -> datetime:
    return datetime.fromtimestamp(t, UTC)


def test_a_quiet_change_recounts_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(monkeypatch)
    assert refresh.request(at(100.1), SETTINGS, fake.sleep, fake.now)
    assert fake.counted_at and min(fake.counted_at) == 100.2
    assert fake.summary is not None
    counts, as_of = fake.summary
    assert as_of == at(100.2)
    assert set(counts) == {
        "reportsToday",
        "genuineReports",
        "flaggedReports",
        "pendingReports",
        "needsReview",
        "escalationRisks",
        "activeAlerts",
        "officersOnDuty",
    }


def test_changes_a_recount_will_see_cost_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(monkeypatch)
    assert refresh.request(at(100.1), SETTINGS, fake.sleep, fake.now)
    fake.counted_at.clear()
    assert not refresh.request(at(100.15), SETTINGS, fake.sleep, fake.now)
    assert fake.counted_at == []


def test_a_burst_recounts_once_per_interval_and_counts_its_last_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = Fake(monkeypatch)
    starts = []
    for change in (100.1, 100.3, 100.35, 100.9, 101.5):
        fake.clock = max(fake.clock, change + 0.05)
        before = len(fake.counted_at)
        if refresh.request(at(change), SETTINGS, fake.sleep, fake.now):
            starts.append(fake.counted_at[before])
    assert starts == [100.2, 101.2, 102.2]  # at least a second apart
    assert fake.summary is not None and fake.summary[1] >= at(101.5)


def test_a_late_older_recount_never_overwrites_a_newer_one(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(monkeypatch)
    assert refresh.refresh_now(at(200), SETTINGS)
    assert not refresh.refresh_now(at(150), SETTINGS)
    assert fake.summary is not None and fake.summary[1] == at(200)


def test_only_writes_that_can_move_a_count_recount() -> None:
    report = {"verification_status": "pending", "timestamp": 1, "description": "x"}
    assert refresh.moves_counts(None, report)
    assert refresh.moves_counts(report, {**report, "verification_status": "verified"})
    assert refresh.moves_counts(report, {**report, "riskLevelText": "HIGH"})
    assert not refresh.moves_counts(report, {**report, "admission": "admitted"})
    assert not refresh.moves_counts(report, {**report, "appeal": {"status": "pending"}})
    assert refresh.moves_counts(report, None)
