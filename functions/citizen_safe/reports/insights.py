"""Crime type and escalation risk for genuine reports, and the officers' tools around them.

Every report verified genuine (by the verifier or an officer) gets both automatically;
officers can recompute them (`predictCrimeType`, `predictEscalationRisk`) and run the
verifier on any text without storing anything (`detectFakeReport`). Fake reports never get
a prediction: the callables refuse them with the verdict's reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from citizen_safe import language
from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, NotFound
from citizen_safe.prediction import (
    OFFLINE_CRIME_MODEL,
    CrimeType,
    EscalationRisk,
    ReportFacts,
    predict_crime_type,
    predict_escalation,
)
from citizen_safe.reports import store
from citizen_safe.reports.parse import (
    MAX_DESCRIPTION_CHARS,
    InvalidReport,
    ParsedReport,
    parse_report,
)
from citizen_safe.verification import GeminiSettings, verify_report
from citizen_safe.verification.verdict import ReportText

REPEAT_WINDOW = timedelta(days=30)
INAUTHENTIC = (
    "This report has been flagged as inauthentic and cannot be used for crime prediction. "
    "Reason: {reason}"
)
ML_FIELDS = (
    "crimeType",
    "crimeTypeConfidence",
    "crimeTypeBy",
    "escalationRiskScore",
    "riskLevelText",
    "riskFactors",
    "riskBy",
    "mlUpdatedAt",
)


@dataclass(frozen=True)
class Settings:
    gemini: GeminiSettings | None
    timezone: tzinfo
    recovery: int = 0  # credibility points a genuine report returns (CREDIBILITY_RECOVERY_POINTS)
    reports_per_hour: int = 10  # REPORTS_PER_HOUR


def facts_of(report: ParsedReport, now: datetime, counted_itself: bool = False) -> ReportFacts:
    """What the predictors read; `counted_itself` when the report is already genuine (it
    is then one of the genuine reports at its own location)."""
    nearby = 0
    if report.location_key is not None:
        nearby = store.count_genuine_at(report.location_key, now - REPEAT_WINDOW)
        nearby = max(0, nearby - 1) if counted_itself else nearby
    return ReportFacts(
        description=report.description,
        location=report.location,
        time_of_occurrence=report.time_of_occurrence,
        reported_at=report.reported_at,
        recent_reports_nearby=nearby,
    )


def crime_fields(crime: CrimeType) -> dict[str, object]:
    return {
        "crimeType": crime.crime_type,
        "crimeTypeConfidence": crime.confidence,
        "crimeTypeBy": crime.by,
    }


def risk_fields(risk: EscalationRisk) -> dict[str, object]:
    return {
        "escalationRiskScore": risk.score,
        "riskLevelText": risk.level,
        "riskFactors": list(risk.factors),
        "riskBy": risk.by,
    }


def _crime_type(facts: ReportFacts, gemini: GeminiSettings | None) -> CrimeType:
    """The offline classifier reads English only: other text gets `other` at confidence 0
    rather than a guess from foreign words (Gemini reads any language)."""
    if gemini is None and not language.is_supported(language.detect(facts.description)):
        return CrimeType("other", 0.0, f"{OFFLINE_CRIME_MODEL} (unsupported language)")
    return predict_crime_type(facts, gemini)


def predict(report: ParsedReport, settings: Settings, now: datetime) -> dict[str, object]:
    """Both predictions for a genuine report, as stored on it (without the timestamp)."""
    facts = facts_of(report, now)
    crime = _crime_type(facts, settings.gemini)
    risk = predict_escalation(facts, crime.crime_type, settings.gemini, settings.timezone)
    return {**crime_fields(crime), **risk_fields(risk)}


def _genuine(report_id: str) -> tuple[ParsedReport, Mapping[str, object]]:
    """A report officers may predict for (parsed, and as stored), or the reason they may not."""
    data = store.read(report_id)
    if data is None:
        raise NotFound("No such report.")
    status = data.get(store.STATUS)
    if status == "fake":
        review = data.get("officer_review")
        note = review.get("note") if isinstance(review, Mapping) else None
        reason = data.get("verification_reasoning") or note or "an officer confirmed it is fake"
        raise FailedPrecondition(INAUTHENTIC.format(reason=reason))
    if status != "verified":
        raise FailedPrecondition(f"Only verified reports get predictions; this one is {status}.")
    try:
        return parse_report(data), data
    except InvalidReport as err:
        raise FailedPrecondition(f"This report cannot be read: {err}") from err


def predict_crime_type_callable(
    caller: Caller, args: Args, settings: Settings, now: datetime
) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    report, _ = _genuine(report_id)
    crime = _crime_type(facts_of(report, now, counted_itself=True), settings.gemini)
    store.write_predictions(report_id, crime_fields(crime))
    return {
        "reportId": report_id,
        "crimeType": crime.crime_type,
        "crimeTypeConfidence": crime.confidence,
        "by": crime.by,
    }


def predict_escalation_callable(
    caller: Caller, args: Args, settings: Settings, now: datetime
) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    report, stored = _genuine(report_id)
    facts = facts_of(report, now, counted_itself=True)
    crime = stored.get("crimeType")
    if not isinstance(crime, str):
        crime = _crime_type(facts, settings.gemini).crime_type
    risk = predict_escalation(facts, crime, settings.gemini, settings.timezone)
    store.write_predictions(report_id, risk_fields(risk))
    return {
        "reportId": report_id,
        "escalationRiskScore": risk.score,
        "riskLevelText": risk.level,
        "riskFactors": list(risk.factors),
        "by": risk.by,
    }


def detect_fake_report(caller: Caller, args: Args, gemini: GeminiSettings | None) -> dict[str, Any]:
    """The verifier on any text, for officers; nothing is stored and nobody is penalised."""
    text = args.text("text", least=1, most=MAX_DESCRIPTION_CHARS)
    where = args.text("location", most=500, default="")
    lang = language.detect(text)
    verdict = verify_report(
        ReportText(
            description=text,
            location=where,
            time_of_occurrence="",
            author_credibility=100.0,
            language=lang.code,
        ),
        gemini,
    )
    return {
        "isFake": verdict.is_fake,
        "needsReview": verdict.needs_review,
        "confidence": verdict.confidence,
        "reasoning": verdict.reasoning,
        "redFlags": list(verdict.red_flags),
        "language": lang.code,
        "verifiedBy": verdict.verified_by,
    }
