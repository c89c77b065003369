"""The flood window: exactly `limit` admitted in any span, wherever a burst falls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from citizen_safe.limits.window import admit

T0 = datetime(2026, 11, 22, 12, 0, 59, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def burst(n: int, limit: int, step: timedelta) -> list[bool]:
    stamps: list[object] = []
    results = []
    for i in range(n):
        a = admit(stamps, T0 + i * step, limit, MINUTE)
        results.append(a.admitted)
        stamps = list(a.stamps)
    return results


def test_a_burst_across_a_minute_boundary_is_limited_exactly() -> None:
    assert burst(100, 30, timedelta(milliseconds=20)).count(True) == 30


def test_the_window_slides() -> None:
    results = burst(40, 30, timedelta(seconds=3))  # 20 a minute: all admitted
    assert all(results)


def test_the_window_holds_at_most_limit_stamps_and_ignores_junk() -> None:
    a = admit(["junk", None, T0 - timedelta(hours=1)], T0, 3, MINUTE)
    assert a.admitted and a.stamps == (T0,)
    full = admit([T0, T0, T0], T0 + timedelta(seconds=1), 3, MINUTE)
    assert not full.admitted and len(full.stamps) == 3


def test_items_judged_out_of_order_still_count() -> None:
    later = [T0 + timedelta(seconds=s) for s in (10, 20)]
    assert not admit(later, T0, 2, MINUTE).admitted
