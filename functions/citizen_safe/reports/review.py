"""Officer review: overturn or confirm a verdict, or settle a report from the review queue,
settling the author's credibility once.

A review needs a verdict to review: on a report still being verified it is refused
(`failed-precondition`), so it can never stand in for the verifier's once-only marker.
A report decided genuine gets its predictions; one decided fake loses them and joins the
flagged list.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from google.cloud.firestore_v1 import DELETE_FIELD

from citizen_safe import credibility, logs
from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, NotFound
from citizen_safe.reports import insights, store
from citizen_safe.reports.judging import flagged_entry
from citizen_safe.reports.parse import InvalidReport, parse_report, place

DECISIONS = ("genuine", "fake")
MAX_NOTE_CHARS = 1_000


def _predictions(report_id: str, settings: insights.Settings, now: datetime) -> dict[str, object]:
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


def review_report(
    caller: Caller, args: Args, settings: insights.Settings, now: datetime
) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    decision = args.choice("decision", DECISIONS)
    note = args.text("note", most=MAX_NOTE_CHARS, default="")
    says_fake = decision == "fake"
    predicted = {} if says_fake else _predictions(report_id, settings, now)

    def decide(report: store.Report, score: float | None) -> store.Change:
        fields: dict[str, object] = {
            store.STATUS: "fake" if says_fake else store.GENUINE,
            "is_fake": says_fake,
        }
        if says_fake:
            fields.update(dict.fromkeys(insights.ML_FIELDS, DELETE_FIELD))
        else:
            fields.update(predicted)
        after, deducted = (
            credibility.settle_review(score, report.deducted, says_fake)
            if score is not None
            else (None, report.deducted)
        )
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
        return store.Change(fields, after, deducted, flagged)

    entry = {"decision": decision, "officer": caller.uid, "note": note}
    report, score_after = store.review(report_id, decide, entry)
    if not report.exists:
        raise NotFound("No such report.")
    if not report.judged:
        raise FailedPrecondition(
            "This report is still being verified; review it once it has a verdict."
        )
    logs.report_reviewed(report_id, caller.uid, decision, score_after)
    return {"reportId": report_id, "decision": decision, "authorCredibility": score_after}
