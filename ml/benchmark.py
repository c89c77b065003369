"""Latency, throughput, artifact size and cold-start cost of the classifier + language ID.

    functions/venv/bin/python ml/benchmark.py

cold_start_ratio compares fresh processes: the Firebase imports a deployed instance makes, plus
importing the classifier, loading the model and one prediction, divided by the same Firebase
imports alone (median of several interleaved runs). Language identification is included: the
first message is English, which the language module's rule settles without its model; the
"_worst" figures force its model (model/langid.bin, derived from py3langid's) to load as a
first non-obvious message would, and langid_cold_load_ms is that load alone. langid_p50_ms
times the model itself on ml/langid/dev.tsv (33 languages, chat to report length).
The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONS = ROOT / "functions"
sys.path[:0] = [str(ROOT), str(FUNCTIONS)]

from citizen_safe import classifier, language  # noqa: E402
from ml import datasets  # noqa: E402

FIREBASE_IMPORTS = (
    "import firebase_functions.firestore_fn, firebase_functions.https_fn, firebase_admin.firestore"
)
# Also prints what the classifier part alone cost inside that process, in milliseconds.
WITH_CLASSIFIER = (
    FIREBASE_IMPORTS + "\nimport time\nt = time.perf_counter()"
    "\nfrom citizen_safe.classifier import load_model, predict_text"
    "\nfrom citizen_safe.language import detect, load"
    "\nload_model()\ndetect('you are such an idiot')\npredict_text('you are such an idiot')"
    "\nprint((time.perf_counter() - t) * 1000)"
)
WORST_CASE = WITH_CLASSIFIER.replace(
    "load_model()",
    "load_model()\nt_lang = time.perf_counter()\nload()"
    "\nprint((time.perf_counter() - t_lang) * 1000)",
)
LANGID_TEXTS = ROOT / "ml" / "langid" / "dev.tsv"


def messages() -> list[str]:
    """Typical chat messages: this project's own sentences (committed, so always present)."""
    texts, _ = datasets.load_labelled_csv(datasets.OWN_EXAMPLES)
    return texts + [e.text for e in datasets.load_chat(datasets.CHAT_EXAMPLES, "dev")]


def fresh_process(code: str) -> tuple[float, str]:
    """Wall time of a new interpreter running code, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=FUNCTIONS, check=True, capture_output=True, text=True
    )
    return time.perf_counter() - started, done.stdout


def cold_start(runs: int) -> dict[str, float]:
    fresh_process(WORST_CASE)  # warm the OS file cache for every variant
    base: list[float] = []
    full: list[float] = []
    worst: list[float] = []
    inside_ms: list[float] = []
    worst_ms: list[float] = []
    langid_ms: list[float] = []
    for i in range(runs):  # interleaved, alternating who goes first, so drift hits all alike
        if i % 2:
            base.append(fresh_process(FIREBASE_IMPORTS)[0])
        seconds, out = fresh_process(WITH_CLASSIFIER)
        full.append(seconds)
        inside_ms.append(float(out.split()[-1]))
        seconds, out = fresh_process(WORST_CASE)
        worst.append(seconds)
        worst_ms.append(float(out.split()[-1]))
        langid_ms.append(float(out.split()[-2]))
        if not i % 2:
            base.append(fresh_process(FIREBASE_IMPORTS)[0])
    base_s, full_s = statistics.median(base), statistics.median(full)
    return {
        "cold_start_ratio": round(full_s / base_s, 3),
        "cold_start_ratio_worst": round(statistics.median(worst) / base_s, 3),
        "firebase_imports_s": round(base_s, 3),
        "firebase_plus_classifier_s": round(full_s, 3),
        "classifier_cold_ms": round(statistics.median(inside_ms), 1),
        "classifier_and_langid_model_cold_ms": round(statistics.median(worst_ms), 1),
        "langid_cold_load_ms": round(statistics.median(langid_ms), 1),
    }


def langid_latency(calls: int) -> dict[str, float]:
    """The language model alone (no rule in front) on texts of every kind and script."""
    lines = LANGID_TEXTS.read_text(encoding="utf-8").splitlines()[1:]
    texts = [line.split("\t", 1)[1] for line in lines if line]
    language.load()
    model = language._identifier
    assert model is not None
    timings: list[float] = []
    for i in range(max(calls, len(texts))):
        text = texts[i % len(texts)]
        started = time.perf_counter()
        model.classify(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "langid_p50_ms": round(timings[len(timings) // 2], 4),
        "langid_p95_ms": round(timings[int(len(timings) * 0.95)], 4),
    }


def latency(pool: list[str], calls: int) -> dict[str, float]:
    classifier.load_model()
    for text in pool:  # warm-up
        classifier.predict_text(text)
    timings: list[float] = []
    for i in range(calls):
        text = pool[i % len(pool)]
        started = time.perf_counter()
        classifier.predict_text(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    language.load()
    with_language: list[float] = []
    for i in range(calls):
        text = pool[i % len(pool)]
        started = time.perf_counter()
        language.detect(text)
        classifier.predict_text(text)
        with_language.append((time.perf_counter() - started) * 1000)
    with_language.sort()
    batch = pool * max(1, 2000 // len(pool))
    started = time.perf_counter()
    for text in batch:
        classifier.predict_text(text)
    batch_s = time.perf_counter() - started
    huge = "you are an idiot " * (1_000_000 // 17)
    started = time.perf_counter()
    classifier.predict_text(huge)
    return {
        "p50_ms": round(timings[len(timings) // 2], 4),
        "p95_ms": round(timings[int(len(timings) * 0.95)], 4),
        "p50_with_language_ms": round(with_language[len(with_language) // 2], 4),
        "p95_with_language_ms": round(with_language[int(len(with_language) * 0.95)], 4),
        "batch_per_s": round(len(batch) / batch_s),
        "one_mb_text_ms": round((time.perf_counter() - started) * 1000, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="fresh-process runs per variant")
    parser.add_argument("--calls", type=int, default=5000, help="in-process predictions timed")
    args = parser.parse_args(argv)
    artifact_mb = sum(p.stat().st_size for p in classifier.MODEL_DIR.iterdir()) / 1e6
    result: dict[str, float] = latency(messages(), args.calls)
    result.update(langid_latency(args.calls))
    result["artifact_mb"] = round(artifact_mb, 2)
    result.update(cold_start(args.runs))
    for key, value in result.items():
        print(f"{key:>28}: {value}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
