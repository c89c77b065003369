"""The command line shared by the JSONL tools (`verify_reports.py`, `classify_crime_type.py`):
one file argument or "-" for stdin, results on stdout, and exit 2 for an unreadable file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"

Run = Callable[[TextIO, TextIO, TextIO], int]


def main(run: Run, description: str | None, argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("file", help='JSON Lines file of reports, or "-" for stdin')
    args = parser.parse_args(argv)
    if str(FUNCTIONS_DIR) not in sys.path:
        sys.path.insert(0, str(FUNCTIONS_DIR))
    if args.file == "-":
        return run(sys.stdin, sys.stdout, sys.stderr)
    try:
        with open(args.file, encoding="utf-8") as handle:
            return run(handle, sys.stdout, sys.stderr)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
