"""Appeals: a citizen asks an officer to look again at a report judged fake.

`appealReport` (the report's author only, once per report, only while it is judged fake)
and `resolveAppeal` (officers): overturned makes the report genuine and refunds exactly what
it cost through the report's ledger (plus the recovery a genuine report earns); upheld
changes nothing. Either way the author is notified and the audit log records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from citizen_safe import logs
from citizen_safe._firestore import SERVER_TIMESTAMP
from citizen_safe.api import Args, Caller
from citizen_safe.errors import AlreadyExists, FailedPrecondition, NotFound, PermissionDenied
from citizen_safe.notifications import messages
from citizen_safe.notifications.messages import Notification
from citizen_safe.notifications.push import push
from citizen_safe.reports import insights, store
from citizen_safe.reports.review import MAX_NOTE_CHARS, officer_decision, predictions_for

MIN_REASON_CHARS = 10
MAX_REASON_CHARS = 1_000
OUTCOMES = ("upheld", "overturned")
PENDING = "pending"


def _unchanged(
    report: store.Report,
    fields: Mapping[str, object],
    action: str,
    actor: str,
    reason: str | None,
    notes: list[Notification],
) -> store.Decision:
    """A decision that keeps the verdict and the ledger as they are."""
    return store.Decision(
        status=str(report.status),
        fields=fields,
        target=lambda effect: effect,
        flagged=None,
        notes=lambda change: notes,
        action=action,
        actor=actor,
        reason=reason,
    )


def appeal_report(caller: Caller, args: Args) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    reason = args.text("reason", least=MIN_REASON_CHARS, most=MAX_REASON_CHARS)

    def plan(report: store.Report) -> tuple[store.Decision, dict[str, object]]:
        if report.author != caller.uid:
            raise PermissionDenied("Only the report's author may appeal it.")
        if report.status != "fake":
            raise FailedPrecondition("Only a report judged fake can be appealed.")
        if report.data.get("appeal") is not None:
            raise AlreadyExists("This report has already been appealed.")
        appeal = {"status": PENDING, "reason": reason, "createdAt": SERVER_TIMESTAMP}
        return _unchanged(report, {"appeal": appeal}, "appeal", caller.uid, reason, []), {}

    report, _ = store.decide(report_id, plan, None)
    if not report.exists:
        raise NotFound("No such report.")
    if not report.judged:
        raise FailedPrecondition("Only a report judged fake can be appealed.")
    logs.appeal(report_id, caller.uid, PENDING)
    return {"reportId": report_id, "appeal": {"status": PENDING, "reason": reason}}


def resolve_appeal(
    caller: Caller, args: Args, settings: insights.Settings, now: datetime
) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    outcome = args.choice("decision", OUTCOMES)
    note = args.text("note", most=MAX_NOTE_CHARS, default="")
    overturned = outcome == "overturned"
    predicted = predictions_for(report_id, settings, now) if overturned else {}
    notes: list[Notification] = []

    def announce(change: float) -> list[Notification]:
        notes[:] = [messages.appeal_resolved(report_id, overturned, max(0.0, change), note)]
        return notes

    def plan(report: store.Report) -> tuple[store.Decision, dict[str, object]]:
        appeal = report.data.get("appeal")
        if not isinstance(appeal, Mapping) or appeal.get("status") != PENDING:
            raise FailedPrecondition("This report has no pending appeal.")
        resolved = {
            **appeal,
            "status": outcome,
            "note": note,
            "resolvedBy": caller.uid,
            "resolvedAt": SERVER_TIMESTAMP,
        }
        if not overturned:
            announce(0.0)
            chosen = _unchanged(report, {}, "appeal_resolution", caller.uid, note or None, notes)
        else:
            chosen = officer_decision(
                report,
                False,
                caller.uid,
                note,
                predicted,
                settings.recovery,
                "appeal_resolution",
                announce,
            )
        return chosen, {"appeal": resolved}

    report, applied = store.decide(report_id, plan, None)
    if not report.exists:
        raise NotFound("No such report.")
    if not report.judged:
        raise FailedPrecondition("This report has no pending appeal.")
    logs.appeal(report_id, caller.uid, outcome)
    if report.author is not None:
        push(report.author, notes)
    return {
        "reportId": report_id,
        "decision": outcome,
        "authorCredibility": applied.score_after if applied is not None else None,
    }
