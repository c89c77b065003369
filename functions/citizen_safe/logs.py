"""Every log line the functions write, in one place, as structured Cloud Logging entries.

Keeping messages here (as `firestore-translate-text` does) makes them greppable and keeps
the domain modules free of wording.
"""

from __future__ import annotations

from firebase_functions import logger

from citizen_safe.verification.verdict import Verdict


def judge_outcome(kind: str, path: str, status: str, reason: str | None) -> None:
    """Anything but a fresh verdict: an error status, a redelivery, a vanished document."""
    messages = {
        "error": "Document cannot be judged; error status recorded",
        "duplicate": "Document already judged; redelivered event ignored",
        "gone": "Document no longer exists; nothing to judge",
    }
    log = logger.info if status == "duplicate" else logger.warn
    log(messages.get(status, "Document judged"), kind=kind, path=path, reason=reason)


def judge_crashed(kind: str, path: str, err: BaseException) -> None:
    logger.error("Judging failed", kind=kind, path=path, error=repr(err))


def judge_resumed(kind: str, path: str) -> None:
    logger.warn(
        "Document was left pending by a failed trigger; judging it now", kind=kind, path=path
    )


def callable_failed(name: str, err: BaseException) -> None:
    logger.error("Callable failed", callable=name, error=repr(err))


def report_reviewed(report_id: str, officer: str, decision: str, score_after: float | None) -> None:
    logger.info(
        "Officer reviewed report",
        report_id=report_id,
        officer=officer,
        decision=decision,
        credibility_after=score_after,
    )


def appeal(report_id: str, actor: str, status: str) -> None:
    logger.info("Appeal", report_id=report_id, actor=actor, status=status)


def report_verified(
    path: str, uid: str, verdict: Verdict, penalty: int, score_after: float | None
) -> None:
    logger.info(
        "Report judged",
        path=path,
        user_id=uid,
        is_fake=verdict.is_fake,
        confidence=verdict.confidence,
        red_flags=list(verdict.red_flags),
        verified_by=verdict.verified_by,
        credibility_penalty=penalty,
        credibility_after=score_after,
    )


def content_moderated(
    path: str, author: str, fields: dict[str, object], bullying_count: int | None
) -> None:
    logger.info(
        "Content moderated",
        path=path,
        author=author,
        status=fields["status"],
        is_bullying=fields["is_bullying"],
        probability=fields.get("bullying_probability"),
        language=fields.get("language"),
        bullying_count=bullying_count,
    )


def author_blocked(author: str, bullying_count: int, limit: int) -> None:
    logger.warn(
        "Author blocked from chatting", author=author, bullying_count=bullying_count, limit=limit
    )
