#!/usr/bin/env python3
"""Run the offline crime-type classifier over a JSON Lines file of reports.

Usage: python scripts/classify_crime_type.py FILE.jsonl   (or "-" for stdin)

Each input line is a JSON object with ``text`` and optionally ``kind``, the expected crime
type. Each output line is one JSON result (``crime_type``, ``confidence``, ``by``, and with a
label ``expected`` and ``correct``); a bad input line gives ``{"line": N, "error": ...}`` and a
message on stderr instead of a traceback. When any line is labelled, a last line holds
``labelled``, ``correct`` and ``accuracy``. Exit status: 0, 1 if any line was bad, 2 if the
file could not be read. Needs no Firebase and no network.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"
sys.path.insert(0, str(FUNCTIONS_DIR.parent))

from scripts import jsonl_cli  # noqa: E402  (after the path it needs)


class BadLine(ValueError):
    """An input line that cannot be classified; the message is shown to the user."""


def parse_line(raw: str, crime_types: tuple[str, ...]) -> tuple[str, str | None]:
    """The text and optional expected crime type of one JSON line."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadLine('missing or empty "text" (must be a non-empty string)')
    kind = data.get("kind")
    if kind is not None and kind not in crime_types:
        raise BadLine(f'"kind" must be one of {", ".join(crime_types)}')
    return text, kind


def run(lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    """Classify every line; returns the exit status."""
    from citizen_safe.prediction import CRIME_TYPES, ReportFacts, predict_crime_type_offline

    labelled = correct = bad = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            text, kind = parse_line(raw, CRIME_TYPES)
        except BadLine as exc:
            bad += 1
            print(f"line {number}: {exc}", file=err)
            print(json.dumps({"line": number, "error": str(exc)}), file=out)
            continue
        result = predict_crime_type_offline(ReportFacts(text, "", "", None, 0))
        row: dict[str, Any] = {
            "line": number,
            "crime_type": result.crime_type,
            "confidence": result.confidence,
            "by": result.by,
        }
        if kind is not None:
            labelled += 1
            correct += result.crime_type == kind
            row["expected"] = kind
            row["correct"] = result.crime_type == kind
        print(json.dumps(row, ensure_ascii=False), file=out)
    if labelled:
        summary = {
            "labelled": labelled,
            "correct": correct,
            "accuracy": round(correct / labelled, 4),
        }
        print(json.dumps(summary), file=out)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    return jsonl_cli.main(run, __doc__.splitlines()[0] if __doc__ else None, argv)


if __name__ == "__main__":
    sys.exit(main())
