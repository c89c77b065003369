"""An author's standing: how many flagged messages, posts and comments, and whether blocked."""

from __future__ import annotations

from typing import Any

from citizen_safe.api import Args, Caller, iso
from citizen_safe.chat import store as chat
from citizen_safe.chat.conversations import comment_view, message_view, post_view
from citizen_safe.users import store as users

MAX_LISTED = 100


def get_bullying_report(caller: Caller, args: Args, limit: int) -> dict[str, Any]:
    state = users.standing(caller.uid)
    flagged = chat.flagged_by(caller.uid, MAX_LISTED)
    return {
        "bullyingCount": state.bullying_count,
        "limit": limit,
        "remaining": max(0, limit - state.bullying_count),
        "blocked": state.blocked,
        "blockedAt": iso(state.blocked_at),
        "flaggedMessages": [message_view(m) for m in flagged.messages],
        "flaggedPosts": [post_view(p) for p in flagged.posts],
        "flaggedComments": [comment_view(c) for c in flagged.comments],
    }


def can_chat(caller: Caller, args: Args, limit: int) -> dict[str, Any]:
    state = users.standing(caller.uid)
    return {
        "canChat": not state.blocked,
        "bullyingCount": state.bullying_count,
        "limit": limit,
        "reason": "blocked for repeated bullying" if state.blocked else None,
    }
