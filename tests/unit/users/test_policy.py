"""When an author is blocked, and how stored counts are read."""

from __future__ import annotations

import pytest

from citizen_safe.users.policy import bullying_count, should_block


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
