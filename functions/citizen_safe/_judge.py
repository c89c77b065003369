"""Judge each new document exactly once: the skeleton shared by report verification and by
message and comment moderation.

Triggers are delivered at least once, may run concurrently, and Python Firestore triggers
are never retried. So every pipeline:

1. parses the document from the event itself, or records an error status with a reason;
2. assesses it outside any transaction (a model or Gemini may be slow); an assessor that
   crashes records an error status rather than leaving the document pending;
3. records the outcome atomically after checking the once-only marker on the document, so a
   redelivered or concurrent event changes nothing; the other documents the outcome depends
   on are read with it, in the same round trip (`Pipeline.also_read`). A pipeline whose
   recording only writes (`Pipeline.optimistic`) reads outside any transaction and commits
   only if nothing it read has changed since: two round trips, no locks; under contention
   it falls back to a transaction;
4. leaves anything a crashed trigger did not finish `pending`, for :func:`sweep`.

A document that is missing when its outcome is recorded was deleted after it was created:
that is logged as such, never taken for "already done".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from google.cloud.firestore_v1 import DocumentReference, Transaction, WriteBatch

from citizen_safe import _firestore, logs
from citizen_safe._firestore import QuerySpec, Snapshot

P = TypeVar("P")  # the parsed document
V = TypeVar("V")  # the assessment
R = TypeVar("R")  # what recording did

Status = Literal["judged", "error", "duplicate", "gone"]


class Invalid(ValueError):
    """A document that cannot be judged; the reason is stored on it for its author."""


def kind_of(value: object) -> str:
    """A Firestore type as the author knows it: never a library's class name (a stored
    timestamp comes back as `DatetimeWithNanoseconds`)."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime):
        return "a timestamp"
    if isinstance(value, bytes):
        return "bytes"
    if isinstance(value, Mapping):
        return "a map"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


@dataclass(frozen=True)
class Result(Generic[R]):
    status: Status
    recorded: R | None = None


@dataclass(frozen=True)
class Read:
    """What the recording transaction read: the judged document and the pipeline's others."""

    doc: Snapshot
    others: Mapping[str, Snapshot]

    def of(self, ref: DocumentReference) -> Snapshot:
        return self.others[ref.path]


def _no_others(item: object) -> Sequence[DocumentReference]:
    return ()


@dataclass(frozen=True)
class Pipeline(Generic[P, V, R]):
    """What differs between the judged kinds of document."""

    kind: str  # "report", "message", "comment": for logs
    marker: str  # the field whose presence means "judged": written with every outcome
    parse: Callable[[Mapping[str, object]], P]
    assess: Callable[[str, P], V]  # (the document's path, the parsed document)
    record: Callable[[Transaction, Read, P, V], R]
    record_error: Callable[[Transaction, DocumentReference, str], None]
    crash_reason: str
    after: Callable[[str, P, V, R], None] | None = None  # once, after the commit
    # Documents `record` reads besides the judged one, fetched with it in one round trip:
    # on the hot path every round trip is latency a citizen waits for.
    also_read: Callable[[P], Sequence[DocumentReference]] = _no_others
    # The same `record`, given here when it reads nothing but `Read` and only writes: it is
    # then committed optimistically (see the module docstring). On the hot path.
    optimistic: Callable[[WriteBatch, Read, P, V], R] | None = None


OPTIMISTIC_ATTEMPTS = 3


def _check(pipeline: Pipeline[Any, Any, Any], snap: Snapshot) -> Status:
    """The once-only check: "judged" when the document is there and not yet marked."""
    if not snap.exists:
        return "gone"
    if _firestore.field(snap, pipeline.marker) is not None:
        return "duplicate"
    return "judged"


def _record_error(pipeline: Pipeline[Any, Any, Any], ref: DocumentReference, reason: str) -> Status:
    def run(tx: Any) -> Status:
        if (status := _check(pipeline, ref.get(transaction=tx))) != "judged":
            return status
        pipeline.record_error(tx, ref, reason)
        return "error"

    status: Status = _firestore.run_transaction(run)
    logs.judge_outcome(pipeline.kind, ref.path, status, reason)
    return status


def judge(pipeline: Pipeline[P, V, R], path: str, data: Mapping[str, object] | None) -> Result[R]:
    """Judge the document at `path` whose created content is `data` (from the event)."""
    ref = _firestore.document(_firestore.repair_path(path))
    if data is None:
        logs.judge_outcome(pipeline.kind, ref.path, "gone", "the event carries no document")
        return Result("gone")
    if data.get(pipeline.marker) is not None:
        logs.judge_outcome(pipeline.kind, ref.path, "duplicate", None)
        return Result("duplicate")
    try:
        item = pipeline.parse(data)
    except Invalid as err:
        return Result(_record_error(pipeline, ref, str(err)))
    try:
        assessment = pipeline.assess(ref.path, item)
    except Exception as err:  # a judging bug must not leave the document pending for ever
        logs.judge_crashed(pipeline.kind, ref.path, err)
        return Result(_record_error(pipeline, ref, pipeline.crash_reason))

    others = list(pipeline.also_read(item))
    result = _record(pipeline, ref, others, item, assessment)
    if result.status != "judged":
        logs.judge_outcome(pipeline.kind, ref.path, result.status, None)
        return result
    if pipeline.after is not None:
        pipeline.after(ref.path, item, assessment, result.recorded)  # type: ignore[arg-type]
    return result


def _record(
    pipeline: Pipeline[P, V, R],
    ref: DocumentReference,
    others: Sequence[DocumentReference],
    item: P,
    assessment: V,
) -> Result[R]:
    """Record the outcome once: optimistically when the pipeline allows, else (or when the
    documents keep changing under it) in a transaction."""
    if pipeline.optimistic is not None:
        for _ in range(OPTIMISTIC_ATTEMPTS):
            snaps = {s.reference.path: s for s in _firestore.client().get_all([ref, *others])}
            snap = snaps.pop(ref.path)
            if (status := _check(pipeline, snap)) != "judged":
                return Result(status)
            batch = _firestore.client().batch()
            recorded = pipeline.optimistic(batch, Read(snap, snaps), item, assessment)
            try:
                _firestore.commit_unless_changed(batch, [snap, *snaps.values()])
            except _firestore.Changed:
                continue
            return Result("judged", recorded)

    def run(tx: Any) -> Result[R]:
        snaps = {s.reference.path: s for s in tx.get_all([ref, *others])}
        snap = snaps.pop(ref.path)
        if (status := _check(pipeline, snap)) != "judged":
            return Result(status)
        return Result("judged", pipeline.record(tx, Read(snap, snaps), item, assessment))

    result: Result[R] = _firestore.run_transaction(run)
    return result


MARKED_PENDING = "marked as judged but still pending; an officer will review it"


def _close_marked(
    pipeline: Pipeline[Any, Any, Any], ref: DocumentReference, status_field: str, pending: str
) -> None:
    def run(tx: Any) -> bool:
        if _firestore.field(ref.get(transaction=tx), status_field) != pending:
            return False
        pipeline.record_error(tx, ref, MARKED_PENDING)
        return True

    if _firestore.run_transaction(run):
        logs.judge_outcome(pipeline.kind, ref.path, "error", MARKED_PENDING)


def sweep(
    pipeline: Pipeline[P, V, R], stalled: QuerySpec, pending: str, before: datetime, limit: int
) -> int:
    """Finish documents a crashed trigger left pending since before `before`.

    Each is judged again; one that fails again is given an error status, so a poison
    document never blocks the ones behind it or comes back every run.
    """
    query = stalled.build(_firestore.client(), [pending, before]).limit(limit)
    count = 0
    for snap in query.stream():
        count += 1
        logs.judge_resumed(pipeline.kind, snap.reference.path)
        try:
            if judge(pipeline, snap.reference.path, snap.to_dict()).status == "duplicate":
                # Still `pending` yet carrying the marker (written by an admin or an old
                # bug): never judged, and the query would return it every run, ahead of
                # real work. It gets an error status, which takes it out of the query.
                _close_marked(pipeline, snap.reference, stalled.where[0][0], pending)
        except Exception as err:
            logs.judge_crashed(pipeline.kind, snap.reference.path, err)
            try:
                _record_error(pipeline, snap.reference, pipeline.crash_reason)
            except Exception as again:
                logs.judge_crashed(pipeline.kind, snap.reference.path, again)
    return count
