"""The one module that talks to Firestore.

Every write that must happen once per event (a verdict, a penalty, a bullying count) runs
in a transaction guarded by a marker document, because triggers are delivered at least once
and may even run concurrently for the same event.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import firebase_admin
from firebase_admin import credentials, firestore
from google.api_core import exceptions as gexc
from google.auth.credentials import AnonymousCredentials, Credentials
from google.cloud.firestore_v1 import Client, DocumentReference, Transaction
from google.cloud.firestore_v1.base_query import FieldFilter

from citizen_safe.credibility import INITIAL_SCORE

REPORTS = "reports"
USERS = "users"
VERIFICATION = "verification"
LATEST = "latest"

SERVER_TIMESTAMP: Any = firestore.SERVER_TIMESTAMP
TRANSACTION_ATTEMPTS = 30

T = TypeVar("T")


class _EmulatorCredential(credentials.Base):  # type: ignore[misc]
    """The emulators accept any caller; real credentials would need a login."""

    def get_credential(self) -> Credentials:
        return AnonymousCredentials()  # type: ignore[no-untyped-call]


def admin_app() -> firebase_admin.App:
    """The default Admin SDK app, made once. Under the emulators it gets anonymous
    credentials: a `demo-` project has no real ones, and firebase-functions (which verifies
    callable tokens with this app) would otherwise initialise it with ADC and fail."""
    try:
        return firebase_admin.get_app()
    except ValueError:
        if os.environ.get("FIRESTORE_EMULATOR_HOST"):
            project = os.environ.get("GCLOUD_PROJECT") or os.environ.get("GOOGLE_CLOUD_PROJECT")
            return firebase_admin.initialize_app(_EmulatorCredential(), {"projectId": project})
        return firebase_admin.initialize_app()


def client() -> Client:
    """Created on first use so function discovery never opens a connection."""
    db: Client = firestore.client(admin_app())
    return db


def _field(snap: Any, name: str) -> object:
    """A field of a snapshot, None when the document or the field is missing."""
    data = snap.to_dict() if snap.exists else None
    return (data or {}).get(name)


def _score(raw: object) -> float:
    """A stored score; missing or unreadable counts as the initial score, not as zero."""
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return float(INITIAL_SCORE)
    return min(100.0, max(0.0, float(raw)))


def run_transaction(body: Callable[[Transaction], T]) -> T:
    """Run `body` in a transaction, retrying contention with jittered backoff.

    The client library retries only aborted commits, a few times; a burst of triggers on
    one user document also aborts reads, and a lost retry would lose a count.
    """
    wrapped = firestore.transactional(body)
    delay = 0.05
    for attempt in range(TRANSACTION_ATTEMPTS):
        try:
            result: T = wrapped(client().transaction(max_attempts=1))
            return result
        except (gexc.Aborted, gexc.Conflict, gexc.DeadlineExceeded, ValueError) as err:
            if isinstance(err, ValueError) and not isinstance(err.__cause__, gexc.Aborted):
                raise
            if attempt == TRANSACTION_ATTEMPTS - 1:
                raise
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 2.0)
    raise AssertionError("unreachable")


# --- reports ---------------------------------------------------------------------------


def _report(report_id: str) -> DocumentReference:
    return client().collection(REPORTS).document(report_id)


def _latest(report_id: str) -> DocumentReference:
    latest: DocumentReference = _report(report_id).collection(VERIFICATION).document(LATEST)
    return latest


def credibility_of(uid: str) -> float:
    snap = client().collection(USERS).document(uid).get()
    return _score(_field(snap, "credibilityScore"))


def is_verified(report_id: str) -> bool:
    """True once a verdict (or an error) was recorded: redeliveries stop here."""
    return bool(_latest(report_id).get().exists)


def mark_pending(report_id: str) -> None:
    """Lets the dashboard show work in progress; harmless if the verdict is already there."""

    def run(tx: Transaction) -> None:
        report = _report(report_id).get(transaction=tx)
        if report.exists and _field(report, "verification_status") in (None, "pending"):
            tx.update(_report(report_id), {"verification_status": "pending"})

    run_transaction(run)


def stalled_reports(started_before: datetime, limit: int) -> list[tuple[str, dict[str, Any]]]:
    """Reports left `pending` by a trigger that died before recording a verdict."""
    query = (
        client()
        .collection(REPORTS)
        .where(filter=FieldFilter("verification_status", "==", "pending"))
        .where(filter=FieldFilter("timestamp", "<", started_before))
        .order_by("timestamp", direction="DESCENDING")
        .limit(limit)
    )
    return [(snap.id, snap.to_dict() or {}) for snap in query.stream()]


@dataclass(frozen=True)
class Applied:
    """What a verdict transaction did: `first` is False for a redelivered event."""

    first: bool
    credibility_after: float | None = None


def record_verdict(
    report_id: str,
    uid: str,
    report_fields: Mapping[str, object],
    latest_fields: Mapping[str, object],
    adjust: Callable[[float], float],
) -> Applied:
    """Write the verdict and the author's new score atomically, exactly once per report."""
    latest_ref = _latest(report_id)
    report_ref = _report(report_id)
    user_ref = client().collection(USERS).document(uid)

    def run(tx: Transaction) -> Applied:
        latest = latest_ref.get(transaction=tx)
        report = report_ref.get(transaction=tx)
        user = user_ref.get(transaction=tx)
        if latest.exists or not report.exists:
            return Applied(first=False)
        before = _score(_field(user, "credibilityScore"))
        after = adjust(before)
        tx.set(
            latest_ref,
            {
                **latest_fields,
                "credibility_before": before,
                "credibility_after": after,
                "credibility_deducted": before - after,
                "verified_at": SERVER_TIMESTAMP,
            },
        )
        tx.update(report_ref, {**report_fields, "verified_at": SERVER_TIMESTAMP})
        user_fields: dict[str, object] = {"credibilityScore": after}
        if after != before:
            user_fields["credibilityUpdatedAt"] = SERVER_TIMESTAMP
        tx.set(user_ref, user_fields, merge=True)
        return Applied(first=True, credibility_after=after)

    return run_transaction(run)


class ReportNotFound(Exception):
    """No report with that id."""


def record_review(
    report_id: str,
    review: Mapping[str, object],
    officer_says_fake: bool,
    settle: Callable[[float, float, bool], tuple[float, float]],
) -> float | None:
    """Apply an officer's decision and settle the author's score, atomically; returns the
    author's new score (None for a report without a valid author)."""
    report_ref = _report(report_id)
    latest_ref = _latest(report_id)

    def run(tx: Transaction) -> float | None:
        report = report_ref.get(transaction=tx)
        if not report.exists:
            raise ReportNotFound(report_id)
        latest = latest_ref.get(transaction=tx)
        author = _field(report, "userId")
        deducted = _field(latest, "credibility_deducted")
        deducted = float(deducted) if isinstance(deducted, int | float) else 0.0
        known = isinstance(author, str) and bool(author)
        user_ref = client().collection(USERS).document(str(author)) if known else None
        score_after: float | None = None
        if user_ref is not None:
            before = _score(_field(user_ref.get(transaction=tx), "credibilityScore"))
            score_after, deducted = settle(before, deducted, officer_says_fake)
            if score_after != before:
                tx.set(
                    user_ref,
                    {"credibilityScore": score_after, "credibilityUpdatedAt": SERVER_TIMESTAMP},
                    merge=True,
                )
        stamped = {**review, "reviewed_at": SERVER_TIMESTAMP}
        tx.update(
            report_ref,
            {
                "verification_status": "fake" if officer_says_fake else "verified",
                "is_fake": officer_says_fake,
                "officer_review": stamped,
            },
        )
        tx.set(
            latest_ref,
            {"officer_review": stamped, "credibility_deducted": deducted},
            merge=True,
        )
        return score_after

    return run_transaction(run)


def record_report_error(report_id: str, reason: str) -> bool:
    """Mark a report that cannot be judged; no penalty. False if already recorded."""
    latest_ref = _latest(report_id)
    report_ref = _report(report_id)

    def run(tx: Transaction) -> bool:
        if latest_ref.get(transaction=tx).exists or not report_ref.get(transaction=tx).exists:
            return False
        fields = {
            "verification_status": "error",
            "verification_error": reason,
            "verified_at": SERVER_TIMESTAMP,
        }
        tx.set(latest_ref, {**fields, "credibility_penalty": 0})
        tx.update(report_ref, fields)
        return True

    return run_transaction(run)


# --- moderation ------------------------------------------------------------------------

MESSAGES = "messages"
POSTS = "posts"
COMMENTS = "comments"
USERNAMES = "usernames"
STATUS = "status"


@dataclass(frozen=True)
class UserState:
    blocked: bool
    bullying_count: int
    blocked_at: object = None


def _count(raw: object) -> int:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0 else 0


def user_exists(uid: str) -> bool:
    """Known to Firebase Auth; the users document may not exist yet."""
    from firebase_admin import auth

    try:
        auth.get_user(uid, app=admin_app())
    except auth.UserNotFoundError:
        return False
    return True


def user_state(uid: str) -> UserState:
    snap = client().collection(USERS).document(uid).get()
    return UserState(
        blocked=_field(snap, "blocked") is True,
        bullying_count=_count(_field(snap, "bullyingCount")),
        blocked_at=_field(snap, "blockedAt"),
    )


@dataclass(frozen=True)
class Moderated:
    """What moderating one document did; `first` is False for a redelivered event."""

    first: bool
    bullying_count: int = 0
    blocked_now: bool = False


def record_moderation(
    doc_path: str, author: str, fields: Mapping[str, object], flagged: bool, limit: int
) -> Moderated:
    """Write the moderation fields once and, when flagged, count it against the author.

    The count is a blind increment in the same transaction as the document's marker, so a
    burst of flagged messages never contends on reading the author's document; the block
    is set afterwards by whichever transaction sees the count reach the limit.
    """
    doc_ref = client().document(doc_path)
    user_ref = client().collection(USERS).document(author)

    def mark(tx: Transaction) -> bool:
        doc = doc_ref.get(transaction=tx)
        if not doc.exists or _field(doc, "moderated_at") is not None:
            return False
        tx.update(doc_ref, {**fields, "moderated_at": SERVER_TIMESTAMP})
        if flagged:
            tx.set(user_ref, {"bullyingCount": firestore.Increment(1)}, merge=True)
        return True

    if not run_transaction(mark):
        return Moderated(first=False)
    if not flagged:
        return Moderated(first=True)

    def block(tx: Transaction) -> Moderated:
        user = user_ref.get(transaction=tx)
        count = _count(_field(user, "bullyingCount"))
        if count >= limit and _field(user, "blocked") is not True:
            tx.update(user_ref, {"blocked": True, "blockedAt": SERVER_TIMESTAMP})
            return Moderated(first=True, bullying_count=count, blocked_now=True)
        return Moderated(first=True, bullying_count=count)

    return run_transaction(block)


def record_moderation_error(doc_path: str, reason: str) -> bool:
    doc_ref = client().document(doc_path)

    def run(tx: Transaction) -> bool:
        doc = doc_ref.get(transaction=tx)
        if not doc.exists or _field(doc, "moderated_at") is not None:
            return False
        tx.update(
            doc_ref,
            {"status": "error", "moderation_error": reason, "moderated_at": SERVER_TIMESTAMP},
        )
        return True

    return run_transaction(run)


# --- chat queries ------------------------------------------------------------------------


def _message(snap: Any) -> dict[str, object]:
    return {"id": snap.id, **(snap.to_dict() or {})}


def conversation_page(
    conversation_id: str, limit: int, after: tuple[object, str] | None
) -> list[dict[str, object]]:
    """Newest first; `after` is the (timestamp, id) of the last message already shown."""
    messages = client().collection(MESSAGES)
    query = (
        messages.where(filter=FieldFilter("conversationId", "==", conversation_id))
        .order_by("timestamp", direction="DESCENDING")
        .order_by("__name__", direction="DESCENDING")
    )
    if after is not None:
        timestamp, last_id = after
        query = query.start_after({"timestamp": timestamp, "__name__": messages.document(last_id)})
    return [_message(s) for s in query.limit(limit).stream()]


def recent_messages_of(uid: str, limit: int) -> list[dict[str, object]]:
    query = (
        client()
        .collection(MESSAGES)
        .where(filter=FieldFilter("participants", "array_contains", uid))
        .order_by("timestamp", direction="DESCENDING")
        .limit(limit)
    )
    return [_message(s) for s in query.stream()]


def unread_senders(uid: str, limit: int) -> list[str]:
    """The sender of each unread message to `uid`, one entry per message."""
    query = (
        client()
        .collection(MESSAGES)
        .where(filter=FieldFilter("receiver", "==", uid))
        .where(filter=FieldFilter("is_read", "==", False))
        .select(["sender", "status"])
        .limit(limit)
    )
    return [
        str(d.get("sender"))
        for d in (s.to_dict() or {} for s in query.stream())
        if d.get("status") != "blocked"
    ]


def flagged_by(uid: str, limit: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The author's flagged messages and comments, newest first."""
    messages = (
        client()
        .collection(MESSAGES)
        .where(filter=FieldFilter("sender", "==", uid))
        .where(filter=FieldFilter("is_bullying", "==", True))
        .order_by("timestamp", direction="DESCENDING")
        .limit(limit)
    )
    comments = (
        client()
        .collection_group(COMMENTS)
        .where(filter=FieldFilter("author", "==", uid))
        .where(filter=FieldFilter("is_bullying", "==", True))
        .order_by("timestamp", direction="DESCENDING")
        .limit(limit)
    )
    return (
        [_message(s) for s in messages.stream()],
        [{**_message(s), "postId": s.reference.parent.parent.id} for s in comments.stream()],
    )


def presence(limit: int) -> list[dict[str, object]]:
    query = client().collection(STATUS).order_by("lastSeen", direction="DESCENDING").limit(limit)
    return [{"uid": s.id, **(s.to_dict() or {})} for s in query.stream()]


def usernames_of(uids: list[str]) -> dict[str, str]:
    refs = [client().collection(USERS).document(uid) for uid in uids]
    found: dict[str, str] = {}
    for snap in client().get_all(refs, field_paths=["username"]):
        name = _field(snap, "username")
        if isinstance(name, str):
            found[snap.id] = name
    return found


def mark_read(uid: str, message_ids: list[str]) -> int:
    """Mark the caller's own unread messages read; anyone else's are left alone."""
    refs = [client().collection(MESSAGES).document(m) for m in dict.fromkeys(message_ids)]
    batch = client().batch()
    changed = 0
    for snap in client().get_all(refs, field_paths=["receiver", "is_read"]):
        if snap.exists and _field(snap, "receiver") == uid and _field(snap, "is_read") is False:
            batch.update(snap.reference, {"is_read": True})
            changed += 1
    if changed:
        batch.commit()
    return changed


class UsernameTaken(Exception):
    """Someone else holds the name."""


def claim_username(uid: str, name: str) -> None:
    """Reserve `usernames/{name}` for `uid` and release the old name, atomically."""
    name_ref = client().collection(USERNAMES).document(name)
    user_ref = client().collection(USERS).document(uid)

    def run(tx: Transaction) -> None:
        holder = name_ref.get(transaction=tx)
        user = user_ref.get(transaction=tx)
        if holder.exists and _field(holder, "uid") != uid:
            raise UsernameTaken(name)
        old = _field(user, "username")
        if old == name:
            return
        if isinstance(old, str) and old:
            tx.delete(client().collection(USERNAMES).document(old))
        tx.set(name_ref, {"uid": uid, "claimedAt": SERVER_TIMESTAMP})
        tx.set(user_ref, {"username": name}, merge=True)

    run_transaction(run)
