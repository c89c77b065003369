"""Shared Firestore machinery: the Admin app, the client, transactions, document ids and
the declared queries. Domain stores build on these; nothing here knows a collection's rules.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias, TypeVar

import firebase_admin
from firebase_admin import credentials, firestore
from google.api_core import exceptions as gexc
from google.auth.credentials import AnonymousCredentials, Credentials
from google.cloud.firestore_v1 import (
    Client,
    DocumentReference,
    DocumentSnapshot,
    Query,
    Transaction,
    WriteBatch,
)
from google.cloud.firestore_v1.base_query import FieldFilter
from google.cloud.firestore_v1.types import common, write
from google.cloud.firestore_v1.types import document as document_pb

SERVER_TIMESTAMP: Any = firestore.SERVER_TIMESTAMP
TRANSACTION_ATTEMPTS = 30

T = TypeVar("T")
Snapshot: TypeAlias = "DocumentSnapshot[DocumentReference]"

# Ids clients may choose, and the user ids we accept from documents: the client SDK's auto
# ids and Firebase Auth uids fit; `/`, `.`/`..`, `__x__` and non-ASCII ids cannot reach a path.
_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
_RESERVED = re.compile(r"^__.*__$")


def is_document_id(value: object) -> bool:
    """A safe single path segment: `[A-Za-z0-9_-]{1,128}` and not reserved (`__x__`)."""
    return isinstance(value, str) and bool(_ID.match(value)) and not _RESERVED.match(value)


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


def document(path: str) -> DocumentReference:
    return client().document(path)


def increment(by: int) -> Any:
    return firestore.Increment(by)


def array_remove(values: Sequence[object]) -> Any:
    return firestore.ArrayRemove(list(values))


def count(query: Any) -> int:
    """An aggregation count: the server counts, nothing is downloaded."""
    result = query.count(alias="n").get()
    return int(result[0][0].value)


def field(snap: Any, name: str) -> object:
    """A field of a snapshot, None when the document or the field is missing."""
    data = snap.to_dict() if snap is not None and snap.exists else None
    return (data or {}).get(name)


def repair_path(path: str) -> str:
    """Undo UTF-8 read as Latin-1 in an event's document path.

    The Functions emulator hands non-ASCII ids to Python garbled (`café` arrives as
    `cafÃ©`); a lookup by that path would miss the document. A path that is not such
    mojibake is returned unchanged.
    """
    try:
        repaired = path.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return path
    return repaired


def run_transaction(body: Callable[[Transaction], T]) -> T:
    """Run `body` in a transaction, retrying contention with jittered backoff.

    The client library retries only aborted commits, a few times; a burst of triggers on
    one document also aborts reads, and a lost retry would lose a count.
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


class Changed(Exception):
    """A document read for an optimistic commit changed before the commit: nothing was written."""


def _guard(snap: Snapshot) -> common.Precondition:
    if snap.exists:
        return common.Precondition(update_time=snap.update_time)
    return common.Precondition(exists=False)


def commit_unless_changed(batch: WriteBatch, reads: Sequence[Snapshot]) -> None:
    """Commit `batch` only if none of the documents in `reads` changed since they were read.

    An optimistic transaction in one round trip: a Firestore transaction costs three (begin,
    locked reads, commit) and holds locks meanwhile. Each write to a read document gets the
    read's version as its precondition; a read document the batch does not write gets a
    write that changes nothing (an empty field mask, or a delete of a missing document)
    carrying that precondition, which does not change its update time either. Raises
    :class:`Changed` if any document moved; the batch is atomic, so nothing was written.
    """
    writes: list[write.Write] = batch._write_pbs  # private: no public way to guard a write
    by_name: dict[str, write.Write] = {}
    for pb in writes:
        name = pb.delete or pb.update.name
        if name in by_name:
            raise ValueError(f"an optimistic batch writes {name} twice")
        by_name[name] = pb
    for snap in reads:
        name = snap.reference._document_path  # private: the name the writes carry
        if name in by_name:
            by_name[name].current_document = _guard(snap)
        elif snap.exists:
            empty = common.DocumentMask(field_paths=[])
            writes.append(
                write.Write(update=document_pb.Document(name=name), update_mask=empty,
                            current_document=_guard(snap))
            )  # fmt: skip
        else:
            writes.append(write.Write(delete=name, current_document=_guard(snap)))
    try:
        batch.commit()
    except (gexc.FailedPrecondition, gexc.AlreadyExists, gexc.NotFound, gexc.Aborted) as err:
        raise Changed(str(err)) from err


# --- declared queries ------------------------------------------------------------------------

Op = Literal["==", "<", "<=", ">", ">=", "array_contains", "in"]
Direction = Literal["ASCENDING", "DESCENDING"]

REST_OPS: dict[str, str] = {
    "==": "EQUAL",
    "<": "LESS_THAN",
    "<=": "LESS_THAN_OR_EQUAL",
    ">": "GREATER_THAN",
    ">=": "GREATER_THAN_OR_EQUAL",
    "array_contains": "ARRAY_CONTAINS",
    "in": "IN",
}
_EQUALITY = ("==", "array_contains", "in")


@dataclass(frozen=True)
class QuerySpec:
    """One query the backend or the app runs, declared once where it is used.

    Functions build it with :meth:`build`; tests run the app's through the rules with
    :meth:`rest`; `tests/unit/test_firestore_indexes.py` checks each has its index.
    """

    name: str
    collection: str  # the collection id; subcollections get their parent path at build time
    where: tuple[tuple[str, Op], ...] = ()
    order_by: tuple[tuple[str, Direction], ...] = ()
    group: bool = False  # a collection-group query over every `collection`
    by: Literal["function", "app"] = "function"

    def build(self, db: Client, values: Sequence[object], parent: str | None = None) -> Query:
        if self.group:
            query: Any = db.collection_group(self.collection)
        elif parent is not None:
            query = db.document(parent).collection(self.collection)
        else:
            query = db.collection(self.collection)
        for (name, op), value in zip(self.where, values, strict=True):
            query = query.where(filter=FieldFilter(name, op, value))
        for name, direction in self.order_by:
            query = query.order_by(name, direction=direction)
        built: Query = query
        return built

    def rest(self, values: Sequence[object], encode: Callable[[object], Any]) -> dict[str, Any]:
        """The REST `structuredQuery` the client SDKs send for this query."""
        query: dict[str, Any] = {
            "from": [{"collectionId": self.collection, "allDescendants": self.group}]
        }
        filters = [
            {"fieldFilter": {"field": {"fieldPath": n}, "op": REST_OPS[op], "value": encode(v)}}
            for (n, op), v in zip(self.where, values, strict=True)
        ]
        if len(filters) == 1:
            query["where"] = filters[0]
        elif filters:
            query["where"] = {"compositeFilter": {"op": "AND", "filters": filters}}
        if self.order_by:
            query["orderBy"] = [
                {"field": {"fieldPath": n}, "direction": d} for n, d in self.order_by
            ]
        return query


QUERIES: dict[str, QuerySpec] = {}


def declare(spec: QuerySpec) -> QuerySpec:
    """Register a query so the index check finds it; names are unique."""
    if QUERIES.get(spec.name, spec) != spec:
        raise ValueError(f"query {spec.name!r} declared twice")
    QUERIES[spec.name] = spec
    return spec


IndexField = tuple[str, str]  # (field, ASCENDING | DESCENDING | CONTAINS)


def needed_index(spec: QuerySpec) -> tuple[frozenset[IndexField], tuple[IndexField, ...]] | None:
    """The composite index a query needs, as (equality part in any order, ordered tail),
    or None when Firestore's automatic single-field indexes serve it."""
    equality = frozenset(
        (name, "CONTAINS" if op == "array_contains" else "ASCENDING")
        for name, op in spec.where
        if op in _EQUALITY
    )
    ranged = [name for name, op in spec.where if op not in _EQUALITY]
    tail: list[IndexField] = list(spec.order_by)
    if ranged and (not tail or tail[0][0] != ranged[0]):
        tail.insert(0, (ranged[0], "ASCENDING"))
    while tail and tail[-1][0] == "__name__":
        tail.pop()
    fields = {name for name, _ in equality} | {name for name, _ in tail}
    if len(fields) <= 1 or not tail:
        return None  # one field, or equality only: single-field indexes merge
    return equality, tuple(tail)


def index_serves(
    needed: tuple[frozenset[IndexField], tuple[IndexField, ...]],
    index: Sequence[IndexField],
) -> bool:
    equality, tail = needed
    head, rest = index[: len(index) - len(tail)], tuple(index[len(index) - len(tail) :])
    flipped = tuple(
        (n, {"ASCENDING": "DESCENDING", "DESCENDING": "ASCENDING"}.get(d, d)) for n, d in tail
    )
    same_head = {n for n, _ in head} == {n for n, _ in equality} and all(
        (n, "CONTAINS") in equality if d == "CONTAINS" else (n, "CONTAINS") not in equality
        for n, d in head
    )
    return same_head and rest in (tail, flipped)


def missing_indexes(
    specs: Mapping[str, QuerySpec], declared: Sequence[tuple[str, str, Sequence[IndexField]]]
) -> list[str]:
    """Names of the queries no declared `(collection, scope, fields)` index serves."""
    missing = []
    for name, spec in sorted(specs.items()):
        needed = needed_index(spec)
        if needed is None:
            continue
        scope = "COLLECTION_GROUP" if spec.group else "COLLECTION"
        if not any(
            group == spec.collection and sc == scope and index_serves(needed, fields)
            for group, sc, fields in declared
        ):
            missing.append(name)
    return missing
