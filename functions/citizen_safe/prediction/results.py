"""Value types of crime-type and escalation-risk prediction.

Frozen, so a result can travel from the predictor to the Firestore layer (and the logs)
without anyone changing it on the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal

ENGINE_GEMINI: Final = "gemini-api"

RiskLevel = Literal["LOW", "MEDIUM", "HIGH"]


@dataclass(frozen=True)
class ReportFacts:
    """What prediction may look at: the report's text fields plus caller-supplied context.

    ``recent_reports_nearby`` is the number of *other* genuine reports at the same location
    recently; the caller counts them (a Firestore query), which keeps prediction pure.
    ``reported_at`` is the filing time; naive values are taken as UTC.
    """

    description: str
    location: str
    time_of_occurrence: str
    reported_at: datetime | None
    recent_reports_nearby: int


@dataclass(frozen=True)
class CrimeType:
    """A crime type from CRIME_TYPES, the engine's confidence in it, and who decided."""

    crime_type: str
    confidence: float
    by: str


@dataclass(frozen=True)
class EscalationRisk:
    """An additive 0-100 score, its level and the factors that raised it, and who decided."""

    score: int
    level: RiskLevel
    factors: tuple[str, ...]
    by: str


def fallback_by(offline_model: str, reason: str) -> str:
    """The ``by`` of an offline result used because Gemini failed, like ``verified_by``."""
    return f"{offline_model} (fallback from {ENGINE_GEMINI}: {reason})"
