"""Officer review: overturn or confirm a verdict, settling the author's credibility once.

A review needs a verdict to review: on a report still being verified it is refused
(`failed-precondition`), so it can never stand in for the verifier's once-only marker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citizen_safe import credibility, logs
from citizen_safe.api import Args, Caller
from citizen_safe.errors import FailedPrecondition, NotFound
from citizen_safe.reports import store

DECISIONS = ("genuine", "fake")
MAX_NOTE_CHARS = 1_000


def review_report(caller: Caller, args: Args) -> dict[str, Any]:
    report_id = args.doc_id("reportId", "a report id")
    decision = args.choice("decision", DECISIONS)
    note = args.text("note", most=MAX_NOTE_CHARS, default="")
    says_fake = decision == "fake"

    def decide(
        report: store.Report, score: float | None
    ) -> tuple[Mapping[str, object], float | None, float]:
        fields = {store.STATUS: "fake" if says_fake else "verified", "is_fake": says_fake}
        if score is None:
            return fields, None, report.deducted
        after, deducted = credibility.settle_review(score, report.deducted, says_fake)
        return fields, after, deducted

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
