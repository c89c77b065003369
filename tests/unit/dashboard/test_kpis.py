"""The dashboard's time windows and refresh slots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from citizen_safe.dashboard import kpis


def test_today_starts_at_local_midnight() -> None:
    now = datetime(2026, 11, 22, 3, 30, tzinfo=UTC)  # 09:00 in Kolkata, 22:30 the day before in NY
    assert kpis.windows(now, ZoneInfo("Asia/Kolkata"), 120).today_start == datetime(
        2026, 11, 21, 18, 30, tzinfo=UTC
    )
    assert kpis.windows(now, ZoneInfo("America/New_York"), 120).today_start == datetime(
        2026, 11, 21, 5, 0, tzinfo=UTC
    )
    assert kpis.windows(now, UTC, 120).today_start == datetime(2026, 11, 22, tzinfo=UTC)


def test_alert_and_duty_windows() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    w = kpis.windows(now, UTC, 120)
    assert w.alerts_after == now - timedelta(hours=24)
    assert w.on_duty_after == now - timedelta(seconds=120)
