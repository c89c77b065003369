"""The only module that writes `reports/{id}` and its `verification/latest` and `reviews/*`.

Kept apart on purpose: the verdict (`verification/latest`, written once with the
`verified_at` marker and never changed), the review state (`officer_review` on the report,
plus one appended `reviews/*` document per decision), and the credibility ledger
(`credibility_deducted` on the report: what this report has cost its author so far).
The dashboard's `flagged_reports` entry is written in the same transaction, through
`dashboard.store`, so the list always agrees with the verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.dashboard import store as dashboard
from citizen_safe.users import store as users

REPORTS = "reports"
VERIFICATION = "verification"
LATEST = "latest"
REVIEWS = "reviews"
MARKER = "verified_at"
STATUS = "verification_status"
PENDING = "pending"
GENUINE = "verified"

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
        "app: officer lists by status (recent genuine, review queue)",
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
GENUINE_AT = declare(
    QuerySpec(
        "escalation: genuine reports at a location",
        REPORTS,
        where=(("locationKey", "=="), (STATUS, "=="), ("timestamp", ">=")),
    )
)


def report_ref(report_id: str) -> DocumentReference:
    return _firestore.client().collection(REPORTS).document(report_id)


def _latest(ref: DocumentReference) -> DocumentReference:
    latest: DocumentReference = ref.collection(VERIFICATION).document(LATEST)
    return latest


def read(report_id: str) -> dict[str, Any] | None:
    snap = report_ref(report_id).get()
    return snap.to_dict() if snap.exists else None


def count_genuine_at(location_key: str, since: datetime) -> int:
    query = GENUINE_AT.build(_firestore.client(), [location_key, GENUINE, since])
    return _firestore.count(query)


def _flag_entry(
    snap: Snapshot, flagged: Mapping[str, object], username: str | None
) -> dict[str, object]:
    name = username or _firestore.field(snap, "submitterName")
    return {
        **flagged,
        "userId": _firestore.field(snap, "userId"),
        "submitterName": name if isinstance(name, str) else None,
        "reportedAt": _firestore.field(snap, "timestamp"),
    }


def record_verdict(
    tx: Transaction,
    snap: Snapshot,
    author: str | None,
    report_fields: Mapping[str, object],
    latest_fields: Mapping[str, object],
    adjust: Callable[[float], float],
    flagged: Mapping[str, object] | None,
) -> float | None:
    """The verdict, the ledger, the author's new score and, for a fake, its flagged-list
    entry; returns the new score. The author is None for an id with no account: no users
    document is created for it."""
    profile = users.read_author(tx, author) if author is not None else None
    before = profile.credibility if profile is not None else None
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
    if flagged is not None:
        username = profile.username if profile is not None else None
        dashboard.flag(tx, snap.id, _flag_entry(snap, flagged, username))
    return after


def record_error(tx: Transaction, ref: DocumentReference, reason: str) -> None:
    """A report that cannot be judged: no penalty; officers can still review it."""
    fields = {STATUS: "error", "verification_error": reason, MARKER: SERVER_TIMESTAMP}
    tx.set(_latest(ref), {**fields, "credibility_penalty": 0})
    tx.update(ref, fields)


def write_predictions(report_id: str, fields: Mapping[str, object]) -> bool:
    """Store predictions on a report that is still genuine (a fake one never gets them)."""
    ref = report_ref(report_id)

    def run(tx: Any) -> bool:
        if _firestore.field(ref.get(transaction=tx), STATUS) != GENUINE:
            return False
        tx.update(ref, {**fields, "mlUpdatedAt": SERVER_TIMESTAMP})
        return True

    written: bool = _firestore.run_transaction(run)
    return written


@dataclass(frozen=True)
class Report:
    """What a review needs to know about a report."""

    exists: bool
    judged: bool
    author: str | None
    deducted: float
    status: object
    data: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """What a review does to a report, decided by the reports domain."""

    fields: Mapping[str, object]
    score_after: float | None
    deducted: float
    flagged: Mapping[str, object] | None  # an entry for flagged_reports, or None to remove


def review(
    report_id: str,
    decide: Callable[[Report, float | None], Change],
    entry: Mapping[str, object],
) -> tuple[Report, float | None]:
    """Apply an officer's decision atomically and append it to the review history.
    `decide(report, author_score)` says what changes."""
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
            data=(snap.to_dict() or {}) if snap.exists else {},
        )
        if not report.exists or not report.judged:
            return report, None
        profile = users.read_author(tx, report.author) if report.author else None
        before = profile.credibility if profile is not None else None
        change = decide(report, before)
        stamped = {**entry, "reviewed_at": SERVER_TIMESTAMP}
        tx.update(
            ref,
            {**change.fields, "officer_review": stamped, "credibility_deducted": change.deducted},
        )
        tx.create(
            ref.collection(REVIEWS).document(),
            {
                **stamped,
                "status_before": report.status,
                "status_after": change.fields.get(STATUS),
                "credibility_before": before,
                "credibility_after": change.score_after,
                "deducted_before": report.deducted,
                "deducted_after": change.deducted,
            },
        )
        if report.author and before is not None and change.score_after is not None:
            users.write_credibility(tx, report.author, before, change.score_after)
        if change.flagged is None:
            dashboard.unflag(tx, snap.id)
        else:
            username = profile.username if profile is not None else None
            dashboard.flag(tx, snap.id, _flag_entry(snap, change.flagged, username))
        return report, change.score_after

    result: tuple[Report, float | None] = _firestore.run_transaction(run)
    return result
