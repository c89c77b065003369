"""Every query the callables and the app's listeners make has its composite index.

The emulator answers any query without indexes, so only this check stops a deploy that
would fail in production with FAILED_PRECONDITION.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

A, D, C = "ASCENDING", "DESCENDING", "CONTAINS"
QUERIES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "my reports": ("reports", "COLLECTION", (("userId", A), ("timestamp", D))),
    "officer dashboard": ("reports", "COLLECTION", (("verification_status", A), ("timestamp", D))),
    "stalled sweep": ("reports", "COLLECTION", (("verification_status", A), ("timestamp", D))),
    "getChatHistory": ("messages", "COLLECTION", (("conversationId", A), ("timestamp", D))),
    "conversation listener": (
        "messages",
        "COLLECTION",
        (("conversationId", A), ("participants", C), ("timestamp", D)),
    ),
    "listConversations": ("messages", "COLLECTION", (("participants", C), ("timestamp", D))),
    "unread badge": ("messages", "COLLECTION", (("receiver", A), ("is_read", A), ("timestamp", D))),
    "flagged messages": (
        "messages",
        "COLLECTION",
        (("sender", A), ("is_bullying", A), ("timestamp", D)),
    ),
    "flagged comments": (
        "comments",
        "COLLECTION_GROUP",
        (("author", A), ("is_bullying", A), ("timestamp", D)),
    ),
}


def declared() -> set[tuple[str, str, tuple[tuple[str, str], ...]]]:
    data = json.loads((ROOT / "firestore.indexes.json").read_text())
    found = set()
    for index in data["indexes"]:
        fields = tuple(
            (f["fieldPath"], f.get("order") or f.get("arrayConfig")) for f in index["fields"]
        )
        found.add((index["collectionGroup"], index["queryScope"], fields))
    return found


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_has_index(name: str) -> None:
    assert QUERIES[name] in declared()


def test_no_unused_indexes() -> None:
    assert declared() == set(QUERIES.values())
