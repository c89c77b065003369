#!/usr/bin/env bash
# All checks: lint, types, unit tests and emulator integration tests (pytest starts the
# emulators itself). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
venv=functions/venv/bin
"$venv/ruff" check .
"$venv/ruff" format --check .
"$venv/mypy" functions/main.py functions/citizen_safe scripts ml tests
"$venv/python" -m pytest "$@"
