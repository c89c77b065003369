"""The rules about a user's standing, apart from how they are stored."""

from __future__ import annotations


def bullying_count(raw: object) -> int:
    """A stored count; anything unreadable counts as none."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0 else 0


def should_block(count: int, limit: int, already_blocked: bool) -> bool:
    """Block once the flagged messages and comments reach the limit, and only once."""
    return count >= limit and not already_blocked
