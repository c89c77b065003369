"""`_firestore.commit_unless_changed` against the real emulator: the optimistic transaction
the moderation hot path relies on must refuse every kind of change to what it read, and
write nothing when it does."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from citizen_safe import _firestore


def fresh(collection: str) -> str:
    return f"optimistic_{collection}/{uuid.uuid4().hex}"


def written_watched_and_absent() -> tuple[Any, Any, Any, list[Any], Any]:
    """A document the batch writes, one it only read and one it read missing."""
    db = _firestore.client()
    target, watched, absent = (db.document(fresh(c)) for c in ("target", "watched", "absent"))
    target.set({"n": 1})
    watched.set({"blocked": False})
    reads = [target.get(), watched.get(), absent.get()]
    batch = db.batch()
    batch.update(target, {"n": 2})
    return target, watched, absent, reads, batch


def test_commits_when_nothing_read_changed_and_leaves_read_only_documents_alone() -> None:
    target, watched, absent, reads, batch = written_watched_and_absent()
    _firestore.commit_unless_changed(batch, reads)
    assert target.get().to_dict() == {"n": 2}
    after = watched.get()
    assert after.to_dict() == {"blocked": False}
    assert after.update_time == reads[1].update_time  # the guard changed nothing
    assert not absent.get().exists  # the guard of a missing document does not create it


@pytest.mark.parametrize("change", ["written", "read_only", "appeared", "vanished"])
def test_refuses_and_writes_nothing_when_a_read_document_changed(change: str) -> None:
    db = _firestore.client()
    target, watched, absent, reads, batch = written_watched_and_absent()
    batch.set(db.document(fresh("side")), {"x": 1})
    side = batch._write_pbs[-1].update.name  # the blind write that must not land either
    if change == "written":
        target.update({"n": 5})
    elif change == "read_only":
        watched.update({"blocked": True})
    elif change == "appeared":
        absent.set({"now": True})
    else:
        watched.delete()
    with pytest.raises(_firestore.Changed):
        _firestore.commit_unless_changed(batch, reads)
    assert target.get().to_dict() == {"n": 5 if change == "written" else 1}
    assert not db.document(side.split("/documents/", 1)[1]).get().exists


def test_a_created_document_is_guarded_against_a_concurrent_creation() -> None:
    db = _firestore.client()
    window = db.document(fresh("window"))
    seen = window.get()
    first, second = db.batch(), db.batch()
    first.set(window, {"stamps": [1]})
    second.set(window, {"stamps": [2]})
    _firestore.commit_unless_changed(first, [seen])
    with pytest.raises(_firestore.Changed):
        _firestore.commit_unless_changed(second, [seen])
    assert window.get().to_dict() == {"stamps": [1]}


def test_a_batch_writing_a_read_document_twice_is_a_programming_error() -> None:
    db = _firestore.client()
    doc = db.document(fresh("twice"))
    batch = db.batch()
    batch.set(doc, {"a": 1})
    batch.set(doc, {"b": 1}, merge=True)
    with pytest.raises(ValueError, match="twice"):
        _firestore.commit_unless_changed(batch, [doc.get()])
