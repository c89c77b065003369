"""Round 4: amounts and goods tied to their source, checked against a table of what it holds.

``magnitude.py`` knows a few containers next to an amount. Fakes written by other people
put the amount in the next sentence ("snatched my coin purse. 7 million euros in it"), in a
till, a tip jar or a tea stall's cash box, or count goods instead of money ("600 iPhones
from my coat pocket", "ten thousand kilos of gold from my handbag"). This module reads a
sentence as amounts plus sources: every amount (money in any common currency, a count of
goods, a mass or volume) is tied to the source nearest to it, or through "it" / "in it" to
the last source of the previous sentence, and compared with ``SOURCES``, a small table of
plausible maxima per class of source. Sources without a sensible ceiling (banks, vaults,
cash vans, ATMs, shops with stock, warehouses, companies) clear the whole sentence: a cash
van robbery of 200,000 or 400 laptops from a warehouse are real.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification import magnitude as mg
from citizen_safe.verification.magnitude import Magnitude
from citizen_safe.verification.verdict import IMPLAUSIBLE_AMOUNT

_I = re.IGNORECASE


@dataclass(frozen=True)
class Source:
    """A class of thing money or goods come from, with generous maxima (None: no ceiling).

    ``money`` is (review, fake) in rough US dollars; ``units`` is how many phone-sized
    items it holds; ``kg`` how many kilograms (or litres) it holds.
    """

    label: str
    pattern: str
    money: tuple[float, float] | None
    units: float | None
    kg: float | None


# Order matters only for overlapping words: longer, more specific classes come first.
SOURCES: Final[tuple[Source, ...]] = (
    Source(
        "a bank, vault, cash van, ATM, jeweller or business",
        r"banks?|vaults?|(?:cash|security|armou?red|bullion) (?:vans?|trucks?|vehicles?)|"
        r"armou?red (?:car|cars)|atms?|cash machines?|treasury|jewell?ery (?:shops?|stores?|"
        r"showrooms?)|jewell?ers?|showrooms?|warehouses?|godowns?|depots?|ports?|containers?|"
        r"tankers?|trucks?|lorr(?:y|ies)|casinos?|compan(?:y|ies)|firms?|factor(?:y|ies)|"
        r"offices?|mall|supermarkets?|stores?|(?:mobile|phone|electronics|wine|liquor|gold) "
        r"shops?|dealers?|accounts?|payroll|heist|customs|airport|hotel|temple|church|"
        r"mosque|gurudwara|trust|ngo|government|scheme|scam|fraud|smuggl\w+|consignment|"
        r"shipment|stock|inventory|loot|parking|basement|(?:parking )?lot|compound|society|"
        r"colony|building|yard|site|market",
        None,
        None,
        None,
    ),
    Source(
        "a piggy bank, coin purse, lunch box or school bag",
        r"piggy ?banks?|coin purses?|coin pouch(?:es)?|lunch ?box(?:es)?|tiffin(?: box)?|"
        r"pencil (?:box|case)|school ?bags?|gullak|money box",
        (2_000, 20_000),
        10,
        5,
    ),
    Source(
        "a tip jar or donation box",
        r"tip jars?|tips? box|donation box(?:es)?|collection box(?:es)?|charity box(?:es)?",
        (5_000, 100_000),
        None,
        None,
    ),
    Source(
        "a till or cash box",
        r"tills?|cash registers?|cash box(?:es)?|cash drawers?|cash counters?|galla|"
        r"billing counter|counter",
        (50_000, 1_000_000),
        None,
        None,
    ),
    Source(
        "a small shop or stall",
        r"corner shops?|kirana(?: stores?| shops?)?|(?:tea|chai|paan|pan|juice|fruit|food) "
        r"stalls?|stalls?|kiosks?|newsagents?|(?:paan|pan|tea|chai) shops?|dhabas?|"
        r"food trucks?|vending machines?|cafes?|bakery|bakeries",
        (100_000, 5_000_000),
        None,
        None,
    ),
    Source(
        "a wallet, purse or pocket",
        r"wallets?|purses?|(?:back |front |coat |jacket |shirt |trouser |jeans |inside )?"
        r"pockets?|money clips?|clutch(?:es)?|bum bags?|fanny packs?|envelopes?",
        (15_000, 60_000),
        3,
        2,
    ),
    Source(
        "a bag, suitcase, locker or cupboard",
        r"handbags?|bags?|backpacks?|rucksacks?|suitcases?|briefcases?|lockers?|cupboards?|"
        r"almirah|wardrobes?|drawers?",
        (1_500_000, 20_000_000),
        30,
        40,
    ),
    Source(
        "what one person carries",
        r"from me|off me|from my hands?|out of my hands?|from my person|at (?:knife|gun) ?point|"
        r"at the point of a (?:knife|gun)",
        (1_500_000, 20_000_000),
        30,
        40,
    ),
    Source(
        "a room or home",
        r"bedrooms?|rooms?|flats?|apartments?|house|home|kitchen",
        None,
        300,
        None,
    ),
    Source(
        "a car or motorbike",
        r"cars?|auto(?:-?rickshaw)?|taxis?|cabs?|boot|dicky|dickey|scooters?|bikes?|"
        r"motorbikes?|scooty",
        (1_500_000, 20_000_000),
        200,
        800,
    ),
)
_SOURCE_RES: Final = tuple(
    (re.compile(rf"\b(?:{source.pattern})\b", _I), source) for source in SOURCES
)

# Goods by size, in phone-sized units. Vehicles are left out: they stand in garages,
# basements and yards, which hold any number.
GOODS: Final[tuple[tuple[str, float], ...]] = (
    (
        r"(?:mobile )?phones|mobiles|smartphones|iphones|cell ?phones|wallets|watches|"
        r"gold coins|coins of gold|diamonds|rings|passports",
        1,
    ),
    (r"laptops|tablets|ipads|cameras|macbooks|consoles|playstations|xboxes", 4),
    (r"tvs|televisions|monitors|microwaves|computers|desktops|printers", 20),
)
_GOODS_RE: Final = re.compile(
    rf"(?<![\w$₹€£.,])(?P<num>{mg._COUNT})\s+(?:(?:new|brand-new|expensive|apple|samsung|"
    r"sony|dell|hp|gold|gaming|smart|stolen|old|used|whole)\s+)?"
    rf"(?P<goods>{'|'.join(pattern for pattern, _ in GOODS)})\b",
    _I,
)
_GOODS_RES: Final = tuple((re.compile(rf"(?:{pattern})", _I), size) for pattern, size in GOODS)
_UNIT_KG: Final[dict[str, float]] = {
    "kg": 1.0,
    "kgs": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "kilogram": 1.0,
    "kilograms": 1.0,
    "tonne": 1_000.0,
    "tonnes": 1_000.0,
    "ton": 1_000.0,
    "tons": 1_000.0,
    "litre": 1.0,
    "litres": 1.0,
    "liter": 1.0,
    "liters": 1.0,
    "lbs": 0.45,
    "pounds": 0.45,
}
_MASS_RE: Final = re.compile(
    rf"(?<![\w$₹€£.,])(?P<num>\d[\d,]*(?:\.\d+)?|{mg._COUNT})\s?(?P<unit>kgs?|kilos?|"
    r"kilograms?|tonnes?|tons?|litres?|liters?|lbs)\b(?:\s+of\b)?"
    rf"|(?<![\w$₹€£.,])(?P<num2>\d[\d,]*(?:\.\d+)?|{mg._COUNT})\s+(?P<unit2>pounds)\s+of\b",
    _I,
)
# "in it", "it had", "inside": the amount belongs to what the previous sentence named.
_ANAPHORA_RE: Final = re.compile(
    r"\b(?:in|inside|into|from|out of) (?:it|there|them)\b|\b(?:it|they|which) (?:had|has|"
    r"contained|contains|held|holds|was carrying)\b|^\s*(?:with\s+)?(?:inside|in it)\b|"
    r"\binside\W*$",
    _I,
)
# Any of these in the sentence and the amount is no cash found in a thing.
_NOT_HELD_RE: Final = re.compile(
    r"\b(?:loan|salary|account|transfer\w*|debited|credited|upi|online|emi|deposit|"
    r"invest\w*|business|turnover|property|plot|land|crypto|shares?|stocks?|fine|bail|"
    r"bribe|ransom|demand\w*|extort\w*|ask(?:ed|ing)? for|want(?:ed|s)?|lottery|prize|"
    r"won|win|owe\w*|debt|rent|fees?|bill|sold|sell\w*|price|worth|cost\w*|value\w*|"
    r"paid|pay\w*|insur\w*|claim\w*|compensation|damages|news|reported|says? the news|"
    r"million times|thousand times|hundred times|times)\b",
    _I,
)
# Goods and masses count only when something was taken from the source.
_TAKEN_RE: Final = re.compile(
    r"\b(?:took|taken|take|takes|stole|stolen|steal\w*|snatch\w*|grabbed|lifted|nicked|"
    r"pinched|pickpocket\w*|swiped|missing|gone|emptied|looted|carried|ran off with|"
    r"made off with|got away with|escaped with)\b",
    _I,
)
# Within this many characters an amount and a source belong together.
_NEAR: Final = 90
FAKE_RATIO: Final = 10
REVIEW_RATIO: Final = 3


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    parsed = mg.parse_number(text)
    return float(parsed) if parsed is not None else None


# "from cars in the area", "the wallets of passengers": many sources, no single ceiling.
_AGGREGATE: Final = Source("many sources", "", None, None, None)
_OWNED_RE: Final = re.compile(r"\b(?:my|his|her|our|their|your|both)\s+(?:[\w-]+\s+)?$", _I)


def _aggregate(sentence: str, match: re.Match[str]) -> bool:
    word = match.group(0).lower()
    plural = word.endswith("s") and not word.endswith(("ss", "us", "jeans", "glasses"))
    if not plural or word.startswith(("from ", "off ", "out ", "at ")):
        return False
    return _OWNED_RE.search(sentence, max(0, match.start() - 30), match.start()) is None


def _sources(sentence: str) -> list[tuple[int, Source]]:
    """Each source named in the sentence with its position; one class per word."""
    found: list[tuple[int, Source]] = []
    taken = bytearray(len(sentence) + 1)
    for pattern, source in _SOURCE_RES:
        for match in pattern.finditer(sentence):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append((match.start(), _AGGREGATE if _aggregate(sentence, match) else source))
    found.sort(key=lambda item: item[0])
    return found


def _unbounded(source: Source) -> bool:
    return source.money is None and source.units is None and source.kg is None


def _source_for(
    here: Sequence[tuple[int, Source]],
    start: int,
    points_back: bool,
    previous: Sequence[tuple[int, Source]],
    need: str,
) -> Source | None:
    """The source an amount at ``start`` came from, or None when unbound or unbounded.

    An unbounded source (a bank, a van, a shop with stock) anywhere in the sentence clears
    it: precision first. Otherwise the nearest source within ``_NEAR`` characters, or, when
    this sentence points back with "it", the last source of the previous sentence that has
    a ceiling for ``need`` ("the man at the ATM snatched my coin purse. 7 million in it").
    """
    if any(_unbounded(source) for _, source in here):
        return None
    near = [(abs(pos - start), source) for pos, source in here if abs(pos - start) <= _NEAR]
    if near:
        return min(near, key=lambda item: item[0])[1]
    if points_back:
        bounded = [source for _, source in previous if getattr(source, need) is not None]
        return bounded[-1] if bounded else None
    return None


def amount_findings(sentences: Sequence[str]) -> Iterator[Magnitude]:
    """Money, goods and masses far beyond what their source holds (see ``SOURCES``)."""
    previous: list[tuple[int, Source]] = []
    for sentence in sentences:
        if not _NOT_HELD_RE.search(sentence):
            yield from _in_sentence(sentence, previous)
        previous = _sources(sentence)


def _in_sentence(sentence: str, previous: Sequence[tuple[int, Source]]) -> Iterator[Magnitude]:
    here = _sources(sentence)
    points_back = bool(_ANAPHORA_RE.search(sentence))
    for money, usd in mg._money_matches(sentence):
        source = _source_for(here, money.start(), points_back, previous, "money")
        if source is None or source.money is None:
            continue
        weight = mg.grade(usd, *source.money)
        if weight:
            evidence = money.group(0).strip()
            yield Magnitude(
                IMPLAUSIBLE_AMOUNT,
                weight,
                evidence,
                f"it puts {evidence} in {source.label}, far more than one holds",
            )
    if not _TAKEN_RE.search(sentence):
        return
    for goods in _GOODS_RE.finditer(sentence):
        count = _number(goods.group("num"))
        source = _source_for(here, goods.start(), points_back, previous, "units")
        if count is None or source is None or source.units is None:
            continue
        size = next(s for p, s in _GOODS_RES if p.fullmatch(goods.group("goods")))
        ratio = count * size / source.units
        if weight := mg.grade(ratio, REVIEW_RATIO, FAKE_RATIO):
            yield Magnitude(
                IMPLAUSIBLE_AMOUNT,
                weight,
                goods.group(0),
                f"it takes {goods.group(0)} from {source.label}, which cannot hold that many",
            )
    for mass in _MASS_RE.finditer(sentence):
        raw = mass.group("num") or mass.group("num2")
        unit = (mass.group("unit") or mass.group("unit2")).lower()
        value = _number(raw)
        source = _source_for(here, mass.start(), points_back, previous, "kg")
        if value is None or source is None or source.kg is None:
            continue
        ratio = value * _UNIT_KG[unit] / source.kg
        if weight := mg.grade(ratio, REVIEW_RATIO, FAKE_RATIO):
            yield Magnitude(
                IMPLAUSIBLE_AMOUNT,
                weight,
                mass.group(0),
                f"it takes {mass.group(0)} from {source.label}, which cannot hold that much",
            )


# --------------------------------------------------------------------------- prices

# Ordinary models: a name that says "everyday car/bike" caps the price far below a supercar.
MODELS: Final[tuple[tuple[str, str, tuple[float, float]], ...]] = (
    (
        "an ordinary car model",
        r"maruti|swift|alto|wagon ?r|baleno|dzire|i10|i20|santro|creta|tata nano|nano|corolla|"
        r"honda city|civic|polo|golf|fiesta|innova|ertiga|brezza|nexon|tiago|kwid|verna|"
        r"seltos|sonet|camry|prius|yaris|sentra|altima|jetta|fortuner|scorpio|bolero|"
        r"ford focus|toyota|hyundai|kia|nissan|renault|datsun|chevrolet|chevy|skoda|"
        r"volkswagen|vw|honda|tata|mahindra|fiat|vauxhall|peugeot|citroen|dacia|mazda|subaru",
        (200_000, 2_000_000),
    ),
    (
        "an ordinary motorbike or scooter",
        r"splendor|pulsar|activa|hero honda|platina|apache|tvs jupiter|jupiter|dio|"
        r"passion pro|glamour|bajaj|hero|tvs|yamaha fz|fz|r15|royal enfield|bullet|vespa",
        (50_000, 500_000),
    ),
)
_OBJECT_TABLE: Final[tuple[tuple[str, str, tuple[float, float]], ...]] = (
    *MODELS,
    *((ceiling.label, pattern, (ceiling.review, ceiling.fake)) for pattern, ceiling in mg._OBJECTS),
)
_OBJECT_RES: Final = tuple(
    (re.compile(rf"\b(?:{pattern})\b", _I), label, limits)
    for label, pattern, limits in _OBJECT_TABLE
)
# "it was worth", "but worth around", "it cost me": a price said of the thing named before.
_PRICE_WORD_RE: Final = re.compile(
    r"\b(?:(?:it|this|that|which|the (?:one|thing))\s+(?:was|is|had been)\s+(?:\w+\s+){0,6}?"
    r"|(?:it|this|that|which)\s+|but\s+|and\s+)"
    r"(?:worth|cost(?:s|ed)?(?: me| us)?|valued at|priced at)"
    r"(?:\s+(?:about|around|approximately|nearly|over|more than|roughly|almost|at least))?\s+",
    _I,
)
_NO_PRICE_RE: Final = re.compile(
    r"\b(?:loan|emi|insurance|showroom|dealer|fleet|business|company|deal|policy|repair|"
    r"damage|fine|bill|lottery|prize|ransom|bribe)\b",
    _I,
)


def _object_in(text: str) -> tuple[str, tuple[float, float]] | None:
    """The first object class named in ``text`` (ordinary models before generic nouns)."""
    for pattern, label, limits in _OBJECT_RES:
        if pattern.search(text):
            return label, limits
    return None


def price_findings(sentences: Sequence[str]) -> Iterator[Magnitude]:
    """A price said of "it" or after "but worth", out of scale for the thing just named."""
    previous = ""
    for sentence in sentences:
        if not _NO_PRICE_RE.search(sentence):
            for link in _PRICE_WORD_RE.finditer(sentence):
                money = mg._MONEY_RE.match(sentence, link.end())
                usd = mg.money_in_usd(money) if money else None
                if money is None or usd is None:
                    continue
                thing = _object_in(sentence[: money.start()]) or _object_in(previous)
                if thing is None:
                    continue
                label, (review, fake) = thing
                if weight := mg.grade(usd, review, fake):
                    evidence = sentence[link.start() : money.end()].strip()
                    yield Magnitude(
                        IMPLAUSIBLE_AMOUNT,
                        weight,
                        evidence,
                        f"the price it gives is out of all proportion for {label} ('{evidence}')",
                    )
        previous = sentence
