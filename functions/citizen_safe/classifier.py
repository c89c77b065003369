"""Bullying classifier for chat messages and comments, served without scikit-learn.

The model is trained by ``ml/train.py`` as a scikit-learn pipeline (hashed word and character
n-grams -> TF-IDF -> logistic regression) and exported to ``model/`` as flat float64 arrays.
Serving re-implements exactly the arithmetic scikit-learn performs, in pure Python, because
importing scikit-learn (or even NumPy) would cost more than the Firebase imports of a cold start.
``ml/`` imports ``normalise`` and the feature functions from here so that training and serving
see the same features by construction.
"""

from __future__ import annotations

import array
import functools
import json
import math
import re
import sys
import threading
import unicodedata
import zlib
from pathlib import Path
from typing import Any, Final, NamedTuple, TypedDict

MODEL_DIR: Final = Path(__file__).resolve().parent / "model"
META_FILE: Final = "meta.json"
LEXICON_FILE: Final = "lexicon.txt"
FORMAT_VERSION: Final = 3

# Text beyond this many characters is ignored (deterministic prefix), so a 1 MB message costs
# the same as a long comment. Longer than any chat message and all but the longest comments.
MAX_CHARS: Final = 4096

# Chosen on out-of-fold predictions of the training data (see ml/MODEL_CARD.md); ml/train.py
# writes the same value to model/meta.json and a unit test checks that they agree.
DEFAULT_THRESHOLD: Final[float] = 0.55

REPORTED_CATEGORIES: Final = frozenset({"insult", "slur", "threat", "selfharm", "harassment"})


class Prediction(TypedDict):
    label: int
    probability: float
    found_lexical: list[str]


# --------------------------------------------------------------------------------------------
# Text normalisation (shared with training)
# --------------------------------------------------------------------------------------------

# Latin look-alikes from Cyrillic and Greek, a cheap defence against homoglyph obfuscation.
_HOMOGLYPHS: Final = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ν": "v",
        "τ": "t", "υ": "u", "ρ": "p", "ε": "e",
    }
)  # fmt: skip
# Emoji that carry an insult, a threat or affection become words, so "you 🤡" reads like
# "you clown" and "you idiot 😂❤️" carries its softeners. Other emoji are dropped as before.
_EMOJI: Final = str.maketrans(
    {
        "🤡": " clown ", "🖕": " fuck ", "🤮": " vomit ", "🤢": " vomit ", "🗑": " trash ",
        "🚮": " trash ", "🐷": " pig ", "🐖": " pig ", "🐽": " pig ", "🐀": " rat ",
        "🐁": " rat ", "🐍": " snake ", "💩": " shit ", "🔪": " knife ", "🗡": " knife ",
        "🔫": " gun ", "⚰": " coffin ", "🪦": " grave ", "🪢": " rope ", "🐄": " cow ",
        "🐮": " cow ", "🐒": " monkey ", "🐵": " monkey ", "🦍": " monkey ", "🐳": " whale ",
        "😂": " emojilaugh ", "🤣": " emojilaugh ", "😆": " emojilaugh ", "💀": " emojilaugh ",
        "❤": " emojilove ", "😘": " emojilove ", "🥰": " emojilove ", "💕": " emojilove ",
        "😍": " emojilove ", "💖": " emojilove ", "🫶": " emojilove ", "😊": " emojismile ",
    }
)  # fmt: skip
_LEET: Final = str.maketrans("013457@$!|", "oieastasil")
_LEET_CHARS: Final = frozenset("013457@$!|")
# Numbers with ordinary suffixes ("1st", "5pm") are not leetspeak.
_NOT_LEET_RE: Final = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|k|m|x|d|h|yr|yrs|min|mins|km|kg|lb|lbs|gb|mb|ft|ever)"
)
_URL_RE: Final = re.compile(r"(?:https?://|www\.)\S*")
_MENTION_RE: Final = re.compile(r"(?<![\w@])@\w+")
_APOSTROPHE_RE: Final = re.compile(r"(?<=\w)['’‘`´](?=\w)")
# Three or more single characters separated by one separator: "i d i o t", "k.y.s".
_SPACED_RE: Final = re.compile(
    r"(?<![\w@$!|*])[a-z0-9@$!|*](?:[ .\-][a-z0-9@$!|*]){2,}(?![\w@$|*])"
)
_SPACED_SEP_RE: Final = re.compile(r"[ .\-]")
# Clause punctuation becomes a "." token: negation scope and lexicon phrases stop there.
_BOUNDARY_RE: Final = re.compile(r"[.!?;,:]+(?=\s|$)|\n")
_RAW_TOKEN_RE: Final = re.compile(r"[\w@$!|*]+|(?<!\S)\.(?!\S)")
_WORD_RE: Final = re.compile(r"[^\W_]+")
_ELONGATED_RE: Final = re.compile(r"([^\W\d_])\1{2,}")
_DOUBLE_RE: Final = re.compile(r"([^\W\d_])\1")
_SHORTHAND: Final = {"u": "you", "r": "are", "ya": "you", "urself": "yourself"}
# Words that elongation and masking may be resolved to, besides the lexicon's own words.
_COMMON_WORDS: Final = frozenset(
    [
        "you", "your", "yours", "yourself", "are", "so", "no", "yes", "go", "die", "dead",
        "kill", "hate", "love", "lol", "omg", "god", "good", "cool", "please", "too", "what",
        "why", "who", "ugh", "oh", "ok", "okay", "wow", "yeah", "hey", "hi", "shut", "up",
        "stop", "loser", "sorry", "thanks",
    ]
)  # fmt: skip


class _Lexicon(NamedTuple):
    phrases: dict[str, list[tuple[str, ...]]]  # reported terms, by first word, longest first
    words: frozenset[str]  # every word obfuscation may be resolved to
    by_length: dict[int, list[str]]  # the same words by length, for unmasking "f*ck"
    insults: frozenset[str]  # single-word insults, which negation can cancel


@functools.cache
def _lexicon() -> _Lexicon:
    """Parse model/lexicon.txt once."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    words: set[str] = set(_COMMON_WORDS)
    insults: set[str] = set()
    for raw in (MODEL_DIR / LEXICON_FILE).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        category, _, term = line.partition("\t")
        parts = tuple(term.split())
        words.update(parts)
        if category == "insult" and len(parts) == 1:
            insults.add(term)
        if category in REPORTED_CATEGORIES:
            phrases.setdefault(parts[0], []).append(parts)
    for options in phrases.values():
        options.sort(key=len, reverse=True)
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(word)
    return _Lexicon(phrases, frozenset(words), by_length, frozenset(insults))


def _unmask(token: str, by_length: dict[int, list[str]]) -> str:
    """Resolve "f*ck" / "b**ch" to the only-or-first lexicon word the mask fits."""
    if token.strip("*"):
        pattern = re.compile(re.escape(token).replace(r"\*", "."))
        for word in by_length.get(len(token), ()):
            if pattern.fullmatch(word):
                return word
    return token.replace("*", " ")


def _deleet(token: str) -> str:
    """Map leetspeak (y0u, id1ot, $hit) to letters, leaving numbers like 5pm or mp3 alone."""
    if (
        _LEET_CHARS.isdisjoint(token)
        or token[-1].isdigit()
        or sum(ch.isalpha() for ch in token) < 2
        or _NOT_LEET_RE.fullmatch(token)
    ):
        return token
    mapped = token.translate(_LEET)
    return mapped if mapped.isalpha() else token


def _unelongate(token: str, words: frozenset[str]) -> str:
    """Undo letter stretching (stuuupid -> stupid) using the lexicon to pick single vs double."""
    shorter = _ELONGATED_RE.sub(r"\1\1", token)
    if shorter == token or shorter in words:
        return shorter
    doubles = [m.start() for m in _DOUBLE_RE.finditer(shorter)][:4]
    for mask in range(1, 1 << len(doubles)):
        candidate = shorter
        for bit in reversed(range(len(doubles))):  # right to left keeps earlier offsets valid
            if mask >> bit & 1:
                pos = doubles[bit]
                candidate = candidate[:pos] + candidate[pos + 1 :]
        if candidate in words:
            return candidate
    return shorter


def _join_spaced(match: re.Match[str], words: frozenset[str]) -> str:
    joined = _SPACED_SEP_RE.sub("", match.group())
    if len(joined) >= 4 or _deleet(joined) in words or joined in words:
        return joined
    return match.group()


def normalise(text: str) -> str:
    """Canonical lowercase token string that both training and serving featurise.

    Undoes the common obfuscations (leetspeak, spaced letters, stretched letters, masked
    letters, accents and homoglyphs) and drops URLs and @mentions, which carry no meaning.
    """
    words, by_length = _lexicon().words, _lexicon().by_length
    text = text[:MAX_CHARS].lower()
    if not text.isascii():  # look-alikes are mapped in lower case; NFKD can yield capitals
        text = unicodedata.normalize("NFKD", text.translate(_EMOJI).translate(_HOMOGLYPHS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _URL_RE.sub(" ", text)
    text = _MENTION_RE.sub(lambda m: m.group() if "a" + m.group()[1:] in words else " ", text)
    text = _APOSTROPHE_RE.sub("", text).replace("_", " ")
    text = _SPACED_RE.sub(lambda m: _join_spaced(m, words), text)
    text = _BOUNDARY_RE.sub(" . ", text)
    tokens: list[str] = []
    for raw in _RAW_TOKEN_RE.findall(text):
        if raw == ".":
            if tokens and tokens[-1] != ".":
                tokens.append(".")
            continue
        token = raw.strip("!|")
        if not token:
            continue
        if "*" in token:
            token = _unmask(token, by_length)
        token = _deleet(token)
        if _ELONGATED_RE.search(token):
            token = _unelongate(token, words)
        for word in _WORD_RE.findall(token):
            tokens.append(_SHORTHAND.get(word, word))
    if tokens and tokens[-1] == ".":
        tokens.pop()
    return " ".join(tokens)


def found_lexical(normalised: str) -> list[str]:
    """Harmful lexicon terms in a normalised text, deduplicated, in order of appearance."""
    phrases = _lexicon().phrases
    tokens = normalised.split()
    found: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        options = phrases.get(token)
        if options is None:
            for suffix in ("s", "es"):  # plural of a single-word term: idiots -> idiot
                base = token[: -len(suffix)]
                if token.endswith(suffix) and any(len(p) == 1 for p in phrases.get(base, ())):
                    options = [(base,)]
                    break
        step = 1
        for parts in options or ():
            if len(parts) == 1 or tuple(tokens[i : i + len(parts)]) == parts:
                term = " ".join(parts)
                if term not in found:
                    found.append(term)
                step = len(parts)
                break
        i += step
    return found


# --------------------------------------------------------------------------------------------
# Hashed n-gram features (shared with training)
# --------------------------------------------------------------------------------------------

_NEGATIONS: Final = frozenset(
    [
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
        "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "aint", "nobody", "nothing",
        "neither", "nor", "without", "hardly",
    ]
)  # fmt: skip
_SCOPE_END: Final = frozenset([".", "but", "and", "so", "because", "cause", "though"])
_SCOPE_MAX: Final = 6


def feature_tokens(normalised: str) -> list[str]:
    """Tokens for featurisation: an insult inside a negation scope becomes "~insult".

    "you're not an idiot" must not light up the same features as "you're an idiot". Only
    insults are marked; slurs, threats and self-harm phrases stay harmful when negated.
    """
    tokens = normalised.split()
    if _NEGATIONS.isdisjoint(tokens):
        return tokens
    insults = _lexicon().insults
    scope = 0
    for i, token in enumerate(tokens):
        if token in _NEGATIONS:
            scope = _SCOPE_MAX
        elif token in _SCOPE_END:
            scope = 0
        elif scope:
            scope -= 1
            if token in insults:
                tokens[i] = "~" + token
    return tokens


# Phrase-level cues for kinds that carry no insult word (issue 9): each matching pattern adds
# one extra word feature "_cue_<name>", whose weight the model learns like any other word.
# They let a handful of phrasings in the training data generalise to new ones.
_YOU: Final = r"(?:you|your|youre|yourself)"
_CUES: Final = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("threat", r"\b(?:i|we|they) know (?:where|which|what|when|who) " + _YOU),
        ("threat", r"\bi know (?:your|ur) (?:address|school|house|mum|mom|dad|sister|brother"
                   r"|family|route|bus|car)"),
        ("threat", r"\b(?:watch|mind) (?:your|ur) back\b|\bsleep with one eye\b|\bor else\b"
                   r"|\bif i were you\b|\bfor your own (?:good|safety)\b|\bbe careful\b"
                   r"|\bsee it coming\b|\bfeel safe\b|\b(?:shame|pity) if\b|\bwould be a shame\b"),
        ("threat", r"\b(?:you ll|youll|you will|youre going to|you are going to|youre gonna"
                   r"|you re gonna|you gonna) (?:regret|pay|be sorry|wish|find out|see what"
                   r"|learn|get what)"),
        ("threat", r"\b(?:im|i am|were|we are) (?:coming for|outside|watching|waiting for) "),
        ("threat", r"\b(?:catch|find|get|see|wait for) you (?:after|when|alone|outside|later"
                   r"|at)\b|\b(?:your|ur) (?:last|final) (?:day|days|week|chance)\b"
                   r"|\bcount the days\b|\bdays are numbered\b"),
        ("media", r"\b(?:pics?|photos?|pictures?|nudes?|videos?|vids?|snaps?|selfies?"
                  r"|screenshots?|images?|messages)\b"),
        ("coerce", r"\b(?:or|unless|otherwise|else|if you dont|if you do not|or i)\b"),
        ("expose", r"\b(?:post|share|leak|send|show|upload|forward|tag|print|go online"
                   r"|go public|everyone (?:sees|will see|finds out)|whole (?:school|class|team)"
                   r"|your (?:parents|family|mum|mom|dad)|followers)\b"),
        ("selfharm", r"\b(?:end it|end your life|waking up|finish the job|off yourself"
                     r"|unalive|better off dead|stop breathing|stop existing|disappear"
                     r"|not (?:be )?around|leave this world|quit living|still alive"
                     r"|still here|rope|pills|bridge|funeral)\b"),
        ("selfharm", r"\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:miss|notice"
                     r"|care|cry|even notice)"),
        ("selfharm", r"\b(?:world|everyone|everybody|we|family|they|life) (?:would be|d be"
                     r"|will be|would|is) (?:better|happier|easier)"),
        ("exclude", r"\b(?:not|never) (?:invited|welcome|wanted|one of us)\b|\bwithout you\b"
                    r"|\b(?:nobody|no one|noone) (?:wants|likes|invited|picks|added) you\b"
                    r"|\b(?:find|get) (?:your own|other|new) friends\b|\bsit with us\b"
                    r"|\bsit somewhere else\b|\bleave the (?:group|chat|server|team)\b"
                    r"|\bout of (?:the|our) (?:team|group|chat|server)\b|\bdont (?:come|bother)"),
        ("backhand", r"\b(?:pretty|smart|good|funny|cute|nice|not bad|brave|confident|clever"
                     r"|fast|strong) for (?:a|an|someone|somebody|a girl|a guy|your)\b"),
        ("backhand", r"\b(?:all by yourself|for once|said no one|bless your heart|no one asked"
                     r"|nobody asked|cute how|oh honey|new low|the joke|half a brain"
                     r"|proud of you for|if the goal is|when you leave|you think anyone)\b"),
        ("identity", r"\b(?:you people|your kind|people like you|your people|your race"
                     r"|go back to|your religion|your culture|like you (?:are|always|should))\b"),
        ("counter", r"\b(?:not ok|not okay|not cool|is racist|is abuse|is a crime|is never"
                    r"|report (?:it|him|her|them|this)|reported|reporting|knock it off|leave (?:her"
                    r"|him|them|me) alone|out of line|dont call|stop calling|stop telling"
                    r"|nobody deserves|no one should|be kind|respectful|without consent)\b"),
        ("quote", r"\b(?:called|calls|calling|said|says|told|wrote|commented|saying|sending"
                  r"|sent me|texted|messaged)\b"),
        ("self", r"^(?:ugh |lol |omg |honestly )?(?:im|i am|i)\b|\b(?:im|i am) (?:such|so"
                 r"|the|a)\b|\bmyself\b|\bwhy am i\b"),
        ("affection", r"\bemojilove\b|\blove (?:you|ya|u)\b|\b(?:i|id|ill|we) (?:love|adore|miss"
                      r"|would miss|d miss) (?:you|ya|u)\b|\bbest friend\b|\bjk\b"
                      r"|\bjust kidding\b|\bhaha\b"),
    )
)  # fmt: skip


def cue_tokens(normalised: str) -> list[str]:
    """The cue features that normalised text triggers, each once, in _CUES order."""
    found: list[str] = []
    for name, pattern in _CUES:
        if pattern.search(normalised) and "_cue_" + name not in found:
            found.append("_cue_" + name)
    if {"_cue_media", "_cue_coerce", "_cue_expose"}.issubset(found):
        found.append("_cue_sextortion")
    return found


# Cues of text that quotes, objects to, turns on itself or softens an insult. In such text the
# profanity teacher's score says little about bullying ("he called me a bitch, I reported it"),
# so the stacked model ignores the teacher there (see Model).
TEACHER_GATE: Final = frozenset({"_cue_counter", "_cue_quote", "_cue_self", "_cue_affection"})


def teacher_gated(normalised: str) -> bool:
    """True when a mitigating cue (TEACHER_GATE) fires, so the teacher's bump is left out."""
    return any(
        pattern.search(normalised) for name, pattern in _CUES if "_cue_" + name in TEACHER_GATE
    )


def _bucket(gram: str, buckets: int) -> int:
    return zlib.crc32(gram.encode("utf-8", "surrogatepass")) % buckets


def word_features(normalised: str, lo: int, hi: int, buckets: int) -> list[int]:
    """Hashed word n-grams (lo..hi) of a normalised text; hashing keeps the artifact flat."""
    tokens = feature_tokens(normalised)
    out: list[int] = []
    for n in range(lo, hi + 1):
        for i in range(len(tokens) - n + 1):
            out.append(_bucket(" ".join(tokens[i : i + n]), buckets))
    out.extend(_bucket(cue, buckets) for cue in cue_tokens(normalised))
    return out


def char_features(normalised: str, lo: int, hi: int, buckets: int) -> list[int]:
    """Hashed character n-grams (lo..hi) inside space-padded words, like char_wb."""
    out: list[int] = []
    crc32 = zlib.crc32
    for token in feature_tokens(normalised):
        if token == ".":
            continue
        if token[0] == "~":  # negated insult: same n-grams, separate hash namespace
            padded = (" " + token[1:] + " ").encode()
            for n in range(lo, hi + 1):
                for i in range(len(padded) - n + 1):
                    out.append(crc32(b"~" + padded[i : i + n]) % buckets)
            continue
        padded = (" " + token + " ").encode("utf-8", "surrogatepass")
        if len(padded) == len(token) + 2:  # ASCII: byte slices are character slices
            for n in range(lo, hi + 1):
                for i in range(len(padded) - n + 1):
                    out.append(crc32(padded[i : i + n]) % buckets)
        else:
            chars = " " + token + " "
            for n in range(lo, hi + 1):
                for i in range(len(chars) - n + 1):
                    out.append(_bucket(chars[i : i + n], buckets))
    return out


# --------------------------------------------------------------------------------------------
# Model loading and inference
# --------------------------------------------------------------------------------------------


class _Block:
    """One feature block: its n-gram range and, per hash bucket, idf and LR coefficient."""

    __slots__ = ("buckets", "coef", "hi", "idf", "kind", "lo")

    def __init__(
        self, kind: str, lo: int, hi: int, buckets: int, idf: array.array[float],
        coef: array.array[float],
    ) -> None:  # fmt: skip
        self.kind, self.lo, self.hi, self.buckets = kind, lo, hi, buckets
        self.idf, self.coef = idf, coef

    def features(self, normalised: str) -> list[int]:
        fn = word_features if self.kind == "word" else char_features
        return fn(normalised, self.lo, self.hi, self.buckets)


_TEACHER_TOKEN_RE: Final = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's token_pattern


class _Teacher:
    """alt-profanity-check's model (TF-IDF words -> calibrated linear SVMs), as plain arrays.

    Exported by ml/model.py from the package's joblib files at training time; the arithmetic
    is CalibratedClassifierCV.predict_proba's: the mean over the folds of
    ``expit(-(a * (w . x + c) + b))``. Used as one input of the stacked model.
    """

    __slots__ = ("a", "b", "coefs", "idf", "intercepts", "vocab")

    def __init__(
        self, vocab: dict[str, int], idf: array.array[float], coefs: list[array.array[float]],
        intercepts: list[float], a: list[float], b: list[float],
    ) -> None:  # fmt: skip
        self.vocab, self.idf, self.coefs = vocab, idf, coefs
        self.intercepts, self.a, self.b = intercepts, a, b

    def probability(self, normalised: str) -> float:
        counts: dict[int, int] = {}
        vocab = self.vocab
        for token in _TEACHER_TOKEN_RE.findall(normalised):
            j = vocab.get(token)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        values: list[tuple[int, float]] = []
        sumsq = 0.0
        for j in sorted(counts):
            value = counts[j] * self.idf[j]
            sumsq += value * value
            values.append((j, value))
        norm = math.sqrt(sumsq) if sumsq else 1.0
        total = 0.0
        for coef, c, a, b in zip(self.coefs, self.intercepts, self.a, self.b, strict=True):
            f = 0.0
            for j, value in values:
                f += (value / norm) * coef[j]
            total += _sigmoid(-(a * (f + c) + b))
        return total / len(self.coefs)


class Model:
    """A loaded artifact; use predict_text() unless you need a model from another folder.

    P(bullying) = sigmoid(a * ngram_decision + c + b * teacher), where teacher is
    alt-profanity-check's probability, counted only when no mitigating cue fires
    (``teacher_gated``). The n-gram model is the "targeted bullying" head; the teacher adds a
    bounded bump of at most b log-odds for offensive/profane text. An artifact without a
    teacher (small test exports) is the plain n-gram model (a = 1, b = c = 0).
    """

    __slots__ = ("blocks", "intercept", "stack", "teacher")

    def __init__(
        self, blocks: list[_Block], intercept: float, teacher: _Teacher | None = None,
        stack: tuple[float, float, float] = (1.0, 0.0, 0.0),
    ) -> None:  # fmt: skip
        self.blocks, self.intercept, self.teacher, self.stack = blocks, intercept, teacher, stack

    def probability(self, normalised: str) -> float:
        """P(bullying) of normalise(text)."""
        return _sigmoid(self.decision(normalised))

    def predict(self, text: object, threshold: float) -> Prediction:
        """Input without any words is not bullying; nothing here raises for any input."""
        normalised = normalise(text) if isinstance(text, str) else ""
        if not normalised:  # non-string, empty, whitespace, or only punctuation/emoji/URLs
            return {"label": 0, "probability": 0.0, "found_lexical": []}
        p = self.probability(normalised)
        return {
            "label": int(p >= threshold),
            "probability": p,
            "found_lexical": found_lexical(normalised),
        }

    def decision(self, normalised: str) -> float:
        """The stacked log-odds."""
        a, b, c = self.stack
        x = a * self.ngram_decision(normalised) + c
        if self.teacher is not None and b != 0.0 and not teacher_gated(normalised):
            x += b * self.teacher.probability(normalised)
        return x

    def ngram_decision(self, normalised: str) -> float:
        """Same operations, in the same order, as TfidfVectorizer + FeatureUnion + LR."""
        acc = 0.0
        for block in self.blocks:
            counts: dict[int, int] = {}
            for b in block.features(normalised):
                counts[b] = counts.get(b, 0) + 1
            idf, coef = block.idf, block.coef
            values: list[tuple[int, float]] = []
            sumsq = 0.0
            for b in sorted(counts):
                weight = idf[b]
                if weight == 0.0:  # bucket never seen in training: no column in scikit-learn
                    continue
                value = counts[b] * weight
                sumsq += value * value
                values.append((b, value))
            if sumsq == 0.0:
                continue
            norm = math.sqrt(sumsq)
            for b, value in values:
                acc += (value / norm) * coef[b]
        return acc + self.intercept


def _sigmoid(x: float) -> float:
    """scipy.special.expit, bit for bit, without overflow."""
    if x < -709.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def _read_f64(data: memoryview, start: int, count: int) -> array.array[float]:
    out = array.array("d")
    out.frombytes(data[start * 8 : (start + count) * 8])
    if sys.byteorder != "little":
        out.byteswap()
    return out


def load_artifact(model_dir: Path) -> Model:
    meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    if meta["format_version"] != FORMAT_VERSION or meta["max_chars"] != MAX_CHARS:
        raise RuntimeError(f"model in {model_dir} does not match this classifier; retrain")
    data = memoryview((model_dir / meta["weights_file"]).read_bytes())
    blocks: list[_Block] = []
    offset = 0
    for spec in meta["blocks"]:
        n = int(spec["buckets"])
        idf = _read_f64(data, offset, n)
        coef = _read_f64(data, offset + n, n)
        offset += 2 * n
        blocks.append(_Block(spec["kind"], spec["ngram"][0], spec["ngram"][1], n, idf, coef))
    if offset * 8 != len(data):
        raise RuntimeError(f"{meta['weights_file']} has an unexpected size; retrain")
    teacher = _load_teacher(model_dir, meta["teacher"]) if "teacher" in meta else None
    stack = meta.get("stack", {"ngram": 1.0, "teacher": 0.0, "intercept": 0.0})
    weights = (float(stack["ngram"]), float(stack["teacher"]), float(stack["intercept"]))
    return Model(blocks, float(meta["intercept"]), teacher, weights)


def _load_teacher(model_dir: Path, spec: dict[str, Any]) -> _Teacher:
    words = (model_dir / spec["vocab_file"]).read_text(encoding="utf-8").split("\n")
    vocab = {word: j for j, word in enumerate(words)}
    n, folds = len(words), len(spec["intercepts"])
    data = memoryview((model_dir / spec["weights_file"]).read_bytes())
    if len(data) != 8 * n * (folds + 1):
        raise RuntimeError(f"{spec['weights_file']} has an unexpected size; retrain")
    coefs = [_read_f64(data, n * (i + 1), n) for i in range(folds)]
    return _Teacher(vocab, _read_f64(data, 0, n), coefs, [float(c) for c in spec["intercepts"]],
                    [float(a) for a in spec["a"]], [float(b) for b in spec["b"]])  # fmt: skip


_model: Model | None = None
_model_lock = threading.Lock()


def load_model() -> None:
    """Load the artifact once per process; call at warm-up, or let predict_text do it lazily."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _lexicon()
                _model = load_artifact(MODEL_DIR)


def predict_text(text: object, threshold: float = DEFAULT_THRESHOLD) -> Prediction:
    """Classify one message with the shipped model, loading it on first use."""
    if not isinstance(text, str):
        return {"label": 0, "probability": 0.0, "found_lexical": []}
    load_model()
    assert _model is not None
    return _model.predict(text, threshold)
