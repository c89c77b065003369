"""Shared Firestore machinery: safe ids, garbled event paths, and the index check.

The emulator answers any query without indexes, so only this check stops a deploy that
would fail in production with FAILED_PRECONDITION. It collects every query from where it
is declared (`_firestore.declare`), not from a hand-written copy.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest

import citizen_safe
from citizen_safe import _firestore
from citizen_safe._firestore import QuerySpec

ROOT = Path(__file__).resolve().parents[2]


def all_queries() -> dict[str, QuerySpec]:
    for module in pkgutil.walk_packages(citizen_safe.__path__, "citizen_safe."):
        importlib.import_module(module.name)
    return dict(_firestore.QUERIES)


def declared_indexes() -> list[tuple[str, str, list[tuple[str, str]]]]:
    data = json.loads((ROOT / "firestore.indexes.json").read_text())
    return [
        (
            index["collectionGroup"],
            index["queryScope"],
            [(f["fieldPath"], f.get("order") or f.get("arrayConfig")) for f in index["fields"]],
        )
        for index in data["indexes"]
    ]


def test_every_declared_query_has_its_index() -> None:
    queries = all_queries()
    assert len(queries) >= 15, "the walk must find the domain stores' queries"
    assert _firestore.missing_indexes(queries, declared_indexes()) == []


def test_every_index_serves_some_query() -> None:
    needed = [(spec, n) for spec in all_queries().values() if (n := _firestore.needed_index(spec))]
    for group, scope, fields in declared_indexes():
        assert any(
            spec.collection == group
            and ("COLLECTION_GROUP" if spec.group else "COLLECTION") == scope
            and _firestore.index_serves(n, fields)
            for spec, n in needed
        ), f"unused index on {group}: {fields}"


def test_a_query_without_its_index_fails_the_check() -> None:
    spec = QuerySpec(
        "new query",
        "reports",
        where=(("crimeType", "=="),),
        order_by=(("timestamp", "DESCENDING"),),
    )
    assert _firestore.missing_indexes({"new query": spec}, declared_indexes()) == ["new query"]
    grouped = QuerySpec(
        "group", "comments", where=(("status", "=="),), order_by=(("timestamp", "DESCENDING"),)
    )
    wrong_scope = [
        ("comments", "COLLECTION_GROUP", [("status", "ASCENDING"), ("timestamp", "DESCENDING")])
    ]
    assert _firestore.missing_indexes({"group": grouped}, wrong_scope) == ["group"]


@pytest.mark.parametrize(
    ("spec", "needs"),
    [
        (QuerySpec("a", "c", where=(("x", "=="), ("y", "=="))), False),
        (QuerySpec("b", "c", order_by=(("t", "DESCENDING"),)), False),
        (QuerySpec("c", "c", where=(("t", "<"),), order_by=(("t", "DESCENDING"),)), False),
        (QuerySpec("d", "c", where=(("x", "=="),), order_by=(("t", "DESCENDING"),)), True),
        (QuerySpec("e", "c", where=(("x", "=="), ("t", "<"))), True),
        (
            QuerySpec("f", "c", where=(("p", "array_contains"),), order_by=(("t", "ASCENDING"),)),
            True,
        ),
    ],
)
def test_which_queries_need_a_composite_index(spec: QuerySpec, needs: bool) -> None:
    assert (_firestore.needed_index(spec) is not None) == needs


def test_index_matching_allows_any_equality_order_and_a_reversed_tail() -> None:
    spec = QuerySpec("q", "m", where=(("a", "=="), ("b", "==")), order_by=(("t", "DESCENDING"),))
    needed = _firestore.needed_index(spec)
    assert needed is not None
    assert _firestore.index_serves(
        needed, [("b", "ASCENDING"), ("a", "ASCENDING"), ("t", "DESCENDING")]
    )
    assert _firestore.index_serves(
        needed, [("a", "ASCENDING"), ("b", "ASCENDING"), ("t", "ASCENDING")]
    )
    assert not _firestore.index_serves(needed, [("a", "ASCENDING"), ("t", "DESCENDING")])
    assert not _firestore.index_serves(
        needed, [("a", "CONTAINS"), ("b", "ASCENDING"), ("t", "DESCENDING")]
    )


def test_declaring_two_different_queries_under_one_name_fails() -> None:
    _firestore.declare(QuerySpec("test: twice", "c"))
    with pytest.raises(ValueError):
        _firestore.declare(QuerySpec("test: twice", "d"))
    del _firestore.QUERIES["test: twice"]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("abc", True),
        ("A-b_9", True),
        ("", False),
        (".", False),
        ("..", False),
        ("a/b", False),
        ("__x__", False),
        ("café", False),
        ("😀", False),
        ("x" * 129, False),
        (5, False),
        (None, False),
    ],
)
def test_document_ids(value: object, ok: bool) -> None:
    assert _firestore.is_document_id(value) is ok


@pytest.mark.parametrize("path", ["reports/café-1", "messages/😀", "posts/ünï/comments/ç"])
def test_garbled_paths_are_repaired(path: str) -> None:
    assert _firestore.repair_path(path.encode().decode("latin-1")) == path


@pytest.mark.parametrize("path", ["reports/abc", "messages/😀", "reports/Ã"])
def test_other_paths_are_left_alone(path: str) -> None:
    assert _firestore.repair_path(path) == path
