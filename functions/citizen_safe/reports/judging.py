"""Verify each new report once: Gemini or the offline rules, then the verdict, the ledger
and any penalty in one transaction (see `citizen_safe._judge`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _judge, credibility, logs
from citizen_safe._firestore import Snapshot
from citizen_safe.reports import store
from citizen_safe.reports.parse import ParsedReport, parse_report
from citizen_safe.users import store as users
from citizen_safe.verification import GeminiSettings, verify_report
from citizen_safe.verification.verdict import ReportText, Verdict

STALLED_AFTER = timedelta(minutes=5)
STALLED_BATCH = 50
CRASH_REASON = "the verifier failed; an officer will review it"


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    penalty: int
    author_has_account: bool


def verdict_fields(verdict: Verdict, penalty: int) -> tuple[dict[str, object], dict[str, object]]:
    """The fields for the report itself and for `verification/latest`."""
    flags = list(verdict.red_flags)
    report: dict[str, object] = {
        store.STATUS: "fake" if verdict.is_fake else "verified",
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


def pipeline(gemini: GeminiSettings | None) -> _judge.Pipeline[ParsedReport, Assessment, Any]:
    def assess(report: ParsedReport) -> Assessment:
        text = ReportText(
            description=report.description,
            location=report.location,
            time_of_occurrence=report.time_of_occurrence,
            author_credibility=users.credibility_of(report.user_id),
        )
        verdict = verify_report(text, gemini)
        penalty = credibility.penalty_for(verdict)
        # Only a penalty writes the author's document; never create one for a stray id.
        has_account = penalty == 0 or users.account_exists(report.user_id)
        return Assessment(verdict, penalty, has_account)

    def record(
        tx: Transaction, snap: Snapshot, report: ParsedReport, judged: Assessment
    ) -> float | None:
        report_fields, latest_fields = verdict_fields(judged.verdict, judged.penalty)
        return store.record_verdict(
            tx,
            snap,
            report.user_id if judged.author_has_account else None,
            report_fields,
            latest_fields,
            adjust=lambda score: credibility.apply_penalty(score, judged.penalty),
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
    path: str, data: Mapping[str, object] | None, gemini: GeminiSettings | None
) -> _judge.Status:
    """Runs once per delivery of the create event; later deliveries change nothing."""
    return _judge.judge(pipeline(gemini), path, data).status


def resume_stalled(gemini: GeminiSettings | None, now: datetime) -> int:
    """Judge reports a crashed trigger left pending (Python triggers are never retried)."""
    return _judge.sweep(
        pipeline(gemini), store.STALLED, store.PENDING, now - STALLED_AFTER, STALLED_BATCH
    )
