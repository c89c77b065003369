"""Measure the shipped classifier on a labelled CSV (columns text,label; 1 = bullying/toxic).

    python ml/evaluate.py --data ../shared/data/toxicity/eval/olid_test.csv

Scores come from the served runtime (citizen_safe.classifier), not from scikit-learn, so this
measures exactly what is deployed. The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "functions")]

from sklearn.metrics import precision_recall_fscore_support, roc_auc_score  # noqa: E402

from citizen_safe import classifier  # noqa: E402
from ml import datasets  # noqa: E402


def evaluate(
    texts: list[str], labels: list[int], model: classifier.Model, threshold: float
) -> dict[str, float | int]:
    predictions = [model.predict(t, threshold) for t in texts]
    scores = [p["probability"] for p in predictions]
    predicted = [p["label"] for p in predictions]
    precision, recall, f1, _ = precision_recall_fscore_support(
        labels, predicted, average="binary", zero_division=0
    )
    both_classes = 0 < sum(labels) < len(labels)
    return {
        "roc_auc": round(float(roc_auc_score(labels, scores)), 4) if both_classes else float("nan"),
        "f1": round(float(f1), 4),
        "precision": round(float(precision), 4),
        "recall": round(float(recall), 4),
        "n": len(labels),
        "positives": sum(labels),
        "threshold": threshold,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="CSV with columns text,label")
    parser.add_argument("--model-dir", type=Path, default=classifier.MODEL_DIR)
    parser.add_argument(
        "--threshold", type=float, default=None, help="default: the model's shipped threshold"
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found", file=sys.stderr)
        return 2
    texts, labels = datasets.load_labelled_csv(args.data)
    model = classifier.load_artifact(args.model_dir)
    meta = json.loads((args.model_dir / classifier.META_FILE).read_text(encoding="utf-8"))
    threshold = args.threshold if args.threshold is not None else float(meta["threshold"])
    started = time.perf_counter()
    result = evaluate(texts, labels, model, threshold)
    elapsed = time.perf_counter() - started
    print(f"{args.data.name}: {len(texts)} texts scored in {elapsed:.1f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
