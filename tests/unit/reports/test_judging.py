"""What a verdict writes on the report and in its `verification/latest` record."""

from __future__ import annotations

from citizen_safe.reports.judging import verdict_fields
from citizen_safe.verification.verdict import Verdict


def test_verdict_fields_mirror_the_verdict() -> None:
    verdict = Verdict(
        is_fake=True,
        confidence=0.97,
        reasoning="Supernatural claim.",
        red_flags=("supernatural",),
        engine="offline-rules",
        model="offline-rules-v1",
    )
    report, latest = verdict_fields(verdict, 20)
    assert report["verification_status"] == "fake"
    assert report["red_flags"] == ["supernatural"]
    assert latest["credibility_penalty"] == 20
    assert latest["verified_by"] == "offline-rules/offline-rules-v1"
    assert latest["fallback_reason"] is None
