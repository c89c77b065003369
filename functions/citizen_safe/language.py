"""Language identification for reports, messages and comments.

The offline detectors only understand English, so text in another language must not be scored
as if it were English. The model is derived from py3langid 0.4.0's (BSD-3-Clause; see
``model/LICENSE-py3langid.txt``) by ``ml/langid/build.py``: its byte n-gram naive Bayes cut
down to 68 languages and stored sparsely in ``model/langid.bin`` (2.1 MB), scored in pure
Python. It loads lazily in about 40 ms (py3langid's own took ~0.9 s of NumPy import and LZMA
decompression), and most chat never needs it:

1. No letters at all (empty, digits, emoji, punctuation) -> ``und``.
2. Latin-script text too short to tell (fewer than ``MIN_WORDS`` words or ``MIN_LETTERS``
   letters: "ok", "gg", "lol", "k y s") -> ``und``, which is English-compatible.
3. Plain ASCII text with at least two distinct English marker words making up a quarter of its
   words ("you are such a loser") -> ``en`` without loading the model.
4. Otherwise the model decides. Latin-script text it calls non-English is ``und`` unless it is
   at least ``MIN_WORDS_FOREIGN`` words long and the model is at least ``MIN_CONFIDENCE`` sure:
   slang, names and obfuscated insults must not be sent away as foreign. Text mostly in
   another script is whatever the model says, since it cannot be English.
"""

from __future__ import annotations

import array
import itertools
import json
import math
import re
import struct
import sys
import threading
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

MODEL_DIR: Final = Path(__file__).resolve().parent / "model"
LANGID_FILE: Final = "langid.bin"
LANGID_META: Final = "langid.json"
LANGID_MAGIC: Final = b"CSLANGID"
LANGID_FORMAT: Final = 1
_FIELD_TYPE: Final = next(t for t in "IL" if array.array(t).itemsize == 4)
_ROW_CACHE: Final = 8192
_KEY_TYPE: Final = {1: "B", 2: "H", 3: "I", 4: "I", 5: "Q", 6: "Q", 7: "Q", 8: "Q"}

SUPPORTED: Final = frozenset({"en"})
UNDETERMINED: Final = "und"

MIN_LETTERS: Final = 12
MIN_WORDS: Final = 3
MIN_WORDS_FOREIGN: Final = 4
MIN_CONFIDENCE: Final = 0.9
_MARKER_SHARE: Final = 0.25
_MAX_CHARS: Final = 2048  # the language of a long text shows in its first two thousand chars

# Frequent English words that are not also common words of other Latin-script languages
# (so no "a", "die", "was", "me", "no", "so", "in", "will", "also").
_ENGLISH_MARKERS: Final = frozenset(
    [
        "the", "you", "your", "youre", "ur", "are", "is", "isnt", "and", "to", "of", "that",
        "this", "it", "its", "what", "with", "have", "has", "for", "not", "just", "like",
        "my", "im", "dont", "doesnt", "didnt", "cant", "wont", "such", "be", "been", "can",
        "at", "all", "get", "got", "they", "we", "he", "she", "him", "her", "them", "our",
        "their", "from", "about", "would", "should", "could", "there", "here", "when",
        "why", "how", "who", "which", "if", "or", "but", "out", "up", "off", "one", "only",
        "ever", "never", "really", "very", "because", "lol", "omg", "wtf", "idk", "tbh",
    ]
)  # fmt: skip
_URL_RE: Final = re.compile(r"(?:https?://|www\.)\S*|(?<![\w@])[@#]\w+")
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_APOSTROPHE_RE: Final = re.compile(r"(?<=\w)['’](?=\w)")


@dataclass(frozen=True)
class Language:
    """ISO 639-1 code (or "und") and how sure the detector is, from 0 to 1."""

    code: str
    confidence: float


class LangidModel:
    """py3langid's naive Bayes over byte n-grams, cut down to ``model/langid.bin`` by
    ``ml/langid/build.py`` and scored in pure Python (NumPy's import alone would cost more
    than this whole load).

    A class's log-probability of an n-gram is its floor (the smoothed value of unseen n-grams)
    plus a sparse, non-negative delta stored in steps of ``1/scale``, so a score is
    ``prior + floor * sum(weights) + sparse deltas``. Features are counted as py3langid's DFA
    counts them: at each byte, the longest known n-gram ending there, with weight
    ``log1p(count)``. N-grams are looked up as big-endian integers, one table per length,
    because integer tables load from the file without creating 100,000 bytes objects.

    File layout (little-endian): magic, ``<5I`` (longest n-gram, classes, features, entries,
    CRC-32 of the payload), ``<{longest}I`` features per length, then the payload:
    the sorted n-gram keys of each length (1, 2, 4 or 8 bytes each), one byte per feature with its
    number of entries, one byte per entry with its class, one byte per entry with its delta.
    """

    __slots__ = (
        "_aliases", "_cls", "_floor", "_offsets", "_prior", "_rows", "_step", "_tables",
        "_val", "labels", "meta",
    )  # fmt: skip

    def __init__(self, raw: bytes, meta: dict[str, Any]) -> None:
        if raw[:8] != LANGID_MAGIC or meta.get("format") != LANGID_FORMAT:
            raise ValueError(f"not a language model of format {LANGID_FORMAT}")
        maxlen, n_classes, n_features, n_entries, crc = struct.unpack_from("<5I", raw, 8)
        lengths = struct.unpack_from(f"<{maxlen}I", raw, 28)
        payload = memoryview(raw)[28 + 4 * maxlen :]
        if zlib.crc32(payload) != crc:
            raise ValueError("language model is damaged (CRC-32)")
        tables: list[tuple[int, int, dict[int, int]]] = []
        pos = first = 0
        for size, count in enumerate(lengths, 1):
            keys = array.array(_KEY_TYPE[size])
            keys.frombytes(payload[pos : pos + keys.itemsize * count])
            if sys.byteorder == "big":
                keys.byteswap()
            pos += keys.itemsize * count
            if count:
                table = dict(zip(keys.tolist(), range(first, first + count), strict=True))
                tables.append((size, (1 << 8 * size) - 1, table))
            first += count
        self._tables = tables[::-1]  # longest first
        self._offsets = list(itertools.accumulate(payload[pos : pos + n_features], initial=0))
        pos += n_features
        self._cls = bytes(payload[pos : pos + n_entries])
        self._val = bytes(payload[pos + n_entries : pos + 2 * n_entries])
        if first != n_features or self._offsets[-1] != n_entries:
            raise ValueError("language model has the wrong number of features or entries")
        if pos + 2 * n_entries != len(payload):
            raise ValueError("language model has the wrong size")
        self.labels: list[str] = list(meta["classes"])
        self._floor: list[float] = list(meta["floor"])
        self._prior: list[float] = list(meta["prior"])
        self._step = 1.0 / float(meta["scale"])
        if not len(self.labels) == len(self._floor) == len(self._prior) == n_classes:
            raise ValueError("language model metadata has the wrong number of classes")
        first_column: dict[str, int] = {}  # sr and uz have a column per script: one answer
        pairs = [(first_column.setdefault(c, i), i) for i, c in enumerate(self.labels)]
        self._aliases = [(i, j) for i, j in pairs if i != j]
        self._rows: dict[int, int] = {}
        self.meta = meta

    @classmethod
    def from_dir(cls, folder: Path) -> LangidModel:
        meta = json.loads((folder / LANGID_META).read_text(encoding="utf-8"))
        return cls((folder / LANGID_FILE).read_bytes(), meta)

    def features(self, data: bytes) -> dict[int, int]:
        """Feature index -> count, as py3langid's DFA walk counts them."""
        tables = self._tables
        if not tables:
            return {}
        longest = tables[0][0]
        found: list[int] = []
        append = found.append
        for end in range(1, min(longest, len(data) + 1)):  # the first bytes: fewer lengths
            key = int.from_bytes(data[:end], "big")
            for size, mask, table in tables:
                if size <= end:  # a shorter prefix would read as leading zero bytes
                    f = table.get(key & mask)
                    if f is not None:
                        append(f)
                        break
        masked = [(mask, table) for _, mask, table in tables]
        from_bytes = int.from_bytes
        for end in range(longest, len(data) + 1):
            key = from_bytes(data[end - longest : end], "big")
            for mask, table in masked:
                f = table.get(key & mask)
                if f is not None:
                    append(f)
                    break
        return Counter(found)

    def probabilities(self, text: str) -> list[float]:
        """Probability per column of ``labels`` (aliased columns folded into the first)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")
        n = len(self.labels)
        counts = self.features(data)
        if counts:
            # Integer sums of deltas per feature count, weighted by log1p(count) at the end.
            # A feature's deltas are one big integer with a 32-bit field per class, so adding
            # a feature is one addition instead of one per class (sums stay below 2**32: at
            # most 8,192 features of 2,048 characters times 255).
            sums: dict[int, int] = {}
            rows = self._rows
            for f, count in counts.items():
                row = rows.get(f)
                if row is None:
                    row = self._row(f)
                sums[count] = sums.get(count, 0) + row
            total = sum(math.log1p(count) for count in counts.values())
            scores = [p + total * fl for p, fl in zip(self._prior, self._floor, strict=True)]
            for count, packed in sums.items():
                fields = array.array(_FIELD_TYPE)
                fields.frombytes(packed.to_bytes(4 * n, "little"))
                if sys.byteorder == "big":
                    fields.byteswap()
                w = math.log1p(count) * self._step
                scores = [s + w * d for s, d in zip(scores, fields, strict=True)]
        else:
            scores = [0.0] * n  # py3langid's "no feature": uniform
        temperature = 1.0 / math.sqrt(len(data) or 1)  # as py3langid: sqrt(bytes)
        top = max(scores)
        probs = [math.exp((s - top) * temperature) for s in scores]
        norm = sum(probs)
        probs = [p / norm for p in probs]
        for i, j in self._aliases:
            probs[i] += probs[j]
            probs[j] = 0.0
        return probs

    def _row(self, feature: int) -> int:
        """A feature's deltas as one integer, 32 bits per class; the most recent are kept
        (chat reuses the same n-grams) up to ``_ROW_CACHE`` of them (~3 MB)."""
        dense = bytearray(4 * len(self.labels))
        a, b = self._offsets[feature], self._offsets[feature + 1]
        for c, v in zip(self._cls[a:b], self._val[a:b]):  # noqa: B905  # same length by layout
            dense[4 * c] = v
        row = int.from_bytes(dense, "little")
        if len(self._rows) >= _ROW_CACHE:
            self._rows.clear()
        self._rows[feature] = row
        return row

    def classify(self, text: str) -> tuple[str, float]:
        """The most likely language and its probability (first column on ties)."""
        probs = self.probabilities(text)
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[best], probs[best]


_identifier: LangidModel | None = None
_lock = threading.Lock()


def load() -> None:
    """Load the language model once per process (call at warm-up, or let detect() do it)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                _identifier = LangidModel.from_dir(MODEL_DIR)


def _is_latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def detect(text: str) -> Language:
    """The language of text, by the rules in the module docstring."""
    text = _URL_RE.sub(" ", text[:_MAX_CHARS])
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return Language(UNDETERMINED, 0.0)
    latin = sum(map(_is_latin, letters)) * 2 >= len(letters)
    words = _WORD_RE.findall(_APOSTROPHE_RE.sub("", text.lower()))
    if latin and (len(words) < MIN_WORDS or len(letters) < MIN_LETTERS):
        return Language(UNDETERMINED, 0.0)
    if latin and text.isascii():
        markers = [w for w in words if w in _ENGLISH_MARKERS]
        share = len(markers) / len(words)
        if len(set(markers)) >= 2 and share >= _MARKER_SHARE:
            return Language("en", round(min(1.0, 0.5 + share), 4))
    load()
    assert _identifier is not None
    code, confidence = _identifier.classify(text)
    confidence = round(float(confidence), 4)
    if latin and code != "en" and (len(words) < MIN_WORDS_FOREIGN or confidence < MIN_CONFIDENCE):
        return Language(UNDETERMINED, confidence)
    return Language(str(code), confidence)


def is_supported(lang: Language) -> bool:
    """True when the offline detectors may judge the text: English or undetermined."""
    return lang.code in SUPPORTED or lang.code == UNDETERMINED
