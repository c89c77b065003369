"""The only module that writes `rate_limits/{uid}_{kind}`: the admitted items' times."""

from __future__ import annotations

from datetime import datetime, timedelta

from google.cloud.firestore_v1 import DocumentReference, Transaction, WriteBatch

from citizen_safe import _firestore
from citizen_safe._firestore import Snapshot
from citizen_safe.limits.window import Admission, admit

RATE_LIMITS = "rate_limits"


def window_ref(uid: str, kind: str) -> DocumentReference:
    return _firestore.client().collection(RATE_LIMITS).document(f"{uid}_{kind}")


def read_window(tx: Transaction, uid: str, kind: str) -> list[object]:
    return stamps_in(window_ref(uid, kind).get(transaction=tx))


def stamps_in(window: Snapshot) -> list[object]:
    """The admitted times a window document holds (none if it is missing or malformed)."""
    raw = _firestore.field(window, "stamps")
    return list(raw) if isinstance(raw, list) else []


def take(
    tx: WriteBatch,
    uid: str,
    kind: str,
    stamps: list[object],
    at: datetime,
    limit: int,
    span: timedelta,
) -> Admission:
    """Admit (or not) one item; the caller read `stamps` for the same atomic write (a
    transaction, or a batch committed only if the window is unchanged)."""
    admission = admit(stamps, at, limit, span)
    if admission.admitted:
        tx.set(window_ref(uid, kind), {"stamps": list(admission.stamps)})
    return admission
