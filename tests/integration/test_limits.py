"""Flood limits on the emulators: a burst from one user is limited exactly at the
configured rate, without counting as bullying or costing anything."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from citizen_safe import _firestore, config
from citizen_safe.chat.conversations import conversation_id
from citizen_safe.users import store as users
from scripts.app_client import AppUser, wait_for

DONE = {"delivered", "blocked", "error"}


def test_a_100_message_burst_is_limited_exactly(citizen: AppUser, other_citizen: AppUser) -> None:
    limit = config.moderation_settings().messages_per_minute
    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = list(
            pool.map(
                lambda i: citizen.send_message(other_citizen.uid, f"Hi there #{i}"), range(100)
            )
        )
    docs = [
        wait_for(
            lambda m=m: _firestore.document(f"messages/{m}").get().to_dict(),  # type: ignore[misc]
            lambda d: d.get("status") in DONE,
            timeout=180,
        )
        for m in ids
    ]
    delivered = [d for d in docs if d["status"] == "delivered"]
    limited = [d for d in docs if d.get("blocked_reason") == "rate_limited"]
    assert (len(delivered), len(limited)) == (limit, 100 - limit)
    assert all(d["is_bullying"] is False for d in limited)
    assert users.standing(citizen.uid).bullying_count == 0
    summary = other_citizen.get(f"conversations/{conversation_id(citizen.uid, other_citizen.uid)}")
    assert (summary or {})["unread"] == {other_citizen.uid: limit}


def test_reports_over_the_hourly_limit_are_not_judged(citizen: AppUser) -> None:
    limit = config.reports_per_hour()
    ids = [
        citizen.add("reports", citizen.report(f"A ghost stole my bike from the garage #{i}"))
        for i in range(limit + 2)
    ]
    docs = [
        wait_for(
            lambda r=r: citizen.get(f"reports/{r}"),  # type: ignore[misc]
            lambda d: d.get("verification_status") not in (None, "pending"),
        )
        for r in ids
    ]
    statuses = [d["verification_status"] for d in docs]
    assert statuses.count("rate_limited") == 2 and statuses.count("fake") == limit
    for doc in docs:
        if doc["verification_status"] == "rate_limited":
            assert doc["credibility_effect"] == 0 and "red_flags" not in doc
