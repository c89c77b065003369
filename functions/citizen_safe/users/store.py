"""The only module that writes `users/{uid}` and `usernames/{name}`.

Domain rules (how much a penalty costs, when to block) live in `credibility` and
`users.policy`; this module reads and writes, inside the caller's transaction where the
change must land together with another domain's outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from google.cloud.firestore_v1 import DocumentReference, Transaction, WriteBatch

from citizen_safe import _firestore, credibility
from citizen_safe._firestore import SERVER_TIMESTAMP, QuerySpec, Snapshot, declare
from citizen_safe.users import policy

USERS = "users"
USERNAMES = "usernames"
PRESENCE = "status"

PRESENCE_BY_RECENCY = declare(
    QuerySpec("getOnlineUsers", PRESENCE, order_by=(("lastSeen", "DESCENDING"),))
)


def user_ref(uid: str) -> DocumentReference:
    return _firestore.client().collection(USERS).document(uid)


def account_exists(uid: str) -> bool:
    """Known to Firebase Auth (the users document may not exist yet)."""
    from firebase_admin import auth

    if not _firestore.is_document_id(uid):
        return False
    try:
        auth.get_user(uid, app=_firestore.admin_app())
    except auth.UserNotFoundError:
        return False
    return True


# --- credibility ---------------------------------------------------------------------------


def credibility_of(uid: str) -> float:
    return credibility.stored_score(_firestore.field(user_ref(uid).get(), "credibilityScore"))


@dataclass(frozen=True)
class Author:
    credibility: float
    username: str | None


def read_author(tx: Transaction, uid: str) -> Author:
    """What a verdict or a review needs of its author, read inside its transaction."""
    snap = user_ref(uid).get(transaction=tx)
    name = _firestore.field(snap, "username")
    return Author(
        credibility=credibility.stored_score(_firestore.field(snap, "credibilityScore")),
        username=name if isinstance(name, str) else None,
    )


def write_credibility(tx: Transaction, uid: str, before: float, after: float) -> None:
    """Store a new score; nothing is written (or created) when it did not change."""
    if after != before:
        tx.set(
            user_ref(uid),
            {"credibilityScore": after, "credibilityUpdatedAt": SERVER_TIMESTAMP},
            merge=True,
        )


# --- bullying ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    blocked: bool
    bullying_count: int
    blocked_at: object = None


def standing(uid: str) -> Standing:
    return standing_in(user_ref(uid).get())


def standing_in(snap: Snapshot) -> Standing:
    """The standing a user document records (a missing one: in good standing)."""
    return Standing(
        blocked=_firestore.field(snap, "blocked") is True,
        bullying_count=policy.bullying_count(_firestore.field(snap, "bullyingCount")),
        blocked_at=_firestore.field(snap, "blockedAt"),
    )


def count_bullying(tx: WriteBatch, uid: str) -> None:
    """A blind increment: a burst of flagged messages never contends on reading the user."""
    tx.set(user_ref(uid), {"bullyingCount": _firestore.increment(1)}, merge=True)


@dataclass(frozen=True)
class BlockCheck:
    bullying_count: int
    blocked_now: bool


def block_if_over_limit(
    uid: str, limit: int, also: Callable[[Transaction, BlockCheck], None]
) -> BlockCheck:
    """Set the block by whichever transaction sees the count reach the limit; `also`
    writes what follows from the check (a warning, the audit entry) in the same one."""
    ref = user_ref(uid)

    def run(tx: Any) -> BlockCheck:
        snap = ref.get(transaction=tx)
        count = policy.bullying_count(_firestore.field(snap, "bullyingCount"))
        check = BlockCheck(
            count, policy.should_block(count, limit, _firestore.field(snap, "blocked") is True)
        )
        if check.blocked_now:
            tx.update(ref, {"blocked": True, "blockedAt": SERVER_TIMESTAMP})
        also(tx, check)
        return check

    result: BlockCheck = _firestore.run_transaction(run)
    return result


def count_fake_report(tx: Transaction, uid: str, by: int) -> None:
    """How many of the author's reports are currently judged fake (repeat offenders)."""
    tx.set(user_ref(uid), {"fakeReportCount": _firestore.increment(by)}, merge=True)


REPEAT_OFFENDERS = declare(
    QuerySpec(
        "listRepeatOffenders",
        USERS,
        where=(("fakeReportCount", ">"),),
        order_by=(("fakeReportCount", "DESCENDING"),),
    )
)


def repeat_offenders(limit: int) -> list[tuple[str, dict[str, object]]]:
    query = REPEAT_OFFENDERS.build(_firestore.client(), [0]).limit(limit)
    return [(s.id, s.to_dict() or {}) for s in query.stream()]


# --- push tokens ---------------------------------------------------------------------------


def push_tokens(uid: str) -> list[str]:
    """The FCM registration tokens the owner's devices added to `users/{uid}.fcmTokens`."""
    raw = _firestore.field(user_ref(uid).get(), "fcmTokens")
    return [t for t in raw if isinstance(t, str) and t] if isinstance(raw, list) else []


def drop_push_tokens(uid: str, tokens: list[str]) -> None:
    """Forget tokens FCM reports as unregistered (the app was removed or reinstalled)."""
    user_ref(uid).update({"fcmTokens": _firestore.array_remove(tokens)})


# --- usernames and presence ----------------------------------------------------------------


def usernames_of(uids: list[str]) -> dict[str, str]:
    refs = [user_ref(uid) for uid in dict.fromkeys(uids) if _firestore.is_document_id(uid)]
    found: dict[str, str] = {}
    for snap in _firestore.client().get_all(refs, field_paths=["username"]):
        name = _firestore.field(snap, "username")
        if isinstance(name, str):
            found[snap.id] = name
    return found


class UsernameTaken(Exception):
    """Someone else holds the name."""


def claim_username(uid: str, name: str) -> None:
    """Reserve `usernames/{name}` for `uid` and release the old name, atomically."""
    names = _firestore.client().collection(USERNAMES)
    name_ref, me = names.document(name), user_ref(uid)

    def run(tx: Any) -> None:
        holder = name_ref.get(transaction=tx)
        user = me.get(transaction=tx)
        if holder.exists and _firestore.field(holder, "uid") != uid:
            raise UsernameTaken(name)
        old = _firestore.field(user, "username")
        if old == name:
            return
        if isinstance(old, str) and _firestore.is_document_id(old):
            tx.delete(names.document(old))
        tx.set(name_ref, {"uid": uid, "claimedAt": SERVER_TIMESTAMP})
        tx.set(me, {"username": name}, merge=True)

    _firestore.run_transaction(run)


def presence(limit: int) -> list[tuple[str, dict[str, object]]]:
    query = PRESENCE_BY_RECENCY.build(_firestore.client(), []).limit(limit)
    return [(s.id, s.to_dict() or {}) for s in query.stream()]
