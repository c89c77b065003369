"""The only module that writes `audit/{id}`: one entry per decision, written in the same
transaction as the change it records, so the log and the data never disagree."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, declare

AUDIT = "audit"
VERIFIER = "system:verifier"
MODERATION = "system:moderation"

TRAIL = declare(
    QuerySpec("getAuditTrail", AUDIT, where=(("target", "=="),), order_by=(("at", "ASCENDING"),))
)


def record(
    tx: Transaction,
    action: str,
    actor: str,
    target: str,
    reason: str | None,
    before: Mapping[str, object] | None,
    after: Mapping[str, object] | None,
) -> None:
    """Append one entry. `target` is the changed document's path; `actor` an officer or
    citizen uid, or `system:verifier` / `system:moderation`."""
    tx.create(
        _firestore.client().collection(AUDIT).document(),
        {
            "action": action,
            "actor": actor,
            "target": target,
            "reason": reason,
            "before": dict(before) if before is not None else None,
            "after": dict(after) if after is not None else None,
            "at": SERVER_TIMESTAMP,
        },
    )


def trail(target: str, limit: int) -> list[dict[str, Any]]:
    query = TRAIL.build(_firestore.client(), [target]).limit(limit)
    return [{**(s.to_dict() or {}), "id": s.id} for s in query.stream()]
