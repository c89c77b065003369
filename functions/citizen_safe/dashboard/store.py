"""The only module that writes `dashboard/*` and `flagged_reports/{reportId}`; it also
declares the count queries and the officers' list queries."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, declare

DASHBOARD = "dashboard"
SUMMARY = "summary"
REFRESH = "refresh"
FLAGGED = "flagged_reports"
DUTY = "duty"
REPORTS = "reports"
STATUS = "verification_status"

BY_STATUS = declare(QuerySpec("dashboard: reports by status", REPORTS, where=((STATUS, "=="),)))
GENUINE_SINCE = declare(
    QuerySpec(
        "dashboard: genuine reports since",
        REPORTS,
        where=((STATUS, "=="), ("timestamp", ">=")),
    )
)
RISKS = declare(
    QuerySpec(
        "dashboard: escalation risks", REPORTS, where=((STATUS, "=="), ("riskLevelText", "in"))
    )
)
ALERTS = declare(
    QuerySpec(
        "dashboard: active alerts",
        REPORTS,
        where=((STATUS, "=="), ("riskLevelText", "=="), ("timestamp", ">=")),
    )
)
ON_DUTY = declare(QuerySpec("dashboard: officers on duty", DUTY, where=(("lastSeen", ">="),)))
APP_FLAGGED = declare(
    QuerySpec("app: flagged reports", FLAGGED, order_by=(("flaggedAt", "DESCENDING"),), by="app")
)
APP_ESCALATIONS = declare(
    QuerySpec(
        "app: escalation risks",
        REPORTS,
        where=((STATUS, "=="),),
        order_by=(("escalationRiskScore", "DESCENDING"),),
        by="app",
    )
)


def count(spec: QuerySpec, values: Sequence[object]) -> int:
    return _firestore.count(spec.build(_firestore.client(), values))


def claim_recount(decide: Callable[[float | None, float | None], float | None]) -> float | None:
    """Claim the next recount start that `decide(claimed, finished)` picks from the stored
    claim and the start of the last summary written, or None; a claimed start is stored
    before anyone waits for it."""
    db = _firestore.client()
    refresh, summary = (
        db.collection(DASHBOARD).document(REFRESH),
        db.collection(DASHBOARD).document(SUMMARY),
    )

    def run(tx: Any) -> float | None:
        snaps = {s.reference.path: s for s in tx.get_all([refresh, summary])}
        claimed = _firestore.field(snaps[refresh.path], "started")
        as_of = _firestore.field(snaps[summary.path], "asOf")
        start = decide(
            float(claimed) if isinstance(claimed, int | float) else None,
            as_of.timestamp() if isinstance(as_of, datetime) else None,
        )
        if start is not None:
            tx.set(refresh, {"started": start, "claimedAt": SERVER_TIMESTAMP})
        return start

    start: float | None = _firestore.run_transaction(run)
    return start


def write_summary(counts: Mapping[str, int], as_of: datetime) -> bool:
    """Store a recount unless a newer one is already stored (recounts may finish late)."""
    ref = _firestore.client().collection(DASHBOARD).document(SUMMARY)

    def run(tx: Any) -> bool:
        stored = _firestore.field(ref.get(transaction=tx), "asOf")
        if isinstance(stored, datetime) and stored >= as_of:
            return False
        tx.set(ref, {**counts, "asOf": as_of, "updatedAt": SERVER_TIMESTAMP})
        return True

    written: bool = _firestore.run_transaction(run)
    return written


def flag(tx: Transaction, report_id: str, fields: Mapping[str, object]) -> None:
    ref = _firestore.client().collection(FLAGGED).document(report_id)
    tx.set(ref, {**fields, "reportId": report_id, "flaggedAt": SERVER_TIMESTAMP})


def unflag(tx: Transaction, report_id: str) -> None:
    tx.delete(_firestore.client().collection(FLAGGED).document(report_id))
