"""Recount `dashboard/summary`: after every report change (debounced) and every minute."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from citizen_safe.config import DashboardSettings
from citizen_safe.dashboard import kpis, store

COUNTED = ("verified", "fake", "pending", "needs_review")
COUNTED_FIELDS = ("verification_status", "riskLevelText", "timestamp")


def moves_counts(before: Mapping[str, object] | None, after: Mapping[str, object] | None) -> bool:
    """Whether a report write can change a KPI: most writes (an appeal, a prediction's
    timestamp, the flood-limit admission) cannot, and need no recount."""
    old, new = before or {}, after or {}
    return any(old.get(f) != new.get(f) for f in COUNTED_FIELDS) or (before is None) != (
        after is None
    )


def recount(now: datetime, settings: DashboardSettings) -> dict[str, int]:
    """Every KPI, each an aggregation query that reads every document it counts."""
    w = kpis.windows(now, settings.timezone, settings.on_duty_s)
    by_status = {s: store.count(store.BY_STATUS, [s]) for s in COUNTED}
    return {
        "reportsToday": store.count(store.GENUINE_SINCE, ["verified", w.today_start]),
        "genuineReports": by_status["verified"],
        "flaggedReports": by_status["fake"],
        "pendingReports": by_status["pending"],
        "needsReview": by_status["needs_review"],
        "escalationRisks": store.count(store.RISKS, ["verified", ["HIGH", "MEDIUM"]]),
        "activeAlerts": store.count(store.ALERTS, ["verified", "HIGH", w.alerts_after]),
        "officersOnDuty": store.count(store.ON_DUTY, [w.on_duty_after]),
    }


def refresh_now(now: datetime, settings: DashboardSettings) -> bool:
    """Recount as of `now` (the scheduled refresh: clock-driven counts move by themselves)."""
    return store.write_summary(recount(now, settings), now)


def request(
    changed_at: datetime,
    settings: DashboardSettings,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
) -> bool:
    """A report changed at `changed_at`: make sure a recount starts after it.

    A request whose change an already claimed recount will see does nothing; otherwise it
    claims the next start, at least `debounce_s` after the previous one, waits for it and
    recounts. Quiet times recount at once; a burst costs one recount and one summary write
    per interval, and its last change is always counted. Returns whether this call recounted.
    """
    start = store.claim_recount(changed_at.timestamp(), clock(), settings.debounce_s)
    if start is None:
        return False
    wait = start - clock()
    if wait > 0:
        sleep(wait)
    return refresh_now(datetime.fromtimestamp(max(start, clock()), UTC), settings)
