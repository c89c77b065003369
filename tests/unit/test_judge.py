"""The judge-once skeleton, with a plain in-memory fake of the Firestore it touches:
every branch (invalid, crash guard, redelivery, vanished document, sweep) once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import pytest

from citizen_safe import _firestore, _judge


@dataclass
class FakeSnap:
    path: str
    data: dict[str, object] | None

    @property
    def exists(self) -> bool:
        return self.data is not None

    @property
    def reference(self) -> FakeRef:
        return FakeRef(self.path, DOCS)

    def to_dict(self) -> dict[str, object] | None:
        return None if self.data is None else dict(self.data)


@dataclass
class FakeRef:
    path: str
    docs: dict[str, dict[str, object]]

    def get(self, transaction: object = None) -> FakeSnap:
        return FakeSnap(self.path, self.docs.get(self.path))


DOCS: dict[str, dict[str, object]] = {}


@dataclass
class FakeTx:
    reads: list[list[str]] = field(default_factory=list)  # the paths of each round trip

    def get_all(self, refs: list[FakeRef]) -> list[FakeSnap]:
        self.reads.append([ref.path for ref in refs])
        return [ref.get() for ref in reversed(refs)]  # Firestore promises no order


TX = FakeTx()


@dataclass
class Log:
    recorded: list[tuple[str, object]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    after: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def fake_firestore(monkeypatch: pytest.MonkeyPatch) -> None:
    DOCS.clear()
    TX.reads.clear()
    monkeypatch.setattr(_firestore, "document", lambda path: FakeRef(path, DOCS))
    monkeypatch.setattr(_firestore, "run_transaction", lambda body: body(TX))


def pipeline(log: Log, assess: Callable[[str], str] = str.upper) -> _judge.Pipeline[str, str, str]:
    def parse(data: Mapping[str, object]) -> str:
        text = data.get("text")
        if not isinstance(text, str):
            raise _judge.Invalid("'text' is missing")
        return text

    def record(tx: Any, read: _judge.Read, item: str, verdict: str) -> str:
        snap: Any = read.doc
        DOCS[snap.path] = {**DOCS[snap.path], "verdict": verdict, "done_at": 1}
        log.recorded.append((snap.path, verdict))
        return verdict

    def record_error(tx: Any, ref: Any, reason: str) -> None:
        DOCS[ref.path] = {**DOCS[ref.path], "error": reason, "done_at": 1}
        log.errors.append((ref.path, reason))

    return _judge.Pipeline(
        kind="thing",
        marker="done_at",
        parse=parse,
        assess=lambda path, text: assess(text),
        record=record,
        record_error=record_error,
        crash_reason="crashed",
        after=lambda path, item, verdict, recorded: log.after.append(path),
    )


def test_judges_once_and_ignores_redeliveries() -> None:
    log = Log()
    DOCS["things/a"] = {"text": "hi"}
    assert _judge.judge(pipeline(log), "things/a", {"text": "hi"}).status == "judged"
    for _ in range(3):
        assert _judge.judge(pipeline(log), "things/a", {"text": "hi"}).status == "duplicate"
    assert log.recorded == [("things/a", "HI")]
    assert log.after == ["things/a"]


def test_the_documents_a_pipeline_depends_on_are_read_with_it_in_one_round_trip() -> None:
    DOCS["things/d"], DOCS["owners/x"] = {"text": "hi"}, {"blocked": True}
    seen: list[object] = []

    def record(tx: Any, read: _judge.Read, item: str, verdict: str) -> str:
        seen.append(read.of(FakeRef("owners/x", DOCS)).to_dict())  # type: ignore[arg-type]
        seen.append(read.of(FakeRef("owners/missing", DOCS)).exists)  # type: ignore[arg-type]
        DOCS["things/d"]["done_at"] = 1
        return verdict

    others: Any = [FakeRef("owners/x", DOCS), FakeRef("owners/missing", DOCS)]
    reads = replace(pipeline(Log()), record=record, also_read=lambda item: others)
    assert _judge.judge(reads, "things/d", {"text": "hi"}).status == "judged"
    assert TX.reads == [["things/d", "owners/x", "owners/missing"]]
    assert seen == [{"blocked": True}, False]


def test_invalid_documents_get_an_error_with_the_reason() -> None:
    log = Log()
    DOCS["things/b"] = {"text": 5}
    assert _judge.judge(pipeline(log), "things/b", {"text": 5}).status == "error"
    assert log.errors == [("things/b", "'text' is missing")]
    assert _judge.judge(pipeline(log), "things/b", {"text": 5}).status == "duplicate"


def test_a_crashing_assessor_leaves_an_error_not_a_pending_document() -> None:
    log = Log()
    DOCS["things/c"] = {"text": "hi"}

    def boom(text: str) -> str:
        raise RuntimeError("model failed to load")

    assert _judge.judge(pipeline(log, boom), "things/c", {"text": "hi"}).status == "error"
    assert log.errors == [("things/c", "crashed")]
    assert log.recorded == []


def test_a_vanished_document_is_not_taken_for_done() -> None:
    log = Log()
    assert _judge.judge(pipeline(log), "things/gone", {"text": "hi"}).status == "gone"
    assert _judge.judge(pipeline(log), "things/gone", None).status == "gone"
    assert log.recorded == [] and log.errors == []


def test_a_garbled_event_path_finds_the_document() -> None:
    log = Log()
    DOCS["things/café-☕"] = {"text": "hi"}
    garbled = "things/café-☕".encode().decode("latin-1")
    assert _judge.judge(pipeline(log), garbled, {"text": "hi"}).status == "judged"
    assert log.recorded == [("things/café-☕", "HI")]


def test_sweep_survives_a_poison_document(monkeypatch: pytest.MonkeyPatch) -> None:
    log = Log()
    DOCS["things/ok"] = {"text": "fine"}
    DOCS["things/poison"] = {"text": "poison"}

    def assess(text: str) -> str:
        return text.upper()

    calls: list[str] = []
    real_judge = _judge.judge

    def judge(p: Any, path: str, data: Any) -> Any:
        calls.append(path)
        if path == "things/poison":
            raise ConnectionError("transaction retries exhausted")
        return real_judge(p, path, data)

    class Query:
        def limit(self, n: int) -> Query:
            return self

        def stream(self) -> list[FakeSnap]:
            return [
                FakeSnap("things/poison", DOCS["things/poison"]),
                FakeSnap("things/ok", DOCS["things/ok"]),
            ]

    class Spec:
        def build(self, db: object, values: list[object]) -> Query:
            return Query()

    monkeypatch.setattr(_judge, "judge", judge)
    monkeypatch.setattr(_firestore, "client", lambda: None)
    count = _judge.sweep(pipeline(log, assess), Spec(), "pending", datetime.now(UTC), 10)  # type: ignore[arg-type]
    assert count == 2
    assert calls == ["things/poison", "things/ok"]
    assert log.recorded == [("things/ok", "FINE")]
    assert log.errors == [("things/poison", "crashed")]


def test_sweep_closes_a_pending_document_that_already_carries_the_marker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Otherwise it is "already judged" to `judge` yet matches the stalled query forever,
    and a batch of them would hold the sweep's limit ahead of real work."""
    log = Log()
    DOCS["things/marked"] = {"text": "fine", "state": "pending", "done_at": 1}

    class Query:
        def limit(self, n: int) -> Query:
            return self

        def stream(self) -> list[FakeSnap]:
            return [FakeSnap("things/marked", DOCS["things/marked"])]

    class Spec:
        where = (("state", "=="), ("timestamp", "<"))

        def build(self, db: object, values: list[object]) -> Query:
            return Query()

    monkeypatch.setattr(_firestore, "client", lambda: None)
    _judge.sweep(pipeline(log), Spec(), "pending", datetime.now(UTC), 10)  # type: ignore[arg-type]
    assert log.recorded == []
    assert log.errors == [("things/marked", _judge.MARKED_PENDING)]


@dataclass
class FakeClient:
    """The optimistic path's client: plain reads, and batches whose commit may be refused."""

    refuse: int = 0  # how many commits to refuse as "a read document changed"
    reads: list[list[str]] = field(default_factory=list)
    commits: list[list[str]] = field(default_factory=list)  # the guarded paths of each

    def get_all(self, refs: list[FakeRef]) -> list[FakeSnap]:
        self.reads.append([ref.path for ref in refs])
        return [ref.get() for ref in reversed(refs)]

    def batch(self) -> list[tuple[str, dict[str, object]]]:
        return []  # the writes `record` buffers, applied at commit


def optimistic(log: Log, db: FakeClient) -> _judge.Pipeline[str, str, str]:
    def record(batch: Any, read: _judge.Read, item: str, verdict: str) -> str:
        snap: Any = read.doc
        batch.append((snap.path, {"verdict": verdict, "done_at": 1}))
        log.recorded.append((snap.path, verdict))
        return verdict

    others: Any = [FakeRef("owners/x", DOCS)]
    return replace(pipeline(log), optimistic=record, also_read=lambda item: others)


@pytest.fixture
def fake_client(monkeypatch: pytest.MonkeyPatch) -> FakeClient:
    db = FakeClient()

    def commit(batch: list[tuple[str, dict[str, object]]], reads: list[FakeSnap]) -> None:
        db.commits.append([s.path for s in reads])
        if db.refuse:
            db.refuse -= 1
            raise _firestore.Changed("moved")
        for path, fields in batch:
            DOCS[path] = {**DOCS[path], **fields}

    monkeypatch.setattr(_firestore, "client", lambda: db)
    monkeypatch.setattr(_firestore, "commit_unless_changed", commit)
    return db


def test_a_write_only_record_commits_guarded_by_everything_it_read(
    fake_client: FakeClient,
) -> None:
    log = Log()
    DOCS["things/o"], DOCS["owners/x"] = {"text": "hi"}, {"blocked": False}
    assert _judge.judge(optimistic(log, fake_client), "things/o", {"text": "hi"}).status == "judged"
    assert fake_client.reads == [["things/o", "owners/x"]]  # one round trip, no transaction
    assert TX.reads == []
    assert sorted(fake_client.commits[0]) == ["owners/x", "things/o"]
    assert DOCS["things/o"]["verdict"] == "HI" and log.after == ["things/o"]
    assert _judge.judge(optimistic(log, fake_client), "things/o", {"text": "hi"}).status == (
        "duplicate"
    )
    assert len(fake_client.commits) == 1


def test_a_refused_optimistic_commit_reads_again_and_sees_a_concurrent_judgement(
    fake_client: FakeClient,
) -> None:
    log = Log()
    DOCS["things/r"], DOCS["owners/x"] = {"text": "hi"}, {}
    fake_client.refuse = 1
    real_get_all = fake_client.get_all

    def get_all(refs: list[FakeRef]) -> list[FakeSnap]:
        if fake_client.reads:  # another delivery judged it in between
            DOCS["things/r"]["done_at"] = 1
        return real_get_all(refs)

    fake_client.get_all = get_all  # type: ignore[method-assign]
    assert _judge.judge(optimistic(log, fake_client), "things/r", {"text": "hi"}).status == (
        "duplicate"
    )
    assert len(fake_client.reads) == 2 and len(fake_client.commits) == 1
    assert "verdict" not in DOCS["things/r"]


def test_optimistic_commits_refused_every_time_fall_back_to_a_transaction(
    fake_client: FakeClient,
) -> None:
    log = Log()
    DOCS["things/c"], DOCS["owners/x"] = {"text": "hi"}, {}
    fake_client.refuse = _judge.OPTIMISTIC_ATTEMPTS
    assert _judge.judge(optimistic(log, fake_client), "things/c", {"text": "hi"}).status == (
        "judged"
    )
    assert len(fake_client.commits) == _judge.OPTIMISTIC_ATTEMPTS
    assert TX.reads == [["things/c", "owners/x"]]  # the transaction, through `record`
    assert DOCS["things/c"]["verdict"] == "HI" and log.after == ["things/c"]
