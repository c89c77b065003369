"""The only module that writes `users/{uid}/notifications/{id}` (owners may flip `read`).
Written inside the transaction of the change they announce."""

from __future__ import annotations

from google.cloud.firestore_v1 import Transaction

from citizen_safe import _firestore
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, declare
from citizen_safe.notifications.messages import Notification

NOTIFICATIONS = "notifications"

APP_UNREAD = declare(
    QuerySpec(
        "app: my unread notifications",
        NOTIFICATIONS,
        where=(("read", "=="),),
        order_by=(("createdAt", "DESCENDING"),),
        by="app",
    )
)


def write(tx: Transaction, uid: str, note: Notification) -> None:
    ref = (
        _firestore.client()
        .collection("users")
        .document(uid)
        .collection(NOTIFICATIONS)
        .document(note.id)
    )
    tx.set(
        ref,
        {
            "type": note.type,
            "title": note.title,
            "body": note.body,
            "reportId": note.report_id,
            "createdAt": SERVER_TIMESTAMP,
            "read": False,
        },
    )
