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
from citizen_safe._firestore import SERVER_TIMESTAMP
from citizen_safe.audit import store as audit
from citizen_safe.notifications import messages
from citizen_safe.notifications.messages import Notification
from citizen_safe.notifications.push import push
from citizen_safe.reports import insights, store
from citizen_safe.reports.parse import ParsedReport, parse_report, place
from citizen_safe.users import store as users
from citizen_safe.verification import verify_report
from citizen_safe.verification.verdict import ReportText, Verdict

STALLED_AFTER = timedelta(minutes=5)
STALLED_BATCH = 50
CRASH_REASON = "the verifier failed; an officer will review it"
CITIZEN_POST = "Citizen Post"


HOUR = timedelta(hours=1)
RATE_LIMITED_REASON = "More reports than REPORTS_PER_HOUR allows; not judged."


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict | None  # None: over the flood limit, not judged
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


def verdict_notes(report_id: str, status: str, reason: str, change: float) -> list[Notification]:
    """What the author is told about a verdict; `change` is what it did to their score."""
    if status == store.GENUINE:
        return [messages.report_verified(report_id, max(0.0, change))]
    if status == "fake":
        return [messages.report_flagged(report_id, reason, max(0.0, -change))]
    if status == "needs_review":
        return [messages.report_needs_review(report_id)]
    return []


def rate_limited(report: ParsedReport, judged: Assessment) -> store.Decision:
    """Over the author's flood limit: not judged (no Gemini cost), no penalty, nothing sent."""
    return store.Decision(
        status=store.RATE_LIMITED,
        fields={
            "language": judged.language,
            "locationKey": report.location_key,
            "verification_reasoning": RATE_LIMITED_REASON,
        },
        target=lambda effect: 0.0,
        flagged=None,
        notes=lambda change: [],
        action="rate_limit",
        actor=audit.VERIFIER,
        reason=RATE_LIMITED_REASON,
    )


def pipeline(settings: insights.Settings) -> _judge.Pipeline[ParsedReport, Assessment, Any]:
    def assess(path: str, report: ParsedReport) -> Assessment:
        lang = language.detect(report.description)
        sent_at = report.reported_at or datetime.now(UTC)
        limit = settings.reports_per_hour
        if not store.admit(path.rsplit("/", 1)[-1], report.user_id, sent_at, limit, HOUR):
            return Assessment(None, lang.code, 0, False, None)
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
        status = status_of(verdict)
        # Only a change writes the author's document; never create one for a stray id.
        may_change = penalty > 0 or (
            status == store.GENUINE and settings.recovery > 0 and text.author_credibility < 100
        )
        has_account = not may_change or users.account_exists(report.user_id)
        genuine = status == store.GENUINE
        predictions = insights.predict(report, settings, datetime.now(UTC)) if genuine else None
        return Assessment(verdict, lang.code, penalty, has_account, predictions)

    def record(
        tx: Transaction, read: _judge.Read, report: ParsedReport, judged: Assessment
    ) -> tuple[store.Applied, list[Notification]]:
        snap, verdict = read.doc, judged.verdict
        if verdict is None:
            return store.record_verdict(tx, snap, None, rate_limited(report, judged), {}), []
        report_fields, latest_fields = verdict_fields(verdict, judged.penalty)
        status = str(report_fields.pop(store.STATUS))
        report_fields["language"] = judged.language
        report_fields["locationKey"] = report.location_key
        if judged.predictions is not None:
            report_fields.update({**judged.predictions, "mlUpdatedAt": SERVER_TIMESTAMP})
        flagged = None
        if verdict.is_fake:
            flagged = flagged_entry(
                place(_firestore.field(snap, "location")),
                None,
                verdict.reasoning,
                verdict.confidence,
                list(verdict.red_flags),
            )
        notes: list[Notification] = []

        def announce(change: float) -> list[Notification]:
            notes[:] = verdict_notes(snap.id, status, verdict.reasoning, change)
            return notes

        decision = store.Decision(
            status=status,
            fields=report_fields,
            target=lambda effect: credibility.target_effect(
                status, effect, judged.penalty, settings.recovery, by_officer=False
            ),
            flagged=flagged,
            notes=announce,
            action="verdict",
            actor=audit.VERIFIER,
            reason=verdict.reasoning,
        )
        author = report.user_id if judged.author_has_account else None
        applied = store.record_verdict(tx, snap, author, decision, latest_fields)
        return applied, notes if author is not None else []

    def after(
        path: str,
        report: ParsedReport,
        judged: Assessment,
        recorded: tuple[store.Applied, list[Notification]],
    ) -> None:
        applied, notes = recorded
        if judged.verdict is None:
            logs.judge_outcome("report", path, store.RATE_LIMITED, RATE_LIMITED_REASON)
            return
        logs.report_verified(
            path, report.user_id, judged.verdict, judged.penalty, applied.score_after
        )
        push(report.user_id, notes)

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
