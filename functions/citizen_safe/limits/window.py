"""A sliding window over the times of the last admitted items (pure).

At these rates (30 a minute, 10 an hour) the window holds at most `limit` timestamps, so
one small document per user and kind, updated in a transaction, counts exactly: a burst
is admitted up to the limit and no further, wherever it falls on the clock (a fixed
window could let twice the limit through across a boundary).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Admission:
    admitted: bool
    stamps: tuple[datetime, ...]  # what the window holds afterwards


def admit(stamps: Sequence[object], at: datetime, limit: int, span: timedelta) -> Admission:
    """Admit an item sent at `at` if fewer than `limit` admitted items fall within `span`
    before it (later ones count too: items may be judged out of order)."""
    recent = sorted(s for s in stamps if isinstance(s, datetime) and s > at - span)
    if len(recent) >= limit:
        return Admission(False, tuple(recent[-limit:]))
    return Admission(True, tuple(sorted([*recent, at])[-limit:]))
