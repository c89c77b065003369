"""Magnitude checks: amounts against the thing they came from, people against the place.

A word list cannot know that "Rs 5 crore in my wallet" or "500 men came out of my
bathroom" is absurd; a sense of scale can. Each check compares a number with a
generous ceiling for its object and returns a weight: strong (fake on its own) far
beyond the ceiling, weak (review) just beyond it. Amounts are compared in rough US
dollars so rupees, lakh and crore, dollars, euros and pounds share one table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification import lexicon as lx
from citizen_safe.verification.verdict import IMPLAUSIBLE_AMOUNT, IMPLAUSIBLE_NUMBER

STRONG_WEIGHT: Final = 0.90
REVIEW_WEIGHT: Final = 0.50

NUMBER_WORDS: Final = lx.NUMBER_WORDS
# The verifier's multipliers plus the spellings amounts in Indian English also use.
MULTIPLIER_WORDS: Final[dict[str, int]] = {
    **lx.MULTIPLIER_WORDS,
    "lac": 100_000,
    "lacs": 100_000,
    "crores": 10_000_000,
}
_VAGUE_PLURALS: Final[dict[str, int]] = {
    "dozens of": 36,
    "hundreds of": 200,
    "thousands of": 2_000,
    "lakhs of": 200_000,
    "millions of": 2_000_000,
    "crores of": 20_000_000,
}


def parse_number(phrase: str) -> int | None:
    """Turn "1,000", "1,30,000", "a hundred", "two thousand", "hundreds of" into an int."""
    phrase = phrase.lower().strip()
    if re.fullmatch(r"\d[\d,]*", phrase):
        return int(phrase.replace(",", ""))
    if phrase in _VAGUE_PLURALS:
        return _VAGUE_PLURALS[phrase]
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", phrase):
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in MULTIPLIER_WORDS:
            total += max(current, 1) * MULTIPLIER_WORDS[word]
            current = 0
        else:
            return None
    return total + current


@dataclass(frozen=True)
class Magnitude:
    """A number out of scale for its object; ``weight`` is how strongly it suggests a fake."""

    code: str
    weight: float
    evidence: str
    explanation: str


# --------------------------------------------------------------------------- money

_I = re.IGNORECASE
_WORD_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALES: Final[dict[str, float]] = {
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "l": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "hundred": 1e2,
}
_SCALE = r"(?:thousand|lakhs?|lacs?|crores?|cr|millions?|mn|billion|bn|hundred|k|m|b|l)"
_PRE = r"(?P<pre>rs\.?|inr|₹|us\$|\$|usd|€|eur|£|gbp)"
_POST = r"(?:rupees?|rs|inr|dollars?|bucks|usd|euros?|pounds?|quid|cash)"


def _amount(name: str) -> str:
    return (
        rf"(?P<{name}>\d[\d,]*(?:\.\d+)?|(?:{_WORD_NUM})(?:[ -](?:{_WORD_NUM}|hundred|thousand))?"
        rf"(?:[ -](?:{_WORD_NUM}))?)"
    )


_MONEY_RE: Final = re.compile(
    rf"(?<![\w$₹€£]){_PRE}\s?{_amount('num')}(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s+(?:in\s+)?(?P<post>{_POST})\b)?"
    rf"|\b{_amount('num2')}(?:\s?(?P<scale2>{_SCALE})\b)?\s+(?:of\s+)?(?:[a-z]+\s+)?"
    rf"(?P<post2>{_POST})\b"
    rf"|\b{_amount('num3')}\s?(?P<scale3>lakhs?|lacs?|crores?)\b",
    _I,
)
# Rough value of one unit in US dollars; "lakh"/"crore" without a currency are rupees.
_TO_USD: Final[dict[str, float]] = {
    "rupee": 0.012,
    "dollar": 1.0,
    "euro": 1.1,
    "pound": 1.27,
}


def _currency(pre: str | None, post: str | None) -> str:
    token = (pre or post or "rs").lower()
    # Cash with no currency is read as rupees, the smallest unit, so no amount is inflated.
    if token.startswith(("rs", "inr", "₹", "rupee", "cash")):
        return "rupee"
    if token.startswith(("€", "eur")):
        return "euro"
    if token.startswith(("£", "gbp", "pound", "quid")):
        return "pound"
    return "dollar"


def money_in_usd(match: re.Match[str]) -> float | None:
    """Value of one money match in US dollars, or None when it cannot be read."""
    groups = match.groupdict()
    raw = groups.get("num") or groups.get("num2") or groups.get("num3")
    if raw is None:
        return None
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", raw):
        value = float(raw.replace(",", ""))
    else:
        parsed = parse_number(raw)
        if parsed is None:
            return None
        value = float(parsed)
    scale = groups.get("scale") or groups.get("scale2") or groups.get("scale3")
    if scale:
        value *= _SCALES.get(scale.lower(), 1.0)
    post = groups.get("post") or groups.get("post2")
    return value * _TO_USD[_currency(groups.get("pre"), post)]


@dataclass(frozen=True)
class Ceiling:
    """Generous upper values (USD): above ``review`` an officer looks, above ``fake`` it is fake."""

    label: str
    review: float
    fake: float


# Containers: money found *in* them. Pocket-sized things hold little cash.
_CONTAINERS: Final[tuple[tuple[str, Ceiling], ...]] = (
    (
        r"coin purses?|coin pouch(?:es)?|lunch ?box(?:es)?|tiffin(?: box)?|pencil (?:box|case)|"
        r"piggy bank|school ?bags?|school backpack|compass box|geometry box",
        Ceiling("a coin purse, lunch box or school bag", 2_000, 10_000),
    ),
    (
        r"wallets?|purses?|pockets?|pocket|jeans|money clip|(?:money |cash )?pouch(?:es)?|"
        r"money belt|clutch|fanny pack|bum bag|shirt pocket|envelope",
        Ceiling("a wallet, purse or pocket", 15_000, 60_000),
    ),
    (
        r"handbags?|bags?|backpacks?|suitcases?|briefcases?|lockers?|"
        r"cupboards?|almirah",
        Ceiling("a bag or cupboard", 1_500_000, 20_000_000),
    ),
)
# Objects: their own price. Superbikes, supercars and luxury watches exist, so the
# ceilings are far above an ordinary price.
_OBJECTS: Final[tuple[tuple[str, Ceiling], ...]] = (
    (r"bicycles?|cycles?", Ceiling("a bicycle", 15_000, 60_000)),
    (
        r"(?:mobile )?phones?|mobiles?|smartphones?|iphones?|cell ?phones?",
        Ceiling("a phone", 8_000, 60_000),
    ),
    (
        r"scooters?|scooty|mopeds?|e-?bikes?|activa|vespa|two-wheeler",
        Ceiling("a scooter", 20_000, 150_000),
    ),
    (
        r"pens?|pencils?|notebooks?|books?|bottles?|water bottles?|lunch ?box|tiffin|mugs?|cups?|"
        r"keys?|keychains?|socks|caps?|hats?|belts?|sunglasses|spectacles|glasses|chargers?|"
        r"cables?|earbuds|power ?banks?|chappals?|flip-?flops|school ?bags?|backpacks?|"
        r"umbrellas?|handkerchiefs?|hank(?:y|ies)|combs?|towels?|scarf|scarves|dupattas?|"
        r"gloves|toothbrush(?:es)?|soaps?|buckets?|brooms?|pillows?|slippers|spoons?|plates?|"
        r"sunglasses|shades|goggles|stapler|calculator|lighter|ties?|wallets?|slipper|sandal|"
        r"shoe|chappal|sock|bus pass|(?:train |bus |"
        r"metro |movie )?tickets?|id cards?|identity cards?|library cards?|passes|pass|"
        r"sandwich(?:es)?|pizzas?|burgers?|lunch|dinner|breakfast|samosas?|biryani|cake|"
        r"chocolates?|snacks?|tea|coffee|ice ?cream|fruits?|vegetables|groceries|milk|bread",
        Ceiling("an everyday item", 5_000, 100_000),
    ),
    (r"watch|watches|wristwatch", Ceiling("a watch", 1_000_000, 50_000_000)),
    (
        r"laptops?|tablets?|ipads?|tv|television|headphones|earphones|airpods",
        Ceiling("a gadget", 15_000, 150_000),
    ),
    (
        r"shoes|sneakers|slippers|sandals|jacket|t-?shirt|shirt|umbrella|helmet",
        Ceiling("a piece of clothing", 15_000, 150_000),
    ),
    (r"(?:motor)?bikes?|motorcycles?", Ceiling("a motorbike", 150_000, 1_000_000)),
    (r"cars?", Ceiling("a car", 3_000_000, 20_000_000)),
)
_PRICE_LINK = (
    r",?(?:\s+(?:which|that)\s+(?:had\s+)?(?:cost(?:\s+me)?|costs|was worth|is worth|"
    r"was bought for|"
    r"i bought for|i paid)|\s+(?:which|that)\s+(?:i|we)\s+(?:had\s+)?(?:got|bought|purchased|"
    r"picked up)(?:\s+it)?\s+for|\s+(?:which|that)\s+(?:i|we)\s+(?:had\s+)?paid|\s+worth|"
    r"\s+costing|\s+cost me|\s+costs?|\s+priced at|"
    r"\s+valued at|\s+bought for|\s+(?:was|is)\s+worth|\s+(?:was|is)\s+valued at)"
    r"(?:\s+(?:about|around|approximately|nearly|over|more than|roughly|almost|at least))?\s+"
)
# "the pen I lost at school was worth ...": a short relative clause about the author.
_RELATIVE = (
    r"(?:\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:had\s+)?(?:lost|left|kept|bought|got|had|"
    r"carried|owned|used|use|ride|rode|wore|wear)(?:\s+(?:at|in|on|from|to)\s+(?:the\s+|my\s+)?"
    r"[a-z]+)?)?"
    # "my handkerchief was stolen, it was worth ...": the loss, then the price of "it".
    r"(?:\s+(?:was|were|got)\s+(?:stolen|snatched|taken|lost|nicked|picked)(?:\s+\w+){0,3}?"
    r"[,;]?\s+(?:and\s+)?(?:it|they|which))?"
)
_PRICE_RES: Final = tuple(
    (
        re.compile(rf"\b(?:{pattern})\b{_RELATIVE}{_PRICE_LINK}(?P<money>\S.{{0,40}})", _I),
        ceiling,
    )
    for pattern, ceiling in _OBJECTS
)
# "my 2 crore rupee cycle", "a $5 million umbrella": the price written as an adjective.
_ADJECTIVE_PRICE_RES: Final = tuple(
    (
        re.compile(
            rf"\s*(?:-\s*)?(?:[a-z]+\s+)?(?:{pattern})\b(?!\s*(?:loan|insurance|emi|deal|"
            r"fraud|scam|business|showroom|dealer|shop|repair|bill|policy|racket|company|"
            r"factory|agency|parts|spare|scheme))",
            _I,
        ),
        ceiling,
    )
    for pattern, ceiling in _OBJECTS
)
_CONTAINER_RES: Final = tuple(
    (re.compile(rf"\b(?:{pattern})\b", _I), ceiling) for pattern, ceiling in _CONTAINERS
)
# Money that is only mentioned as a loan, a salary or a business figure is not "in" anything.
_NOT_CASH_RE: Final = re.compile(
    r"\b(?:loan|salary|account|(?<!piggy )bank|transfer\w*|debited|credited|upi|online|emi|"
    r"deposit|"
    r"invest\w*|business|company|turnover|property|flat|plot|land|crypto|shares?|worth of "
    r"(?:jewell?ery|gold))\b",
    _I,
)
# Fares: what one ride can cost.
_FARE_RE: Final = re.compile(
    r"\b(?:fare|fares|ticket price|toll|parking fee|parking charges?)\b(?:\s+\w+){0,3}?\s+"
    r"(?:was|is|of|came to|cost|costs|charged)\s+(?P<money>\S.{0,40})",
    _I,
)
_FARE: Final = Ceiling("a fare", 1_000, 5_000)
# Window (characters) within which an amount belongs to a container word.
_NEAR: Final = 80


def _money_matches(text: str) -> Iterator[tuple[re.Match[str], float]]:
    for match in _MONEY_RE.finditer(text):
        usd = money_in_usd(match)
        if usd is not None:
            yield match, usd


def grade(value: float, review: float, fake: float) -> float:
    """The weight of a magnitude against its review and fake thresholds."""
    if value >= fake:
        return STRONG_WEIGHT
    if value >= review:
        return REVIEW_WEIGHT
    return 0.0


def _grade(usd: float, ceiling: Ceiling) -> float:
    return grade(usd, ceiling.review, ceiling.fake)


def money_findings(sentence: str) -> Iterator[Magnitude]:
    """Amounts out of scale for the wallet they sat in or the object they priced."""
    for pattern, ceiling in _PRICE_RES:
        for match in pattern.finditer(sentence):
            money = _MONEY_RE.match(match.group("money"))
            usd = money_in_usd(money) if money else None
            if usd is None or money is None:
                continue
            weight = _grade(usd, ceiling)
            if weight:
                evidence = sentence[match.start() : match.start("money") + money.end()]
                yield Magnitude(
                    IMPLAUSIBLE_AMOUNT,
                    weight,
                    evidence,
                    f"the price it gives is out of all proportion for {ceiling.label} "
                    f"('{evidence}')",
                )
    for money, usd in _money_matches(sentence):
        for pattern, ceiling in _ADJECTIVE_PRICE_RES:
            thing = pattern.match(sentence, money.end())
            if not thing:
                continue
            weight = _grade(usd, ceiling)
            if weight:
                evidence = sentence[money.start() : thing.end()].strip()
                yield Magnitude(
                    IMPLAUSIBLE_AMOUNT,
                    weight,
                    evidence,
                    f"the price it gives is out of all proportion for {ceiling.label} "
                    f"('{evidence}')",
                )
            break
    for fare in _FARE_RE.finditer(sentence):
        money = _MONEY_RE.match(fare.group("money"))
        usd = money_in_usd(money) if money else None
        if usd is not None and money is not None and (weight := _grade(usd, _FARE)):
            evidence = sentence[fare.start() : fare.start("money") + money.end()]
            yield Magnitude(
                IMPLAUSIBLE_AMOUNT,
                weight,
                evidence,
                f"the amount it gives is out of all proportion for {_FARE.label} ('{evidence}')",
            )
    if _NOT_CASH_RE.search(sentence):
        return
    for money, usd in _money_matches(sentence):
        for pattern, ceiling in _CONTAINER_RES:
            for container in pattern.finditer(sentence):
                if abs(container.start() - money.start()) > _NEAR:
                    continue
                weight = _grade(usd, ceiling)
                if weight:
                    evidence = money.group(0).strip()
                    yield Magnitude(
                        IMPLAUSIBLE_AMOUNT,
                        weight,
                        evidence,
                        f"it puts {evidence} in {ceiling.label}, which cannot hold that much",
                    )
                break


# --------------------------------------------------------------------------- people

_MULTS = "|".join(sorted(MULTIPLIER_WORDS, key=len, reverse=True))
_COUNT = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:hundreds|thousands|dozens|lakhs) of"
    rf"|(?:(?:{_WORD_NUM})(?:[- ](?:{_WORD_NUM}))?\s+)?(?:{_MULTS})"
    rf"|(?:{_WORD_NUM})(?:[- ](?:{_WORD_NUM}))?)"
)
_PEOPLE = (
    r"(?:people|persons|men|women|guys|boys|girls|kids|children|strangers|guests|youths|"
    r"individuals|robbers?|thie(?:f|ves)|burglars?|goons?|thugs?|intruders?|attackers?|"
    r"criminals?|gangsters?|dacoits?|looters?|muggers?|kidnappers?|armed men|masked men|"
    r"policemen|police ?officers|officers|cops|constables|soldiers|workers|students|"
    r"ladies|passengers|customers|hawkers|beggars|monks|dancers|witnesses|friends|"
    r"pickpockets?|bystanders|onlookers|accomplices|relatives|associates|henchmen|gunmen|"
    r"raiders|assailants|snatchers|chain-?snatchers|gang members|members|fans|spectators|"
    r"villagers|neighbou?rs)"
)
_HEADCOUNT_RE: Final = re.compile(
    rf"\b(?:(?:crowd|mob|group|gang|army|band|team)\s+of\s+(?:about\s+|around\s+|over\s+)?)?"
    rf"(?P<num>{_COUNT})\s+(?:[a-z-]+\s+)?{_PEOPLE}\b"
    rf"|\b(?:crowd|mob|group|gang|army|band)\s+of\s+(?:about\s+|around\s+|over\s+)?"
    rf"(?P<num2>{_COUNT})\b"
    # "two thousand of them came out of the cupboard": a headcount without a people noun.
    rf"|\b(?P<num3>{_COUNT})\s+of\s+(?:them|us)\b",
    _I,
)
# Small places and how many people they can plausibly hold.
_PLACES: Final[tuple[tuple[str, int], ...]] = (
    (r"beds?|cupboard|wardrobe|almirah|fridge|suitcase|car boot|boot|trunk", 3),
    (
        r"scooters?|scooty|bikes?|motorbikes?|motorcycles?|bicycles?|cycles?|mopeds?|"
        r"activa|two-wheeler|phone booth|telephone booth|bus stop shelter",
        3,
    ),
    (r"car|cars|auto|auto-?rickshaw|rickshaw|taxi|cab|tuk-?tuk|jeep|bathroom|toilet|washroom", 8),
    (
        r"kitchen|lift|elevator|balcony|bedroom|garage|cabin|kiosk|stall|tea stall|pan shop|"
        r"booth|hut",
        20,
    ),
    (r"room|flat|apartment|office|shop|store|house|home", 60),
)
# Large places: when one is named anywhere in the sentence, the headcount may belong to
# it ("500 guests at the wedding hall when my bag was stolen from the car"), so its
# capacity is the one that counts. Precision first.
_VENUES: Final[tuple[tuple[str, int], ...]] = (
    (r"tents?|marquees?|pandals?|classrooms?|restaurants?|bars?|pubs?|clubs?|gyms?", 300),
    (
        r"bus|buses|coach|train|trains|compartments?|carriages?|coaches|metro|local|ferry|"
        r"boat|ship|plane|flight|hall|halls|auditorium|theatre|theater|cinema|multiplex|"
        r"church|temple|mosque|gurudwara|school|college|campus|hospital|building|society|"
        r"colony|village|mall|hostel|factory|office|hotel|wedding|reception",
        5_000,
    ),
    (
        r"stadium|ground|maidan|arena|rally|concert|procession|protest|march|festival|fair|"
        r"mela|street|streets|road|roads|square|market|bazaar|station|platform|park|beach|"
        r"city|town|match|stands|airport|highway|area|locality|neighbou?rhood",
        1_000_000,
    ),
)
_VENUE_RES: Final = tuple(
    (re.compile(rf"\b(?:{pattern})\b", _I), capacity) for pattern, capacity in _VENUES
)
# "on the way to the airport": a destination is not where the people are.
_HEADING_RE: Final = re.compile(r"\b(?:to|towards|for)\s+(?:the\s+|my\s+|our\s+)?$", _I)
_PLACE_RES: Final = tuple(
    (
        re.compile(
            r"\b(?:in|inside|into|under|out of|from|within|on|onto|opened|opening|open|raided|"
            r"stormed|invaded|entered|filled|packed)\s+"
            r"(?:the\s+|my\s+|our\s+|his\s+|"
            rf"her\s+|their\s+|a\s+|an\s+)(?:(?:small|tiny|little|own|one|single|parked|new|"
            rf"old|tea|pan|paan)\s+)?(?P<place>{pattern})\b"
            # "my tiny stall was raided by 700 ...": the place as the subject of an entry.
            r"|\b(?:my|our)\s+(?:(?:small|tiny|little|own|one|single|parked|new|old|tea|pan|"
            rf"paan)\s+)*(?P<place2>{pattern})\s+(?:was|were|got)\s+(?:\w+\s+)?(?:raided|"
            r"stormed|invaded|entered|filled|packed|occupied|crammed|broken into|boarded)\b",
            _I,
        ),
        capacity,
    )
    for pattern, capacity in _PLACES
)
# Where one clause ends and the next begins: "I was in the car when 200 villagers
# surrounded it" puts no villager in the car.
_CLAUSE_BREAK_RE: Final = re.compile(
    r"\b(?:when|whilst|while|after|before|because|since|until|till|but|whereas|although|"
    r"though|whereupon|as(?! (?:many|much|well|soon|if)\b))\b|[;:\u2013\u2014]|\s-\s|,\s",
    _I,
)


def same_clause(sentence: str, first: int, second: int) -> bool:
    """True when no clause boundary lies between two positions of the sentence."""
    start, end = sorted((first, second))
    return _CLAUSE_BREAK_RE.search(sentence, start, end) is None


# Ratio of people to capacity: beyond FAKE it is fake, beyond REVIEW an officer looks.
PEOPLE_FAKE_RATIO: Final = 5
PEOPLE_REVIEW_RATIO: Final = 2
MIN_FAKE_PEOPLE: Final = 30


def people_findings(sentence: str) -> Iterator[Magnitude]:
    """Headcounts that a car, a bathroom or a flat cannot hold."""
    venue = max(
        (
            capacity
            for pattern, capacity in _VENUE_RES
            for match in pattern.finditer(sentence)
            if not _HEADING_RE.search(sentence, max(0, match.start() - 16), match.start())
        ),
        default=0,
    )
    for count in _HEADCOUNT_RE.finditer(sentence):
        raw = count.group("num") or count.group("num2") or count.group("num3") or ""
        value = parse_number(raw)
        if value is None:
            continue
        for pattern, capacity in _PLACE_RES:
            place = next(
                (
                    found
                    for found in pattern.finditer(sentence)
                    if same_clause(sentence, count.start(), found.start())
                ),
                None,
            )
            if not place:
                continue
            capacity = max(capacity, venue)
            if value >= max(MIN_FAKE_PEOPLE, PEOPLE_FAKE_RATIO * capacity):
                weight = STRONG_WEIGHT
            elif value >= max(MIN_FAKE_PEOPLE // 2, PEOPLE_REVIEW_RATIO * capacity):
                weight = REVIEW_WEIGHT
            else:
                break
            evidence = f"{count.group(0)} … {place.group(0)}"
            where = place.group("place") or place.group("place2")
            yield Magnitude(
                IMPLAUSIBLE_NUMBER,
                weight,
                evidence,
                f"it puts {count.group(0)} in or on {where}, which cannot hold that many",
            )
            break


# --------------------------------------------------------------------------- ages

_AGE_RE: Final = re.compile(
    r"\b(?P<age>\d{3,})[- ]years?[- ]old\s+(?:[a-z]+\s+)?(?:man|woman|person|boy|girl|thief|"
    r"robber|burglar|attacker|suspect|guy|lady|gentleman|neighbou?r)\b",
    _I,
)
MAX_AGE: Final = 125


def age_findings(sentence: str) -> Iterator[Magnitude]:
    """People older than anyone has lived."""
    for match in _AGE_RE.finditer(sentence):
        if int(match.group("age")) > MAX_AGE:
            yield Magnitude(
                IMPLAUSIBLE_NUMBER,
                STRONG_WEIGHT,
                match.group(0),
                f"it describes a person older than anyone has lived ('{match.group(0)}')",
            )
