"""Pure parts of the dashboard: the time windows its counts use and the refresh slots.

Counts are recomputed with aggregation queries rather than kept as counters: three of them
depend on the clock (today, the last 24 h, a fresh heartbeat), which no counter can follow,
and a recount is exact by construction (see `dashboard.refresh` for how they are debounced).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

ALERT_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Windows:
    today_start: datetime  # local midnight, as an aware UTC time
    alerts_after: datetime
    on_duty_after: datetime


def windows(now: datetime, tz: tzinfo, on_duty_s: int) -> Windows:
    local = now.astimezone(tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return Windows(
        today_start=midnight.astimezone(UTC),
        alerts_after=now - ALERT_WINDOW,
        on_duty_after=now - timedelta(seconds=on_duty_s),
    )
