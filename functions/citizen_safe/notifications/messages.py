"""The notifications themselves (pure): one builder per type, with a stable id so that a
redelivered event writes the same document again instead of a second one."""

from __future__ import annotations

from dataclasses import dataclass

REPORT_VERIFIED = "report_verified"
REPORT_FLAGGED = "report_flagged"
REPORT_NEEDS_REVIEW = "report_needs_review"
APPEAL_RESOLVED = "appeal_resolved"
BULLYING_WARNING = "bullying_warning"
BLOCKED = "blocked"


@dataclass(frozen=True)
class Notification:
    id: str
    type: str
    title: str
    body: str
    report_id: str | None = None


def _points(n: float) -> str:
    n = abs(n)
    return f"{n:g} point" + ("" if n == 1 else "s")


def report_verified(report_id: str, recovered: float) -> Notification:
    earned = f" It earned you {_points(recovered)} of credibility." if recovered > 0 else ""
    return Notification(
        f"{report_id}_{REPORT_VERIFIED}",
        REPORT_VERIFIED,
        "Your report was verified",
        f"Thank you: officers can now act on your report.{earned}",
        report_id,
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def report_flagged(report_id: str, reason: str, points_lost: float) -> Notification:
    return Notification(
        f"{report_id}_{REPORT_FLAGGED}",
        REPORT_FLAGGED,
        "Your report was flagged as not genuine",
        f"Reason: {_sentence(reason)} It cost you {_points(points_lost)} of credibility. "
        "If this is a mistake, open the report and tap Appeal to ask an officer to review it.",
        report_id,
    )


def report_needs_review(report_id: str) -> Notification:
    return Notification(
        f"{report_id}_{REPORT_NEEDS_REVIEW}",
        REPORT_NEEDS_REVIEW,
        "Your report is with an officer",
        "We could not verify your report automatically, so an officer will review it. "
        "Nothing is deducted while it waits.",
        report_id,
    )


def appeal_resolved(report_id: str, overturned: bool, refunded: float, note: str) -> Notification:
    if overturned:
        body = (
            "An officer accepted your appeal: your report now counts as genuine and "
            f"{_points(refunded)} of credibility were returned."
        )
    else:
        body = "An officer reviewed your appeal and kept the decision."
    if note:
        body += f" Officer's note: {_sentence(note)}"
    return Notification(
        f"{report_id}_{APPEAL_RESOLVED}",
        APPEAL_RESOLVED,
        "Your appeal was " + ("accepted" if overturned else "declined"),
        body,
        report_id,
    )


def bullying_warning(count: int, limit: int) -> Notification:
    return Notification(
        BULLYING_WARNING,
        BULLYING_WARNING,
        "Please keep it respectful",
        f"{count} of your messages or comments were withheld as bullying. One more and you "
        f"will be blocked from chatting (limit {limit}).",
    )


def blocked(limit: int) -> Notification:
    return Notification(
        BLOCKED,
        BLOCKED,
        "You are blocked from chatting",
        f"{limit} of your messages or comments were withheld as bullying, so you can no "
        "longer send messages, posts or comments.",
    )
