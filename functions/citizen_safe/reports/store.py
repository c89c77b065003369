"""The only module that writes `reports/{id}` and its `verification/latest` and `reviews/*`.

Kept apart on purpose: the verdict (`verification/latest`, written once with the
`verified_at` marker and never changed), the review state (`officer_review` on the report,
plus one appended `reviews/*` document per decision), and the credibility ledger
(`credibility_deducted` on the report: what this report has cost its author so far).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.users import store as users

REPORTS = "reports"
VERIFICATION = "verification"
LATEST = "latest"
REVIEWS = "reviews"
MARKER = "verified_at"
STATUS = "verification_status"
PENDING = "pending"

MY_REPORTS = declare(
    QuerySpec(
        "app: my reports",
        REPORTS,
        where=(("userId", "=="),),
        order_by=(("timestamp", "DESCENDING"),),
        by="app",
    )
)
BY_STATUS = declare(
    QuerySpec(
        "app: officer dashboard by status",
        REPORTS,
        where=((STATUS, "=="),),
        order_by=(("timestamp", "DESCENDING"),),
        by="app",
    )
)
REVIEW_HISTORY = declare(
    QuerySpec(
        "app: a report's review history",
        REVIEWS,
        order_by=(("reviewed_at", "ASCENDING"),),
        by="app",
    )
)
STALLED = declare(
    QuerySpec(
        "resume_stalled: reports",
        REPORTS,
        where=((STATUS, "=="), ("timestamp", "<")),
        order_by=(("timestamp", "DESCENDING"),),
    )
)


def report_ref(report_id: str) -> DocumentReference:
    return _firestore.client().collection(REPORTS).document(report_id)


def _latest(ref: DocumentReference) -> DocumentReference:
    latest: DocumentReference = ref.collection(VERIFICATION).document(LATEST)
    return latest


def record_verdict(
    tx: Transaction,
    snap: Snapshot,
    author: str | None,
    report_fields: Mapping[str, object],
    latest_fields: Mapping[str, object],
    adjust: Callable[[float], float],
) -> float | None:
    """The verdict, the ledger and the author's new score; returns the new score. The
    author is None for an id with no account: no users document is created for it."""
    before = users.read_credibility(tx, author) if author is not None else None
    after = adjust(before) if before is not None else None
    deducted = before - after if before is not None and after is not None else 0.0
    tx.set(
        _latest(snap.reference),
        {
            **latest_fields,
            "credibility_before": before,
            "credibility_after": after,
            "credibility_deducted": deducted,
            "verified_at": SERVER_TIMESTAMP,
        },
    )
    tx.update(
        snap.reference,
        {**report_fields, "credibility_deducted": deducted, MARKER: SERVER_TIMESTAMP},
    )
    if author is not None and before is not None and after is not None:
        users.write_credibility(tx, author, before, after)
    return after


def record_error(tx: Transaction, ref: DocumentReference, reason: str) -> None:
    """A report that cannot be judged: no penalty; officers can still review it."""
    fields = {STATUS: "error", "verification_error": reason, MARKER: SERVER_TIMESTAMP}
    tx.set(_latest(ref), {**fields, "credibility_penalty": 0})
    tx.update(ref, fields)


@dataclass(frozen=True)
class Report:
    """What a review needs to know about a report."""

    exists: bool
    judged: bool
    author: str | None
    deducted: float
    status: object


class ReviewRefused(Exception):
    """The report cannot be reviewed now; the message says why."""


def review(
    report_id: str,
    decide: Callable[[Report, float | None], tuple[Mapping[str, object], float | None, float]],
    entry: Mapping[str, object],
) -> tuple[Report, float | None]:
    """Apply an officer's decision atomically. `decide(report, author_score)` returns the
    report fields, the author's new score and the report's new deduction."""
    ref = report_ref(report_id)

    def run(tx: Any) -> tuple[Report, float | None]:
        snap = ref.get(transaction=tx)
        author = _firestore.field(snap, "userId")
        deducted = _firestore.field(snap, "credibility_deducted")
        report = Report(
            exists=snap.exists,
            judged=_firestore.field(snap, MARKER) is not None,
            author=str(author) if _firestore.is_document_id(author) else None,
            deducted=float(deducted) if isinstance(deducted, int | float) else 0.0,
            status=_firestore.field(snap, STATUS),
        )
        if not report.exists or not report.judged:
            return report, None
        before = users.read_credibility(tx, report.author) if report.author else None
        fields, after, now_deducted = decide(report, before)
        stamped = {**entry, "reviewed_at": SERVER_TIMESTAMP}
        tx.update(ref, {**fields, "officer_review": stamped, "credibility_deducted": now_deducted})
        tx.create(
            ref.collection(REVIEWS).document(),
            {
                **stamped,
                "status_before": report.status,
                "status_after": fields.get(STATUS),
                "credibility_before": before,
                "credibility_after": after,
                "deducted_before": report.deducted,
                "deducted_after": now_deducted,
            },
        )
        if report.author and before is not None and after is not None:
            users.write_credibility(tx, report.author, before, after)
        return report, after

    result: tuple[Report, float | None] = _firestore.run_transaction(run)
    return result
