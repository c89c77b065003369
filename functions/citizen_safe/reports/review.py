"""Officer review: overturn or confirm a verdict, or settle a report from the review queue.

A review needs a verdict to review: on a report still being verified it is refused
(`failed-precondition`), so it can never stand in for the verifier's once-only marker.
A report decided genuine gets its predictions and the recovery points; one decided fake
loses them and joins the flagged list. Credibility always moves through the report's
ledger (`credibility.settle`), so reviews and appeals can never refund twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from google.cloud.firestore_v1 import DELETE_FIELD

from citizen_safe import credibility, logs
from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, NotFound
from citizen_safe.notifications import messages
from citizen_safe.notifications.messages import Notification
from citizen_safe.notifications.push import push
from citizen_safe.reports import insights, store
from citizen_safe.reports.judging import flagged_entry
from citizen_safe.reports.parse import InvalidReport, parse_report, place

DECISIONS = ("genuine", "fake")
MAX_NOTE_CHARS = 1_000


def predictions_for(
    report_id: str, settings: insights.Settings, now: datetime
) -> dict[str, object]:
    """Predictions for a report about to be decided genuine (its text never changes, so
    they are computed before the transaction); none for a report that cannot be read."""
    data = store.read(report_id)
    if data is None:
        return {}
    try:
        report = parse_report(data)
    except InvalidReport:
        return {}
    return {**insights.predict(report, settings, now), "mlUpdatedAt": now}


def officer_decision(
    report: store.Report,
    says_fake: bool,
    officer: str,
    note: str,
    predicted: Mapping[str, object],
    recovery: int,
    action: str,
    announce: Callable[[float], Sequence[Notification]],
) -> store.Decision:
    """An officer's genuine-or-fake decision about a judged report."""
    status = "fake" if says_fake else store.GENUINE
    fields: dict[str, object] = {"is_fake": says_fake}
    if says_fake:
        fields.update(dict.fromkeys(insights.ML_FIELDS, DELETE_FIELD))
    else:
        fields.update(predicted)
    flagged = None
    if says_fake:
        data = report.data
        flagged = flagged_entry(
            place(data.get("location")),
            None,
            note or data.get("verification_reasoning"),
            data.get("verification_confidence"),
            data.get("red_flags"),
        )
    return store.Decision(
        status=status,
        fields=fields,
        target=lambda effect: credibility.target_effect(status, effect, 0, recovery, True),
        flagged=flagged,
        notes=announce,
        action=action,
        actor=officer,
        reason=note or None,
    )


def review_report(
    caller: Caller, args: Args, settings: insights.Settings, now: datetime
) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    decision = args.choice("decision", DECISIONS)
    note = args.text("note", most=MAX_NOTE_CHARS, default="")
    says_fake = decision == "fake"
    predicted = {} if says_fake else predictions_for(report_id, settings, now)
    notes: list[Notification] = []

    def announce(change: float) -> list[Notification]:
        if says_fake:
            reason = note or "an officer reviewed it and found it is not genuine."
            notes[:] = [messages.report_flagged(report_id, reason, max(0.0, -change))]
        else:
            notes[:] = [messages.report_verified(report_id, max(0.0, change))]
        return notes

    def plan(report: store.Report) -> tuple[store.Decision, dict[str, object]]:
        chosen = officer_decision(
            report, says_fake, caller.uid, note, predicted, settings.recovery, "review", announce
        )
        return chosen, {}

    history = {"decision": decision, "officer": caller.uid, "note": note}
    report, applied = store.decide(report_id, plan, history)
    if not report.exists:
        raise NotFound("No such report.")
    if not report.judged:
        raise FailedPrecondition(
            "This report is still being verified; review it once it has a verdict."
        )
    score_after = applied.score_after if applied is not None else None
    logs.report_reviewed(report_id, caller.uid, decision, score_after)
    if report.author is not None:
        push(report.author, notes)
    return {"reportId": report_id, "decision": decision, "authorCredibility": score_after}
