"""Training and evaluation of the offline crime-type classifier (see MODEL_CARD.md).

The labelled reports live in ``data/reports.jsonl``: one JSON object a line with ``text``,
``kind`` (one of ``CRIME_TYPES``) and ``split``. The ``test`` split was frozen when the data
was written, before any tuning; tuning uses cross-validation on ``train`` only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

DATA_FILE: Final = Path(__file__).resolve().parent / "data" / "reports.jsonl"
CUES_FILE: Final = Path(__file__).resolve().parent / "data" / "cues.tsv"
SPLITS: Final = ("train", "test")


@dataclass(frozen=True)
class LabelledReport:
    text: str
    kind: str
    split: str


def load_reports(path: Path = DATA_FILE) -> list[LabelledReport]:
    """Read and check the labelled reports; a bad line stops training with its number."""
    from citizen_safe.prediction.crime_type import CRIME_TYPES

    reports: list[LabelledReport] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        data = json.loads(raw)
        text, kind, split = data.get("text"), data.get("kind"), data.get("split", "train")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{path}:{number}: missing text")
        if kind not in CRIME_TYPES:
            raise ValueError(f"{path}:{number}: unknown kind {kind!r}")
        if split not in SPLITS:
            raise ValueError(f"{path}:{number}: unknown split {split!r}")
        reports.append(LabelledReport(text, kind, split))
    return reports


def confusion(
    expected: list[str], predicted: list[str], classes: tuple[str, ...]
) -> list[list[int]]:
    """Rows: true class; columns: predicted class, both in ``classes`` order."""
    at = {c: i for i, c in enumerate(classes)}
    matrix = [[0] * len(classes) for _ in classes]
    for e, p in zip(expected, predicted, strict=True):
        matrix[at[e]][at[p]] += 1
    return matrix


def confusion_markdown(matrix: list[list[int]], classes: tuple[str, ...]) -> str:
    """A Markdown table with short column heads, for the model card."""
    short = [c[:5] for c in classes]
    lines = [
        "| true \\ predicted | " + " | ".join(short) + " |",
        "|---|" + "---:|" * len(classes),
    ]
    for name, row in zip(classes, matrix, strict=True):
        cells = [str(n) if n else "·" for n in row]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
