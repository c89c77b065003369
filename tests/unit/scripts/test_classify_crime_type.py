"""scripts/classify_crime_type.py, run as a user would run it (a subprocess, any cwd)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "classify_crime_type.py"
DATA = ROOT / "ml" / "crime_type" / "data" / "reports.jsonl"


def run(args: list[str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},  # no PYTHONPATH help
    )


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_labelled_file_gets_one_result_a_line_and_accuracy_last(tmp_path: Path) -> None:
    result = run([str(DATA)], cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    rows = lines(result.stdout)
    results, summary = rows[:-1], rows[-1]
    assert len(results) == len(DATA.read_text(encoding="utf-8").splitlines())
    assert all(
        {"crime_type", "confidence", "by", "expected", "correct"} <= r.keys() for r in results
    )
    assert summary["labelled"] == len(results)
    assert summary["accuracy"] == round(sum(r["correct"] for r in results) / len(results), 4)
    assert summary["accuracy"] >= 0.9  # training data included: a smoke test, not a metric


def test_unlabelled_lines_have_no_accuracy_line(tmp_path: Path) -> None:
    stdin = json.dumps({"text": "Someone stole my bike from the station"}) + "\n"

    result = run(["-"], cwd=tmp_path, stdin=stdin)

    assert result.returncode == 0, result.stderr
    (row,) = lines(result.stdout)
    assert row == {"line": 1, "crime_type": "theft", "confidence": row["confidence"],
                   "by": "offline-crime-v1"}  # fmt: skip


def test_bad_lines_give_error_rows_not_tracebacks(tmp_path: Path) -> None:
    data = tmp_path / "reports.jsonl"
    data.write_text(
        "\n".join(
            [
                json.dumps({"text": "My husband beats me", "kind": "domestic_violence"}),
                "{not json",
                json.dumps({"kind": "theft"}),
                json.dumps({"text": "bike stolen", "kind": "jaywalking"}),
                "",
                json.dumps({"text": "Someone hacked my email account", "kind": "cybercrime"}),
            ]
        ),
        encoding="utf-8",
    )

    result = run([str(data)], cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    rows = lines(result.stdout)
    assert {row["line"] for row in rows if "error" in row} == {2, 3, 4}
    assert rows[-1] == {"labelled": 2, "correct": 2, "accuracy": 1.0}


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    result = run([str(tmp_path / "missing.jsonl")], cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot read" in result.stderr
