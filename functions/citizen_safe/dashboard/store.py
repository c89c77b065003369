"""The only module that writes `dashboard/*` and `flagged_reports/{reportId}`; it also
declares the count queries and the officers' list queries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
# Recount starts are instance clock readings, change times are Firestore's: a recount
# counts as "after" a change only with this much to spare.
CLOCK_SKEW_S = 0.5

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


def claim_recount(changed_at: float, now: float, debounce_s: float) -> float | None:
    """When to recount for a change at `changed_at`, or None when a recount that starts
    after the change is already done, running or planned. Recounts start at least
    `debounce_s` apart; a claimed start is stored before anyone waits for it."""
    ref = _firestore.client().collection(DASHBOARD).document(REFRESH)

    def run(tx: Any) -> float | None:
        started = _firestore.field(ref.get(transaction=tx), "started")
        last = float(started) if isinstance(started, int | float) else None
        if last is not None and last - CLOCK_SKEW_S >= changed_at:
            return None
        start = now if last is None else max(now, last + debounce_s)
        tx.set(ref, {"started": start, "claimedAt": SERVER_TIMESTAMP})
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
