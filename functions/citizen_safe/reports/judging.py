"""Verify each new report once: Gemini or the offline rules, then the verdict, the ledger,
any penalty, the flagged-list entry and, for a genuine report, its predictions, all in one
transaction (see `citizen_safe._judge`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _firestore, _judge, credibility, language, logs
from citizen_safe._firestore import SERVER_TIMESTAMP, Snapshot
from citizen_safe.reports import insights, store
from citizen_safe.reports.parse import ParsedReport, parse_report, place
from citizen_safe.users import store as users
from citizen_safe.verification import verify_report
from citizen_safe.verification.verdict import ReportText, Verdict

STALLED_AFTER = timedelta(minutes=5)
STALLED_BATCH = 50
CRASH_REASON = "the verifier failed; an officer will review it"
CITIZEN_POST = "Citizen Post"


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    language: str
    penalty: int
    author_has_account: bool
    predictions: Mapping[str, object] | None  # for a genuine report only


def status_of(verdict: Verdict) -> str:
    if verdict.is_fake:
        return "fake"
    return "needs_review" if verdict.needs_review else store.GENUINE


def verdict_fields(verdict: Verdict, penalty: int) -> tuple[dict[str, object], dict[str, object]]:
    """The fields for the report itself and for `verification/latest`."""
    flags = list(verdict.red_flags)
    report: dict[str, object] = {
        store.STATUS: status_of(verdict),
        "is_fake": verdict.is_fake,
        "verification_confidence": verdict.confidence,
        "verification_reasoning": verdict.reasoning,
        "red_flags": flags,
        "verified_by": verdict.verified_by,
    }
    latest = {
        "is_fake": verdict.is_fake,
        "needs_review": verdict.needs_review,
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


def flagged_entry(
    location: str, crime_type: object, reason: object, confidence: object, red_flags: object
) -> dict[str, object]:
    """A `flagged_reports` entry: what officers need, never the report's text."""
    return {
        "type": crime_type if isinstance(crime_type, str) else CITIZEN_POST,
        "location": location,
        "reason": reason if isinstance(reason, str) else "",
        "confidence": confidence if isinstance(confidence, int | float) else None,
        "red_flags": red_flags if isinstance(red_flags, list) else [],
    }


def pipeline(settings: insights.Settings) -> _judge.Pipeline[ParsedReport, Assessment, Any]:
    def assess(report: ParsedReport) -> Assessment:
        lang = language.detect(report.description)
        text = ReportText(
            description=report.description,
            location=report.location,
            time_of_occurrence=report.time_of_occurrence,
            author_credibility=users.credibility_of(report.user_id),
            language=lang.code,
        )
        verdict = verify_report(text, settings.gemini)
        penalty = credibility.penalty_for(verdict)
        # Only a penalty writes the author's document; never create one for a stray id.
        has_account = penalty == 0 or users.account_exists(report.user_id)
        genuine = status_of(verdict) == store.GENUINE
        predictions = insights.predict(report, settings, datetime.now(UTC)) if genuine else None
        return Assessment(verdict, lang.code, penalty, has_account, predictions)

    def record(
        tx: Transaction, snap: Snapshot, report: ParsedReport, judged: Assessment
    ) -> float | None:
        report_fields, latest_fields = verdict_fields(judged.verdict, judged.penalty)
        report_fields["language"] = judged.language
        report_fields["locationKey"] = report.location_key
        if judged.predictions is not None:
            report_fields.update({**judged.predictions, "mlUpdatedAt": SERVER_TIMESTAMP})
        flagged = None
        if judged.verdict.is_fake:
            verdict = judged.verdict
            flagged = flagged_entry(
                place(_firestore.field(snap, "location")),
                None,
                verdict.reasoning,
                verdict.confidence,
                list(verdict.red_flags),
            )
        return store.record_verdict(
            tx,
            snap,
            report.user_id if judged.author_has_account else None,
            report_fields,
            latest_fields,
            adjust=lambda score: credibility.apply_penalty(score, judged.penalty),
            flagged=flagged,
        )

    def after(path: str, report: ParsedReport, judged: Assessment, score: float | None) -> None:
        logs.report_verified(path, report.user_id, judged.verdict, judged.penalty, score)

    return _judge.Pipeline(
        kind="report",
        marker=store.MARKER,
        parse=parse_report,
        assess=assess,
        record=record,
        record_error=store.record_error,
        crash_reason=CRASH_REASON,
        after=after,
    )


def handle_new_report(
    path: str, data: Mapping[str, object] | None, settings: insights.Settings
) -> _judge.Status:
    """Runs once per delivery of the create event; later deliveries change nothing."""
    return _judge.judge(pipeline(settings), path, data).status


def resume_stalled(settings: insights.Settings, now: datetime) -> int:
    """Judge reports a crashed trigger left pending (Python triggers are never retried)."""
    return _judge.sweep(
        pipeline(settings), store.STALLED, store.PENDING, now - STALLED_AFTER, STALLED_BATCH
    )
