"""Train the crime-type classifier and export it to functions/citizen_safe/prediction/model/.

    python ml/crime_type/train.py            # data/reports.jsonl -> the shipped artifact
    python ml/crime_type/train.py --out DIR  # anywhere else (tests use a temporary folder)

The model also trains on the cue phrases of data/cues.tsv (a vocabulary prior, weighted).
Tuning picks one configuration from GRID by 5-fold cross-validated accuracy on the ``train``
split only; the frozen ``test`` split is scored once, after the choice, and the shipped model
is the one fitted on ``train`` alone, so the test figures describe exactly what ships.
Deterministic (fixed seed, one BLAS thread, sorted JSON): a rerun writes identical bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy loads: the thread count changes floating-point sums

ROOT = Path(__file__).resolve().parents[2]
for _path in (str(ROOT / "functions"), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402

from citizen_safe.prediction import crime_type  # noqa: E402
from ml.crime_type import (  # noqa: E402
    CUES_FILE,
    DATA_FILE,
    LabelledReport,
    confusion,
    load_reports,
)

SEED = 20250608
CV_FOLDS = 5
MAX_ITER = 5000
# (C, cue weight) candidates. Ties in CV accuracy go to the smaller C (the simpler model), then
# to the smaller cue weight (more say for real reports).
GRID: tuple[tuple[float, float], ...] = tuple(
    (c, w) for c in (10.0, 30.0, 100.0) for w in (1.0, 2.0)
)


def load_cues(path: Path = CUES_FILE) -> list[tuple[str, str]]:
    """(phrase, kind) pairs from data/cues.tsv: a vocabulary prior, never evaluated."""
    cues: list[tuple[str, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, _, phrases = raw.partition("\t")
        if kind not in crime_type.CRIME_TYPES or not phrases.strip():
            raise ValueError(f"{path}:{number}: expected KIND<TAB>phrase | phrase ...")
        cues.extend((p.strip(), kind) for p in phrases.split(" | ") if p.strip())
    return cues


def fit(
    texts: list[str], labels: list[str], cues: list[tuple[str, str]], c: float, cue_weight: float
) -> Pipeline:
    """Fit on the reports plus the cue phrases, each cue weighted ``cue_weight``."""
    x = texts + [p for p, _ in cues]
    y = labels + [k for _, k in cues]
    w = np.array([1.0] * len(texts) + [cue_weight] * len(cues))
    return build_pipeline(c).fit(x, y, lr__sample_weight=w)


def build_pipeline(c: float) -> Pipeline:
    """TF-IDF over the runtime's own features, then multinomial logistic regression."""
    return Pipeline(
        [
            (
                "tfidf",
                TfidfVectorizer(
                    analyzer=crime_type.features,
                    lowercase=False,
                    min_df=1,  # every cue phrase is seen once, and it is there to be used
                    sublinear_tf=False,  # a log would have to match NumPy's bit for bit
                    dtype=np.float64,
                ),
            ),
            ("lr", LogisticRegression(C=c, max_iter=MAX_ITER, tol=1e-6)),
        ]
    )


def cv_accuracy(
    texts: list[str], labels: list[str], cues: list[tuple[str, str]], c: float, cue_weight: float
) -> float:
    """Mean accuracy over stratified folds of the training split (cues always train)."""
    folds = StratifiedKFold(n_splits=CV_FOLDS, shuffle=True, random_state=SEED)
    x = np.array(texts, dtype=object)
    y = np.array(labels, dtype=object)
    scores: list[float] = []
    for train_idx, test_idx in folds.split(x, y):
        model = fit(list(x[train_idx]), list(y[train_idx]), cues, c, cue_weight)
        predicted = model.predict(list(x[test_idx]))
        scores.append(float(np.mean(predicted == y[test_idx])))
    return float(np.mean(scores))


def export(pipeline: Pipeline, out_dir: Path, summary: dict[str, Any]) -> dict[str, Any]:
    """Write features.txt, weights.f64 ([idf..., coef row-major...]) and meta.json."""
    vec: TfidfVectorizer = pipeline.named_steps["tfidf"]
    lr: LogisticRegression = pipeline.named_steps["lr"]
    names = vec.get_feature_names_out().tolist()
    if any("\n" in n for n in names):
        raise RuntimeError("a feature contains a newline; features.txt would be ambiguous")
    classes = [str(c) for c in lr.classes_]
    coef = np.ascontiguousarray(np.asarray(lr.coef_, dtype="<f8").T)  # features x classes
    weights = np.asarray(vec.idf_, dtype="<f8").tobytes() + coef.tobytes()
    feature_text = "\n".join(names) + "\n"
    meta: dict[str, Any] = {
        "format_version": crime_type.FORMAT_VERSION,
        "model": crime_type.OFFLINE_MODEL,
        "classes": classes,
        "intercept": [float(v) for v in lr.intercept_],
        "features": len(names),
        "features_sha256": hashlib.sha256(feature_text.encode()).hexdigest(),
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
        "training": summary,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / crime_type.FEATURES_FILE).write_text(feature_text, encoding="utf-8")
    (out_dir / crime_type.WEIGHTS_FILE).write_bytes(weights)
    text = json.dumps(meta, indent=1, sort_keys=True) + "\n"
    (out_dir / crime_type.META_FILE).write_text(text, encoding="utf-8")
    return meta


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_FILE, help="labelled reports (JSONL)")
    parser.add_argument("--cues", type=Path, default=CUES_FILE, help="cue phrases (TSV)")
    parser.add_argument("--out", type=Path, default=crime_type.MODEL_DIR, help="artifact folder")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    reports = load_reports(args.data)
    train: list[LabelledReport] = [r for r in reports if r.split == "train"]
    test: list[LabelledReport] = [r for r in reports if r.split == "test"]
    texts, labels = [r.text for r in train], [r.kind for r in train]
    cues = load_cues(args.cues)
    print(f"{len(train)} training and {len(test)} frozen test reports, {len(cues)} cue phrases")

    results: list[tuple[float, float, float]] = []
    for c, cue_weight in GRID:
        accuracy = cv_accuracy(texts, labels, cues, c, cue_weight)
        results.append((accuracy, c, cue_weight))
        print(f"  C={c:g} cue weight {cue_weight:g}: CV accuracy {accuracy:.4f}")
    best_accuracy, best_c, best_weight = max(results, key=lambda r: (r[0], -r[1], -r[2]))
    print(f"chosen C={best_c:g} cue weight {best_weight:g} (CV accuracy {best_accuracy:.4f})")

    pipeline = fit(texts, labels, cues, best_c, best_weight)
    classes = tuple(str(c) for c in pipeline.named_steps["lr"].classes_)
    test_summary: dict[str, Any] = {}
    if test:
        predicted = [str(p) for p in pipeline.predict([r.text for r in test])]
        expected = [r.kind for r in test]
        correct = sum(p == e for p, e in zip(predicted, expected, strict=True))
        test_summary = {
            "reports": len(test),
            "accuracy": round(correct / len(test), 4),
            "confusion": confusion(expected, predicted, classes),
        }
        print(f"frozen test split: accuracy {test_summary['accuracy']:.4f} on {len(test)}")
    summary: dict[str, Any] = {
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "cues_sha256": hashlib.sha256(args.cues.read_bytes()).hexdigest(),
        "train_reports": len(train),
        "cue_phrases": len(cues),
        "grid": [{"c": c, "cue_weight": w, "cv_accuracy": round(a, 4)} for a, c, w in results],
        "chosen": {"c": best_c, "cue_weight": best_weight, "cv_accuracy": round(best_accuracy, 4)},
        "test": test_summary,
        "scikit_learn": sklearn.__version__,
        "numpy": np.__version__,
    }
    meta = export(pipeline, args.out, summary)

    # The served model must reproduce the pipeline on every report we have.
    served = crime_type.load_artifact(args.out)
    all_texts = [r.text for r in reports]
    expected_p = pipeline.predict_proba(all_texts)
    order = [classes.index(c) for c in served.classes]
    worst = 0.0
    for text, row in zip(all_texts, expected_p, strict=True):
        got = served.scores(text).probabilities
        worst = max(worst, max(abs(got[served.classes[j]] - row[order[j]]) for j in order))
    print(f"served vs scikit-learn on {len(all_texts)} reports: max |diff| = {worst:.3g}")
    if worst > 1e-9:
        print("export does not reproduce the pipeline", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in args.out.iterdir()) / 1e6
    print(
        f"wrote {args.out} ({meta['features']} features, {size:.2f} MB, "
        f"weights sha256 {meta['weights_sha256'][:12]})"
    )
    print(f"training took {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
