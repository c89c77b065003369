"""The security-rules matrix (tests/rules/, @firebase/rules-unit-testing) against the session's
Firestore emulator, under its own project id (`demo-rules-matrix`), so loading the rules and
clearing its data never touch the documents the other tests use."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scripts.emulators import DEMO_PROJECT, PORTS, EmulatorSuite

ROOT = Path(__file__).resolve().parents[2]
RULES_TESTS = ROOT / "tests" / "rules"
SECURITY_DOC = ROOT / "docs" / "security.md"
MATRIX_PROJECT = "demo-rules-matrix"
MIN_CASES = 150
LISTING = re.compile(r"<!-- matrix:begin -->\n(.*?)\n<!-- matrix:end -->", re.S)


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("node is not on PATH: the rules matrix needs Node.js 20+", pytrace=False)
    return found


def test_matrix_typechecks() -> None:
    """The matrix is plain JavaScript with JSDoc types; tsc checks them strictly."""
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    run = subprocess.run(
        [str(tsc), "-p", str(RULES_TESTS)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_matrix_uses_its_own_project() -> None:
    runner = (RULES_TESTS / "matrix.test.mjs").read_text()
    assert f'PROJECT_ID = "{MATRIX_PROJECT}"' in runner
    assert MATRIX_PROJECT != DEMO_PROJECT


def test_rules_matrix(emulators: EmulatorSuite, tmp_path: Path) -> None:
    results_file = tmp_path / "results.json"
    env = {
        **os.environ,
        "FIRESTORE_EMULATOR_HOST": f"127.0.0.1:{PORTS.firestore}",
        "RULES_MATRIX_RESULTS": str(results_file),
    }
    run = subprocess.run(
        [node(), "--test", "--test-reporter=dot", str(RULES_TESTS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = (run.stdout + run.stderr)[-4000:]
    assert results_file.exists(), f"the matrix wrote no results (exit {run.returncode}):\n{output}"
    results: list[dict[str, Any]] = json.loads(results_file.read_text())["results"]
    failed = [f"{r['name']}: got {r['actual']}" for r in results if not r["ok"]]
    assert not failed, f"{len(failed)} of {len(results)} rules cases failed:\n" + "\n".join(failed)
    assert len(results) >= MIN_CASES, f"only {len(results)} rules cases ran:\n{output}"
    assert run.returncode == 0, output


def test_security_doc_lists_exactly_the_matrix() -> None:
    listing = subprocess.run(
        [node(), str(RULES_TESTS / "list.mjs")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    found = LISTING.search(SECURITY_DOC.read_text())
    assert found is not None, "docs/security.md has no <!-- matrix:begin/end --> section"
    assert found.group(1).strip() == listing, (
        "docs/security.md's matrix is stale: paste the output of `node tests/rules/list.mjs`"
    )
