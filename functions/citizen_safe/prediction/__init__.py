"""Crime type and escalation risk of a genuine report: Gemini when configured, offline otherwise.

Both entry points are pure apart from the Gemini call and never raise because of Gemini: any
failure degrades to the offline engine, logged on ``citizen_safe.prediction`` and recorded in
``by`` ("offline-crime-v1 (fallback from gemini-api: timeout)"), like ``verified_by``.
"""

from __future__ import annotations

import logging
from datetime import tzinfo

from citizen_safe.prediction import crime_type as _crime_type
from citizen_safe.prediction import escalation as _escalation
from citizen_safe.prediction import gemini as _gemini
from citizen_safe.prediction.crime_type import CRIME_TYPES
from citizen_safe.prediction.escalation import BASE_BY_TYPE, FACTOR_WEIGHTS, FACTORS, level_for
from citizen_safe.prediction.results import CrimeType, EscalationRisk, ReportFacts, fallback_by
from citizen_safe.verification import GeminiSettings
from citizen_safe.verification.gemini import GeminiUnavailable

__all__ = [
    "BASE_BY_TYPE",
    "CRIME_TYPES",
    "FACTORS",
    "FACTOR_WEIGHTS",
    "OFFLINE_CRIME_MODEL",
    "OFFLINE_ESCALATION_MODEL",
    "CrimeType",
    "EscalationRisk",
    "ReportFacts",
    "level_for",
    "predict_crime_type",
    "predict_crime_type_offline",
    "predict_escalation",
    "predict_escalation_offline",
    "warm_up",
]

OFFLINE_CRIME_MODEL = _crime_type.OFFLINE_MODEL
OFFLINE_ESCALATION_MODEL = _escalation.OFFLINE_MODEL

logger = logging.getLogger("citizen_safe.prediction")


def warm_up() -> None:
    """Load the crime-type artifact now (e.g. at instance start) instead of on first use."""
    _crime_type.load_model()


def predict_crime_type_offline(facts: ReportFacts) -> CrimeType:
    """The bundled classifier's answer; confidence is its top class probability."""
    scores = _crime_type.classify(facts.description)
    return CrimeType(scores.crime_type, round(scores.confidence, 3), OFFLINE_CRIME_MODEL)


def predict_escalation_offline(facts: ReportFacts, crime_type: str, tz: tzinfo) -> EscalationRisk:
    """The rule-based escalation risk; ``tz`` decides what "night" means for reported_at."""
    return _escalation.assess_offline(facts, crime_type, tz)


def _failure(exc: Exception) -> tuple[str, str]:
    if isinstance(exc, GeminiUnavailable):
        return exc.reason, exc.detail
    return "unexpected-error", repr(exc)  # a bug in the Gemini path must not lose the result


def predict_crime_type(facts: ReportFacts, gemini: GeminiSettings | None) -> CrimeType:
    """Crime type by Gemini when settings are given, offline otherwise or on its failure."""
    if gemini is None:
        return predict_crime_type_offline(facts)
    try:
        result = _gemini.crime_type_with_gemini(facts, gemini)
    except Exception as exc:
        reason, detail = _failure(exc)
    else:
        logger.info("Crime type by %s: %s (%.2f)", result.by, result.crime_type, result.confidence)
        return result
    offline = predict_crime_type_offline(facts)
    fallback = CrimeType(
        offline.crime_type, offline.confidence, fallback_by(OFFLINE_CRIME_MODEL, reason)
    )
    logger.warning("Gemini crime type failed (%s: %s); used %s", reason, detail[:300], fallback.by)
    return fallback


def predict_escalation(
    facts: ReportFacts, crime_type: str, gemini: GeminiSettings | None, tz: tzinfo
) -> EscalationRisk:
    """Escalation risk; Gemini (when given) detects the text factors, the weights score them."""
    if gemini is None:
        return predict_escalation_offline(facts, crime_type, tz)
    try:
        text_factors = _gemini.factors_with_gemini(facts, crime_type, gemini)
    except Exception as exc:
        reason, detail = _failure(exc)
    else:
        factors = text_factors | _escalation.context_factors(facts, tz)
        result = _escalation.risk_from_factors(crime_type, factors, _gemini.gemini_by(gemini.model))
        logger.info("Escalation risk by %s: %d %s", result.by, result.score, result.level)
        return result
    offline = predict_escalation_offline(facts, crime_type, tz)
    fallback = EscalationRisk(
        offline.score, offline.level, offline.factors, fallback_by(OFFLINE_ESCALATION_MODEL, reason)
    )
    logger.warning("Gemini escalation failed (%s: %s); used %s", reason, detail[:300], fallback.by)
    return fallback
