"""Every log line the functions write, in one place, as structured Cloud Logging entries.

Keeping messages here (as `firestore-translate-text` does) makes them greppable and keeps
the domain modules free of wording.
"""

from __future__ import annotations

from firebase_functions import logger

from citizen_safe.verification.verdict import Verdict


def report_duplicate(report_id: str) -> None:
    logger.info("Report already judged; redelivered event ignored", report_id=report_id)


def report_resumed(report_id: str) -> None:
    logger.warn("Report was left pending by a failed trigger; judging it now", report_id=report_id)


def report_reviewed(report_id: str, officer: str, decision: str, score_after: float | None) -> None:
    logger.info(
        "Officer reviewed report",
        report_id=report_id,
        officer=officer,
        decision=decision,
        credibility_after=score_after,
    )


def report_invalid(report_id: str, reason: str) -> None:
    logger.warn("Report cannot be verified", report_id=report_id, reason=reason)


def verifier_crashed(report_id: str, err: Exception) -> None:
    logger.error("Verifier failed; report marked as error", report_id=report_id, error=repr(err))


def report_verified(
    report_id: str, uid: str, verdict: Verdict, penalty: int, score_after: float | None
) -> None:
    logger.info(
        "Report judged",
        report_id=report_id,
        user_id=uid,
        is_fake=verdict.is_fake,
        confidence=verdict.confidence,
        red_flags=list(verdict.red_flags),
        verified_by=verdict.verified_by,
        credibility_penalty=penalty,
        credibility_after=score_after,
    )


def content_invalid(doc_path: str, reason: str) -> None:
    logger.warn("Content cannot be moderated", path=doc_path, reason=reason)


def moderation_duplicate(doc_path: str) -> None:
    logger.info("Content already moderated; redelivered event ignored", path=doc_path)


def content_moderated(
    doc_path: str, author: str, fields: dict[str, object], bullying_count: int
) -> None:
    logger.info(
        "Content moderated",
        path=doc_path,
        author=author,
        status=fields["status"],
        is_bullying=fields["is_bullying"],
        probability=fields["bullying_probability"],
        bullying_count=bullying_count,
    )


def author_blocked(author: str, bullying_count: int, limit: int) -> None:
    logger.warn(
        "Author blocked from chatting", author=author, bullying_count=bullying_count, limit=limit
    )
