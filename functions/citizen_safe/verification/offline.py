"""Offline, explainable rules for judging whether a crime report is fake.

This engine runs when no Gemini key is configured and whenever Gemini fails, so
it has to be good on its own, deterministic and cheap (pure ``re``, no I/O).

How a verdict is reached
------------------------
Each rule yields *findings*: a red-flag code, a weight (how strongly the finding
alone suggests a fake) and the evidence text. Per code the strongest finding
counts; codes are combined with a noisy-OR, ``score = 1 - prod(1 - weight)``.
The report is fake when ``score >= 0.60``, or ``>= 0.40`` when the author's
credibility is below 30 (more scrutiny for authors with a record of fakes).

Weights (precision first: a wrongly flagged citizen loses credibility):

* 0.97 supernatural agent, 0.96 fictional being, 0.95 physically impossible act
* 0.92 city/world-wide claim, 0.90 implausible headcount or loot count
* 0.95 description is only a test token, 0.90 test phrase or explicit retraction
  ("just kidding"), 0.40 laughter ("lol", "haha", 😂)
* 0.75 vague: no what, where or when; 0.55 two of them missing; 0.40 a placeholder
  ("someone did something") with only the "what" missing; 0.30 only "what" missing
* 0.65 hard contradiction (owns no car but "my car"), 0.55/0.50 softer ones,
  0.45 time-of-day clash ("this morning at 11 pm"; typos happen)

A single strong finding is enough; weak ones need company. Every red-flag word
is checked against its innocent senses first: a capitalised name ("a bar called
Ghost Town", "Dragon Palace restaurant"), a costume or object ("in a vampire
costume", "a dragon statue"), an idiom ("the street was a ghost town", "ghost
accounts"), negation ("it was not a ghost"), quotations, and the pretext of a
fraud or rumour ("a tantrik took Rs 20,000 to remove an evil spirit").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification import (
    agents,
    clauses,
    contradiction,
    foreign,
    intent,
    magnitude,
    physics,
    shapes,
)
from citizen_safe.verification import lexicon as lx
from citizen_safe.verification.language import unreadable
from citizen_safe.verification.verdict import (
    ANIMATED_OBJECT,
    CONTRADICTION,
    ENGINE_OFFLINE,
    FICTIONAL,
    IMPLAUSIBLE_NUMBER,
    JOKE_MARKER,
    LOW_CREDIBILITY_AUTHOR,
    MASS_SCALE_CLAIM,
    OFFLINE_MODEL,
    PHYSICALLY_IMPOSSIBLE,
    SELF_REPORTED_DEATH,
    SUPERNATURAL,
    TEST_MARKER,
    UNSUPPORTED_LANGUAGE,
    VAGUE,
    ReportText,
    Verdict,
)

FAKE_THRESHOLD: Final = 0.60
# Between this and the fake threshold the rules are unsure: an officer decides.
REVIEW_THRESHOLD: Final = 0.40
LOW_CREDIBILITY_THRESHOLD: Final = 0.40
LOW_CREDIBILITY_BELOW: Final = 30.0

ENTITY_WEIGHTS: Final[dict[str, float]] = {
    SUPERNATURAL: 0.97,
    FICTIONAL: 0.96,
    PHYSICALLY_IMPOSSIBLE: 0.95,
    SELF_REPORTED_DEATH: 0.93,
    ANIMATED_OBJECT: 0.92,
}
MASS_SCALE_WEIGHT: Final = 0.92
IMPLAUSIBLE_NUMBER_WEIGHT: Final = 0.90
TEST_ONLY_WEIGHT: Final = 0.95
TEST_PHRASE_WEIGHT: Final = 0.90
RETRACTION_WEIGHT: Final = 0.90
LAUGHTER_WEIGHT: Final = 0.40

# Headcounts at or above these are implausible for one incident.
PERPETRATOR_LIMIT: Final = 30
GENERIC_PEOPLE_LIMIT: Final = 50
LOOT_LIMIT: Final = 50
# Only this much of a description is analysed, bounding the cost of abuse.
MAX_ANALYSED_CHARS: Final = 5_000
# Descriptions this long are detailed even when no incident word is recognised.
VAGUE_MAX_WORDS: Final = 12

_I = re.IGNORECASE
_WORD_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
_QUOTE_RE: Final = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<![\w'])'[^'\n]{1,60}'(?![\w'])")


@dataclass(frozen=True)
class Finding:
    """One piece of evidence; ``weight`` is how strongly it alone suggests a fake."""

    code: str
    weight: float
    evidence: str
    explanation: str


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int
    first_word: int


@dataclass(frozen=True)
class _Doc:
    """A normalised description plus the lookups every rule needs."""

    text: str
    sentences: tuple[_Sentence, ...]
    quotes: tuple[tuple[int, int], ...]
    caps_unreliable: bool

    def in_quotes(self, start: int, end: int) -> bool:
        return any(q0 <= start and end <= q1 for q0, q1 in self.quotes)


# --------------------------------------------------------------------------- text prep


def _normalise(text: str) -> str:
    """Unify quotes, dots in abbreviations and whitespace so regexes stay simple."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"\b([ap])\.\s?m\.", r"\1m", text, flags=_I)
    text = re.sub(
        r"\b(mr|mrs|ms|dr|st|rs|no|jr|sr|prof|approx|vs|etc|insp|sgt|const|nr|opp|inr)\.",
        r"\1",
        text,
        flags=_I,
    )
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def _split_sentences(text: str) -> tuple[_Sentence, ...]:
    sentences: list[_Sentence] = []
    start = 0
    for match in re.finditer(r"[.!?;]+(?=\s|$)|\n+", text):
        chunk = text[start : match.end()]
        if chunk.strip():
            sentences.append(_sentence(chunk, start))
        start = match.end()
    if text[start:].strip():
        sentences.append(_sentence(text[start:], start))
    return tuple(sentences)


def _sentence(text: str, start: int) -> _Sentence:
    first = _WORD_RE.search(text)
    return _Sentence(text, start, first.start() if first else 0)


def _caps_unreliable(text: str) -> bool:
    """All-caps or Title Case text says nothing about proper names."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        return True
    words: list[str] = [w for w in _WORD_RE.findall(text) if w[0].isalpha()]
    if len(words) >= 4:
        capitalised = sum(w[0].isupper() for w in words)
        return capitalised / len(words) > 0.7
    return False


def _prepare(description: str) -> _Doc:
    text = _normalise(description[:MAX_ANALYSED_CHARS])
    return _Doc(
        text=text,
        sentences=_split_sentences(text),
        quotes=tuple((m.start(), m.end()) for m in _QUOTE_RE.finditer(text)),
        caps_unreliable=_caps_unreliable(text),
    )


def _prev_words(text: str, pos: int, count: int) -> list[str]:
    window = text[max(0, pos - 25 * count) : pos]
    return [w.lower() for w in _WORD_RE.findall(window)[-count:]]


def _next_words(text: str, pos: int, count: int) -> list[str]:
    window: list[str] = _WORD_RE.findall(text[pos : pos + 25 * count])
    return window[:count]


def _has_cue(words: list[str], cues: Iterable[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {cue} " in joined for cue in cues)


def _followed_by(text: str, end: int, vocabulary: frozenset[str]) -> bool:
    """True when one of the next two content words is in ``vocabulary``."""
    for word in _next_words(text, end, 2):
        lowered = word.lower()
        if lowered in vocabulary:
            return True
        if lowered in lx.STOP_WORDS:
            return False
    return False


def _negated(text: str, start: int) -> bool:
    return any(w in lx.NEGATION_WORDS or w.endswith("n't") for w in _prev_words(text, start, 3))


_TITLE_LINKS: Final = frozenset({"of", "vs", "v", "versus", "&"})


def _looks_like_name(doc: _Doc, sentence: _Sentence, start: int, end: int) -> bool:
    """A capitalised common word mid-sentence ("the Ghost Town bar") is a name."""
    if doc.caps_unreliable or not sentence.text[start].isupper():
        return False
    if start != sentence.first_word:
        return True
    if sentence.text[end : end + 2] in ("'s", "s'"):
        end += 2  # "Dragon's Den pub"
    following = _next_words(sentence.text, end, 3)
    if len(following) >= 2 and following[0].lower() in _TITLE_LINKS and following[1][0].isupper():
        return True  # a title: "Werewolves of London", "Alien vs Predator"
    following = following[:1]
    return bool(following) and following[0][0].isupper() and following[0] != "I"


def _brand_name(doc: _Doc, sentence: _Sentence, start: int, end: int) -> bool:
    """A capitalised character name followed by another capitalised word ("Yeti Momos").

    A possessive counts too: "Dracula's Castle go-karts", "Santa's Grotto".
    """
    if doc.caps_unreliable or not sentence.text[start].isupper():
        return False
    if sentence.text[end : end + 2] in ("'s", "s'"):
        end += 2
    following = _next_words(sentence.text, end, 1)
    return bool(following) and following[0][0].isupper() and following[0] != "I"


# A being used as a place is a venue's name: "bouncers at the kraken", "outside the dragon";
# so is one in apposition to a venue noun: "at unicorn, the gay bar on Old Compton St".
_AT_VENUE_RE: Final = re.compile(
    r"\b(?:at|outside|inside|opposite|behind|in front of)\s+(?:the\s+)?$", _I
)
_VENUE_APPOSITION_RE: Final = re.compile(
    r"\s*[,(-]\s*(?:(?:the|a|an|our|my|this|that)\s+)?(?:[\w'-]+\s+){0,2}?([\w'-]+)", _I
)


def _venue_by_position(text: str, start: int, end: int) -> bool:
    if _AT_VENUE_RE.search(text[max(0, start - 20) : start]):
        return True
    match = _VENUE_APPOSITION_RE.match(text, end, end + 60)
    return match is not None and match.group(1).lower() in lx.VENUE_NOUNS


def _capitalised_name(doc: _Doc, sentence: _Sentence, start: int, end: int) -> bool:
    """A capitalised being that names a pet, a person or a boat: "our dog Dracula"."""
    text = sentence.text
    if doc.caps_unreliable or not text[start].isupper():
        return False
    if _NAME_AFTER_NOUN_RE.search(text[max(0, start - 50) : start]):
        return True
    return bool(_APPOSITION_RE.match(text, end, end + 90))


def _mask(text: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """Blank out idioms without moving offsets."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


# --------------------------------------------------------------------------- rules

_IDIOMS: Final = tuple(re.compile(rf"\b(?:{p})\b", _I) for p in lx.IDIOM_PATTERNS)
_ENTITY_RULES: Final = tuple(
    (term, re.compile(rf"\b(?:{term.pattern})\b", _I))
    for term in (
        *lx.ENTITY_TERMS,
        *physics.MYTHICAL_TERMS,
        *lx.IMPOSSIBLE_PATTERNS,
        *physics.IMPOSSIBLE_TERMS,
        *physics.DEATH_TERMS,
        *physics.ANIMATED_TERMS,
        *physics.HUMAN_LIMIT_TERMS,
        *physics.AFTERLIFE_TERMS,
        *physics.AGENCY_TERMS,
        *physics.CREATURE_TERMS,
        *shapes.ROUND3_TERMS,
        *agents.ROUND4_TERMS,
    )
)
_GUARDS: Final[dict[str, re.Pattern[str]]] = {
    term.guard: re.compile(term.guard, _I) for term, _ in _ENTITY_RULES if term.guard
}
# A being named as the thing stolen, broken or owned is an object: "stole my garden gnome".
_AS_OBJECT_RE: Final = re.compile(
    r"\b(?:stole|stolen|steal\w*|snatched|took|taken|smashed|broke|broken|damaged|"
    r"vandali[sz]ed|bought|sold|selling|won|lost|missing|my|our|his|her|their|\w+'s)\s+"
    r"(?:(?:my|the|our|his|her|their|a|an|some|two|three|garden|little|small|big|toy|stone|"
    r"plastic|wooden|ceramic|brass|precious|favourite|favorite|pet|lucky)\s+){0,2}$",
    _I,
)
_BEINGS: Final = frozenset({SUPERNATURAL, FICTIONAL})
# ... or said to be stolen or broken after it: "fairy lights and a garden gnome stolen".
_OBJECT_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:was|were|is|are|has been|have been|had been|got)\s+(?:stolen|nicked|taken|pinched|"
    r"swiped|missing|smashed|broken|damaged|vandali[sz]ed|lost|snatched|knocked over|"
    r"pulled down|ripped down|defaced|sold|bought|delivered|returned|recovered|found)"
    r"|(?:stolen|taken|missing|broken|vandali[sz]ed|defaced)(?! by))\b",
    _I,
)
# A being said *of a person* is an insult, a metaphor or a witch-hunt accusation, not a
# claim: "my landlord is a vampire", "she is a real witch", "they branded her a daayan",
# "a known devil in the area". "There is a ghost" and "the thief was a ghost" still count.
_PERSON_AS_BEING_RE: Final = re.compile(
    r"(?:(?<!\bthere )(?<!\bhere )(?<!\bit )(?<!\bthat )(?<!\bthis )\b(?:is|are)|"
    r"\b(?:he|she|they|who)'s|\b(?:he|she|who)(?: is| was)|\b(?:they|who) (?:are|were))"
    r"\s+(?:(?:a|an|such an?|like an?|the)\s+)(?:(?:real|total|complete|absolute|proper|"
    r"bloody|known|evil|living|walking|human)\s+)?$"
    r"|\b(?:was|were)\s+(?:a|an)\s+(?:real|total|complete|absolute|proper|bloody|known|"
    r"living|walking|human)\s+$"
    r"|\b(?:called|calling|calls|branded|branding|labell?ed|named|dubbed|declared|accused|"
    r"accusing|suspected|suspecting)\s+(?:\w+\s+){0,3}?(?:of being\s+)?(?:a|an|as a|as an)\s+"
    r"(?:\w+\s+)?$"
    r"|,\s*(?:a|an)\s+(?:known|real|total|complete|absolute|proper|notorious|local)\s+$",
    _I,
)
_SCENE_RE: Final = re.compile(lx.SCENE_CUES_RE, _I)
_ROLE_AT_EVENT_RE: Final = re.compile(lx.ROLE_AT_EVENT_RE, _I)
# A capitalised being right after a noun that takes a name is that name ("my cat Voldemort");
# so is one followed by an apposition ("Ghost, my neighbour's dog, bit my son").
_NAME_AFTER_NOUN_RE: Final = re.compile(
    rf"\b(?:my|our|his|her|their|the|a|an|\w+'s)\s+(?:[\w-]+\s+)?{lx.NAMED_NOUNS_RE}\s+$", _I
)
_APPOSITION_RE: Final = re.compile(
    rf",\s*(?:my|our|his|her|their|the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?{lx.NAMED_NOUNS_RE}\b"
    r"[^,.;!?]{0,40},",
    _I,
)
# "he was not wearing a costume" insists on the claim; it is no costume scene.
_NO_COSTUME_RE: Final = re.compile(
    r"\b(?:not|never|wasn't|was not|no|without (?:a|any))\s+(?:wearing\s+|in\s+)?(?:a\s+|any\s+)?"
    r"(?:costume|mask|make-?up|disguise)s?\b",
    _I,
)
_FRAUD_RE: Final = re.compile(lx.FRAUD_CUES_RE, _I)
_BELIEF_RE: Final = re.compile(lx.BELIEF_CUES_RE, _I)


def _entity_exempt(
    doc: _Doc, sentence: _Sentence, context: _Context, term: lx.Term, start: int, end: int
) -> bool:
    """Recognise the innocent senses of a red-flag word (name, costume, pretext...)."""
    text = sentence.text
    if doc.in_quotes(sentence.start + start, sentence.start + end):
        return True
    if term.guard and _GUARDS[term.guard].search(text[max(0, start - 40) : start]):
        return True
    if term.code in _BEINGS and _AS_OBJECT_RE.search(text[max(0, start - 60) : start]):
        return True
    if term.code in _BEINGS and _OBJECT_AFTER_RE.match(text, end, end + 40):
        return True
    if term.code in _BEINGS and _PERSON_AS_BEING_RE.search(text[max(0, start - 60) : start]):
        return True
    if term.code in _BEINGS and _ROLE_AT_EVENT_RE.match(text, end, end + 80):
        return True  # a role played at an event: "the wizard at the kids' party"
    if term.code in _BEINGS and _venue_by_position(text, start, end):
        return True
    if term.code in _BEINGS and _capitalised_name(doc, sentence, start, end):
        return True
    if term.proper and term.code in _BEINGS and _brand_name(doc, sentence, start, end):
        return True
    if not term.proper and _looks_like_name(doc, sentence, start, end):
        return True
    if _has_cue(_prev_words(text, start, 3), lx.NAME_CUES):
        return True
    if _prev_words(text, start, 1) == ["like"]:
        return True  # a simile: "climbed the wall like Spider-Man"
    if _has_cue(_prev_words(text, start, 4), lx.DEPICTION_CUES):
        return True
    if _followed_by(text, end, lx.VENUE_NOUNS) or _followed_by(text, end, lx.DEPICTION_NOUNS):
        return True
    if _negated(text, start) or text[end : end + 2].startswith("-"):
        return True  # "not a ghost"; "ghost-tour guide", "zombie-like man"
    return context.scene_or_fraud or context.first_belief < start


def _explain_entity(term: lx.Term, evidence: str) -> str:
    if term.code == SELF_REPORTED_DEATH:
        return f"its author reports their own death ('{evidence}')"
    if term.code == ANIMATED_OBJECT:
        return f"it describes {term.label} ('{evidence.strip(' ,;:')}')"
    if term.code == SUPERNATURAL:
        return f"it blames {term.label} ('{evidence}'), and the supernatural commits no crimes"
    if term.code == FICTIONAL:
        return f"it involves {term.label} ('{evidence}'), which does not exist"
    return f"it describes {term.label} ('{evidence}'), which is physically impossible"


@dataclass(frozen=True)
class _Context:
    """Sentence-wide facts, computed once per sentence rather than once per match."""

    scene_or_fraud: bool
    first_belief: int


def _entity_findings(doc: _Doc) -> Iterator[Finding]:
    for sentence in doc.sentences:
        belief = _BELIEF_RE.search(sentence.text)
        context = _Context(
            scene_or_fraud=bool(
                _SCENE_RE.search(_NO_COSTUME_RE.sub(" ", sentence.text))
                or _FRAUD_RE.search(sentence.text)
            ),
            first_belief=belief.start() if belief else len(sentence.text),
        )
        masked = _mask(sentence.text, _IDIOMS)
        for term, pattern in _ENTITY_RULES:
            for match in pattern.finditer(masked):
                if _entity_exempt(doc, sentence, context, term, match.start(), match.end()):
                    continue
                evidence = sentence.text[match.start() : match.end()]
                yield Finding(
                    term.code,
                    ENTITY_WEIGHTS[term.code],
                    evidence,
                    _explain_entity(term, evidence),
                )


# Numbers ---------------------------------------------------------------------

_UNITS = "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True))
_MULTS = "|".join(sorted(lx.MULTIPLIER_WORDS, key=len, reverse=True))
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+"
    rf"|(?:hundreds|thousands|millions|dozens|lakhs|crores) of"
    rf"|(?:(?:{_UNITS})(?:[- ](?:{_UNITS}))?\s+)?(?:{_MULTS})"
    rf"|(?:{_UNITS})(?:[- ](?:{_UNITS}))?)"
)
_ADJ = r"(?:[a-z-]+\s+){0,2}?"
_HEADCOUNT_RE: Final = re.compile(
    rf"\b(?P<num>{_NUM})\s+{_ADJ}(?P<noun>{lx.PERPETRATOR_NOUNS_RE})\b"
    rf"|\b(?:gang|band|army|team|group) of (?P<gnum>{_NUM})\b",
    _I,
)
_GENERIC_CROWD_RE: Final = re.compile(
    rf"\b(?P<num>{_NUM})\s+{_ADJ}{lx.GENERIC_PEOPLE_RE}\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:broke|entered|attacked|robbed|stormed|raided|barged|invaded|beat|looted|burgled|"
    r"ransacked|mugged|kidnapped|chased|snatched|stole|climbed|jumped)\b",
    _I,
)
_LOOT_RE: Final = re.compile(
    rf"\b(?:stole|stolen|took|taken|snatched|grabbed|robbed|looted)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<num>{_NUM})\s+(?:[a-z-]+\s+)?{lx.COUNTABLE_LOOT_RE}\b"
    rf"|\b(?P<num2>{_NUM})\s+(?:[a-z-]+\s+)?{lx.COUNTABLE_LOOT_RE}\s+(?:were|got|had been)\s+"
    r"(?:[a-z]+\s+)?(?:stolen|taken|snatched)\b",
    _I,
)
_PRIVATE_PLACE_RE: Final = re.compile(lx.PRIVATE_PLACE_RE, _I)
_PERSONAL_CONTAINER_RE: Final = re.compile(lx.PERSONAL_CONTAINERS_RE, _I)


def parse_number(phrase: str) -> int | None:
    """Turn "1,000", "a hundred", "two thousand", "hundreds of" into an int."""
    phrase = phrase.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", phrase):
        return int(phrase.replace(",", ""))
    vague_plural = {
        "dozens of": 36,
        "hundreds of": 200,
        "thousands of": 2_000,
        "lakhs of": 200_000,
        "millions of": 2_000_000,
        "crores of": 20_000_000,
    }
    if phrase in vague_plural:
        return vague_plural[phrase]
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", phrase):
        if word in lx.NUMBER_WORDS:
            current += lx.NUMBER_WORDS[word]
        elif word in lx.MULTIPLIER_WORDS:
            total += max(current, 1) * lx.MULTIPLIER_WORDS[word]
            current = 0
        else:
            return None
    return total + current


def _number_findings(doc: _Doc) -> Iterator[Finding]:
    for sentence in doc.sentences:
        text = sentence.text
        for match in _HEADCOUNT_RE.finditer(text):
            raw = match.group("num") or match.group("gnum")
            value = parse_number(raw)
            if value is None or value < PERPETRATOR_LIMIT:
                continue
            if doc.in_quotes(sentence.start + match.start(), sentence.start + match.end()):
                continue
            yield Finding(
                IMPLAUSIBLE_NUMBER,
                IMPLAUSIBLE_NUMBER_WEIGHT,
                match.group(0),
                f"it claims an implausible number of offenders ('{match.group(0)}')",
            )
        for match in _GENERIC_CROWD_RE.finditer(text):
            value = parse_number(match.group("num"))
            if value is None or value < GENERIC_PEOPLE_LIMIT:
                continue
            if not any(
                magnitude.same_clause(text, match.start(), place.start())
                for place in _PRIVATE_PLACE_RE.finditer(text)
            ):
                continue
            yield Finding(
                IMPLAUSIBLE_NUMBER,
                IMPLAUSIBLE_NUMBER_WEIGHT,
                match.group(0),
                f"it claims an implausible crowd in a private place ('{match.group(0)}')",
            )
        for match in _LOOT_RE.finditer(text):
            value = parse_number(match.group("num") or match.group("num2"))
            if value is None or value < LOOT_LIMIT:
                continue
            if not _PERSONAL_CONTAINER_RE.search(text):
                continue
            yield Finding(
                IMPLAUSIBLE_NUMBER,
                IMPLAUSIBLE_NUMBER_WEIGHT,
                match.group(0),
                f"it claims an implausible amount of loot from one person ('{match.group(0)}')",
            )


# Mass scale --------------------------------------------------------------------

_MASS_HARM_RE: Final = re.compile(lx.MASS_HARM_RE, _I)
_MASS_REPORTED_RE: Final = re.compile(lx.MASS_REPORTED_RE, _I)


_LOCAL_PLACE_RE: Final = re.compile(
    r"\b(?:our|my|the|this|near|opp|lane|gali|street|st|road|rd|colony|building|block|flat|"
    r"society|sector|nagar|market|chowk|apartments?|area|home|house|office|shop|park|station)\b",
    _I,
)


def _scope_pattern(location: str) -> str:
    """City-or-larger scopes, plus the city named in the report's own location."""
    places = set(lx.BIG_PLACES)
    city = location.rsplit(",", 1)[-1].strip().lower()
    local = _LOCAL_PLACE_RE.search(city)  # "our lane" is a location, not a city
    if city and not local and len(city.split()) <= 2 and re.fullmatch(r"[a-z .'-]+", city):
        places.add(re.escape(city))
    names = "|".join(sorted(places, key=len, reverse=True))
    return rf"(?:{lx.MASS_SCOPES_RE}|{names})"


def _mass_patterns(location: str) -> tuple[re.Pattern[str], ...]:
    scope = _scope_pattern(location)
    det = r"(?:the\s+|this\s+|our\s+|my\s+|your\s+)?(?:entire\s+|whole\s+)?"
    return (
        re.compile(
            r"\b(?:all|every|each)\s+(?:single\s+|one\s+of\s+the\s+|of\s+the\s+|the\s+)?"
            r"(?:[\w'-]+\s+){0,3}?(?:in|across|throughout|around|of|on)\s+"
            rf"{det}(?P<scope>{scope})\b",
            _I,
        ),
        re.compile(
            r"\b(?:everyone|everybody|every ?one|all (?:the )?(?:citizens|residents|people|"
            rf"humans))\s+(?:in|across|throughout|around|of|on)\s+{det}(?P<scope>{scope})\b",
            _I,
        ),
        re.compile(
            rf"\b(?:the\s+)?(?:entire|whole)\s+(?:of\s+)?(?P<scope>{scope})(?:'s)?\s+"
            r"(?:[\w'-]+\s+){0,2}?"
            r"(?:is|are|was|were|has been|have been|has had|have had|had|got|gets|being|will be)"
            r"\s+(?:being\s+)?(?:(?:its|their|the)\s+)?"
            rf"(?:[\w'-]+\s+)?{lx.MASS_HARM_RE}",
            _I,
        ),
        re.compile(
            r"\b(?:all|every|each and every)\s+(?:single\s+|the\s+)?(?:[\w'-]+\s+){0,2}?"
            r"(?:nationwide|countrywide|worldwide|across the (?:globe|planet|world|nation|country)|"
            r"in the (?:whole |entire )?(?:world|country|nation)|on (?:the )?(?:planet|earth))\b",
            _I,
        ),
        re.compile(
            r"\b(?:the\s+)?(?:entire|whole)\s+(?:population|people|citizens|residents|"
            rf"inhabitants|public)\s+of\s+{det}(?P<scope>{scope})\b",
            _I,
        ),
        re.compile(
            r"\b(?:city|country|nation|world|state|planet)[- ]?wide\s+(?:[\w'-]+\s+)?"
            r"(?:hack\w*|conspirac\w*|robber\w*|heists?|attacks?|poisoning|surveillance|"
            r"kidnapping\w*|theft\w*|looting|blackout plot)\b",
            _I,
        ),
    )


_CLAUSE_BREAK_RE: Final = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:then|but|because|so|although|though|while|whereas|after|before)\b",
    _I,
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the previous to the next clause break."""
    before = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, start)]
    after = _CLAUSE_BREAK_RE.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _mass_findings(doc: _Doc, location: str) -> Iterator[Finding]:
    patterns = _mass_patterns(location)
    for sentence in doc.sentences:
        text = sentence.text
        if not _MASS_HARM_RE.search(text) or _MASS_REPORTED_RE.search(text):
            continue
        for pattern in patterns:
            for match in pattern.finditer(text):
                scope_end = match.end("scope") if "scope" in pattern.groupindex else match.end()
                following = _next_words(text, scope_end, 1) if scope_end >= 0 else []
                if following and following[0].lower() in lx.SCOPE_SHRINKERS:
                    continue
                if doc.in_quotes(sentence.start + match.start(), sentence.start + match.end()):
                    continue
                if not _MASS_HARM_RE.search(_clause(text, match.start(), match.end())):
                    continue  # "all the shops in the city closed ..., then a mob attacked"
                yield Finding(
                    MASS_SCALE_CLAIM,
                    MASS_SCALE_WEIGHT,
                    match.group(0),
                    f"it makes a city- or world-wide claim ('{match.group(0).strip()}') "
                    "that no single citizen could witness",
                )


# Jokes and tests -----------------------------------------------------------------

_LAUGHTER_RE: Final = re.compile(lx.LAUGHTER_RE, _I)
_RETRACTION_RE: Final = re.compile(lx.RETRACTION_RE, _I | re.MULTILINE)
_TEST_PHRASE_RE: Final = re.compile(lx.TEST_PHRASES_RE, _I | re.MULTILINE)
_TEST_ONLY_RE: Final = re.compile(lx.TEST_ONLY_RE, _I)


# "I thought it was a joke at first": the author doubted, then reports it as real.
_DOUBT_WORDS: Final = ("thought", "think", "assumed", "believed", "seemed", "felt", "hoped")


def _reported_speech(text: str, start: int) -> bool:
    return any(w in lx.REPORTED_SPEECH_WORDS for w in _prev_words(text, start, 5))


def _marker_findings(doc: _Doc) -> Iterator[Finding]:
    if _TEST_ONLY_RE.fullmatch(doc.text):
        yield Finding(
            TEST_MARKER,
            TEST_ONLY_WEIGHT,
            doc.text,
            f"the description is only a test entry ('{doc.text[:40]}')",
        )
    for sentence in doc.sentences:
        text = sentence.text
        rules = (
            (_TEST_PHRASE_RE, TEST_MARKER, TEST_PHRASE_WEIGHT, "it is marked as a test"),
            (_RETRACTION_RE, JOKE_MARKER, RETRACTION_WEIGHT, "the author calls it a joke"),
            (_LAUGHTER_RE, JOKE_MARKER, LAUGHTER_WEIGHT, "it contains a joke marker"),
        )
        for pattern, code, weight, why in rules:
            for match in pattern.finditer(text):
                if doc.in_quotes(sentence.start + match.start(), sentence.start + match.end()):
                    continue
                if code == JOKE_MARKER and (
                    _reported_speech(text, match.start())
                    or _has_cue(_prev_words(text, match.start(), 3), _DOUBT_WORDS)
                ):
                    continue
                evidence = match.group(0).strip()
                yield Finding(code, weight, evidence, f"{why} ('{evidence}')")


# Vagueness ---------------------------------------------------------------------

_INCIDENT_RE: Final = re.compile(lx.INCIDENT_RE, _I)
_PLACE_WORDS_RE: Final = re.compile(lx.PLACE_WORDS_RE, _I)
_PLACE_NAME_RE: Final = re.compile(lx.PLACE_NAME_RE)
_TIME_RE: Final = re.compile(lx.TIME_RE, _I)
_VAGUE_RE: Final = re.compile(lx.VAGUE_RE, _I)


@dataclass(frozen=True)
class Specificity:
    """Which of what / where / when the report answers."""

    what: bool
    where: bool
    when: bool

    @property
    def count(self) -> int:
        return int(self.what) + int(self.where) + int(self.when)


def specificity(report: ReportText) -> Specificity:
    """What, where and when, from the description and the structured fields."""
    text = _normalise(report.description[:MAX_ANALYSED_CHARS])
    return Specificity(
        what=bool(_INCIDENT_RE.search(text)),
        where=bool(
            report.location.strip() or _PLACE_WORDS_RE.search(text) or _PLACE_NAME_RE.search(text)
        ),
        when=bool(report.time_of_occurrence.strip() or _TIME_RE.search(text)),
    )


def _vague_findings(doc: _Doc, spec: Specificity) -> Iterator[Finding]:
    placeholder = _VAGUE_RE.search(doc.text)
    missing = [
        name
        for name, ok in (("what", spec.what), ("where", spec.where), ("when", spec.when))
        if not ok
    ]
    weight = 0.0
    word_count = len(_WORD_RE.findall(doc.text))
    if not spec.what and (word_count < VAGUE_MAX_WORDS or placeholder):
        weight = {3: 0.75, 2: 0.55, 1: 0.30}[len(missing)]
        if placeholder:
            weight = max(weight, 0.40)
    elif len(missing) == 2 and word_count < 4:
        weight = 0.45
    if weight == 0.0:
        return
    evidence = placeholder.group(0) if placeholder else doc.text[:60]
    yield Finding(
        VAGUE,
        weight,
        evidence,
        "it does not say " + _join_words(missing) + " happened"
        if missing == ["what"]
        else "it does not say " + _join_words(missing),
    )


def _join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


# Contradictions ------------------------------------------------------------------

_CLOCK_RE: Final = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b", _I)
_CLOCK_24_RE: Final = re.compile(r"\b(1[3-9]|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:am|pm))", _I)
_DAY_PART_RE: Final = re.compile(
    r"\b(morning|afternoon|evening|night|tonight|midnight|noon|daylight)\b", _I
)
_SAME_MOMENT_GAP_RE: Final = re.compile(
    r"[\s,]*(?:(?:at|around|about|approximately|approx|roughly|by|in|on|the|this|that|last|"
    r"yesterday|today|of|early|late|sharp)[\s,]+)*",
    _I,
)
_DAYLIGHT_NIGHT_RE: Final = re.compile(
    r"\bbroad daylight\b.*\b(?:midnight|dead of (?:the )?night|middle of the night|pitch dark)\b"
    r"|\b(?:midnight|dead of (?:the )?night|middle of the night|pitch dark)\b.*\bbroad daylight\b",
    _I,
)
_NOTHING_TAKEN_RE: Final = re.compile(
    r"\bnothing (?:was |got |has been )?(?:stolen|taken|missing)\b", _I
)
_TAKEN_RE: Final = re.compile(
    r"\b(?:stole|took|snatched|grabbed|robbed me of) (?:my|her|his|our|all)\b"
    r"|\b(?:my|our) \w+ (?:was|were|got|has been) (?:stolen|taken|snatched)\b",
    _I,
)
_NOBODY_HURT_RE: Final = re.compile(
    r"\b(?:no ?one|nobody|no-one) (?:was|got) (?:hurt|injured|harmed)\b", _I
)
_SOMEONE_HURT_RE: Final = re.compile(
    r"\b(?:i|he|she|we|they|(?:my|our|his|her|the|a|an) \w+) (?:was|were|got) "
    r"(?:badly |seriously |severely |critically |fatally )?"
    r"(?:injured|hurt|stabbed|wounded|killed|shot)\b",
    _I,
)
_NO_OWN_RE: Final = re.compile(
    r"\bi (?:don't|do not|never|didn't|did not|have never|'ve never|had never|have not ever) "
    r"(?:own|have|had|owned) (?:a|an|any) "
    r"(?P<thing>[a-z]+)\b",
    _I,
)
_NOT_SEEN_RE: Final = re.compile(
    r"\bi (?:didn't|did not|never|couldn't|could not) see (?:anything|anyone|anybody)\b", _I
)
_SAW_RE: Final = re.compile(
    r"\bi saw (?:him|her|them|a man|the man|a woman|the woman|the thief|the thieves|"
    r"the robbers?|the attackers?|two men|three men|the suspects?|the burglars?)\b",
    _I,
)
_TOMORROW_PAST_RE: Final = re.compile(
    r"^\W*tomorrow\b,?\s+(?:[\w'-]+\s+){0,6}?(?:stole|was stolen|were stolen|robbed|broke|"
    r"attacked|snatched|hit|was robbed|was attacked|got stolen)\b",
    _I,
)
_SEQUENCE_WORDS_RE: Final = re.compile(
    r"\b(?:anymore|any more|since|after|later|at first|cctv|footage|else|except|apart from|"
    r"now|because|no longer|any longer|used to|until|till|sold|last year|before|"
    r"other than|only|though|although)\b",
    _I,
)


def _hour(match: re.Match[str]) -> int | None:
    hour = int(match.group(1))
    if len(match.groups()) >= 3 and match.group(3):
        if not 1 <= hour <= 12:
            return None
        meridiem = match.group(3).lower()
        return hour % 12 + (12 if meridiem == "pm" else 0)
    return hour


def _time_clashes(sentence: str) -> Iterator[str]:
    """Day part and clock time that describe one moment but disagree ("morning at 11 pm").

    Only adjacent phrases count ("this morning at 11 pm", "at 9 pm in the morning");
    ranges and sequences ("between midnight and 5 am") are fine.
    """
    clocks = [*_CLOCK_RE.finditer(sentence), *_CLOCK_24_RE.finditer(sentence)]
    for part in _DAY_PART_RE.finditer(sentence):
        allowed = lx.DAY_PART_HOURS[part.group(1).lower()]
        for clock in clocks:
            lo, hi = sorted((part, clock), key=lambda m: m.start())
            hour = _hour(clock)
            if (
                hour is not None
                and hour not in allowed
                and _SAME_MOMENT_GAP_RE.fullmatch(sentence[lo.end() : hi.start()])
            ):
                yield sentence[lo.start() : hi.end()]


def _contradiction_findings(doc: _Doc) -> Iterator[Finding]:
    text = doc.text
    for sentence in doc.sentences:
        for clash in _time_clashes(sentence.text):
            yield Finding(
                CONTRADICTION, 0.45, clash, f"its times contradict each other ('{clash}')"
            )
        daylight = _DAYLIGHT_NIGHT_RE.search(sentence.text)
        if daylight:
            yield Finding(
                CONTRADICTION,
                0.45,
                daylight.group(0),
                "it says the incident happened both in daylight and at night",
            )
        tomorrow = _TOMORROW_PAST_RE.search(sentence.text)
        if tomorrow:
            yield Finding(
                CONTRADICTION,
                0.55,
                tomorrow.group(0),
                f"it describes a past incident as happening tomorrow ('{tomorrow.group(0)}')",
            )

    def pair(first: re.Pattern[str], second: re.Pattern[str]) -> tuple[str, str] | None:
        a = first.search(text)
        b = second.search(text)
        if not a or not b or a.start() == b.start():
            return None
        for sentence in doc.sentences:
            inside = sentence.start <= a.start() < sentence.start + len(sentence.text)
            if inside and _SEQUENCE_WORDS_RE.search(sentence.text):
                return None
        return a.group(0), b.group(0)

    checks = (
        (_NOTHING_TAKEN_RE, _TAKEN_RE, 0.65, "it says nothing was taken and that things were"),
        (_NOBODY_HURT_RE, _SOMEONE_HURT_RE, 0.65, "it says nobody was hurt and that someone was"),
        (_NOT_SEEN_RE, _SAW_RE, 0.50, "it says the author saw nobody and that they saw someone"),
    )
    for first, second, weight, why in checks:
        found = pair(first, second)
        if found:
            yield Finding(
                CONTRADICTION,
                weight,
                f"{found[0]} / {found[1]}",
                f"{why} ('{found[0]}' vs '{found[1]}')",
            )
    for owned in _NO_OWN_RE.finditer(text):
        thing = owned.group("thing").lower()
        mine = re.search(rf"\bmy {re.escape(thing)}\b", text, _I)
        sentence_has_sequence = any(
            s.start <= owned.start() < s.start + len(s.text) and _SEQUENCE_WORDS_RE.search(s.text)
            for s in doc.sentences
        )
        if mine and not sentence_has_sequence:
            yield Finding(
                CONTRADICTION,
                0.65,
                f"{owned.group(0)} / {mine.group(0)}",
                f"it says the author has no {thing} but reports 'my {thing}'",
            )


def _clash_findings(doc: _Doc) -> Iterator[Finding]:
    sentences = tuple(s.text for s in doc.sentences)
    for clash in contradiction.clashes(doc.text, sentences):
        yield Finding(CONTRADICTION, clash.weight, clash.evidence, clash.explanation)


# Magnitudes and intent -------------------------------------------------------------


def _magnitude_findings(doc: _Doc) -> Iterator[Finding]:
    for sentence in doc.sentences:
        for found in (
            *magnitude.money_findings(sentence.text),
            *magnitude.people_findings(sentence.text),
            *magnitude.age_findings(sentence.text),
        ):
            start = sentence.text.find(found.evidence.split(" … ")[0])
            if start >= 0 and doc.in_quotes(sentence.start + start, sentence.start + start + 1):
                continue
            yield Finding(found.code, found.weight, found.evidence, found.explanation)
    texts = tuple(
        "" if doc.in_quotes(s.start, s.start + len(s.text)) else s.text for s in doc.sentences
    )
    for found in (*clauses.amount_findings(texts), *clauses.price_findings(texts)):
        yield Finding(found.code, found.weight, found.evidence, found.explanation)


def _intent_findings(doc: _Doc, spec: Specificity) -> Iterator[Finding]:
    for found in intent.intents(doc.text, spec.what):
        yield Finding(found.code, found.weight, found.evidence, found.explanation)


# --------------------------------------------------------------------------- verdict


def analyse(report: ReportText) -> tuple[Finding, ...]:
    """All findings for a report, strongest first (exposed for tests and tooling)."""
    doc = _prepare(report.description)
    spec = specificity(report)
    findings = [
        *_entity_findings(doc),
        *_number_findings(doc),
        *_mass_findings(doc, report.location),
        *_marker_findings(doc),
        *_vague_findings(doc, spec),
        *_contradiction_findings(doc),
        *_clash_findings(doc),
        *_magnitude_findings(doc),
        *_intent_findings(doc, spec),
    ]
    findings.sort(key=lambda f: f.weight, reverse=True)
    return tuple(findings)


def _strongest_per_code(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per code, so repeating a word ("lol lol") does not add evidence.

    Contradictions are the exception: distinct clashes are independent evidence,
    so they are merged into one finding with their noisy-OR weight.
    """
    best: dict[str, Finding] = {}
    clashes: dict[str, Finding] = {}
    for finding in findings:
        if finding.code == CONTRADICTION:
            clashes.setdefault(finding.evidence, finding)
        elif finding.code not in best or finding.weight > best[finding.code].weight:
            best[finding.code] = finding
    if clashes:
        ordered = sorted(clashes.values(), key=lambda f: f.weight, reverse=True)
        best[CONTRADICTION] = Finding(
            CONTRADICTION,
            combine(f.weight for f in ordered),
            " / ".join(f.evidence for f in ordered),
            "; ".join(f.explanation for f in ordered[:2]),
        )
    return sorted(best.values(), key=lambda f: f.weight, reverse=True)


def combine(weights: Iterable[float]) -> float:
    """Noisy-OR: independent pieces of evidence that the report is fake."""
    return 1.0 - math.prod(1.0 - w for w in weights)


def verify_offline(report: ReportText) -> Verdict:
    """Judge a report with the rules alone; never raises for any text.

    Three outcomes: fake, genuine, or genuine-but-``needs_review`` when the rules cannot
    read the text or the evidence is real but not strong enough for a penalty.
    """
    cannot_read = unreadable(report.description[:MAX_ANALYSED_CHARS], report.language)
    if cannot_read is not None:
        if cannot_read.code == UNSUPPORTED_LANGUAGE:
            reading = foreign.read(report.description[:MAX_ANALYSED_CHARS], report.language)
            judged = _foreign_verdict(report, reading) if reading is not None else None
            if judged is not None:
                return judged
        return Verdict(
            is_fake=False,
            confidence=0.5,
            reasoning=(
                f"Needs review: {cannot_read.explanation}, so the offline rules cannot judge "
                "it; an officer should read it."
            ),
            red_flags=(cannot_read.code,),
            engine=ENGINE_OFFLINE,
            model=OFFLINE_MODEL,
            needs_review=True,
        )
    spec = specificity(report)
    findings = _strongest_per_code(analyse(report))
    score = combine(f.weight for f in findings)
    low_credibility = report.author_credibility < LOW_CREDIBILITY_BELOW
    threshold = LOW_CREDIBILITY_THRESHOLD if low_credibility else FAKE_THRESHOLD
    is_fake = bool(findings) and score >= threshold - 1e-9
    needs_review = not is_fake and score >= REVIEW_THRESHOLD - 1e-9

    flags = [f.code for f in findings]
    if low_credibility and findings:
        flags.append(LOW_CREDIBILITY_AUTHOR)

    if is_fake:
        confidence = min(0.99, max(score, 0.55))
        reasons = "; ".join(f.explanation for f in findings[:2])
        reasoning = f"Likely fake: {reasons}."
        if low_credibility and score < FAKE_THRESHOLD:
            reasoning += (
                f" The author's low credibility ({report.author_credibility:g}/100) "
                "called for extra scrutiny."
            )
    elif needs_review:
        confidence = 0.5
        reasons = "; ".join(f.explanation for f in findings[:2])
        reasoning = (
            f"Needs review: {reasons}. That is a real warning sign but not strong enough "
            "to penalise the author, so an officer should decide."
        )
    else:
        base = 0.6 + 0.1 * spec.count
        confidence = max(0.5, min(0.95, base * (1.0 - score)))
        reasoning = _genuine_reasoning(findings, spec)
    return Verdict(
        is_fake=is_fake,
        confidence=round(confidence, 3),
        reasoning=reasoning,
        red_flags=tuple(flags),
        engine=ENGINE_OFFLINE,
        model=OFFLINE_MODEL,
        needs_review=needs_review,
    )


def _foreign_verdict(report: ReportText, reading: foreign.ForeignReading) -> Verdict | None:
    """Judge a non-English report with its own language's word lists; None = cannot tell.

    Fake cues count as in English; with none, a recognisable incident is genuine. Text that
    names neither stays with an officer (the caller's review verdict).
    """
    findings = _strongest_per_code(
        Finding(f.code, f.weight, f.evidence, f.explanation) for f in reading.findings
    )
    score = combine(f.weight for f in findings)
    low_credibility = report.author_credibility < LOW_CREDIBILITY_BELOW
    threshold = LOW_CREDIBILITY_THRESHOLD if low_credibility else FAKE_THRESHOLD
    flags = tuple(f.code for f in findings) + (
        (LOW_CREDIBILITY_AUTHOR,) if low_credibility and findings else ()
    )
    reasons = "; ".join(f.explanation for f in findings[:2])
    if findings and score >= threshold - 1e-9:
        return Verdict(
            is_fake=True,
            confidence=round(min(0.99, max(score, 0.55)), 3),
            reasoning=f"Likely fake (read with the {reading.name} word list): {reasons}.",
            red_flags=flags,
            engine=ENGINE_OFFLINE,
            model=OFFLINE_MODEL,
        )
    if score >= REVIEW_THRESHOLD - 1e-9:
        return Verdict(
            is_fake=False,
            confidence=0.5,
            reasoning=(
                f"Needs review (read with the {reading.name} word list): {reasons}. That is a "
                "warning sign but not strong enough to penalise the author."
            ),
            red_flags=flags,
            engine=ENGINE_OFFLINE,
            model=OFFLINE_MODEL,
            needs_review=True,
        )
    if not reading.names_incident:
        return None
    return Verdict(
        is_fake=False,
        confidence=0.6,
        reasoning=(
            f"Treated as genuine: read with the {reading.name} word list, it names an "
            "incident and none of the listed warning signs."
        ),
        red_flags=flags,
        engine=ENGINE_OFFLINE,
        model=OFFLINE_MODEL,
    )


def _genuine_reasoning(findings: list[Finding], spec: Specificity) -> str:
    if findings:
        notes = "; ".join(f.explanation for f in findings[:2])
        return (
            f"Treated as genuine: {notes}, but that is not enough on its own to call the "
            "report fake."
        )
    missing = [n for n, ok in (("where", spec.where), ("when", spec.when)) if not ok]
    if spec.what and not missing:
        return "No red flags found; the report says what happened, where and when."
    if spec.what:
        return f"No red flags found; the report says what happened but not {' or '.join(missing)}."
    return "No red flags found, although the report does not name a specific incident."
