"""The rules about a user's standing and public name, apart from how they are stored."""

from __future__ import annotations

import re

# Names that would let a citizen pass for the police, the service or its staff in chat.
# Compared after `_canonical`, so `Police_1`, `p0l1ce`, `ADMIN__` are refused too.
RESERVED_USERNAMES = frozenset(
    {
        "admin",
        "administrator",
        "citizensafe",
        "help",
        "helpdesk",
        "mod",
        "moderator",
        "null",
        "officer",
        "official",
        "police",
        "root",
        "security",
        "staff",
        "support",
        "sysadmin",
        "system",
        "undefined",
    }
)
# Words no name may contain anywhere (`citypolice`, `officer_jones`): on a safety app a
# name that claims authority is an impersonation however it is dressed up.
RESERVED_WORDS = ("police", "officer", "citizensafe", "moderator")
# Digits people use for look-alike letters (`p0lice`, `adm1n`).
_LOOKALIKE = str.maketrans("013457", "oieast")


def _canonical(name: str) -> str:
    """Lower-case, separators (also the spaces and dots of a typed name) dropped, trailing
    digits dropped, look-alike digits undone."""
    squashed = re.sub(r"[0-9]+$", "", re.sub(r"[\s_.\-]+", "", name.lower()))
    return squashed.translate(_LOOKALIKE)


def is_reserved_username(name: str) -> bool:
    canonical = _canonical(name)
    return canonical in RESERVED_USERNAMES or any(word in canonical for word in RESERVED_WORDS)


def bullying_count(raw: object) -> int:
    """A stored count; anything unreadable counts as none."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0 else 0


def should_block(count: int, limit: int, already_blocked: bool) -> bool:
    """Block once the flagged messages and comments reach the limit, and only once."""
    return count >= limit and not already_blocked
