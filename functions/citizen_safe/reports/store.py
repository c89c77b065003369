"""The only module that writes `reports/{id}` and its `verification/latest` and `reviews/*`.

Kept apart on purpose: the verdict (`verification/latest`, written once with the
`verified_at` marker and never changed), the review state (`officer_review` on the report,
plus one appended `reviews/*` document per decision), and the credibility ledger
(`credibility_effect` on the report: what this report has moved its author's score so
far, negative for a penalty, positive for recovery).
The dashboard's `flagged_reports` entry is written in the same transaction, through
`dashboard.store`, so the list always agrees with the verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction

from citizen_safe import _firestore, credibility
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.audit import store as audit
from citizen_safe.dashboard import store as dashboard
from citizen_safe.limits import store as limits
from citizen_safe.notifications import store as notifications
from citizen_safe.notifications.messages import Notification
from citizen_safe.users import policy
from citizen_safe.users import store as users

REPORTS = "reports"
VERIFICATION = "verification"
LATEST = "latest"
REVIEWS = "reviews"
MARKER = "verified_at"
LEDGER = "credibility_effect"
ADMISSION = "admission"
ADMITTED = "admitted"
RATE_LIMITED = "rate_limited"
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
PENDING_APPEALS = declare(
    QuerySpec(
        "app: pending appeals",
        REPORTS,
        where=(("appeal.status", "=="),),
        order_by=(("timestamp", "DESCENDING"),),
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


def shown_name(username: str | None, typed: object) -> str | None:
    """The submitter's name on the officers' dashboard: the claimed username, else what the
    citizen typed, unless that is a reserved name ("Police", "Officer"...) a citizen could
    use to pass as staff."""
    if username:
        return username
    if isinstance(typed, str) and typed.strip() and not policy.is_reserved_username(typed):
        return typed
    return None


def _flag_entry(
    snap: Snapshot, flagged: Mapping[str, object], username: str | None
) -> dict[str, object]:
    return {
        **flagged,
        "userId": _firestore.field(snap, "userId"),
        "submitterName": shown_name(username, _firestore.field(snap, "submitterName")),
        "reportedAt": _firestore.field(snap, "timestamp"),
    }


@dataclass(frozen=True)
class Decision:
    """What a verdict, a review or an appeal resolution does to a report. The reports
    domain decides it; `apply` writes it, with everything that follows from it, in the
    caller's transaction."""

    status: str
    fields: Mapping[str, object]
    target: Callable[[float], float]  # the report's ledger effect -> what it should be
    flagged: Mapping[str, object] | None  # the flagged-list entry when the status is fake
    notes: Callable[[float], Sequence[Notification]]  # given the score change applied
    action: str  # for the audit log: "verdict", "review", "appeal_resolution"
    actor: str
    reason: str | None


@dataclass(frozen=True)
class Applied:
    score_before: float | None
    score_after: float | None
    effect_before: float
    effect_after: float


def effect_of(snap: Snapshot) -> float:
    raw = _firestore.field(snap, LEDGER)
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else 0.0


def apply(tx: Transaction, snap: Snapshot, author: str | None, decision: Decision) -> Applied:
    """Reads first (the author), then every write: the report, the ledger, the author's
    score and fake-report count, the flagged list, notifications and the audit log."""
    profile = users.read_author(tx, author) if author is not None else None
    effect = effect_of(snap)
    status_before = _firestore.field(snap, STATUS)
    before = profile.credibility if profile is not None else None
    after, effect_after = before, effect
    if author is not None and before is not None:
        after, effect_after = credibility.settle(before, effect, decision.target(effect))
        users.write_credibility(tx, author, before, after)
        was_fake, is_fake = status_before == "fake", decision.status == "fake"
        if was_fake != is_fake:
            users.count_fake_report(tx, author, 1 if is_fake else -1)
    tx.update(
        snap.reference,
        {**decision.fields, STATUS: decision.status, LEDGER: effect_after},
    )
    if decision.status == "fake" and decision.flagged is not None:
        username = profile.username if profile is not None else None
        dashboard.flag(tx, snap.id, _flag_entry(snap, decision.flagged, username))
    elif status_before == "fake" and decision.status != "fake":
        dashboard.unflag(tx, snap.id)
    path = snap.reference.path
    audit.record(
        tx,
        decision.action,
        decision.actor,
        path,
        decision.reason,
        {STATUS: status_before},
        {STATUS: decision.status},
    )
    if author is not None and before is not None and after is not None and after != before:
        audit.record(
            tx,
            "penalty" if after < before else "recovery",
            decision.actor,
            f"{users.USERS}/{author}",
            f"{path}: {decision.action}",
            {"credibilityScore": before},
            {"credibilityScore": after},
        )
    if author is not None:
        change = after - before if after is not None and before is not None else 0.0
        for note in decision.notes(change):
            notifications.write(tx, author, note)
    return Applied(before, after, effect, effect_after)


def record_verdict(
    tx: Transaction,
    snap: Snapshot,
    author: str | None,
    decision: Decision,
    latest_fields: Mapping[str, object],
) -> Applied:
    """The verifier's verdict: `verification/latest` (written once, never changed), the
    once-only marker, and everything `apply` does. The author is None for an id with no
    account: no users document is created for it."""
    marked = replace(decision, fields={**decision.fields, MARKER: SERVER_TIMESTAMP})
    applied = apply(tx, snap, author, marked)
    tx.set(
        _latest(snap.reference),
        {
            **latest_fields,
            "credibility_before": applied.score_before,
            "credibility_after": applied.score_after,
            "credibility_effect": applied.effect_after,
            "verified_at": SERVER_TIMESTAMP,
        },
    )
    return applied


def record_error(tx: Transaction, ref: DocumentReference, reason: str) -> None:
    """A report that cannot be judged: no penalty; officers can still review it."""
    fields = {STATUS: "error", "verification_error": reason, MARKER: SERVER_TIMESTAMP}
    tx.set(_latest(ref), {**fields, "credibility_penalty": 0})
    tx.update(ref, fields)


def admit(report_id: str, uid: str, at: datetime, limit: int, span: timedelta) -> bool:
    """Whether the author's flood limit admits this report, decided once: the answer is
    stored on the report with the window it used, so a redelivery gets the same one."""
    ref = report_ref(report_id)

    def run(tx: Any) -> bool:
        snap = ref.get(transaction=tx)
        decided = _firestore.field(snap, ADMISSION)
        if not snap.exists or decided in (ADMITTED, RATE_LIMITED):
            return decided != RATE_LIMITED
        stamps = limits.read_window(tx, uid, "report")
        admitted = limits.take(tx, uid, "report", stamps, at, limit, span).admitted
        tx.update(ref, {ADMISSION: ADMITTED if admitted else RATE_LIMITED})
        return admitted

    admitted: bool = _firestore.run_transaction(run)
    return admitted


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
    """What a review or an appeal needs to know about a report."""

    exists: bool
    judged: bool
    author: str | None
    effect: float
    status: object
    data: Mapping[str, object] = field(default_factory=dict)


def _report(snap: Snapshot) -> Report:
    author = _firestore.field(snap, "userId")
    return Report(
        exists=snap.exists,
        judged=_firestore.field(snap, MARKER) is not None,
        author=str(author) if _firestore.is_document_id(author) else None,
        effect=effect_of(snap),
        status=_firestore.field(snap, STATUS),
        data=(snap.to_dict() or {}) if snap.exists else {},
    )


def decide(
    report_id: str,
    plan: Callable[[Report], tuple[Decision | None, Mapping[str, object]]],
    history: Mapping[str, object] | None,
) -> tuple[Report, Applied | None]:
    """An officer's or an author's decision about one report, atomically.

    `plan(report)` returns the decision to apply (None: change no verdict) and other report
    fields to set (an appeal's state); it may raise a `CallerError` to refuse. With
    `history`, one entry is appended to `reviews/` with the ledger around it.
    """
    ref = report_ref(report_id)

    def run(tx: Any) -> tuple[Report, Applied | None]:
        snap = ref.get(transaction=tx)
        report = _report(snap)
        if not report.exists or not report.judged:
            return report, None
        decision, extra = plan(report)
        if decision is None:
            if extra:
                tx.update(ref, dict(extra))
            return report, None
        stamped = {**history, "reviewed_at": SERVER_TIMESTAMP} if history is not None else None
        fields = {**decision.fields, **extra}
        if stamped is not None:
            fields["officer_review"] = stamped
        applied = apply(tx, snap, report.author, replace(decision, fields=fields))
        if stamped is not None:
            tx.create(
                ref.collection(REVIEWS).document(),
                {
                    **stamped,
                    "status_before": report.status,
                    "status_after": decision.status,
                    "credibility_before": applied.score_before,
                    "credibility_after": applied.score_after,
                    "effect_before": applied.effect_before,
                    "effect_after": applied.effect_after,
                },
            )
        return report, applied

    result: tuple[Report, Applied | None] = _firestore.run_transaction(run)
    return result
