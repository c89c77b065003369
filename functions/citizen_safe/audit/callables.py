"""`getAuditTrail({target})`: a document's history, in order, for officers."""

from __future__ import annotations

from typing import Any

from citizen_safe import _firestore
from citizen_safe.api import Args, Caller, iso
from citizen_safe.audit import store
from citizen_safe.errors import InvalidArgument

MAX_ENTRIES = 500
MAX_PATH = 400


def get_audit_trail(caller: Caller, args: Args) -> dict[str, Any]:
    target = args.text("target", least=3, most=MAX_PATH)
    parts = target.split("/")
    if len(parts) % 2 or not all(_firestore.is_document_id(p) for p in parts):
        raise InvalidArgument("'target' must be a document path such as 'reports/<id>'.")
    return {
        "target": target,
        "entries": [
            {
                "action": e.get("action"),
                "actor": e.get("actor"),
                "reason": e.get("reason"),
                "before": e.get("before"),
                "after": e.get("after"),
                "at": iso(e.get("at")),
            }
            for e in store.trail(target, MAX_ENTRIES)
        ],
    }
