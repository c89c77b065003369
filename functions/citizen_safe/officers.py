"""What officers do from the dashboard that a plain Firestore write must not allow.

An officer (token claim `role == "officer"`) can overturn or confirm a verdict; the
author's credibility is settled in the same transaction (see credibility.settle_review).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from firebase_functions.https_fn import FunctionsErrorCode, HttpsError

from citizen_safe import credibility, logs, store

DECISIONS = {"genuine": False, "fake": True}
MAX_NOTE_CHARS = 1_000
OFFICER_ROLE = "officer"


def require_officer(uid: str | None, claims: Mapping[str, Any] | None) -> str:
    if not uid:
        raise HttpsError(FunctionsErrorCode.UNAUTHENTICATED, "Sign in first.")
    if (claims or {}).get("role") != OFFICER_ROLE:
        raise HttpsError(FunctionsErrorCode.PERMISSION_DENIED, "Only officers review reports.")
    return uid


def review_report(
    uid: str | None, claims: Mapping[str, Any] | None, data: object
) -> dict[str, Any]:
    officer = require_officer(uid, claims)
    args = data if isinstance(data, Mapping) else {}
    report_id, decision, note = args.get("reportId"), args.get("decision"), args.get("note", "")
    if not isinstance(report_id, str) or not report_id or "/" in report_id:
        raise HttpsError(FunctionsErrorCode.INVALID_ARGUMENT, "'reportId' must be a report id.")
    if decision not in DECISIONS:
        raise HttpsError(
            FunctionsErrorCode.INVALID_ARGUMENT, "'decision' must be 'genuine' or 'fake'."
        )
    if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
        raise HttpsError(
            FunctionsErrorCode.INVALID_ARGUMENT,
            f"'note' must be text of at most {MAX_NOTE_CHARS} characters.",
        )
    review = {"decision": decision, "officer": officer, "note": note.strip()}
    try:
        score_after = store.record_review(
            report_id, review, DECISIONS[str(decision)], credibility.settle_review
        )
    except store.ReportNotFound as err:
        raise HttpsError(FunctionsErrorCode.NOT_FOUND, "No such report.") from err
    logs.report_reviewed(report_id, officer, str(decision), score_after)
    return {
        "reportId": report_id,
        "decision": decision,
        "authorCredibility": score_after,
    }
