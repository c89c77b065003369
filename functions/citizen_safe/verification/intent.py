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

from citizen_safe.verification.verdict import JOKE_MARKER, TEST_MARKER

_I = re.IGNORECASE

STRONG: Final = 0.90
JOKE: Final = 0.85
WEAK: Final = 0.30


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
    r"|\bjust checking\b|\bchecking (?:the|this) (?:app|form|button|feature)\b",
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


def intents(text: str, names_an_incident: bool) -> Iterator[Intent]:
    """Joke and test intent in a (normalised) description."""
    always = _TEST_ALWAYS_RE.search(text)
    if always:
        code = JOKE_MARKER if re.search(r"dare|bet me", always.group(0), _I) else TEST_MARKER
        yield Intent(
            code, STRONG, always.group(0), f"it is written to try the app ('{always.group(0)}')"
        )
    probe = _TEST_IF_EMPTY_RE.search(text)
    if probe:
        weight = WEAK if names_an_incident else STRONG
        yield Intent(
            TEST_MARKER,
            weight,
            probe.group(0),
            f"it reads as a check that the app works ('{probe.group(0)}')",
        )
    trivial = _TRIVIAL_THEFT_RE.search(text)
    if trivial and _JOKE_CONTEXT_RE.search(text):
        yield Intent(
            JOKE_MARKER,
            JOKE,
            trivial.group(0),
            f"it treats something that is no crime as one ('{trivial.group(0)}')",
        )
