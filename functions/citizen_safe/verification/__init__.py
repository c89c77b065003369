"""Report verification: Gemini when configured, offline rules otherwise or on failure.

Callers use :func:`verify_report`; it never raises because of Gemini. Fallbacks are
logged on the ``citizen_safe.verification`` logger and recorded in the verdict's
``fallback_reason`` / ``verified_by``. The offline rules may answer
``needs_review=True`` (always with ``is_fake=False``) for text they cannot read or
evidence too weak for a penalty; that verdict passes through unchanged, also as a
fallback, so the caller can queue the report for an officer.
"""

from __future__ import annotations

import dataclasses
import logging

from citizen_safe.verification.gemini import (
    DEFAULT_GEMINI_MODEL,
    DEFAULT_GEMINI_TIMEOUT_SECONDS,
    GeminiSettings,
    GeminiUnavailable,
    verify_with_gemini,
)
from citizen_safe.verification.offline import verify_offline
from citizen_safe.verification.verdict import ReportText, Verdict

__all__ = [
    "DEFAULT_GEMINI_MODEL",
    "DEFAULT_GEMINI_TIMEOUT_SECONDS",
    "GeminiSettings",
    "ReportText",
    "Verdict",
    "verify_offline",
    "verify_report",
]

logger = logging.getLogger("citizen_safe.verification")


def verify_report(report: ReportText, gemini: GeminiSettings | None) -> Verdict:
    """Judge a report; a Gemini failure degrades to the offline rules, never to an error."""
    if gemini is None:
        verdict = verify_offline(report)
        if verdict.needs_review:
            logger.info("Report sent to review by %s: %s", verdict.verified_by, verdict.red_flags)
        return verdict
    try:
        verdict = verify_with_gemini(report, gemini)
    except GeminiUnavailable as exc:
        reason, detail = exc.reason, exc.detail
    except Exception as exc:  # a bug in the Gemini path must not lose the report
        reason, detail = "unexpected-error", repr(exc)
    else:
        logger.info(
            "Report verified by %s: is_fake=%s confidence=%.2f",
            verdict.verified_by,
            verdict.is_fake,
            verdict.confidence,
        )
        return verdict
    fallback = dataclasses.replace(verify_offline(report), fallback_reason=reason)
    logger.warning(
        "Gemini verification failed (%s: %s); used %s",
        reason,
        detail[:300],
        fallback.verified_by,
    )
    return fallback
