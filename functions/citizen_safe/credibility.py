"""Credibility penalty policy (pure functions; the caller applies it in a transaction).

Policy
------
Every author starts at ``INITIAL_SCORE`` (100). A report judged genuine costs
nothing. A report judged fake costs between ``MIN_PENALTY`` (5) and
``MAX_PENALTY`` (25) points::

    certainty = clamp((confidence - 0.5) / 0.5, 0, 1)   # 0.5 -> 0, 1.0 -> 1
    breadth   = min(content_red_flags, 3) / 3           # distinct red flags
    penalty   = round(5 + 20 * (0.75 * certainty + 0.25 * breadth))

So the penalty is driven mostly by how sure the verifier is, and partly by how
many independent red flags it found. ``low_credibility_author`` is not counted
as a red flag here: it describes the author's history, which has already been
paid for, and counting it would make penalties snowball. The bounds keep one
wrong verdict from ruining an honest citizen (at most 25 of 100 points) while
still making repeated fakes costly: four supernatural-style fakes (confidence
~0.97, about 21 points each) take an author below the 30-point "extra
scrutiny" line.
"""

from __future__ import annotations

import math
from typing import Final

from citizen_safe.verification.verdict import LOW_CREDIBILITY_AUTHOR, Verdict

INITIAL_SCORE: Final = 100
MIN_SCORE: Final = 0.0
MAX_SCORE: Final = 100.0
MIN_PENALTY: Final = 5
MAX_PENALTY: Final = 25
CERTAINTY_SHARE: Final = 0.75
FLAG_SHARE: Final = 0.25
FLAGS_FOR_FULL_BREADTH: Final = 3


def stored_score(raw: object) -> float:
    """A score as stored; missing or unreadable counts as the initial score, not as zero."""
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        return float(INITIAL_SCORE)
    return min(MAX_SCORE, max(MIN_SCORE, float(raw)))


def penalty_for(verdict: Verdict) -> int:
    """Points to deduct for one report: 0 if genuine, else 5..25 (see module docstring)."""
    if not verdict.is_fake:
        return 0
    confidence = verdict.confidence if math.isfinite(verdict.confidence) else 0.5
    certainty = min(1.0, max(0.0, (confidence - 0.5) / 0.5))
    content_flags = {flag for flag in verdict.red_flags if flag != LOW_CREDIBILITY_AUTHOR}
    breadth = min(len(content_flags), FLAGS_FOR_FULL_BREADTH) / FLAGS_FOR_FULL_BREADTH
    severity = CERTAINTY_SHARE * certainty + FLAG_SHARE * breadth
    raw = MIN_PENALTY + (MAX_PENALTY - MIN_PENALTY) * severity
    # Round half up (not banker's rounding) so equal inputs never differ by platform.
    return max(MIN_PENALTY, min(MAX_PENALTY, math.floor(raw + 0.5)))


def apply_penalty(score: float, penalty: int) -> float:
    """New credibility after a penalty, clamped to 0..100.

    Raises ``ValueError`` for a negative penalty or a non-finite score, which
    would mean a bug upstream rather than something to silently store.
    """
    if penalty < 0:
        raise ValueError(f"penalty must be >= 0, got {penalty}")
    if not math.isfinite(score):
        raise ValueError(f"score must be a finite number, got {score}")
    return max(MIN_SCORE, min(MAX_SCORE, float(score) - penalty))


OFFICER_CONFIRMED_PENALTY: Final = MAX_PENALTY
DEFAULT_RECOVERY_POINTS: Final = 1


def settle(score: float, effect: float, target: float) -> tuple[float, float]:
    """Move an author's score so one report's net effect on it becomes `target`.

    `effect` is what the report has moved the score so far (its ledger: negative for a
    penalty, positive for recovery). The change is clamped to 0..100 and the ledger records
    what was actually applied, so a later decision about the same report undoes exactly
    that: an overturned fake refunds the points it really cost, never more.
    """
    if not math.isfinite(score) or not math.isfinite(effect) or not math.isfinite(target):
        raise ValueError(f"settle needs finite numbers, got {score}, {effect}, {target}")
    after = max(MIN_SCORE, min(MAX_SCORE, score + (target - effect)))
    return after, effect + (after - score)


def target_effect(
    status: str, effect: float, penalty: int, recovery: int, by_officer: bool
) -> float:
    """What a report in `status` should have cost or earned its author in total.

    Genuine earns the recovery points; fake costs the verifier's penalty, or, when an
    officer decides fake, keeps a penalty already paid and otherwise costs the officer
    penalty; anything else (review queue, error, rate-limited) is worth nothing.
    """
    if status == "verified":
        return float(recovery)
    if status == "fake":
        if not by_officer:
            return -float(penalty)
        return effect if effect < 0 else -float(OFFICER_CONFIRMED_PENALTY)
    return 0.0
