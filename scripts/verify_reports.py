#!/usr/bin/env python3
"""Run the offline verifier over a JSON Lines file of reports.

Usage: python scripts/verify_reports.py FILE.jsonl   (or "-" for stdin)

Each input line is a JSON object with ``text`` (or ``description``) and optionally
``location``, ``time_of_occurrence``, ``author_credibility`` (0-100, default 100),
``language`` (ISO 639-1 code, as the pipeline would detect it) and a label: the
boolean ``is_fake`` or ``label`` "genuine"/"fake". Each output line is one JSON
verdict (with ``needs_review``); a bad input line gives an ``{"line": N, "error":
...}`` verdict and a message on stderr instead of a traceback. When any line is
labelled, a final line holds ``accuracy``, ``precision``, ``recall``,
``false_positives`` and ``false_negatives`` ("fake" is the positive class; strict
view: a report sent to review is not called fake), plus ``needs_review``,
``genuine_sent_to_review``, ``fakes_sent_to_review`` and ``lenient`` (the same
metrics counting a fake sent to review as caught). Exit status: 0, 1 if any line was
bad, 2 if the file could not be read.

The script needs no Firebase and no network: it puts ``functions/`` on
``sys.path`` itself so it runs from a plain checkout.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"
sys.path.insert(0, str(FUNCTIONS_DIR.parent))

from scripts import jsonl_cli  # noqa: E402  (after the path it needs)

if TYPE_CHECKING:
    from citizen_safe.verification.verdict import ReportText


@dataclass
class Tally:
    """Confusion counts over the labelled lines; "fake" is the positive class."""

    true_positives: int = 0
    false_positives: int = 0
    true_negatives: int = 0
    false_negatives: int = 0
    genuine_reviewed: int = 0
    fakes_reviewed: int = 0

    def add_verdict(self, is_fake: bool, needs_review: bool, actually_fake: bool) -> None:
        """Strict view: a review is not a fake verdict; the review counts are kept apart."""
        self.add(is_fake, actually_fake)
        if needs_review:
            if actually_fake:
                self.fakes_reviewed += 1
            else:
                self.genuine_reviewed += 1

    def add(self, predicted_fake: bool, actually_fake: bool) -> None:
        if predicted_fake and actually_fake:
            self.true_positives += 1
        elif predicted_fake:
            self.false_positives += 1
        elif actually_fake:
            self.false_negatives += 1
        else:
            self.true_negatives += 1

    @property
    def total(self) -> int:
        return (
            self.true_positives + self.false_positives + self.true_negatives + self.false_negatives
        )

    def summary(self) -> dict[str, Any]:
        """Metrics; precision/recall are null when undefined (no predicted/actual fakes)."""
        predicted = self.true_positives + self.false_positives
        actual = self.true_positives + self.false_negatives
        summary: dict[str, Any] = {
            "labelled": self.total,
            "accuracy": _ratio(self.true_positives + self.true_negatives, self.total),
            "precision": _ratio(self.true_positives, predicted),
            "recall": _ratio(self.true_positives, actual),
            "true_positives": self.true_positives,
            "true_negatives": self.true_negatives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }
        reviewed = self.genuine_reviewed + self.fakes_reviewed
        if not reviewed:
            return summary
        genuine = self.true_negatives + self.false_positives
        caught = self.true_positives + self.fakes_reviewed
        summary.update(
            {
                "needs_review": reviewed,
                "genuine_sent_to_review": self.genuine_reviewed,
                "genuine_review_rate": _ratio(self.genuine_reviewed, genuine),
                "fakes_sent_to_review": self.fakes_reviewed,
                "lenient": {
                    "accuracy": _ratio(caught + self.true_negatives, self.total),
                    "recall": _ratio(caught, actual),
                    "caught_or_reviewed": caught,
                },
            }
        )
        return summary


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


class BadLine(ValueError):
    """An input line that cannot be verified; the message is shown to the user."""


def parse_line(raw: str) -> tuple[ReportText, bool | None]:
    """Turn one JSON line into a report and its optional label."""
    from citizen_safe.verification.verdict import ReportText

    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object")
    text = data.get("text", data.get("description"))
    if not isinstance(text, str) or not text.strip():
        raise BadLine('missing or empty "text" (must be a non-empty string)')
    strings = {}
    for key in ("location", "time_of_occurrence"):
        value = data.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise BadLine(f'"{key}" must be a string')
        strings[key] = value
    credibility = data.get("author_credibility", 100)
    if (
        isinstance(credibility, bool)
        or not isinstance(credibility, int | float)
        or not math.isfinite(credibility)
        or not 0 <= credibility <= 100
    ):
        raise BadLine('"author_credibility" must be a number from 0 to 100')
    label = data.get("is_fake")
    if label is not None and not isinstance(label, bool):
        raise BadLine('"is_fake" must be true or false')
    if label is None and "label" in data:
        if data["label"] not in ("genuine", "fake"):
            raise BadLine('"label" must be "genuine" or "fake"')
        label = data["label"] == "fake"
    language = data.get("language")
    if language is not None and not isinstance(language, str):
        raise BadLine('"language" must be a string')
    report = ReportText(
        description=text,
        location=strings["location"],
        time_of_occurrence=strings["time_of_occurrence"],
        author_credibility=float(credibility),
        language=language,
    )
    return report, label


def run(lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    """Verify every line; returns the exit status."""
    from citizen_safe.verification import verify_offline

    tally = Tally()
    bad = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            report, label = parse_line(raw)
        except BadLine as exc:
            bad += 1
            print(f"line {number}: {exc}", file=err)
            print(json.dumps({"line": number, "error": str(exc)}), file=out)
            continue
        verdict = verify_offline(report)
        row: dict[str, Any] = {
            "line": number,
            "is_fake": verdict.is_fake,
            "needs_review": verdict.needs_review,
            "confidence": verdict.confidence,
            "red_flags": list(verdict.red_flags),
            "reasoning": verdict.reasoning,
            "verified_by": verdict.verified_by,
        }
        if label is not None:
            row["expected_is_fake"] = label
            row["correct"] = verdict.is_fake == label
            tally.add_verdict(verdict.is_fake, verdict.needs_review, label)
        print(json.dumps(row, ensure_ascii=False), file=out)
    if tally.total:
        print(json.dumps(tally.summary()), file=out)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    return jsonl_cli.main(run, __doc__.splitlines()[0] if __doc__ else None, argv)


if __name__ == "__main__":
    sys.exit(main())
