"""When an author is blocked, and how stored counts are read."""

from __future__ import annotations

import pytest

from citizen_safe.users.policy import bullying_count, is_reserved_username, should_block


@pytest.mark.parametrize(
    ("raw", "count"), [(3, 3), (0, 0), (-2, 0), (True, 0), ("5", 0), (None, 0)]
)
def test_unreadable_counts_are_zero(raw: object, count: int) -> None:
    assert bullying_count(raw) == count


def test_block_at_the_limit_once() -> None:
    assert not should_block(4, 5, already_blocked=False)
    assert should_block(5, 5, already_blocked=False)
    assert should_block(9, 5, already_blocked=False)
    assert not should_block(9, 5, already_blocked=True)


@pytest.mark.parametrize(
    "name",
    [
        "police",
        "officer",
        "admin",
        "administrator",
        "moderator",
        "support",
        "system",
        "citizensafe",
        "citizen_safe",
        "root",
        "staff",
        "official",
        "police_1",
        "admin2024",
        "_root_",
        "p0l1ce",
        "adm1n",
        "the_police",
        "cityofficer",
        "moderator_team",
        "citizen_safe_help",
    ],
)
def test_reserved_usernames(name: str) -> None:
    assert is_reserved_username(name)


@pytest.mark.parametrize(
    "name", ["asha", "asha_2024", "leo_r", "badminton", "rootbeer", "modest", "unofficial_bob"]
)
def test_ordinary_usernames_are_not_reserved(name: str) -> None:
    assert not is_reserved_username(name)
