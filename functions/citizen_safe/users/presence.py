"""Who is online: presence heartbeats that clients write to `status/{uid}`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from citizen_safe.api import Args, Caller, iso
from citizen_safe.users import store

ONLINE_LIST_LIMIT = 200


def get_online_users(
    caller: Caller, args: Args, stale_after_s: int, now: datetime
) -> dict[str, Any]:
    """A heartbeat older than `stale_after_s` counts as offline whatever `online` says."""
    cutoff = now - timedelta(seconds=stale_after_s)
    rows = store.presence(ONLINE_LIST_LIMIT)
    names = store.usernames_of([uid for uid, _ in rows])
    users = []
    for uid, row in rows:
        seen = row.get("lastSeen")
        fresh = isinstance(seen, datetime) and seen >= cutoff
        users.append(
            {
                "uid": uid,
                "username": names.get(uid),
                "online": row.get("online") is True and fresh,
                "lastSeen": iso(seen),
            }
        )
    return {"users": users}
