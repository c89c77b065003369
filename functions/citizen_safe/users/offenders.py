"""`listRepeatOffenders`: the authors with the most reports currently judged fake."""

from __future__ import annotations

from typing import Any

from citizen_safe import credibility
from citizen_safe.api import Args, Caller
from citizen_safe.users import store

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def list_repeat_offenders(caller: Caller, args: Args) -> dict[str, Any]:
    limit = args.whole("limit", least=1, most=MAX_LIMIT, default=DEFAULT_LIMIT)
    rows = store.repeat_offenders(limit)
    return {
        "offenders": [
            {
                "uid": uid,
                "username": data.get("username") if isinstance(data.get("username"), str) else None,
                "fakeReportCount": data.get("fakeReportCount"),
                "credibilityScore": credibility.stored_score(data.get("credibilityScore")),
                "blocked": data.get("blocked") is True,
            }
            for uid, data in rows
        ]
    }
