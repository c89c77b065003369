#!/usr/bin/env bash
# The demo: starts the emulators, files reports as real signed-in users, prints the verdicts.
# --keep-running leaves the emulators up for a mobile developer to connect to.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec functions/venv/bin/python scripts/demo.py "$@"
