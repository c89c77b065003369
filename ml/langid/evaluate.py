"""How far the served language model (``model/langid.*``) agrees with py3langid 0.4.0.

    functions/venv/bin/python ml/langid/evaluate.py [--model DIR]

On ml/langid/dev.tsv (texts written for this, with their true language) and the texts of
tests/unit/test_language.py, it compares (a) the raw top language of both models, (b) the
answer of ``language.detect`` (its rules plus the model) with either model behind it, and
(c) ``is_supported`` of those answers (what callers act on), and scores both against the true
language. For (b) the truth is the language, except that
English-compatible answers ("en", "und") count as right for English text. Dev-time only: it
needs py3langid and NumPy. The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for _path in (str(ROOT / "functions"), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from py3langid.langid import (  # type: ignore[import-untyped]  # noqa: E402
    MODEL_FILE,
    LanguageIdentifier,
)

from citizen_safe import language  # noqa: E402

DEV_TEXTS = ROOT / "ml" / "langid" / "dev.tsv"
# The texts of tests/unit/test_language.py with the language they are written in.
UNIT_TEXTS: tuple[tuple[str, str], ...] = (
    ("und", ""), ("und", "   "), ("en", "ok"), ("en", "gg"), ("en", "lol"), ("en", "k"),
    ("und", "😂😂😂"), ("und", "👍"), ("und", "123 456"), ("und", "!!!"), ("es", "hola amigo"),
    ("en", "k y s"), ("en", "you are such a loser"),
    ("en", "can you send me the notes from the lesson"),
    ("en", "i know which way you walk home from school"), ("en", "ur such a f@ilure lmao"),
    ("en", "y0u 4re p4thetic"), ("en", "stooopid little idiooot"), ("en", "where u at"),
    ("fr", "je ne sais pas pourquoi tu fais ça tous les jours"),
    ("de", "du bist so dumm und niemand mag dich hier"),
    ("es", "eres un idiota y nadie te quiere en este grupo"),
    ("ru", "Привет, как у тебя дела сегодня?"), ("ar", "أنت غبي جدا ولا أحد يحبك"),
    ("en", "see you at the library tomorrow"),
    ("fr", "ceci est un message assez long pour être reconnu " * 50),
)  # fmt: skip


def dev_set() -> list[tuple[str, str]]:
    lines = DEV_TEXTS.read_text(encoding="utf-8").splitlines()[1:]
    return [(lang, text) for lang, text in (line.split("\t", 1) for line in lines if line)]


def detect_with(identifier: Any, text: str) -> language.Language:
    """language.detect with the given model behind it."""
    saved = language._identifier
    setattr(language, "_identifier", identifier)  # noqa: B010  # a py3langid model is allowed here
    try:
        return language.detect(text)
    finally:
        language._identifier = saved


def right(truth: str, answer: str) -> bool:
    if truth in ("en", "und"):
        return answer in ("en", "und")
    return answer == truth


def compare(
    texts: list[tuple[str, str]], ours: language.LangidModel, theirs: Any
) -> dict[str, Any]:
    raw_agree = detect_agree = raw_right_ours = raw_right_theirs = 0
    det_right_ours = det_right_theirs = supported_agree = 0
    english_sent_away = {"ours": 0, "py3langid": 0}
    max_dp = 0.0
    differences: list[dict[str, Any]] = []
    for truth, text in texts:
        our_code, our_p = ours.classify(text)
        their_code, their_p = theirs.classify(text)
        raw_agree += our_code == their_code
        raw_right_ours += our_code == truth
        raw_right_theirs += their_code == truth
        if our_code == their_code:
            max_dp = max(max_dp, abs(our_p - float(their_p)))
        ours_detected = detect_with(ours, text)
        theirs_detected = detect_with(theirs, text)
        detect_agree += ours_detected.code == theirs_detected.code
        ours_ok, theirs_ok = (
            language.is_supported(ours_detected),
            language.is_supported(theirs_detected),
        )
        supported_agree += ours_ok == theirs_ok
        if truth == "en":
            english_sent_away["ours"] += not ours_ok
            english_sent_away["py3langid"] += not theirs_ok
        det_right_ours += right(truth, ours_detected.code)
        det_right_theirs += right(truth, theirs_detected.code)
        if ours_detected.code != theirs_detected.code or our_code != their_code:
            differences.append(
                {
                    "truth": truth,
                    "text": text[:60],
                    "raw": [our_code, round(our_p, 3), their_code, round(float(their_p), 3)],
                    "detect": [ours_detected.code, theirs_detected.code],
                }
            )
    n = len(texts)
    return {
        "texts": n,
        "languages": len({t for t, _ in texts}),
        "raw_top1_agreement": round(raw_agree / n, 4),
        "raw_accuracy_ours": round(raw_right_ours / n, 4),
        "raw_accuracy_py3langid": round(raw_right_theirs / n, 4),
        "max_abs_dp_when_agreeing": round(max_dp, 4),
        "detect_agreement": round(detect_agree / n, 4),
        "detect_accuracy_ours": round(det_right_ours / n, 4),
        "detect_accuracy_py3langid": round(det_right_theirs / n, 4),
        "is_supported_agreement": round(supported_agree / n, 4),
        "english_texts": sum(truth == "en" for truth, _ in texts),
        "english_sent_away": english_sent_away,
        "differences": differences,
    }


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=language.MODEL_DIR)
    args = parser.parse_args(argv)
    ours = language.LangidModel.from_dir(args.model)
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    dev = dev_set()
    result = {
        "dev": compare(dev, ours, theirs),
        "unit": compare(list(UNIT_TEXTS), ours, theirs),
    }
    for name, part in result.items():
        print(name, {k: v for k, v in part.items() if k != "differences"})
        for diff in part["differences"]:
            print("   ", diff)
    for part in result.values():
        part["differences"] = len(part["differences"])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
