"""Language identification for reports, messages and comments.

The offline detectors only understand English, so text in another language must not be scored
as if it were English. The model is py3langid's (BSD-3-Clause; it ships inside the package and
covers 97 languages), loaded lazily because it costs about a second of NumPy import and model
decompression. Most chat never needs it:

1. No letters at all (empty, digits, emoji, punctuation) -> ``und``.
2. Latin-script text too short to tell (fewer than ``MIN_WORDS`` words or ``MIN_LETTERS``
   letters: "ok", "gg", "lol", "k y s") -> ``und``, which is English-compatible.
3. Plain ASCII text with at least two distinct English marker words making up a quarter of its
   words ("you are such a loser") -> ``en`` without loading the model.
4. Otherwise py3langid decides. Latin-script text it calls non-English is ``und`` unless it is
   at least ``MIN_WORDS_FOREIGN`` words long and the model is at least ``MIN_CONFIDENCE`` sure:
   slang, names and obfuscated insults must not be sent away as foreign. Text mostly in
   another script is whatever the model says, since it cannot be English.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Final, Protocol

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


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


_identifier: _Identifier | None = None
_lock = threading.Lock()


def load() -> None:
    """Load the py3langid model once per process (call at warm-up, or let detect() do it)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import (  # type: ignore[import-untyped]
                    MODEL_FILE,
                    LanguageIdentifier,
                )

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
