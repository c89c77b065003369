"""A new crime report: validate it, judge it, record the verdict and any penalty once."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from citizen_safe import credibility, logs, store
from citizen_safe.verification import GeminiSettings, verify_report
from citizen_safe.verification.verdict import ReportText, Verdict

MAX_DESCRIPTION_CHARS = 5_000
MAX_FIELD_CHARS = 500

Outcome = Literal["verified", "fake", "error", "duplicate"]


class InvalidReport(ValueError):
    """A report the verifier cannot judge; the reason is shown to the author."""


@dataclass(frozen=True)
class ParsedReport:
    user_id: str
    description: str
    location: str
    time_of_occurrence: str


def _text(value: object, name: str, *, required: bool, limit: int) -> str:
    if value is None:
        if required:
            raise InvalidReport(f"'{name}' is missing")
        return ""
    if not isinstance(value, str):
        raise InvalidReport(f"'{name}' must be a string, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise InvalidReport(f"'{name}' is empty")
    if len(value) > limit:
        raise InvalidReport(f"'{name}' is longer than {limit} characters")
    return value


def _coordinate(raw: object, name: str, bound: float) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise InvalidReport(f"'location.{name}' must be a number")
    if abs(raw) > bound:
        raise InvalidReport(f"'location.{name}' must be between -{bound:g} and {bound:g}")
    return float(raw)


def _location(raw: object) -> str:
    """Free text, or `{latitude, longitude, city}` as the app's map picker writes it."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return _text(raw, "location", required=False, limit=MAX_FIELD_CHARS)
    if not isinstance(raw, Mapping):
        raise InvalidReport("'location' must be text or a map with latitude and longitude")
    lat = _coordinate(raw.get("latitude"), "latitude", 90)
    lon = _coordinate(raw.get("longitude"), "longitude", 180)
    city = _text(raw.get("city"), "location.city", required=False, limit=MAX_FIELD_CHARS)
    where = f"({lat:.5f}, {lon:.5f})"
    return f"{city} {where}" if city else where


def _time(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.isoformat(timespec="minutes")
    if isinstance(raw, str):
        return _text(raw, "time_of_occurrence", required=False, limit=MAX_FIELD_CHARS)
    raise InvalidReport("'time_of_occurrence' must be text or a timestamp")


def parse_report(data: Mapping[str, object] | None) -> ParsedReport:
    """Check the fields the verifier needs; rules check them too, but admins and old
    clients can bypass rules, so the function never trusts the shape."""
    if data is None:
        raise InvalidReport("the report has no data")
    user_id = _text(data.get("userId"), "userId", required=True, limit=128)
    return ParsedReport(
        user_id=user_id,
        description=_text(
            data.get("description"), "description", required=True, limit=MAX_DESCRIPTION_CHARS
        ),
        location=_location(data.get("location")),
        time_of_occurrence=_time(data.get("time_of_occurrence")),
    )


def verdict_fields(verdict: Verdict, penalty: int) -> tuple[dict[str, object], dict[str, object]]:
    """The fields for the report itself and for `verification/latest`."""
    flags = list(verdict.red_flags)
    report: dict[str, object] = {
        "verification_status": "fake" if verdict.is_fake else "verified",
        "is_fake": verdict.is_fake,
        "verification_confidence": verdict.confidence,
        "verification_reasoning": verdict.reasoning,
        "red_flags": flags,
        "verified_by": verdict.verified_by,
    }
    latest = {
        "is_fake": verdict.is_fake,
        "confidence": verdict.confidence,
        "reasoning": verdict.reasoning,
        "red_flags": flags,
        "credibility_penalty": penalty,
        "verified_by": verdict.verified_by,
        "engine": verdict.engine,
        "model": verdict.model,
        "fallback_reason": verdict.fallback_reason,
    }
    return report, latest


def handle_new_report(
    report_id: str, data: Mapping[str, object] | None, gemini: GeminiSettings | None
) -> Outcome:
    """Runs once per delivery of the create event; later deliveries change nothing."""
    if store.is_verified(report_id):
        logs.report_duplicate(report_id)
        return "duplicate"
    try:
        report = parse_report(data)
    except InvalidReport as err:
        recorded = store.record_report_error(report_id, str(err))
        logs.report_invalid(report_id, str(err))
        return "error" if recorded else "duplicate"

    store.mark_pending(report_id)
    text = ReportText(
        description=report.description,
        location=report.location,
        time_of_occurrence=report.time_of_occurrence,
        author_credibility=store.credibility_of(report.user_id),
    )
    try:
        verdict = verify_report(text, gemini)
    except Exception as err:  # a verifier bug must not leave the report pending forever
        logs.verifier_crashed(report_id, err)
        store.record_report_error(report_id, "the verifier failed; an officer will review it")
        return "error"

    penalty = credibility.penalty_for(verdict)
    report_fields, latest_fields = verdict_fields(verdict, penalty)
    applied = store.record_verdict(
        report_id,
        report.user_id,
        report_fields,
        latest_fields,
        adjust=lambda score: credibility.apply_penalty(score, penalty),
    )
    if not applied.first:
        logs.report_duplicate(report_id)
        return "duplicate"
    logs.report_verified(report_id, report.user_id, verdict, penalty, applied.credibility_after)
    return "fake" if verdict.is_fake else "verified"


STALLED_AFTER = timedelta(minutes=5)
STALLED_BATCH = 50


def resume_stalled(gemini: GeminiSettings | None, now: datetime) -> int:
    """Judge reports whose trigger crashed after marking them pending.

    firebase-functions does not let Python Firestore triggers retry, so a trigger that dies
    mid-way (an outage, a timeout) would leave its report pending for ever; a scheduled
    sweep finishes them. Safe to overlap with a late trigger: recording is idempotent.
    """
    stalled = store.stalled_reports(now - STALLED_AFTER, STALLED_BATCH)
    for report_id, data in stalled:
        logs.report_resumed(report_id)
        handle_new_report(report_id, data, gemini)
    return len(stalled)
