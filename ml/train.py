"""Train the bullying classifier and export it to functions/citizen_safe/model/.

    python ml/train.py                      # data from ../shared/data/toxicity/
    python ml/train.py --davidson labeled_data.csv --hatecheck test_suite_cases.csv \\
        --toxigen TOXIGEN/prompts           # data anywhere else

Deterministic: fixed seeds and single-threaded BLAS, so the same data and library versions
give byte-identical artifacts. Takes about one minute on two cores.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy loads: thread count changes floating-point sums

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "functions")]

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.base import clone  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from citizen_safe import classifier  # noqa: E402
from ml import datasets, model  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name, src in datasets.SOURCES.items():
        parser.add_argument(
            f"--{name}", type=Path, default=src.default,
            help=f"default {src.default}; get it from {src.get_it}",
        )  # fmt: skip
    parser.add_argument("--out", type=Path, default=classifier.MODEL_DIR, help="artifact folder")
    return parser.parse_args(argv)


def out_of_fold(
    pipeline: Any, texts: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray
) -> np.ndarray:
    """Decision values for every training row from a model that never saw its template group."""
    oof = np.zeros(len(y))
    folds = GroupKFold(n_splits=model.CV_FOLDS, shuffle=True, random_state=model.SEED)
    for train_idx, test_idx in folds.split(texts, y, groups):
        fold = clone(pipeline).fit(list(texts[train_idx]), y[train_idx],
                                   lr__sample_weight=w[train_idx])  # fmt: skip
        oof[test_idx] = fold.decision_function(list(texts[test_idx]))
    return oof


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    paths: dict[str, Path] = {name: getattr(args, name) for name in datasets.SOURCES}
    problem = datasets.missing_sources_message(paths)
    if problem:
        print(problem, file=sys.stderr)
        return 2

    examples = datasets.load_training(paths)
    texts = np.array([e.text for e in examples], dtype=object)
    y = np.array([e.label for e in examples], dtype=np.int64)
    sources = np.array([e.source for e in examples])
    groups = np.array([e.group for e in examples])
    w = model.sample_weights(sources, y)
    counts = Counter(zip(sources.tolist(), y.tolist(), strict=True))
    for (source, label), n in sorted(counts.items()):
        print(f"{source:>10} label={label}: {n}")

    cfg = model.Config()
    pipeline = model.build_pipeline(cfg)
    oof_ngram = out_of_fold(pipeline, texts, y, w, groups)
    teacher = model.load_teacher()
    normalised = model.normalise_all(list(texts))
    teacher_p = model.teacher_probability(teacher, normalised)
    gated = model.teacher_gates(normalised)
    stack_w = model.stack_weights(sources, y)
    stack = model.fit_stacker(oof_ngram, y, stack_w)
    oof = model.stacked_probability(oof_ngram, teacher_p, gated, stack)
    print(f"stacker (ngram, teacher bump, intercept): {tuple(round(v, 4) for v in stack)}")
    print(f"teacher gated off on {int(gated.sum())} of {len(gated)} training rows")
    fit_rows = stack_w > 0
    threshold, threshold_stats = model.choose_threshold(y[fit_rows], oof[fit_rows],
                                                        sources[fit_rows])  # fmt: skip

    def auc_by_source(scores: np.ndarray) -> dict[str, float]:
        return {
            str(s): round(float(roc_auc_score(y[sources == s], scores[sources == s])), 4)
            for s in sorted(set(sources.tolist()))
            if len(set(y[sources == s].tolist())) == 2
        }

    per_source = auc_by_source(oof)
    print(f"out-of-fold ROC-AUC by source, n-grams only: {auc_by_source(oof_ngram)}")
    print(f"teacher alone (in-sample on davidson): {auc_by_source(teacher_p)}")
    print(f"out-of-fold ROC-AUC by source, stacked: {per_source}")
    bump_table = {}
    for bump in model.TEACHER_BUMP_GRID:
        trial = model.stacked_decision(oof_ngram, teacher_p, gated, (stack[0], bump, stack[2]))
        bump_table[str(bump)] = auc_by_source(trial)
        print(f"  teacher bump {bump}: out-of-fold ROC-AUC {bump_table[str(bump)]}")
    for t, j, tpr, fpr in model.threshold_curve(y[fit_rows], oof[fit_rows], sources[fit_rows]):
        print(f"  threshold {t:.2f}: J {j:.3f}  TPR {tpr:.3f}  FPR {fpr:.3f}")
    print(f"threshold {threshold}: {threshold_stats}")

    pipeline.fit(list(texts), y, lr__sample_weight=w)
    # Tweet-like validation slice of Davidson (never trained on): hate or offensive vs neither.
    val = datasets.load_davidson(paths["davidson"], split="validation")
    val_texts = [e.text for e in val]
    val_y = np.array([e.label for e in val])
    val_norm = model.normalise_all(val_texts)
    val_ngram = pipeline.decision_function(val_texts)
    val_scores = {
        "stacked": model.stacked_decision(val_ngram, model.teacher_probability(teacher, val_norm),
                                          model.teacher_gates(val_norm), stack),
        "ngram_only": val_ngram,
        "teacher_in_sample": model.teacher_probability(teacher, val_norm),
    }  # fmt: skip
    davidson_val = {k: round(float(roc_auc_score(val_y, v)), 4) for k, v in val_scores.items()}
    print(f"davidson validation slice ({len(val)} tweets) ROC-AUC: {davidson_val}")
    summary = {
        "rows": {f"{s}:{label}": n for (s, label), n in sorted(counts.items())},
        "source_weights": model.SOURCE_WEIGHTS,
        "class_balance": "each source's classes weighted equally",
        "oof_roc_auc": per_source,
        "oof_roc_auc_ngram_only": auc_by_source(oof_ngram),
        "stack_sources": list(model.STACK_SOURCES),
        "teacher_bump_oof_roc_auc": bump_table,
        "davidson_validation_roc_auc": davidson_val,
        "threshold_rule": model.THRESHOLD_RULE,
        "threshold_oof": threshold_stats,
        "scikit_learn": sklearn.__version__,
        "numpy": np.__version__,
    }
    teacher_spec = model.export_teacher(teacher, args.out)
    meta = model.export(pipeline, cfg, threshold, args.out, summary, teacher_spec, stack)

    # The served model must reproduce the pipeline: check on a slice of the training text.
    check = list(texts[:: max(1, len(texts) // 3000)])
    served = classifier.load_artifact(args.out)
    check_norm = model.normalise_all(check)
    expected = model.stacked_probability(
        pipeline.decision_function(check), model.teacher_probability(teacher, check_norm),
        model.teacher_gates(check_norm), stack,
    )  # fmt: skip
    got = np.array([served.probability(classifier.normalise(t)) for t in check])
    worst = float(np.max(np.abs(expected - got)))
    print(f"served vs scikit-learn on {len(check)} texts: max |diff| = {worst:.3g}")
    if worst > 1e-12:
        print("export does not reproduce the pipeline", file=sys.stderr)
        return 1
    if threshold != classifier.DEFAULT_THRESHOLD:
        print(f"NOTE: set DEFAULT_THRESHOLD = {threshold} in citizen_safe/classifier.py")
    size = sum(p.stat().st_size for p in args.out.iterdir()) / 1e6
    print(f"wrote {args.out} ({size:.2f} MB, weights sha256 {meta['weights_sha256'][:12]})")
    print(f"training took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
