"""scripts/verify_reports.py, run as a user would run it (a subprocess, any cwd)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "verify_reports.py"
LABELLED = ROOT / "tests" / "data" / "labelled_reports.jsonl"


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


def test_labelled_set_metrics_from_another_directory(tmp_path: Path) -> None:
    result = run([str(LABELLED)], cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    rows = lines(result.stdout)
    verdicts, metrics = rows[:-1], rows[-1]
    assert len(verdicts) == len(LABELLED.read_text(encoding="utf-8").splitlines())
    assert all({"is_fake", "confidence", "red_flags", "reasoning"} <= v.keys() for v in verdicts)
    assert {"accuracy", "precision", "recall", "false_positives", "false_negatives"} <= set(metrics)
    assert metrics["false_positives"] == 0
    assert metrics["accuracy"] >= 0.95


def test_bad_lines_give_error_verdicts_not_tracebacks(tmp_path: Path) -> None:
    data = tmp_path / "reports.jsonl"
    data.write_text(
        "\n".join(
            [
                json.dumps({"text": "A ghost stole my bag", "is_fake": True}),
                "{not json",
                json.dumps({"location": "Pune"}),
                json.dumps({"text": "   "}),
                json.dumps(["a", "list"]),
                json.dumps({"text": "Bike stolen at 5 pm near the gym", "is_fake": "no"}),
                "",
                json.dumps({"text": "Bike stolen at 5 pm near the gym", "is_fake": False}),
            ]
        ),
        encoding="utf-8",
    )

    result = run([str(data)], cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "line 2: invalid JSON" in result.stderr
    assert 'line 3: missing or empty "text"' in result.stderr
    rows = lines(result.stdout)
    errors = {row["line"]: row["error"] for row in rows if "error" in row}
    assert set(errors) == {2, 3, 4, 5, 6}
    assert rows[0]["is_fake"] is True and rows[0]["correct"] is True
    assert rows[-1] == {
        "labelled": 2,
        "accuracy": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "true_positives": 1,
        "true_negatives": 1,
        "false_positives": 0,
        "false_negatives": 0,
    }


def test_unlabelled_input_from_stdin_has_no_metrics_line(tmp_path: Path) -> None:
    stdin = json.dumps({"text": "All ATMs in the city are hacked", "location": "Pune"}) + "\n"

    result = run(["-"], cwd=tmp_path, stdin=stdin)

    assert result.returncode == 0, result.stderr
    (row,) = lines(result.stdout)
    assert row["is_fake"] is True
    assert row["red_flags"] == ["mass_scale_claim"]
    assert row["verified_by"] == "offline-rules/offline-rules-v1"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run([str(tmp_path / "nope.jsonl")], cwd=tmp_path)

    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr
