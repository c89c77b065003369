"""Offline crime-type classifier, served in pure Python.

``ml/crime_type/train.py`` fits a scikit-learn pipeline (TF-IDF over :func:`features` ->
multinomial logistic regression) and exports it to ``model/``: the feature strings in column
order (``features.txt``), per feature its idf and one coefficient per class (``weights.f64``,
little-endian float64) and the intercepts (``meta.json``). Serving repeats scikit-learn's
arithmetic here, because importing scikit-learn or NumPy would dominate a cold start. Training
imports :func:`features` from this module, so both sides featurise the same way by construction.
"""

from __future__ import annotations

import array
import itertools
import json
import math
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

CRIME_TYPES: Final[tuple[str, ...]] = (
    "theft",
    "robbery",
    "burglary",
    "assault",
    "harassment",
    "fraud",
    "cybercrime",
    "vandalism",
    "arson",
    "drugs",
    "domestic_violence",
    "traffic",
    "missing_person",
    "suspicious_activity",
    "other",
)
FALLBACK_TYPE: Final = "other"

MODEL_DIR: Final = Path(__file__).resolve().parent / "model"
META_FILE: Final = "meta.json"
FEATURES_FILE: Final = "features.txt"
WEIGHTS_FILE: Final = "weights.f64"
FORMAT_VERSION: Final = 1
OFFLINE_MODEL: Final = "offline-crime-v1"

# Longer descriptions are cut to a deterministic prefix: a report is a few sentences, and a
# megabyte of text must not cost more than that.
MAX_CHARS: Final = 4000

# --------------------------------------------------------------------------------------------
# Featurisation (shared with training)
# --------------------------------------------------------------------------------------------

_APOSTROPHE_RE: Final = re.compile(r"(?<=\w)['’‘`´](?=\w)")
_TOKEN_RE: Final = re.compile(r"[a-z]+|\d+|[.!?;:,]+")
_BOUNDARY: Final = frozenset(".!?;:,")
_NEGATIONS: Final = frozenset(
    [
        "not", "no", "never", "nothing", "nobody", "neither", "nor", "without", "dont",
        "doesnt", "didnt", "isnt", "wasnt", "werent", "arent", "cant", "cannot", "couldnt",
        "wont", "wouldnt", "hadnt", "hasnt", "havent",
    ]
)  # fmt: skip
# Words that end a negation scope besides clause punctuation: "not a robbery but a theft".
_SCOPE_END: Final = frozenset(["but", "and", "so", "because", "though", "although", "then"])
_SCOPE_MAX: Final = 4
# Irregular forms the suffix rules cannot reach; few, but they carry the crime words.
_IRREGULAR: Final = {
    "stole": "steal", "stolen": "steal", "broke": "break", "broken": "break",
    "burnt": "burn", "beaten": "beat", "beat": "beat", "took": "take", "taken": "take",
    "threw": "throw", "thrown": "throw", "hit": "hit", "set": "set", "shot": "shoot",
    "fled": "flee", "ran": "run", "knocked": "knock", "sold": "sell", "bought": "buy",
    "men": "man", "women": "woman", "children": "child", "kids": "child", "kid": "child",
    "robbers": "robber", "thieves": "thief", "burglars": "burglar", "hacked": "hack",
    "hackers": "hacker", "left": "leave", "got": "get", "gone": "go", "went": "go",
}  # fmt: skip


def tokens(text: str) -> list[str]:
    """Lowercase word tokens and "." clause marks, accents and apostrophes removed."""
    text = text[:MAX_CHARS].lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHE_RE.sub("", text)
    out: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if token[0] in _BOUNDARY:
            if out and out[-1] != ".":
                out.append(".")
        elif token.isdigit():
            out.append("0")  # "14 year old", "3 am": the number itself says nothing of the type
        else:
            out.append(token)
    if out and out[-1] == ".":
        out.pop()
    return out


def stem(word: str) -> str:
    """A deliberately crude stemmer: stolen/steals/stealing all become "steal"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def marked_stems(text: str) -> list[str]:
    """Stems, with "~" on words inside a negation scope ("it was not a ~robbery")."""
    out: list[str] = []
    scope = 0
    for token in tokens(text):
        if token == "." or token in _SCOPE_END:
            scope = 0
            out.append(token)
        elif token in _NEGATIONS:
            scope = _SCOPE_MAX
            out.append(token)
        elif scope:
            scope -= 1
            out.append("~" + stem(token))
        else:
            out.append(stem(token))
    return out


def features(text: str) -> list[str]:
    """Feature strings of one text: stemmed, negation-marked word unigrams and bigrams.

    Character n-grams were tried too; they matched the word features' cross-validated accuracy
    while quadrupling training time and artifact size (ml/crime_type/MODEL_CARD.md).
    """
    stems = marked_stems(text)
    out = [s for s in stems if s != "."]
    for a, b in itertools.pairwise(stems):
        if a != "." and b != ".":
            out.append(f"{a} {b}")
    return out


# --------------------------------------------------------------------------------------------
# Artifact and inference
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """The classifier's answer: the best class and every class's probability."""

    crime_type: str
    confidence: float
    probabilities: dict[str, float]


class Model:
    """A loaded artifact; :func:`classify` uses the shipped one."""

    __slots__ = ("classes", "coef", "idf", "index", "intercept")

    def __init__(
        self,
        classes: tuple[str, ...],
        index: dict[str, int],
        idf: array.array[float],
        coef: array.array[float],
        intercept: tuple[float, ...],
    ) -> None:
        self.classes, self.index, self.idf = classes, index, idf
        self.coef, self.intercept = coef, intercept

    def decision(self, text: str) -> list[float] | None:
        """Per-class decision values like TfidfVectorizer + LogisticRegression; None: no words."""
        counts: dict[int, int] = {}
        index = self.index
        for feature in features(text):
            col = index.get(feature)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        if not counts:
            return None
        cols = sorted(counts)  # scikit-learn keeps a row's columns sorted
        values = [counts[c] * self.idf[c] for c in cols]
        norm = math.sqrt(sum(v * v for v in values))
        k = len(self.classes)
        coef = self.coef
        out: list[float] = []
        for j in range(k):
            acc = 0.0
            for c, v in zip(cols, values, strict=True):
                acc += (v / norm) * coef[c * k + j]
            out.append(acc + self.intercept[j])
        return out

    def scores(self, text: str) -> Scores:
        """Softmax over the classes; text with no known feature is "other" at confidence 0."""
        decision = self.decision(text) if isinstance(text, str) else None
        if decision is None:
            return Scores(FALLBACK_TYPE, 0.0, {c: 0.0 for c in self.classes})
        top = max(decision)
        exps = [math.exp(d - top) for d in decision]
        total = sum(exps)
        probs = [e / total for e in exps]
        best = max(range(len(probs)), key=lambda j: (probs[j], -j))
        return Scores(self.classes[best], probs[best], dict(zip(self.classes, probs, strict=True)))


def _read_f64(data: bytes) -> array.array[float]:
    values = array.array("d")
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def load_artifact(model_dir: Path) -> Model:
    """Read and check an artifact folder written by ``ml/crime_type/train.py``."""
    meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    if meta.get("format_version") != FORMAT_VERSION:
        raise RuntimeError(f"crime-type model in {model_dir} has another format; retrain")
    classes = tuple(str(c) for c in meta["classes"])
    if set(classes) - set(CRIME_TYPES):
        raise RuntimeError(f"crime-type model has unknown classes {sorted(classes)}")
    names = (model_dir / FEATURES_FILE).read_text(encoding="utf-8").split("\n")
    if names and names[-1] == "":
        names.pop()
    weights = _read_f64((model_dir / WEIGHTS_FILE).read_bytes())
    n, k = len(names), len(classes)
    if len(weights) != n * (k + 1):
        raise RuntimeError(f"{WEIGHTS_FILE} does not match {FEATURES_FILE}; retrain")
    idf = weights[:n]
    coef = weights[n:]  # row-major: feature c, class j at c * k + j
    intercept = tuple(float(x) for x in meta["intercept"])
    if len(intercept) != k:
        raise RuntimeError("crime-type model intercepts do not match its classes; retrain")
    return Model(classes, {name: i for i, name in enumerate(names)}, idf, coef, intercept)


_model: Model | None = None
_model_lock = threading.Lock()


def load_model() -> Model:
    """The shipped model, read on first use so a cold start that never classifies pays nothing."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = load_artifact(MODEL_DIR)
    return _model


def classify(text: str) -> Scores:
    """Classify one report description with the shipped model."""
    return load_model().scores(text)
