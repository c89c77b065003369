"""Joke and test intent without marker words ("lol", "test").

People test the form ("does this app work?", "trying out the report form") and joke
("my cat stole my spot on the sofa, arrest her") in plain words. A test phrase counts in
full only when the report names no incident, because a frustrated citizen also writes
"is anyone reading these?" above a real report; a joke needs a trivial "crime" (a heart,
sleep, a sofa spot, the last slice of pizza, a high score) or a dare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification.lexicon import words
from citizen_safe.verification.verdict import JOKE_MARKER, TEST_MARKER

_I = re.IGNORECASE

STRONG: Final = 0.90
JOKE: Final = 0.85
WEAK: Final = 0.30
REVIEW: Final = 0.50


@dataclass(frozen=True)
class Intent:
    """A sign the report was not meant as a report; ``weight`` as for any finding."""

    code: str
    weight: float
    evidence: str
    explanation: str


# Always a test, whatever else the text says.
_TEST_ALWAYS_RE: Final = re.compile(
    r"\b(?:just |only )?(?:checking|testing|seeing|trying to see|want(?:ed)? to (?:see|check)|"
    r"wanna see) (?:whether|if|how|what happens|that) (?:this|it|the (?:app|form|report|button|"
    r"submit\w*|system|site))\b[^.?!]{0,40}?\b(?:works?|working|goes|go|submits?|sends?|"
    r"reach\w*|gets? (?:through|to)|arrives?|shows? up|happens)\b"
    r"|\btry(?:ing)? out (?:the|this|your) (?:app|form|report\w*|feature|button|system|site)\b"
    r"|\bwhat happens (?:when|if) (?:i|you) (?:press|click|tap|hit)\b"
    r"|\bbefore i report (?:something|anything) real\b|\b(?:please )?(?:don't|do not) act on "
    r"this\b|\bnot an? (?:real|actual) (?:report|complaint|emergency)\b"
    r"|\bdared me to (?:post|report|write|file|submit)\b|\bfor a dare\b|\bon a dare\b"
    r"|\b(?:my )?friends? bet me (?:that i|to)\b",
    _I,
)
# A test only when nothing else in the report is an incident.
_TEST_IF_EMPTY_RE: Final = re.compile(
    r"\b(?:does|did|will|is) (?:this|the) (?:app|form|thing|site|report(?:ing)?(?: \w+)?|"
    r"button|system|page) (?:actually |really |even )?(?:work|working)\b"
    r"|\b(?:is|are) (?:anyone|anybody|someone|somebody) (?:reading|there|listening|seeing|"
    r"getting)\b|\bcan (?:you|anyone|someone|anybody) (?:see|read|hear|get) (?:this|me)\b"
    r"|\bhello,? (?:police|officers?|anyone|sir|madam)\b|\bfirst (?:post|report|try|attempt)\b"
    r"|\bjust checking\b|\bchecking (?:the|this) (?:app|form|button|feature)\b"
    r"|\bmic testing\b|\btesting,? testing\b|\bcheck,? check\b",
    _I,
)
_TRIVIAL_THEFT_RE: Final = re.compile(
    r"\b(?:stole|stolen|steals|stealing|robbed|took|taking|takes|murdered|killed|destroyed|"
    r"ruined|kidnapped) (?:my|our|the) (?:heart|sleep|time|thunder|breath(?: away)?|sanity|"
    r"peace of mind|youth|spotlight|show|vibe|mood|weekend|diet|appetite|"
    r"(?:\w+ ){0,2}high ?score|"
    r"(?:spot|seat|place|side) (?:on|in) (?:the|my|our) (?:sofa|couch|bed)|"
    r"(?:last |only )?(?:slice|piece|bite) of \w+|crush)\b"
    r"|\b(?:ate|eaten|finished|drank|eats|eating) (?:my|our|the) (?:last |only )?(?:slice|"
    r"piece|bite|pizza|fries|chocolates?|cake|ice ?cream|samosas?|biryani|food|lunch|snacks?|"
    r"cookies?|biscuits?|maggi|noodles|leftovers|dessert|mango(?:es)?)\b"
    r"|\b(?:robbed|cheated) (?:us|our team|me|my team) (?:of|out of) (?:the|a|our|my) (?:win|"
    r"victory|match|game|trophy|title|points?|goal|century)\b"
    r"|\bstealing my (?:spot|seat|place|side|blanket|pillow|fries|food)\b",
    _I,
)
_JOKE_CONTEXT_RE: Final = re.compile(
    r"\b(?:arrest|fir|justice|investigate|jail|prison|lock (?:him|her|them|it) up|"
    r"report(?:ing)? (?:him|her|them|it)|file (?:a|an) (?:case|complaint)|"
    r"(?:cat|dog|puppy|kitten|wife|husband|roommate|brother|sister|boss|referee|umpire|exams?)"
    r")\b",
    _I,
)


# --------------------------------------------------------------------------- round 2
# Classes, not phrases. A joke files a *person-only* crime against something that is
# not a person (a hoodie "kidnapped", a battery "murdered"), names an offender that
# cannot offend (the moon, Mondays, a box of donuts), or demands arrest for a trifle.
# A test talks about the app itself (form, pin, screen, notification) in order to see
# what happens, and names no incident.

# Words for people and animals: a person-only crime against them is a real crime.
_LIVING: Final = words(
    """
    son daughter child children kid kids baby babies wife husband brother sister mother father
    mom mum dad friend friends cousin nephew niece uncle aunt grandfather grandmother grandson
    granddaughter family boyfriend girlfriend fiance fiancee partner colleague employee
    servant maid driver neighbour neighbor student students classmate sibling siblings parents
    dog dogs cat cats puppy puppies kitten pet pets parrot cow cows goat goats buffalo horse
    calf sheep hen hens chickens bird birds brother-in-law sister-in-law relative relatives
    boss staff worker workers tenant guest client customer patient people person man woman
    boy girl cousins son-in-law daughter-in-law grandchild grandchildren twins infant toddler
    """
)
_FIGURATIVE_CRIME_RE: Final = re.compile(
    r"\b(?P<verb>kidnapped|kidnaps|kidnapping|abducted|murdered|murders|murdering|assassinated|"
    r"slaughtered|executed) (?:my|our|the|his|her) (?P<obj>[a-z'-]+(?: [a-z'-]+)?)",
    _I,
)
_NON_AGENT = (
    r"(?:the )?(?:moon|sun|weather(?: app| forecast)?|rain|mondays?|tuesdays?|exams?|homework|"
    r"alarm(?: clock)?|donuts?|doughnuts?|pizzas?|cakes?|chocolates?|wi-?fi|internet|gravity|"
    r"calendar|autocorrect|candy crush|video games?|netflix|algorithm|my diet|my fridge|"
    r"petrol prices?|fuel prices?|onion prices?|inflation|my phone battery|battery|"
    r"my scale|weighing scale|mirror)"
)
_NON_AGENT_CRIME_RE: Final = re.compile(
    rf"\b{_NON_AGENT} (?:has been |have been |has |had |is |are |keeps? |kept |always |again |"
    r"just )*"
    r"(?:stalk\w*|mugg\w*|murder\w*|robb\w*|robs|stole|steal\w*|lied|lies|lying|tortur\w*|"
    r"attack\w*|"
    r"assault\w*|harass\w*|cheat\w*|betray\w*|scam\w*|bull(?:y|ies|ied|ying)|kidnap\w*|"
    r"blackmail\w*|commit\w*)\b"
    rf"|\b(?:robbed|mugged|murdered|attacked|cheated|scammed|betrayed|assaulted|kidnapped) by "
    rf"(?:a |an |the |my )?(?:(?:box|plate|bag|slice|piece|packet) of )?{_NON_AGENT}",
    _I,
)
_ANIMAL = (
    r"(?:rooster|cock|hen|cat|kitten|dog|puppy|parrot|cow|goat|pigeon|crow|mosquito|mosquitoes|"
    r"cockroach|squirrel|monkey|goldfish|hamster|lizard|duck)"
)
_ANIMAL_CRIME_RE: Final = re.compile(
    rf"\b{_ANIMAL}s? (?:[\w']+ ){{0,4}}?(?:commits?|committed|committing) (?:\w+ )?crimes?\b",
    _I,
)
_TRIFLE_RE: Final = re.compile(
    r"\bsnor(?:es|ed|ing|e)\b|\bborrowed (?:my |our )?(?:\w+ ){0,2}without (?:asking|permission)"
    r"|\b(?:farted|burped|spoiled the ending|gave away the ending)\b"
    r"|\b(?:took|takes|taking|stole|steals|kidnapped|hogg\w+) (?:my|our|the) (?:side of the bed|"
    r"charger|hoodie|sweatshirt|remote|tv remote|blanket|pillow|seat|spot|fries|chips|socks|"
    r"pen|pencil|eraser|parking spot)\b"
    r"|\b(?:tortur\w+|kill\w*|murder\w*) (?:me|us) (?:\w+ ){0,3}?with (?:burpees|squats|"
    r"push-?ups|workouts?|exercises?|homework|assignments|meetings|emails|questions|lectures|"
    r"jokes|puns|songs|selfies|spreadsheets)\b"
    r"|\b(?:eat|eating|ate|drink|drinking) (?:my |the |some )?(?:karela|vegetables|veggies|"
    r"broccoli|salad|bitter gourd|greens|spinach|palak|oats|lauki|tinda|medicine|milk)\b"
    r"|\b(?:killed|murdered|ruined) (?:all )?(?:my|our) (?:plans?|mood|vibe|weekend|evening|fun|"
    r"appetite)\b"
    r"|\b(?:crush|girlfriend|boyfriend|bestie) (?:ignored|left me on read|blocked|unfollowed|"
    r"rejected)\b"
    r"|\b(?:referee|umpire)\b[^.]{0,40}?\b(?:robbed|cheated|murdered|killed)\b"
    r"|\btoo much homework\b|\bhomework (?:is|was) (?:torture|abuse|a crime)",
    _I,
)
_LAW_DEMAND_RE: Final = re.compile(
    r"\barrest\w*|\bjail\w*|\block (?:him|her|them|it) (?:up|away)|\bprosecut\w*|"
    r"\bbook (?:him|her|them|it)\b|\b(?:file|register|lodge) (?:a|an) (?:case|fir|complaint)|"
    r"\bfir\b|"
    r"\bsend (?:the )?police|\bdeath penalty|\blife imprisonment|\bfor life\b|"
    r"\bhang (?:him|her|them|it)\b|\bcharge (?:him|her|them|it|the)\b|\bpunish\w*|"
    r"\b(?:be |get |gets )?(?:hanged|executed|shot dead)\b|"
    r"\bbehind bars|\binvestigat\w*|\bjustice\b|\btake (?:strict )?action",
    _I,
)
_APP_META_RE: Final = re.compile(
    r"\b(?:app|application|form|submission|entry|report(?:ing)? (?:flow|form|feature|screen|page|"
    r"button|system|process)|notifications?|location pin|pin|map|screen|text box|box|field|"
    r"button|build|upload|page|portal|feature|flow|gps|reporting|submit)\b",
    _I,
)
_PROBE_RE: Final = re.compile(
    r"\b(?:to see (?:if|whether|how|what)|seeing (?:if|whether|how|what)|check(?:ing)? "
    r"(?:if|whether|how|that)|verif(?:y|ying|ied)|testing|trial|demo|qa|try(?:ing)? (?:it|this) "
    r"out|to fill (?:the|this) (?:box|field)|random text|dummy|placeholder|first time using|"
    r"just curious|how (?:it|reporting|this) (?:looks|works)|end to end|for (?:the |my |a )?"
    r"(?:screenshots?|college project|school project|project|assignment)|(?:just )?to check "
    r"(?:the|if|whether|how)|for (?:a |the |my )?presentation|location is random|random location"
    r")\b",
    _I,
)
_NO_INCIDENT_RE: Final = re.compile(
    r"\b(?:nothing (?:has |really )?happened|no incident|nothing to report|no crime|"
    r"not an? (?:real )?incident)\b",
    _I,
)
# "Is anyone reading these?" alone is a probe; with a story after it, it is a worried citizen.
PROBE_MAX_WORDS: Final = 10
# Tests are short; a long text that mentions the app is a report about the app.
TEST_MAX_WORDS: Final = 30


# Abstract losses ("murdered my dreams", "killed my career") are how victims speak of fraud.
_ABSTRACT: Final = words(
    """
    dream dreams hope hopes career reputation future life peace business plans plan marriage
    name honour honor trust savings livelihood confidence image spirit
    """
)


def _figurative_crime(text: str) -> re.Match[str] | None:
    """A person-only crime ("kidnapped", "murdered") whose object is a thing."""
    for match in _FIGURATIVE_CRIME_RE.finditer(text):
        obj = match.group("obj")
        words = [w.lower().removesuffix("'s") for w in obj.split()]
        if obj[0].isupper() or any(
            w in _LIVING or w.rstrip("s") in _LIVING or w in _ABSTRACT for w in words
        ):
            continue
        return match
    return None


def _round_two(text: str, names_an_incident: bool) -> Iterator[Intent]:
    demand = _LAW_DEMAND_RE.search(text)
    figurative = _figurative_crime(text)
    if figurative:
        weight = JOKE if demand or not names_an_incident else REVIEW
        yield Intent(
            JOKE_MARKER,
            weight,
            figurative.group(0),
            f"it uses a crime against people for a thing ('{figurative.group(0)}')",
        )
    for pattern, why in (
        (_NON_AGENT_CRIME_RE, "it blames something that cannot commit a crime"),
        (_ANIMAL_CRIME_RE, "it charges an animal with a crime"),
    ):
        found = pattern.search(text)
        if found:
            yield Intent(JOKE_MARKER, JOKE, found.group(0), f"{why} ('{found.group(0)}')")
    trifle = _TRIFLE_RE.search(text)
    if trifle and demand:
        yield Intent(
            JOKE_MARKER,
            JOKE,
            f"{trifle.group(0)} / {demand.group(0)}",
            f"it demands '{demand.group(0)}' for a trifle ('{trifle.group(0)}')",
        )
    words = len(text.split())
    meta = _APP_META_RE.search(text)
    probe = _PROBE_RE.search(text)
    empty = _NO_INCIDENT_RE.search(text)
    if ((meta and (probe or empty)) or (probe and empty)) and words <= TEST_MAX_WORDS:
        weight = STRONG if not names_an_incident or empty else WEAK
        parts = [m.group(0) for m in (probe, empty, meta) if m is not None]
        evidence = " / ".join(parts[:2])
        yield Intent(TEST_MARKER, weight, evidence, f"it tries out the app ('{evidence}')")


# --------------------------------------------------------------------------- round 3
# Legal language worn as a costume: a degree of a crime that is no crime ("first degree
# annoyance"), "grand theft <snack>", "a crime against fashion", and a complaint filed
# against a thing ("report my alarm clock for assault", "arrest the fridge").
_REAL_DEGREES: Final = words(
    """
    murder murders burn burns assault robbery felony manslaughter arson theft burglary
    kidnapping injury injuries torture relative relatives connection criminal sexual
    misconduct harassment rape trespass forgery larceny
    """
)
_DEGREE_RE: Final = re.compile(
    r"\b(?:first|second|third|1st|2nd|3rd)[- ]degree (?P<what>[a-z]+)\b"
    r"|\bgrand theft (?P<snack>[a-z]+)\b",
    _I,
)
_CRIME_AGAINST_RE: Final = re.compile(
    r"\bcrimes? against (?:fashion|music|food|cuisine|my taste ?buds|my ears|my eyes|"
    r"good taste|cricket|grammar|comedy|cinema|style|coffee|pizza)\b"
    r"|\b(?:exam|test|paper|homework|food|pizza|biryani|song|music|movie|film|outfit|haircut|"
    r"dress|traffic|weather|wi-?fi|internet|coffee|tea|joke|meeting|lecture|class|syllabus|"
    r"timetable|menu)\b[^.]{0,40}?\bcrimes? against (?:humanity|mankind|nature)\b",
    _I,
)
_COMPLAINED_THING = (
    r"(?:alarm(?: clock)?|fridge|refrigerator|oven|microwave|washing machine|wi-?fi|router|"
    r"sofa|couch|bed|pillow|blanket|chair|table|mirror|scale|weighing scale|calendar|clock|"
    r"shoes?|umbrella|mattress|air conditioner|fan|kettle|cooker|toaster|printer|weather|"
    r"rain|sun|moon|monday|mondays|traffic|homework|exams?|diet|stomach|brain|hair|cold|"
    r"cough|hangover)"
)
_THING_CHARGED_RE: Final = re.compile(
    r"\b(?:report(?:ing)?|arrest(?:ing)?|file (?:a |an )?(?:case|fir|complaint) against|"
    r"press charges against|sue|suing|book|accuse|accusing|accused) (?:my|the|our|this|that) "
    r"(?:\w+ )?"
    + _COMPLAINED_THING
    + r"\b\s+for (?:\w+ )?(?:assault\w*|attack\w*|hitting|harass\w*|stalking|bull(?:y|ying)|"
    r"abus\w*|tortur\w*|threat\w*|insult\w*|murder\w*|cheating|lying|betray\w*|"
    r"kidnapp\w*|noise|disturb\w*|waking|mental|emotional|hurting|slapping|biting)\b"
    r"|\b(?:accuse|accusing|accused) (?:my|the|our|this|that) (?:\w+ )?"
    + _COMPLAINED_THING
    + r" of\b"
    r"|\barrest(?:ing)? (?:the|my|our|this) (?:\w+ )?(?:gym|app|wi-?fi|internet|alarm|exam|"
    r"weather|sun|moon|rain|mosquitoes|monday|fridge|pillow|sofa|calendar|homework|syllabus)\b"
    r"(?! ?(?:owner|manager|staff|trainer|instructor|operator|people|guy|man|boss|driver|"
    r"teacher|keeper|developer|admin|company|seller|dealer|agent|paper (?:leak|setter)))"
    r"|\b(?:wi-?fi|password|homework|exam|alarm|traffic|weather|meeting|syllabus|diet)\b"
    r"[^.]{0,60}?\b(?:this|it) is (?:a |an )?(?:cyber ?crime|crime|assault|robbery|torture|"
    r"harassment) against (?:me|us|humanity)\b",
    _I,
)


_ANIMAL_ARRESTED_RE: Final = re.compile(
    rf"\b{_ANIMAL}s?\b[^.]{{0,80}}[.,;]?[^.]{{0,40}}?\b(?:want (?:it|him|her|them) arrested|"
    r"arrest (?:it|the (?:cat|dog|parrot|cow|monkey|goat))|(?:it|the (?:cat|dog|parrot)) "
    r"(?:should|must) be (?:arrested|jailed))\b"
    r"|\b(?:police protection|fir|case|arrest\w*|complaint) for my (?:feelings|heart|ego|"
    r"broken heart|emotions|self-?esteem)\b"
    r"|\bmurder case please\b"
    r"|\b(?:laptop|phone|computer|tv|fridge|plant|printer|pc|car|bike|wifi|router)\b[^.]{0,10}?"
    r"\b(?:committed suicide|killed itself|took its own life)\b",
    _I,
)


def _round_three(text: str, names_an_incident: bool) -> Iterator[Intent]:
    demand = _LAW_DEMAND_RE.search(text)
    pet_case = _ANIMAL_ARRESTED_RE.search(text)
    if pet_case:
        yield Intent(
            JOKE_MARKER,
            JOKE,
            pet_case.group(0),
            f"it seeks a case that no police could file ('{pet_case.group(0)}')",
        )
    for degree in _DEGREE_RE.finditer(text):
        what = degree.group("what")
        snack = degree.group("snack")
        if (what and what.lower() in _REAL_DEGREES) or (snack and snack.lower() == "auto"):
            continue
        weight = JOKE if demand or not names_an_incident else REVIEW
        yield Intent(
            JOKE_MARKER, weight, degree.group(0), f"it jokes in legal terms ('{degree.group(0)}')"
        )
        break
    for pattern, why in (
        (_CRIME_AGAINST_RE, "it calls a matter of taste a crime"),
        (_THING_CHARGED_RE, "it files a complaint against a thing"),
    ):
        found = pattern.search(text)
        if found:
            yield Intent(JOKE_MARKER, JOKE, found.group(0), f"{why} ('{found.group(0)}')")


def intents(text: str, names_an_incident: bool) -> Iterator[Intent]:
    """Joke and test intent in a (normalised) description, the strongest one per code."""
    best: dict[str, Intent] = {}
    for found in _all_intents(text, names_an_incident):
        if found.code not in best or found.weight > best[found.code].weight:
            best[found.code] = found
    yield from best.values()


def _all_intents(text: str, names_an_incident: bool) -> Iterator[Intent]:
    """Every joke and test sign; several shapes may describe the same one."""
    always = _TEST_ALWAYS_RE.search(text)
    if always:
        code = JOKE_MARKER if re.search(r"dare|bet me", always.group(0), _I) else TEST_MARKER
        yield Intent(
            code, STRONG, always.group(0), f"it is written to try the app ('{always.group(0)}')"
        )
    probe = _TEST_IF_EMPTY_RE.search(text)
    if probe:
        # A probe beside a story is a citizen unsure the app works, not a test.
        short = len(text.split()) <= PROBE_MAX_WORDS
        weight = STRONG if short and not names_an_incident else WEAK
        yield Intent(
            TEST_MARKER,
            weight,
            probe.group(0),
            f"it reads as a check that the app works ('{probe.group(0)}')",
        )
    yield from _round_two(text, names_an_incident)
    yield from _round_three(text, names_an_incident)
    trivial = _TRIVIAL_THEFT_RE.search(text)
    if trivial and _JOKE_CONTEXT_RE.search(text):
        yield Intent(
            JOKE_MARKER,
            JOKE,
            trivial.group(0),
            f"it treats something that is no crime as one ('{trivial.group(0)}')",
        )
