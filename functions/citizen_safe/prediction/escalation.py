"""Escalation risk: an explainable additive score.

score = BASE_BY_TYPE[crime type] + the weight of every factor present, clamped to 0-100.
Officers see the factors next to the score, so every point can be traced to a word of the
report or to its context. The text factors come from negation-aware phrase rules here, or
from Gemini (``gemini.py``); ``night`` and ``repeat_location`` are always computed here, from
structured data, because Gemini cannot know the nearby-report count and should not guess clocks.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import Final

from citizen_safe.prediction.crime_type import FALLBACK_TYPE
from citizen_safe.prediction.results import EscalationRisk, ReportFacts, RiskLevel

OFFLINE_MODEL: Final = "offline-escalation-v1"

# What the crime itself implies before any detail is known.
BASE_BY_TYPE: Final[dict[str, int]] = {
    "theft": 10,
    "robbery": 30,
    "burglary": 20,
    "assault": 30,
    "harassment": 15,
    "fraud": 5,
    "cybercrime": 5,
    "vandalism": 5,
    "arson": 35,
    "drugs": 15,
    "domestic_violence": 30,
    "traffic": 15,
    "missing_person": 30,
    "suspicious_activity": 10,
    "other": 5,
}

WEAPON: Final = "weapon"
THREAT_TO_LIFE: Final = "threat_to_life"
INJURY: Final = "injury"
IN_PROGRESS: Final = "in_progress"
VULNERABLE_VICTIM: Final = "vulnerable_victim"
MULTIPLE_OFFENDERS: Final = "multiple_offenders"
REPEAT_LOCATION: Final = "repeat_location"
NIGHT: Final = "night"

# Points each factor adds. The order is the order factors are listed in a result.
FACTOR_WEIGHTS: Final[dict[str, int]] = {
    WEAPON: 25,
    THREAT_TO_LIFE: 25,
    INJURY: 20,
    IN_PROGRESS: 20,
    VULNERABLE_VICTIM: 15,
    MULTIPLE_OFFENDERS: 10,
    REPEAT_LOCATION: 10,
    NIGHT: 10,
}
TEXT_FACTORS: Final = (
    WEAPON,
    THREAT_TO_LIFE,
    INJURY,
    IN_PROGRESS,
    VULNERABLE_VICTIM,
    MULTIPLE_OFFENDERS,
)
FACTORS: Final = tuple(FACTOR_WEIGHTS)

MEDIUM_FROM: Final = 40
HIGH_FROM: Final = 70
# One other genuine report at the same place recently is already a pattern worth a look.
REPEAT_MIN_REPORTS: Final = 1
# Night is 21:00-05:59 local time.
NIGHT_FROM_HOUR: Final = 21
NIGHT_UNTIL_HOUR: Final = 6


def level_for(score: int) -> RiskLevel:
    """LOW below 40, MEDIUM from 40, HIGH from 70."""
    if score >= HIGH_FROM:
        return "HIGH"
    if score >= MEDIUM_FROM:
        return "MEDIUM"
    return "LOW"


def score_for(crime_type: str, factors: tuple[str, ...] | list[str]) -> int:
    """The base of the crime type (unknown types count as "other") plus each factor once."""
    base = BASE_BY_TYPE.get(crime_type, BASE_BY_TYPE[FALLBACK_TYPE])
    total = base + sum(FACTOR_WEIGHTS[f] for f in set(factors) if f in FACTOR_WEIGHTS)
    return max(0, min(100, total))


def risk_from_factors(
    crime_type: str, factors: set[str] | frozenset[str], by: str
) -> EscalationRisk:
    """Build the result from a set of factor codes, listing them in FACTORS order."""
    ordered = tuple(f for f in FACTORS if f in factors)
    score = score_for(crime_type, ordered)
    return EscalationRisk(score=score, level=level_for(score), factors=ordered, by=by)


# --------------------------------------------------------------------------------------------
# Text factors: phrase rules with negation
# --------------------------------------------------------------------------------------------

_NUMBER_WORDS: Final = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)"
_PEOPLE: Final = r"(?:men|boys|youths|guys|people|persons|women|attackers|robbers|thieves|goons)"
_PRONOUN: Final = r"(?:me|him|her|us|them|you|my \w+|his \w+|her \w+|the \w+)"

_RULES: Final[dict[str, tuple[str, ...]]] = {
    WEAPON: (
        r"knife", r"knives", r"knifepoint", r"blade", r"machete", r"sword", r"sickle", r"axe",
        r"dagger", r"guns?", r"gunpoint", r"pistols?", r"revolver", r"rifle", r"shotgun",
        r"firearms?", r"armed", r"weapons?", r"acid", r"(?:iron|steel|metal) (?:rod|rods|bar)",
        r"rods?", r"broken bottle", r"petrol bomb", r"bomb", r"explosives?", r"grenade",
        r"stabbed", r"stabbing", r"shot at", r"fired (?:at|shots)", r"hockey stick",
        r"cricket bat", r"baseball bat",
    ),
    THREAT_TO_LIFE: (
        r"(?:threat\w*|said|says|going|promised) to (?:kill|murder|shoot|stab|burn)",
        r"(?:will|would|gonna) (?:kill|murder|shoot|stab)", r"kill (?:me|him|her|us|them|you)",
        r"death threats?", r"murder\w*", r"life (?:is )?in danger", r"trapped", r"strangl\w*",
        r"chok(?:e|ed|ing)", r"suicid\w*", r"set (?:me|him|her|us|them) on fire",
        r"burn (?:me|him|her|us|them) alive",
        r"(?:poured|pour|pouring) (?:petrol|kerosene|fuel) on",
        r"(?:people|someone|family|children) (?:still )?inside",
    ),
    INJURY: (
        r"injur\w*", r"hurt", r"bleed\w*", r"blood\w*", r"wound\w*", r"stabbed", r"unconscious",
        r"fractur\w*", r"broken (?:arm|leg|nose|jaw|ribs?|wrist|hand|bones?)",
        r"broke (?:his|her|my|their) (?:arm|leg|nose|jaw|ribs?|wrist|hand)", r"bruis\w*",
        r"cuts on", r"burn(?:s|t|ed)? (?:on|my|his|her)", r"hospital\w*", r"ambulance",
        r"dead", r"died", r"killed", r"lying on the road", r"head injury",
    ),
    IN_PROGRESS: (
        r"right now", r"happening now", r"(?:is|are) happening", r"currently",
        r"at the moment", r"as we speak", r"ongoing", r"in progress", r"going on now",
        r"still (?:inside|there|here|outside|going on|happening|beating|hitting|following|"
        r"burning|in the \w+|at the \w+|fighting|on)",
        r"(?:please|pls) (?:come|send|hurry|help)", r"come (?:quickly|fast|immediately|now)",
        r"hurry", r"(?:is|are) (?:on fire|burning|beating|hitting|breaking|attacking|fighting)",
        r"\bnow\b(?= ?[!.]| please)",
    ),
    VULNERABLE_VICTIM: (
        r"child", r"children", r"kids?", r"minors?", r"baby", r"infant", r"toddler",
        r"school ?(?:girl|boy)s?", r"little (?:girl|boy|sister|brother|son|daughter)",
        r"young (?:girl|boy|son|daughter)", r"elderly",
        r"(?<!year )(?<!years )(?<!year-)(?<!yrs )"  # "a 30 year old man" is not elderly
        r"old (?:man|woman|lady|person|people|father|mother|couple|parents)",
        r"senior citizens?", r"grand(?:mother|father|ma|pa)",
        r"pensioner", r"disabled", r"disability", r"wheelchair", r"blind", r"deaf",
        r"mentally (?:ill|challenged|disabled)", r"dementia", r"autism", r"autistic",
        r"pregnant", r"special needs",
    ),
    MULTIPLE_OFFENDERS: (
        r"gang", r"mob", r"group of", rf"{_NUMBER_WORDS} (?:\w+ )?{_PEOPLE}", r"accomplices?",
        r"robbers", r"attackers", r"thieves", r"burglars", r"goons", r"dacoits",
    ),
}  # fmt: skip
_PATTERNS: Final = {
    factor: re.compile(r"\b(?:" + "|".join(rules) + r")\b") for factor, rules in _RULES.items()
}
_AGE_RE: Final = re.compile(r"\b(\d{1,3})[- ]?(?:years?|yrs?)[- ]?old\b")
CHILD_UNDER: Final = 16
ELDERLY_FROM: Final = 65

_CLAUSE_RE: Final = re.compile(r"[.!?;,:\n]+|\s(?:but|however|although|though|whereas)\s")
_NEGATORS: Final = re.compile(
    r"\b(?:no|not|never|without|nobody|none|neither|nor|nothing|"
    r"no one|noone|didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|havent|hadnt|cant|cannot|"
    r"couldnt|wont|wouldnt)\b"
)
# A negator this many words or fewer before a cue negates it ("no weapon", "nobody was hurt",
# "did not have a knife"); "and"/"then" end its reach ("not scared and he had a knife").
_NEGATION_WINDOW: Final = 5
_SCOPE_BREAK: Final = re.compile(r"\b(?:and|then|so|because|after|before|when|while)\b")
# "... was not used/seen/found": a negation after the cue.
_POST_NEGATION: Final = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:was|were|is|are|has been|have been)\s+(?:not|never)\b"
)
_APOSTROPHE_RE: Final = re.compile(r"(?<=\w)['’‘`´](?=\w)")
# Idioms whose "no"/"without" negates nothing that follows: "without warning he drew a gun".
_NEGATION_IDIOMS_RE: Final = re.compile(
    r"\b(?:for no reason|no reason|without (?:any )?(?:warning|reason)|no matter|not only)\b"
)


def _clauses(text: str) -> list[str]:
    text = _APOSTROPHE_RE.sub("", text.lower())
    text = _NEGATION_IDIOMS_RE.sub(lambda m: "_" * len(m.group()), text)
    return [c.strip() for c in _CLAUSE_RE.split(text) if c.strip()]


def _negated(clause: str, start: int, end: int) -> bool:
    """Is the cue at clause[start:end] negated, before or just after it, within its clause?"""
    before = clause[:start]
    breaks = list(_SCOPE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    window = " ".join(before.split()[-_NEGATION_WINDOW:])
    if _NEGATORS.search(window):
        return True
    return bool(_POST_NEGATION.match(clause[end:]))


def _present(factor: str, clause: str) -> bool:
    for match in _PATTERNS[factor].finditer(clause):
        if factor == INJURY and clause[: match.start()].endswith("to "):
            continue  # "threatened to hurt me" is a threat, not an injury
        if not _negated(clause, match.start(), match.end()):
            return True
    return False


def _vulnerable_by_age(clause: str) -> bool:
    for match in _AGE_RE.finditer(clause):
        age = int(match.group(1))
        if (age < CHILD_UNDER or age >= ELDERLY_FROM) and not _negated(
            clause, match.start(), match.end()
        ):
            return True
    return False


def text_factors(description: str) -> frozenset[str]:
    """The text factors a description states, ignoring negated mentions ("no weapon")."""
    found: set[str] = set()
    for clause in _clauses(description):
        for factor in TEXT_FACTORS:
            if factor not in found and _present(factor, clause):
                found.add(factor)
        if VULNERABLE_VICTIM not in found and _vulnerable_by_age(clause):
            found.add(VULNERABLE_VICTIM)
    return frozenset(found)


# --------------------------------------------------------------------------------------------
# Context factors: night and repeat location
# --------------------------------------------------------------------------------------------

_CLOCK_12_RE: Final = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?")
_CLOCK_24_RE: Final = re.compile(r"\b([01]?\d|2[0-3])[:h]([0-5]\d)\b")
_NIGHT_WORDS_RE: Final = re.compile(r"\b(?:midnight|night|nights|overnight|tonight|nighttime)\b")
_DAY_WORDS_RE: Final = re.compile(r"\b(?:morning|afternoon|noon|midday|daytime|evening)\b")


def _is_night_hour(hour: int) -> bool:
    return hour >= NIGHT_FROM_HOUR or hour < NIGHT_UNTIL_HOUR


def night_from_text(text: str, tz: tzinfo) -> bool | None:
    """True/False when the text says when it happened, None when it does not.

    Understands ISO timestamps (converted to ``tz``), "11:30 pm", "23:15", "midnight",
    "at night", "last night", and day words ("this morning", "in the afternoon").
    """
    stripped = text.strip()
    if not stripped:
        return None
    try:
        when = datetime.fromisoformat(stripped)
    except ValueError:
        pass
    else:
        if when.tzinfo is not None:
            when = when.astimezone(tz)
        return _is_night_hour(when.hour)
    lowered = stripped.lower()
    clock = _CLOCK_12_RE.search(lowered)
    if clock and 1 <= int(clock.group(1)) <= 12:
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3) == "p" else 0)
        return _is_night_hour(hour)
    clock = _CLOCK_24_RE.search(lowered)
    if clock:
        return _is_night_hour(int(clock.group(1)))
    if _NIGHT_WORDS_RE.search(lowered):
        return True
    if _DAY_WORDS_RE.search(lowered):
        return False
    return None


def is_night(facts: ReportFacts, tz: tzinfo) -> bool:
    """From time_of_occurrence, else the description, else the filing time in ``tz``."""
    for text in (facts.time_of_occurrence, facts.description):
        said = night_from_text(text, tz)
        if said is not None:
            return said
    if facts.reported_at is None:
        return False
    reported = facts.reported_at
    if reported.tzinfo is None:
        reported = reported.replace(tzinfo=UTC)
    return _is_night_hour(reported.astimezone(tz).hour)


def context_factors(facts: ReportFacts, tz: tzinfo) -> frozenset[str]:
    """``night`` and ``repeat_location``: facts about when and where, not about the text."""
    found: set[str] = set()
    if is_night(facts, tz):
        found.add(NIGHT)
    if facts.recent_reports_nearby >= REPEAT_MIN_REPORTS:
        found.add(REPEAT_LOCATION)
    return frozenset(found)


def assess_offline(facts: ReportFacts, crime_type: str, tz: tzinfo) -> EscalationRisk:
    """The offline escalation risk of a report whose crime type is already known."""
    factors = text_factors(facts.description) | context_factors(facts, tz)
    return risk_from_factors(crime_type, factors, OFFLINE_MODEL)
