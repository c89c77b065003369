"""Derive the served language model (functions/citizen_safe/model/langid.*) from py3langid's.

    functions/venv/bin/python ml/langid/build.py            # writes the shipped artifact
    functions/venv/bin/python ml/langid/build.py --out DIR  # anywhere else (reproducibility)

Why: py3langid's own model costs ~0.9 s to load (NumPy import plus LZMA-decompressing 68 MB of
arrays), which breaks the cold-start budget. Its naive Bayes is naturally sparse: a class's
log-probability of an n-gram is that class's floor (the smoothed value of every unseen n-gram)
for ~80 % of the table. So we keep the exact floor per class and only the deltas above it,
quantised to ``1/SCALE``, for the languages citizens are likely to write (``LANGUAGES``).
Scores then equal py3langid's restricted to those languages (``set_languages``) up to that
rounding, which this script checks before writing anything.

The n-gram strings are not stored in py3langid's model, only its tokenising DFA; they are
recovered by a breadth-first walk (the shortest path to a state spells the n-gram it stands
for), and counting "the longest known n-gram ending at each byte" is checked to give the DFA's
counts exactly. Output is byte-identical on rerun (sorted features, no timestamps).
"""

from __future__ import annotations

import argparse
import array
import hashlib
import json
import random
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for _path in (str(ROOT / "functions"), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import numpy as np  # noqa: E402
import py3langid  # type: ignore[import-untyped]  # noqa: E402
from py3langid.langid import (  # type: ignore[import-untyped]  # noqa: E402
    MODEL_DIR,
    MODEL_FILE,
    LanguageIdentifier,
    visit_counts,
)
from py3langid.modelio import load_model  # type: ignore[import-untyped]  # noqa: E402

from citizen_safe import language  # noqa: E402

DEV_TEXTS = ROOT / "ml" / "langid" / "dev.tsv"
LICENCE_NAME = "LICENSE-py3langid.txt"
# Deltas below MIN_STEP / SCALE are dropped: 0.69 = log(2) is an n-gram seen once in a
# language's training data, the weakest evidence there is, and 29 % of all entries.
MIN_STEP = 15
SCALE = 20  # deltas are stored in steps of 0.05 nats (max delta 11.65 -> 233 fits a byte)

# Languages a city's residents are likely to write, plus every script py3langid knows that
# costs little (non-Latin classes have few n-grams), so text in those scripts is still named
# as foreign rather than as the nearest Latin language. Latin-script classes cost ~20,000
# entries (40 kB) each, so only a few more than asked for are kept; text in a dropped one
# (Danish, Finnish, ...) is named as a kept neighbour, which is just as unsupported.
_LANGUAGE_GROUPS = (
    # asked for
    "en es fr de it pt nl pl ro tr ru uk ar hi ur bn zh ja ko vi id tl sw fa el he",
    # more Latin script: neighbours that calibrate the big ones, and large diasporas
    "ca sv cs hu hr sr sq so ms af",
    # other scripts
    "am as be bg gu hy ka kk km kn ky lo mk ml mn mr my ne or pa ps si ta te th ug tg tt",
    "yue arz ary",
    # py3langid's "no linguistic content"
    "zxx",
)
LANGUAGES = frozenset(code for group in _LANGUAGE_GROUPS for code in group.split())


def recover_features(
    nextmove: Any, rows_of_state: Any, output: list[int]
) -> tuple[list[bytes], int]:
    """Feature strings by index, read off the DFA, and the longest length."""
    itemsize = {2: np.uint16, 4: np.uint32, 8: np.uint64}
    rows = np.frombuffer(nextmove, dtype=itemsize[nextmove.itemsize]).reshape(-1, 256)
    row = np.frombuffer(rows_of_state, dtype=itemsize[rows_of_state.itemsize]).astype(np.int64)
    label: list[bytes | None] = [None] * len(row)
    label[0] = b""
    frontier = [0]
    while frontier:  # breadth first, bytes in order: each state's first visit is its n-gram
        targets = rows[row[np.asarray(frontier)]].astype(np.int64).tolist()
        following: list[int] = []
        for state, row_targets in zip(frontier, targets, strict=True):
            prefix = label[state]
            assert prefix is not None
            for byte, target in enumerate(row_targets):
                if label[target] is None:
                    label[target] = prefix + bytes((byte,))
                    following.append(target)
        frontier = following
    if any(lab is None for lab in label):
        raise SystemExit("build: the DFA has unreachable states; unexpected model layout")
    strings: dict[int, bytes] = {}
    for state, feature in enumerate(output):
        if feature < 0:
            continue
        text = label[state]
        assert text is not None
        old = strings.get(feature)
        if old is None or len(text) < len(old):
            strings[feature] = text
    for state, feature in enumerate(output):  # every state emitting f must end with f
        text = label[state]
        if feature >= 0 and text is not None and not text.endswith(strings[feature]):
            raise SystemExit("build: a DFA output is not a suffix of its state; unexpected")
    if sorted(strings) != list(range(len(strings))):
        raise SystemExit("build: feature indices are not contiguous")
    ordered = [strings[i] for i in range(len(strings))]
    return ordered, max(map(len, ordered))


def check_texts() -> list[str]:
    """Texts to verify the derivation on: the dev set plus seeded random byte soups."""
    texts = [line.split("\t", 1)[1] for line in dev_lines()]
    rnd = random.Random(9)
    alphabet = "abcdefghijklmnopqrstuvwxyz  .,!?'éèàçñüöäßøåłśżąęşğıабвгдежзийклмнопрстуя"
    alphabet += "αβγδεζηθικλμνξοπρστυφχψωابتثجحخدذرزسشصضطظعغفقكلمنهوي你好世界日本語한국어ไทย"
    for _ in range(400):
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 160))))
        soup = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 60)))
        texts.append(soup.decode("latin-1"))
    return texts


def dev_lines() -> list[str]:
    lines = DEV_TEXTS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines[1:] if line.strip()]


def build(out: Path) -> dict[str, Any]:
    model_path = Path(MODEL_DIR) / MODEL_FILE
    ptc, pc, classes, nextmove, rows_of_state, output = load_model(model_path)
    strings, maxlen = recover_features(nextmove, rows_of_state, output)
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    # Our counting rule against the DFA's, on every check text.
    index = {s: i for i, s in enumerate(strings)}
    for text in check_texts():
        data = full._encode(text)
        dfa = visit_counts(full.tk_nextmove, full._rowbase, full.tk_output, data) or Counter()
        ours: Counter[int] = Counter()
        for end in range(1, len(data) + 1):
            for start in range(max(0, end - maxlen), end):
                f = index.get(data[start:end])
                if f is not None:
                    ours[f] += 1
                    break
        if ours != dfa:
            raise SystemExit(f"build: n-gram counts differ from the DFA's on {text!r}")

    columns = [i for i, c in enumerate(classes) if c in LANGUAGES]
    missing = LANGUAGES - {classes[i] for i in columns}
    if missing:
        raise SystemExit(f"build: py3langid has no {sorted(missing)}")
    table = np.asarray(ptc, dtype=np.float32)[:, columns]
    floor = table.min(axis=0)
    steps = np.rint((table - floor) * SCALE)
    if steps.max() > 255:
        raise SystemExit("build: a delta does not fit a byte; lower SCALE")
    steps[steps < MIN_STEP] = 0
    steps = steps.astype(np.uint8)

    order = sorted(range(len(strings)), key=lambda i: (len(strings[i]), strings[i]))
    lengths = [0] * maxlen
    keys = bytearray()
    for i in order:
        lengths[len(strings[i]) - 1] += 1
    for size in range(1, maxlen + 1):
        typecode = language._KEY_TYPE[size]
        group = [int.from_bytes(strings[i], "big") for i in order if len(strings[i]) == size]
        keys += array.array(typecode, group).tobytes()  # already sorted: same as bytes order
    nnz = bytearray()
    cls = bytearray()
    val = bytearray()
    for i in order:
        (nonzero,) = np.nonzero(steps[i])
        if len(nonzero) > 255:
            raise SystemExit("build: more than 255 classes for one n-gram")
        nnz.append(len(nonzero))
        cls += bytes(nonzero.astype(np.uint8).tolist())
        val += bytes(steps[i, nonzero].tolist())
    payload = bytes(keys + nnz + cls + val)
    header = language.LANGID_MAGIC + struct.pack(
        f"<5I{maxlen}I", maxlen, len(columns), len(strings), len(cls), zlib.crc32(payload), *lengths
    )
    raw = header + payload

    licence = Path(py3langid.__file__).parent.parent / "py3langid-0.4.0.dist-info" / "licenses"
    meta: dict[str, Any] = {
        "format": language.LANGID_FORMAT,
        "source": "py3langid 0.4.0 (BSD-3-Clause), data/model.npz.xz sha256 "
        + hashlib.sha256(model_path.read_bytes()).hexdigest(),
        "built_by": "ml/langid/build.py",
        "scale": SCALE,
        "min_step": MIN_STEP,
        "classes": [classes[i] for i in columns],
        "floor": [float(x) for x in floor.tolist()],
        "prior": [float(x) for x in np.asarray(pc, dtype=np.float32)[columns].tolist()],
        "features": len(strings),
        "entries": len(cls),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / language.LANGID_FILE).write_bytes(raw)
    (out / language.LANGID_META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    licence_text = "".join(p.read_text(encoding="utf-8") for p in sorted(licence.iterdir()))
    (out / LICENCE_NAME).write_text(
        "functions/citizen_safe/model/langid.bin and langid.json are derived from the model\n"
        "shipped in py3langid 0.4.0 (https://github.com/adbar/py3langid) by ml/langid/build.py.\n"
        "Its licence:\n\n" + licence_text,
        encoding="utf-8",
    )

    # The served model against py3langid restricted to the same languages: the only
    # differences left are the dropped weakest entries and the 1/SCALE rounding.
    served = language.LangidModel.from_dir(out)
    full.set_languages(sorted(LANGUAGES))
    report: dict[str, Any] = {
        "languages": len(set(meta["classes"])),
        "features": len(strings),
        "entries": len(cls),
        "bytes": len(raw),
    }
    dev = [line.split("\t", 1)[1] for line in dev_lines()]
    for name, texts in (("dev", dev), ("random", check_texts()[len(dev) :])):
        worst = 0.0
        disagree = 0
        for text in texts:
            code, conf = full.classify(text)
            ours_code, ours_conf = served.classify(text)
            worst = max(worst, abs(float(conf) - ours_conf))
            disagree += code != ours_code
        report[f"{name}_texts"] = len(texts)
        report[f"{name}_top1_differs_from_restricted_py3langid"] = disagree
        report[f"{name}_max_abs_dp_vs_restricted_py3langid"] = round(worst, 6)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=language.MODEL_DIR, help="output folder")
    args = parser.parse_args(argv)
    report = build(args.out)
    print(json.dumps(report))
    if report["dev_top1_differs_from_restricted_py3langid"] or (
        report["dev_max_abs_dp_vs_restricted_py3langid"] > 0.1
    ):
        print("build: on dev texts the served model drifts from py3langid's", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
