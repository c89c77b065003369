"""Accuracy and confusion matrix of the shipped crime-type model, served in pure Python.

    python ml/crime_type/evaluate.py                       # the frozen test split
    python ml/crime_type/evaluate.py --data FILE.jsonl     # any file of {"text", "kind"} lines

Prints Markdown, ready for MODEL_CARD.md. Lines with a ``split`` field are filtered by
``--split`` (default ``test``); lines without one are all used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for _path in (str(ROOT / "functions"), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from citizen_safe.prediction import crime_type  # noqa: E402
from ml.crime_type import DATA_FILE, confusion, confusion_markdown  # noqa: E402


def load(path: Path, split: str) -> list[tuple[str, str]]:
    """(text, kind) pairs of the labelled lines in ``split``."""
    rows: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        data = json.loads(raw)
        if split != "all" and data.get("split", split) != split:
            continue
        if data.get("kind") in crime_type.CRIME_TYPES and isinstance(data.get("text"), str):
            rows.append((data["text"], data["kind"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_FILE)
    parser.add_argument("--split", choices=("train", "test", "all"), default="test")
    args = parser.parse_args(argv)
    rows = load(args.data, args.split)
    if not rows:
        print(f"no labelled reports in {args.data}", file=sys.stderr)
        return 2
    model = crime_type.load_model()
    expected = [kind for _, kind in rows]
    predicted = [model.scores(text).crime_type for text, _ in rows]
    correct = sum(e == p for e, p in zip(expected, predicted, strict=True))
    print(
        f"{args.data.name} ({args.split}): accuracy {correct / len(rows):.4f} "
        f"({correct}/{len(rows)})\n"
    )
    totals, hits = (
        Counter(expected),
        Counter(e for e, p in zip(expected, predicted, strict=True) if e == p),
    )
    print("| type | reports | recall |\n|---|---:|---:|")
    for kind in crime_type.CRIME_TYPES:
        if totals[kind]:
            print(f"| {kind} | {totals[kind]} | {hits[kind] / totals[kind]:.2f} |")
    print()
    print(
        confusion_markdown(
            confusion(expected, predicted, crime_type.CRIME_TYPES), crime_type.CRIME_TYPES
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
