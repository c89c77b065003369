"""Can the offline rules read this text? English only; everything else goes to an officer.

The pipeline detects the language upstream (``ReportText.language``); when it says
anything but English or "und", the rules must not score the words as English. When it
says nothing, a cheap script-and-function-word check catches the common cases (other
scripts, romanised Hindi, Spanish, French, German...) so that a foreign report is never
silently judged by English word lists. Pure and dependency-free on purpose: it runs on
every report, also on cold start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification.verdict import SUPPORTED_LANGUAGES, UNREADABLE, UNSUPPORTED_LANGUAGE

# Below this share of letters among the visible characters the text is not prose.
MIN_LETTER_SHARE: Final = 0.5
# Above this share of non-Latin letters the text is in another script.
MAX_FOREIGN_SCRIPT_SHARE: Final = 0.3
# Latin-script text with at least this many foreign function words and fewer English ones.
MIN_FOREIGN_WORDS: Final = 2

_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_ENGLISH: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "into",
        "near",
        "my",
        "our",
        "his",
        "her",
        "their",
        "your",
        "me",
        "him",
        "them",
        "us",
        "i",
        "he",
        "she",
        "we",
        "they",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "am",
        "has",
        "had",
        "have",
        "do",
        "did",
        "does",
        "not",
        "no",
        "some",
        "someone",
        "somebody",
        "who",
        "which",
        "when",
        "where",
        "there",
        "here",
        "what",
        "then",
        "after",
        "before",
        "while",
        "as",
        "so",
        "very",
        "just",
        "also",
        "about",
        "around",
        "up",
        "down",
        "out",
        "off",
        "over",
        "stole",
        "stolen",
        "took",
        "snatched",
        "broke",
        "hit",
        "car",
        "bike",
        "phone",
        "bag",
        "house",
        "man",
        "men",
        "woman",
        "women",
        "police",
        "yesterday",
        "today",
        "night",
        "morning",
        "evening",
        "street",
        "road",
        "shop",
    ]
)

# Frequent function words of languages citizens are likely to write in (Latin script).
_FOREIGN: Final = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "del",
        "que",
        "y",
        "en",
        "un",
        "una",
        "mi",
        "mis",
        "fue",
        "por",
        "con",
        "se",
        "lo",
        "su",
        "sus",
        "es",
        "al",
        "ayer",
        "robaron",
        "robo",
        "le",
        "les",
        "des",
        "et",
        "une",
        "mon",
        "ma",
        "mes",
        "est",
        "dans",
        "du",
        "au",
        "été",
        "volé",
        "vol",
        "ce",
        "cette",
        "qui",
        "pas",
        "sur",
        "avec",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "mein",
        "meine",
        "wurde",
        "ein",
        "eine",
        "nicht",
        "von",
        "mit",
        "den",
        "dem",
        "im",
        "auf",
        "gestohlen",
        "il",
        "di",
        "che",
        "non",
        "sono",
        "della",
        "nel",
        "gli",
        "mio",
        "rubato",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "não",
        "meu",
        "minha",
        "foi",
        "roubado",
        "com",
        "mera",
        "meri",
        "mere",
        "mujhe",
        "maine",
        "hai",
        "hain",
        "tha",
        "thi",
        "ne",
        "se",
        "ko",
        "liya",
        "gaya",
        "gayi",
        "kal",
        "aaj",
        "mein",
        "aur",
        "nahi",
        "kisi",
        "kya",
        "chura",
        "chori",
        "wala",
        "wali",
        "hua",
        "hui",
        "raat",
        "subah",
        "shaam",
    ]
)


@dataclass(frozen=True)
class Unreadable:
    """Why the rules cannot judge a text: a red-flag code and a sentence for the officer."""

    code: str
    explanation: str


def unreadable(text: str, language: str | None) -> Unreadable | None:
    """The reason the offline rules cannot read ``text``, or None when it is English prose."""
    code = (language or "").strip().lower()
    if code and code not in SUPPORTED_LANGUAGES:
        return Unreadable(
            UNSUPPORTED_LANGUAGE,
            f"it is written in a language the offline rules do not read ('{code}')",
        )
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return None  # empty text is judged (as vague) by the rules themselves
    letters = [c for c in visible if c.isalpha()]
    if len(letters) / len(visible) < MIN_LETTER_SHARE:
        return Unreadable(UNREADABLE, "it is mostly symbols, digits or emoji, not words")
    foreign_script = sum(not _latin(c) for c in letters)
    if foreign_script / len(letters) > MAX_FOREIGN_SCRIPT_SHARE:
        return Unreadable(
            UNSUPPORTED_LANGUAGE, "it is written in a script the offline rules do not read"
        )
    words = [w.lower() for w in _WORD_RE.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    foreign = sum(w in _FOREIGN and w not in _ENGLISH for w in words)
    if foreign >= MIN_FOREIGN_WORDS and foreign > english:
        return Unreadable(UNSUPPORTED_LANGUAGE, "it does not appear to be written in English")
    return None


def _latin(char: str) -> bool:
    """Basic Latin and Latin-1/Extended letters (accents included)."""
    return ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF
