"""Contradictions across clauses: state vs perception, family, daylight, a body that cannot act.

A report that says "I was fast asleep ... I watched him" or "I am an only child ... my
brother" contradicts itself in a way no word list sees. Each check pairs a *claim* with
a *conflicting claim* anywhere in the description, and stands down when the text
explains the change ("woke up", "CCTV", "my neighbour told me", "anymore", "late",
"-in-law"). Weights: 0.65-0.70 fake on its own; 0.50 and below only send the report to
an officer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

_I = re.IGNORECASE

STRONG: Final = 0.70
MEDIUM: Final = 0.65
WEAK: Final = 0.50


@dataclass(frozen=True)
class Clash:
    """Two claims that cannot both be true; ``weight`` is how strongly it suggests a fake."""

    weight: float
    evidence: str
    explanation: str


# --------------------------------------------------------------------------- perception

_UNAWARE_RE: Final = re.compile(
    r"\bi (?:was|am|had been|have been|'m|remained|lay|stayed) (?:\w+ )?"
    r"(?:asleep|sleeping|unconscious|in a coma|knocked out|passed out|blind(?: since birth)?|"
    r"completely blind|totally blind|blindfolded|fainted)\b"
    r"|\bi (?:am|'m|was) (?:\w+ )?blind\b|\bi (?:had|have) been blind",
    _I,
)
_SAW_RE: Final = re.compile(
    r"\bi (?:clearly |personally |myself |also |then |even )?(?:saw|watched|noticed|spotted|"
    r"observed|witnessed|could see|recogni[sz]ed|looked at|read)\b",
    _I,
)
# Words that explain how an unaware author came to know: waking, footage, someone else.
_EXPLAINED_RE: Final = re.compile(
    r"\b(?:woke|wake|waking|awake|awoke|came to|regained|came back|returned|got back|later|"
    r"afterwards|cctv|footage|video|camera|recording|recorded|told me|informed|neighbou?r|"
    r"before|after|until|till|by the time|when|then i|dream\w*|used to|partially|partly|"
    r"morning|next day|found|discovered|"
    r"half[- ]asleep|almost asleep|falling asleep|dozing|drifting|pretend\w*|one eye|"
    r"(?:left|right|one|other) eye|colou?r[- ]?blind|night[- ]?blind|partially|partly)\b",
    _I,
)
_DARK_RE: Final = re.compile(
    r"\b(?:i )?(?:couldn't|could not|could n't|didn't|did not|never) see (?:anything|a thing|"
    r"anyone|anybody)(?: at all)?\b(?! (?:clearly|properly|well|much|except|but (?:his|her)))",
    _I,
)
_FACE_DETAIL_RE: Final = re.compile(
    r"\b(?:blue|green|grey|gray|hazel|brown|black) eyes\b|\bscar on (?:his|her|the) "
    r"(?:left |right )?(?:face|cheek|forehead|chin|lip|eye)|\bgold(?:en)? tooth\b|"
    r"\bmole on (?:his|her) (?:face|cheek|chin|nose)|\btattoo on (?:his|her) (?:face|neck)",
    _I,
)


# "I didn't wake up once" insists on being unaware; it explains nothing.
_NOT_WOKEN_RE: Final = re.compile(
    r"\b(?:didn't|did not|never|without|not|couldn't|could not)\s+(?:even\s+)?"
    r"(?:wake|woke|waking|awake|awoke)(?:\s+up)?(?:\s+(?:once|at all|even once))?",
    _I,
)


def _perception(text: str) -> Iterator[Clash]:
    unaware = _UNAWARE_RE.search(text)
    saw = _SAW_RE.search(text)
    if unaware and saw and not _EXPLAINED_RE.search(_NOT_WOKEN_RE.sub(" ", text)):
        yield Clash(
            STRONG,
            f"{unaware.group(0)} / {saw.group(0)}",
            f"it says '{unaware.group(0)}' and also '{saw.group(0)}'",
        )
    dark = _DARK_RE.search(text)
    face = _FACE_DETAIL_RE.search(text)
    if (
        dark
        and face
        and not re.search(
            r"\b(?:said|told|according|cctv|footage|later|"
            r"neighbou?r|witness\w*|police|photo)\b",
            text,
            _I,
        )
    ):
        yield Clash(
            MEDIUM,
            f"{dark.group(0)} / {face.group(0)}",
            f"it says the author could not see anything, yet describes '{face.group(0)}'",
        )


# --------------------------------------------------------------------------- absence

_AWAY_RE: Final = re.compile(
    r"\b[Ii] (?:was|had been) (?:away |abroad |out of (?:town|the country|station|the city) |"
    r"in (?:another|a different) (?:city|country|state) |in [A-Z][a-z]+ (?:on business|for work|"
    r"on holiday|on vacation|on a trip) )(?:[\w ]{0,20}?)(?:the whole|all|the entire) "
    r"(?:time|week|day|month|night)\b",
)
_SAW_AT_HOME_RE: Final = re.compile(
    r"\bi (?:clearly |personally |myself )?(?:saw|watched|noticed|spotted)\b[^.]{0,80}?"
    r"\b(?:my|our) (?:\w+ )?(?:house|home|flat|driveway|garage|shop|room|bedroom|parking|"
    r"compound|door|gate|car|garden|balcony|window|lock|shutter|building|society|lane)\b"
    r"|\bwith my (?:own |two )?(?:own )?eyes\b",
    _I,
)


# "I was at my office in Gurgaon the whole day": somewhere else for the whole period.
_ELSEWHERE_RE: Final = re.compile(
    r"\b[Ii] was (?:at|in) (?:my |the |our )?(?:office|work|college|school|hospital|factory|"
    r"shop|[A-Z][a-z]+)\b[\w ]{0,25}? (?:the whole|all|the entire) (?:day|time|week|night|"
    r"evening|afternoon|morning)\b",
)


def _absence(text: str) -> Iterator[Clash]:
    away = _AWAY_RE.search(text) or _ELSEWHERE_RE.search(text)
    saw = _SAW_AT_HOME_RE.search(text)
    if (
        away
        and saw
        and not re.search(r"\b(?:cctv|camera|footage|video|app|live|phone)\b", text, _I)
    ):
        yield Clash(
            MEDIUM,
            f"{away.group(0)} / {saw.group(0)}",
            "it says the author was away the whole time and also saw the incident at home",
        )


# --------------------------------------------------------------------------- family

_KIN_CLAIMS: Final[tuple[tuple[str, str], ...]] = (
    (
        r"\bi(?: am|'m) (?:an |the )?only child\b|\bi (?:have|had) no (?:siblings|brothers? or "
        r"sisters?)\b|\bi (?:don't|do not|never) (?:have|had) (?:any )?siblings\b",
        r"brother|sister|siblings?|bro|sis",
    ),
    (
        r"\bi (?:have|had) no (?:children|kids|sons?|daughters?)\b|\bi (?:don't|do not|never) "
        r"(?:have|had) (?:any )?(?:children|kids)\b|\bi(?: am|'m) childless\b",
        r"son|daughter|sons|daughters|children|kids|child",
    ),
    (
        r"\bi (?:have|had) no (?:brothers?)\b|\bi (?:don't|do not|never) (?:have|had) (?:a|any) "
        r"brothers?\b",
        r"brothers?",
    ),
    (
        r"\bi (?:have|had) no (?:sisters?)\b|\bi (?:don't|do not|never) (?:have|had) (?:a|any) "
        r"sisters?\b",
        r"sisters?",
    ),
    (
        r"\bi(?: am|'m) an orphan\b|\bi (?:have|had) no (?:parents|family)\b|\bi (?:don't|do not|"
        r"never) (?:have|had) (?:any )?(?:parents|family)\b|\bi (?:never|didn't|did not) (?:know|"
        r"have) (?:my )?parents\b",
        r"mother|father|mom|mum|mummy|dad|daddy|papa|parents|amma|appa|ammi|abba",
    ),
    (
        # "I live alone and have no family": the same subject after "and".
        r"\bi (?:(?:live|lived|am|'m|stay|stayed) \w+ and )?(?:have|had) no (?:family|relatives)\b"
        r"(?! (?:nearby|near|here|around|close|in|at|living|who|to|that|with))"
        r"|\bi(?: am|'m) (?:all )?alone in the world\b",
        r"brother|sister|wife|husband|son|daughter|uncle|aunt|cousin|grandmother|grandfather",
    ),
    (
        r"\bi (?:have|'ve) never been married\b|\bi (?:am|'m) (?:not married|unmarried|single)\b|"
        r"\bi (?:am|'m) (?:a )?(?:bachelor|spinster)\b|"
        r"\bi (?:have|had) never married\b|\bi (?:never|did not|didn't) (?:get )?marr(?:y|ied)\b",
        r"husband|wife|spouse",
    ),
)
# Explanations that reconcile a kin claim with a mention ("anymore", "late", "step-").
_KIN_EXPLAINED_RE: Final = re.compile(
    r"\b(?:anymore|any more|late|ex|former|step|half|foster|adopted|cousin|in-law|fianc[eé]e?|"
    r"boyfriend|girlfriend|partner|friend|since|until|passed away|died|divorced|separated|"
    r"now|used to|like a|like my|called)\b",
    _I,
)


def _family(text: str) -> Iterator[Clash]:
    for claim_src, kin in _KIN_CLAIMS:
        # "We have no children. Our son...": the same denial by a couple, against "our".
        plural = claim_src.replace(r"\bi (?:have|had) no", r"\b(?:i|we) (?:have|had) no")
        claim = re.search(plural, text, _I)
        if not claim:
            continue
        owner = "our" if claim.group(0).lower().startswith("we") else "my"
        mention = re.search(
            rf"\b{owner} (?:(?:elder|younger|older|little|big|eldest|youngest|own) )?"
            rf"(?:{kin})\b(?!-in-law|-in law| in law)",
            text,
            _I,
        )
        if mention and not _KIN_EXPLAINED_RE.search(text):
            yield Clash(
                STRONG,
                f"{claim.group(0)} / {mention.group(0)}",
                f"it says '{claim.group(0)}' but mentions '{mention.group(0)}'",
            )


# --------------------------------------------------------------------------- daylight

_NIGHT_CLOCK_RE: Final = re.compile(
    r"(?<![\d:.])(?:(?:12|[1-4])(?::[0-5]\d)?\s*am|1[01](?::[0-5]\d)?\s*pm)\b|\bmidnight\b|"
    r"\b(?:one|two|three|1|2|3)(?: o'?clock)? in the (?:night|morning)\b|"
    r"\b(?:eleven|11)(?: o'?clock)? at night\b|"
    r"\b(?:ten|eleven|twelve|10|11|12)(?: o'?clock)? in the night\b|"
    r"\blate at night\b|\bnight-?time\b|"
    r"\bdead of (?:the )?night\b|\bmiddle of the night\b|(?<![\d:.])(?:2[2-3]|0[0-4])[:.][0-5]\d\b",
    _I,
)
_DAY_CLOCK_RE: Final = re.compile(
    r"(?<![\d:.])(?:1[01](?::[0-5]\d)?\s*am|(?:12|[1-3])(?::[0-5]\d)?\s*pm)\b|\bnoon\b|"
    r"\bmidday\b|(?<![\d:.])1[0-5][:.][0-5]\d\b|\blunch ?time\b|"
    r"\b(?:one|two|three|1|2|3)(?: o'?clock)? in the afternoon\b|\b(?:ten|eleven|10|11)"
    r"(?: o'?clock)? in the morning\b|\b(?:in the|this|that|one|on a|at|by) afternoon\b",
    _I,
)
_SUN_RE: Final = re.compile(
    r"\b(?:the )?sun (?:was|is) (?:\w+ )?(?:shining|out|up|blazing|bright|beating down)|"
    r"\bbright (?:sunshine|sunlight)\b|\bbroad daylight\b|\bsunny (?:day|afternoon|morning)\b|"
    r"\b(?:blazing|scorching|burning|hot|harsh) (?:afternoon |midday |noon )?(?:sun|heat)\b|"
    r"\b(?:afternoon|midday|noon) (?:heat|sun|sunlight|sunshine)\b|\bsunburn\w*\b",
    _I,
)
_STARS_RE: Final = re.compile(
    r"\b(?:the )?(?:moon|stars)(?: and (?:the )?(?:moon|stars))? (?:was |were |is |are )?"
    r"(?:\w+ )?(?:out|shining|twinkling|in the sky|visible|bright|overhead|glowing)\b|"
    r"\bstars (?:were |was )?(?:out|shining|twinkling|in the sky|visible)|\bwith stars\b|"
    r"\b(?:the )?moon (?:was|is) (?:\w+ )?(?:out|shining|up|bright|full)|\bmoonlight\b|"
    r"\bpitch[- ](?:dark|black) (?:with stars|sky|night)\b",
    _I,
)


def _daylight(sentences: tuple[str, ...]) -> Iterator[Clash]:
    for sentence in sentences:
        night = _NIGHT_CLOCK_RE.search(sentence)
        sun = _SUN_RE.search(sentence)
        if (
            night
            and sun
            and not re.search(
                r"\b(?:till|until|from|to|between|and then|after|since|still|earlier|"
                r"left ?over|all day|during the day)\b",
                sentence[min(night.start(), sun.start()) : max(night.end(), sun.end())],
                _I,
            )
        ):
            yield Clash(
                MEDIUM,
                f"{night.group(0)} / {sun.group(0)}",
                f"it puts the sun in the sky at night ('{night.group(0)}', '{sun.group(0)}')",
            )
        day = _DAY_CLOCK_RE.search(sentence)
        stars = _STARS_RE.search(sentence)
        if (
            day
            and stars
            and not re.search(
                r"\b(?:till|until|from|to|between|and then)\b",
                sentence[min(day.start(), stars.start()) : max(day.end(), stars.end())],
                _I,
            )
        ):
            yield Clash(
                MEDIUM,
                f"{day.group(0)} / {stars.group(0)}",
                f"it describes a night sky in the daytime ('{day.group(0)}', '{stars.group(0)}')",
            )


# --------------------------------------------------------------------------- bodies

_NO_LIMB_RE: Final = re.compile(
    r"\b(?:he|she|the [a-z]+|they) (?:had|has) no (?P<limb>hands|"
    r"arms|legs|feet)\b",
    _I,
)
_LIMB_USE: Final[dict[str, str]] = {
    "hands": r"with (?:his|her|their|both) (?:bare )?hands|strangled|punched|slapped|grabbed",
    "arms": r"with (?:his|her|their|both) arms|strangled|punched|grabbed|hugged",
    "legs": r"\b(?:ran|kicked|chased|walked|jumped|sprinted)\b",
    "feet": r"\b(?:ran|kicked|chased|walked|jumped|sprinted)\b",
}


def _bodies(text: str) -> Iterator[Clash]:
    for match in _NO_LIMB_RE.finditer(text):
        use = re.search(_LIMB_USE[match.group("limb").lower()], text[match.end() :], _I)
        if use and not re.search(r"\b(?:prosthetic|artificial|wheelchair|stump)\b", text, _I):
            yield Clash(
                STRONG,
                f"{match.group(0)} / {use.group(0)}",
                f"it says '{match.group(0)}' and then '{use.group(0)}'",
            )


# --------------------------------------------------------------------------- senses

# Each sense has words that take it away and words that use it; losing every sense
# (coma, unconscious) blocks both.
_SENSE_LOSS: Final[dict[str, str]] = {
    "sight": (
        r"\bi (?:was|am|'m|have been|had been) (?:\w+ )?(?:blind(?:folded)?|born blind)\b|"
        r"\b(?:my|both my) eyes (?:were|was) (?:\w+ )?(?:covered|shut|closed|taped|tied|bandaged)|"
        r"\b(?:i )?had my eyes (?:\w+ )?(?:covered|shut|closed|taped|tied|bandaged)|"
        r"\bwith my eyes (?:covered|shut|closed|taped|tied)"
    ),
    "hearing": (
        r"\bi (?:was|am|'m|have been|had been) (?:\w+ )?(?:deaf|born deaf)\b|"
        r"\bi (?:can't|cannot|can not|could not|couldn't) hear (?:anything|a thing|at all)"
    ),
    "all": (
        r"\bi (?:was|had been|lay|remained) (?:\w+ ){0,3}?(?:in a coma|unconscious|knocked out|"
        r"passed out|senseless|under (?:general )?an(?:a)?esthesia|heavily sedated)\b"
    ),
}
_SENSE_USE: Final[dict[str, str]] = {
    "sight": (
        r"\bi (?:\w+ )?(?:saw|watched|noticed|spotted|read|recogni[sz]ed|witnessed|could see|"
        r"looked at)\b"
    ),
    "hearing": r"\bi (?:\w+ )?(?:heard|could hear|listened to|overheard)\b",
}
_SENSE_EXPLAINED_RE: Final = re.compile(
    r"\b(?:woke|wake|waking|awake|awoke|came to|regained|later|afterwards|cctv|footage|video|"
    r"camera|recording|told me|informed|neighbou?r said|until|till|by the time|before (?:i|the)|"
    r"after (?:i|the)|used to|partially|partly|one ear|(?:left|right|one|other) (?:eye|ear)|"
    r"colou?r[- ]?blind|night[- ]?blind|hearing aid|lip[- ]?read\w*|"
    r"sign language|glasses|felt|smelled|smelt|dream\w*|pretend\w*|removed|took off|slipped)\b",
    _I,
)


def _senses(text: str) -> Iterator[Clash]:
    if _SENSE_EXPLAINED_RE.search(text):
        return
    for loss_key, loss_src in _SENSE_LOSS.items():
        loss = re.search(loss_src, text, _I)
        if not loss:
            continue
        uses = _SENSE_USE.values() if loss_key == "all" else (_SENSE_USE[loss_key],)
        for use_src in uses:
            use = re.search(use_src, text[loss.end() :], _I) or re.search(
                use_src, text[: loss.start()], _I
            )
            if use:
                yield Clash(
                    STRONG,
                    f"{loss.group(0)} / {use.group(0)}",
                    f"it says '{loss.group(0)}' and also '{use.group(0)}'",
                )
                return


# --------------------------------------------------------------------------- possession

# A denial names a class ("any vehicle", "pets") or one thing ("a car"); a later "my X"
# for a member of that class contradicts it.
_HYPERNYMS: Final[dict[str, str]] = {
    "vehicle": (
        r"cars?|bikes?|motorbikes?|motorcycles?|scooters?|scooty|cycles?|bicycles?|vans?|"
        r"trucks?|jeeps?|autos?|mopeds?|two-wheelers?|vehicles?|suv|activa"
    ),
    "vehicles": r"cars?|bikes?|motorbikes?|motorcycles?|scooters?|scooty|vehicles?|activa",
    "pet": r"dogs?|cats?|pupp(?:y|ies)|kittens?|parrots?|pets?|rabbits?|hamsters?|birds?",
    "pets": r"dogs?|cats?|pupp(?:y|ies)|kittens?|parrots?|pets?|rabbits?|hamsters?|birds?",
    "phone": r"(?:mobile )?phones?|mobiles?|smartphones?|iphones?|cell ?phones?",
    "mobile": r"(?:mobile )?phones?|mobiles?|smartphones?|iphones?",
    "wallet": r"wallets?|purses?",
    "jewellery": r"(?:gold )?(?:chains?|rings?|necklaces?|bangles?|earrings?|jewell?ery)",
    "jewelry": r"(?:gold )?(?:chains?|rings?|necklaces?|bangles?|earrings?|jewell?ery)",
    "gold": r"gold(?: \w+)?|(?:gold )?(?:chains?|bangles?)",
    "laptop": r"laptops?",
    "bank": r"(?:bank |savings |current |salary |joint )?(?:accounts?|a/c)|passbook|"
    r"(?:atm|debit) cards?|cheque ?books?",
    "account": r"(?:bank |savings |current |salary |joint )?(?:accounts?|a/c)|passbook",
    "computer": r"laptops?|computers?|pcs?",
}
_DENIAL_RE: Final = re.compile(
    r"\b(?:i|we|and) (?:have |'ve |had )?never (?:ever )?(?:owned|had|driven|carried|kept|bought|"
    r"used|worn|possessed) (?:a |an |any |one )?(?:single )?(?P<a>[a-z]+)\b"
    r"|\b(?:i|we) (?:don't|do not|didn't|did not) (?:even )?(?:own|have|carry|keep|possess|"
    r"wear) "
    r"(?:a |an |any |one )?(?P<b>[a-z]+)\b"
    r"|\bi (?:have|own|had) no (?P<c>[a-z]+)\b"
    r"|\bi never carry (?:a |an |any )?(?P<d>[a-z]+)\b"
    r"|\bi (?:live|stay|am|'m)\b[\w ]{0,15}? with no (?P<e>[a-z]+)\b",
    _I,
)
_POSSESSION_EXPLAINED_RE: Final = re.compile(
    r"\b(?:anymore|any more|since|now|used to|no longer|any longer|sold|until|till|before|"
    r"after|borrow\w*|rent\w*|hired|lent|loan\w*|company|office|friend'?s?|new|bought|"
    r"got a|except|other than|apart from|gift\w*|just|recently|today i|later|only|"
    r"instead|so i|because|as|left|to call|but my (?:wife|husband|son|daughter|father|mother))\b",
    _I,
)


def _possession(text: str) -> Iterator[Clash]:
    for denial in _DENIAL_RE.finditer(text):
        noun = next(g for g in denial.groups() if g).lower()
        members = _HYPERNYMS.get(noun) or _HYPERNYMS.get(noun.rstrip("s"))
        if members is None:
            continue
        rest = text[: denial.start()] + " | " + text[denial.end() :]
        mention = re.search(
            rf"\b(?:my|our) (?:(?:new|old|own|only|favourite|expensive) )?(?:{members})\b",
            rest,
            _I,
        )
        if mention and not _POSSESSION_EXPLAINED_RE.search(text):
            yield Clash(
                MEDIUM,
                f"{denial.group(0)} / {mention.group(0)}",
                f"it says '{denial.group(0)}' but reports '{mention.group(0)}'",
            )
            return


# --------------------------------------------------------------------------- state

_EMPTY_RE: Final = re.compile(
    r"\b(?:no ?one|nobody|no-one) (?:was|were) (?:at )?(?:home|in the (?:house|flat|shop|room)|"
    r"inside|there)\b|\b(?:the )?(?:house|flat|home|shop|apartment) was (?:completely |totally )?"
    r"(?:empty|deserted|vacant)\b",
    _I,
)
_OCCUPIED_RE: Final = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:wife|husband|kids|children|son|daughter|mother|father|family|"
    r"parents|grandmother|grandfather|sister|brother)(?: and (?:\w+ )?\w+)? (?:was|were) "
    r"(?:\w+ )?(?:tied up|inside|at home|in the (?:house|flat|room)|sleeping|asleep|locked in|"
    r"held hostage)\b|\bi was (?:at home|inside|in the (?:house|flat)|sleeping|asleep)\b",
    _I,
)
_CLOSED_RE: Final = re.compile(
    r"\b(?:the )?(?:shop|store|pharmacy|chemist|bank|office|restaurant|cafe|kiosk|counter|"
    r"branch)(?: \w+)? (?:was|remained|stayed) (?:completely |fully )?(?:closed|shut)"
    r"(?: (?:all day|the whole day|the entire day|for the day|that day|with the shutters? down))",
    _I,
)
_SERVED_RE: Final = re.compile(
    r"\b(?:sold|served|handed|charged|billed|overcharged|gave|paid) me\b|"
    r"\b(?:across|at) the counter\b|"
    r"\bi (?:bought|purchased|paid)\b",
    _I,
)
_STATE_EXPLAINED_RE: Final = re.compile(
    r"\b(?:thought|assumed|believed|later|returned|came (?:home|back)|when|until|till|after|"
    r"before|by the time|realised|realized|found out|except|apart from|besides|other than|"
    r"back door|side door|window|half|partly|secretly|illegally|quietly|through|online|"
    r"delivery|phone|reopened|opened|yet|broke|break|got in|while)\b",
    _I,
)


def _state(text: str) -> Iterator[Clash]:
    if _STATE_EXPLAINED_RE.search(text):
        return
    for claim_re, other_re, why in (
        (_EMPTY_RE, _OCCUPIED_RE, "nobody was there and that people were"),
        (_CLOSED_RE, _SERVED_RE, "the place was closed and that it served the author"),
    ):
        claim = claim_re.search(text)
        other = other_re.search(text)
        if claim and other:
            yield Clash(
                MEDIUM,
                f"{claim.group(0)} / {other.group(0)}",
                f"it says {why} ('{claim.group(0)}' vs '{other.group(0)}')",
            )


# --------------------------------------------------------------------------- round 3
# Wider classes of the same idea: a covered face described in detail, a building part
# that does not exist used as the way in, an empty street with a crowd, a place shut for
# years serving the author today, a theft before the purchase, a child with a wife.

_FACE_HIDDEN_RE: Final = re.compile(
    r"\b(?:full[- ]face|whole face|entire face|full) (?:mask|helmet|balaclava|cover\w*)\b|"
    r"\b(?:no ?one|nobody|none of us|i) (?:ever )?(?:saw|could see|could have seen|"
    r"couldn't see|could not see|didn't see|did not see|never saw) (?:his|her|their|the) faces?\b"
    r"(?! (?:clearly|properly|well|fully|much|completely|very|in the dark|at first))|"
    r"\b(?:his|her|their) faces? (?:was|were) (?:completely |fully |totally |entirely )"
    r"(?:covered|hidden|masked|wrapped)\b",
    _I,
)
_FACE_FEATURE_RE: Final = re.compile(
    r"\b(?:moustache|mustache|beard|stubble|goatee|cleft chin|thin lips|thick lips|"
    r"(?:crooked|broken|big|pointed|sharp|flat) nose|dimples?|missing (?:front )?teeth|"
    r"gold(?:en)? tooth|scar on (?:his|her|their|the) (?:left |right )?(?:cheek|chin|lip|nose|"
    r"jaw|mouth)|mole on (?:his|her|their|the) (?:left |right )?(?:cheek|chin|lip|nose)|"
    r"(?:blue|green|grey|gray|hazel|brown) eyes|(?:chubby|fat|round|thin|bony) cheeks|"
    r"(?:looked|was|seemed) (?:very )?(?:handsome|ugly|pretty))\b",
    _I,
)
_FACE_EXPLAINED_RE: Final = re.compile(
    r"\b(?:removed|took off|taken off|pulled (?:it |the \w+ )?(?:down|up|off)|slipped|"
    r"came off|fell off|lifted|through the (?:visor|mask|gap)|cctv|footage|later|before|"
    r"after|earlier|when he|when she|until|photo|police)\b",
    _I,
)
_SIGHTLESS_RE: Final = re.compile(
    r"\bi (?:was|am|'m|had been) (?:\w+ )?(?:blindfolded|born blind|completely blind|"
    r"totally blind)\b|\b(?:my|both my) eyes (?:were|was) (?:\w+ )?(?:covered|taped|tied|"
    r"bandaged)\b",
    _I,
)
_SIGHT_EXPLAINED_RE: Final = re.compile(
    r"\b(?:removed|took off|slipped|loosened|came off|before|after|later|cctv|footage|told|"
    r"heard|voice|smell\w*|felt|touch\w*|one eye|(?:left|right) eye|partially|partly)\b",
    _I,
)


def _hidden_faces(text: str) -> Iterator[Clash]:
    feature = _FACE_FEATURE_RE.search(text)
    if not feature:
        return
    for claim_re, explained_re, why in (
        (_FACE_HIDDEN_RE, _FACE_EXPLAINED_RE, "the face was hidden"),
        (_SIGHTLESS_RE, _SIGHT_EXPLAINED_RE, "the author could not see"),
    ):
        claim = claim_re.search(text)
        if claim and not explained_re.search(text):
            yield Clash(
                MEDIUM,
                f"{claim.group(0)} / {feature.group(0)}",
                f"it says {why} ('{claim.group(0)}') yet describes '{feature.group(0)}'",
            )
            return


_PARTS = r"windows?|doors?|back ?doors?|balcon(?:y|ies)|terrace|roof ?top|basement|garage|lift|"
_PARTS += r"elevator|skylights?|ventilators?|chimney|back ?gate|gate|staircase|stairs"
_NO_PART_RE: Final = re.compile(
    r"\b(?:has|have|had|with|there (?:is|are|was|were)) (?:absolutely )?no (?P<part>"
    + _PARTS
    + r")\b(?: at all| whatsoever)?(?! (?:grill|grills|lock|locks|latch|bolt|key|keys|glass|"
    r"curtains?|handle|frame|camera|cctv|guard|watchman|light|lights))",
    _I,
)


def _missing_parts(text: str) -> Iterator[Clash]:
    for claim in _NO_PART_RE.finditer(text):
        part = claim.group("part").lower().rstrip("s").replace("balconie", "balcony")
        stem = re.escape(part.split()[-1])
        use = re.search(
            rf"\b(?:through|via|from|into|out of|in through|out through|over|off|onto|on|in) "
            rf"(?:the|a|an|my|our|his|her|their) (?:\w+ )?{stem}(?:s|es)?\b",
            text[claim.end() :],
            _I,
        )
        explained = re.search(
            r"\b(?:neighbou?r\w*|next door|adjacent|other|building's|society's|except|"
            r"apart from|only|but the|used to|now|since|new|broke|broken|cut|made a hole)\b",
            text,
            _I,
        )
        if use and not explained:
            yield Clash(
                MEDIUM,
                f"{claim.group(0)} / {use.group(0)}",
                f"it says the place {claim.group(0)}, then that someone came {use.group(0)}",
            )
            return


_EMPTY_STREET_RE: Final = re.compile(
    r"\b(?:completely|totally|entirely|absolutely) (?:empty|deserted)\b|"
    r"\bnot a (?:single )?(?:soul|person|human|human being)\b|"
    r"\b(?:no ?one|nobody|no-one) (?:else )?(?:was )?(?:around|in sight|on the (?:road|street))\b",
    _I,
)
_CROWD_RE: Final = re.compile(
    r"\b(?:crowd|onlookers|bystanders|passers-?by|spectators|the people (?:watching|standing|"
    r"around)|everyone (?:watching|around|there)|people (?:watched|were watching|stood "
    r"(?:there|watching|around)|just watched|kept watching|filmed))\b",
    _I,
)
_CROWD_EXPLAINED_RE: Final = re.compile(
    r"\b(?:then|when|after|soon|later|gathered|came|arrived|rushed|ran|by the time|within|"
    r"until|till|suddenly|hearing|heard|screamed|shouted|afterwards|minutes|seconds)\b",
    _I,
)


def _empty_crowd(text: str) -> Iterator[Clash]:
    empty = _EMPTY_STREET_RE.search(text)
    if not empty:
        return
    crowd = _CROWD_RE.search(text, empty.end())
    if crowd and not _CROWD_EXPLAINED_RE.search(text, empty.end(), crowd.start()):
        yield Clash(
            MEDIUM,
            f"{empty.group(0)} / {crowd.group(0)}",
            f"it says the place was empty ('{empty.group(0)}') and mentions '{crowd.group(0)}'",
        )


_LONG_SHUT_RE: Final = re.compile(
    r"\b(?:has been|had been|was|is|been) (?:\w+ )?(?:shut|closed|abandoned|shut down|"
    r"demolished|locked up|boarded up) (?:down )?(?:for (?:the (?:last|past) )?(?:\d+|two|three|"
    r"four|five|six|several|many|a few) (?:years|months)|for years|since (?:19|20)\d\d|"
    r"since (?:the )?(?:pandemic|covid|lockdown))\b",
    _I,
)
_OPEN_TODAY_RE: Final = re.compile(
    r"\b(?:this morning|today|tonight|yesterday|just now|this evening|an hour ago|last night)"
    r"\b[^.]{0,60}?\b(?:shopkeeper|cashier|owner|staff|salesman|waiter|clerk|manager|"
    r"counter|sold|served|billed|charged|cheated|overcharged|gave me|handed me)\b"
    r"|\b(?:shopkeeper|cashier|salesman|waiter|clerk|staff)\b[^.]{0,60}?\b(?:this morning|"
    r"today|tonight|yesterday|just now|this evening)\b",
    _I,
)


def _long_shut(text: str) -> Iterator[Clash]:
    shut = _LONG_SHUT_RE.search(text)
    if not shut:
        return
    open_now = _OPEN_TODAY_RE.search(text)
    explained = re.search(
        r"\b(?:reopen\w*|opened again|new owner|squatt\w*|illegal\w*|trespass\w*|secretly|"
        r"broke in|break in|broken into|someone (?:is|was) (?:using|living)|pretend\w*|"
        r"posing|fake|fraud|scam|online|website|app)\b",
        text,
        _I,
    )
    if open_now and not explained:
        yield Clash(
            MEDIUM,
            f"{shut.group(0)} / {open_now.group(0)}",
            f"it says the place {shut.group(0)} yet was open to the author ('{open_now.group(0)}')",
        )


_BEFORE_OWNING_RE: Final = re.compile(
    r"\b(?:stolen|snatched|taken|robbed|stole|took|snatched|damaged|hacked|broken)\b[^.]{0,60}?"
    r"\b(?:\w+ (?:days?|weeks?|months?|years?|hours?) )?before (?:i|we) (?:even )?(?:bought|"
    r"purchased|got|received|owned) (?:it|them)\b"
    r"|\b(?:i|we) (?:was|were) (?:robbed|attacked|mugged|assaulted|kidnapped|beaten|cheated)"
    r"\b[^.]{0,60}?\bbefore (?:i|we) (?:was|were) (?:even )?born\b",
    _I,
)


def _before_owning(text: str) -> Iterator[Clash]:
    match = _BEFORE_OWNING_RE.search(text)
    if match and not re.search(
        r"\b(?:showroom|dealer|delivery|shipping|courier|booked|"
        r"ordered|insurance|pre-?order)\b",
        text,
        _I,
    ):
        yield Clash(
            STRONG,
            match.group(0),
            f"it puts the loss before the author had the thing ('{match.group(0)}')",
        )


_CHILD_AGE_RE: Final = re.compile(
    r"\bi(?: am|'m) (?P<age>[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)(?: years?| yrs?)?(?: old|-year-old)\b"
    r"|\bi(?: am|'m) (?:in|studying in) (?:class |grade |std |standard )?(?:[1-7])(?:st|nd|rd|th)?"
    r"(?: (?:std|standard|class|grade))?\b",
    _I,
)
_ADULT_ROLE_RE: Final = re.compile(
    r"\bmy (?:\w+ )?(?:wife|husband|office|employees?|staff|company|salary|pension|"
    r"grandchildren|grandson|granddaughter|factory|truck|lorry|driving licen[cs]e|"
    r"mortgage|business partner|tenants?)\b",
    _I,
)


def _child_roles(text: str) -> Iterator[Clash]:
    child = _CHILD_AGE_RE.search(text)
    role = _ADULT_ROLE_RE.search(text) if child else None
    if (
        child
        and role
        and not re.search(
            r"\b(?:my (?:father|dad|mother|mom|mum|papa|parents)|"
            r"pretend\w*|game|playing)\b",
            text,
            _I,
        )
    ):
        yield Clash(
            STRONG,
            f"{child.group(0)} / {role.group(0)}",
            f"a child ('{child.group(0)}') cannot have '{role.group(0)}'",
        )


_ORDINALS: Final[dict[str, int]] = {
    "ground": 0,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_FLOOR_WORDS = (
    r"ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,3}(?:st|nd|rd|th)?"
)
_FLOOR = rf"(?P<floor>{_FLOOR_WORDS})"
_MY_FLOOR_RE: Final = re.compile(
    r"\b(?:my|our) (?:flat|house|home|apartment|room|office|shop) is on the "
    + _FLOOR
    + r"[- ]floor\b",
    _I,
)
_OTHER_FLOOR_RE: Final = re.compile(
    r"\b(?:my|our) " + _FLOOR + r"[- ]floor (?:balcony|window|flat|bedroom|room|terrace|door)\b"
    r"|\b(?:my|our) (?:balcony|window|flat|bedroom|door) on the (?P<floor2>"
    + _FLOOR_WORDS
    + r")[- ]floor\b",
    _I,
)


def _floor(word: str) -> int | None:
    word = word.lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else None


_SINGLE_STOREY_RE: Final = re.compile(
    r"\b(?:single|one)[- ](?:storey|story|storeyed|storied|floor) (?:house|home|building|"
    r"bungalow|shop)\b",
    _I,
)
_UPPER_FLOOR_RE: Final = re.compile(
    r"\b(?:my|our) (?:second|third|fourth|fifth|[2-9](?:nd|rd|th))[- ]floor\b|\b(?:on|to) "
    r"(?:my|our|the) (?:second|third|fourth|fifth|[2-9](?:nd|rd|th))[- ]floor\b",
    _I,
)
_NEVER_BEEN_RE: Final = re.compile(r"\b[Ii](?: have|'ve) never been to (?P<place>[A-Z][a-z]+)\b")


def _floors(text: str) -> Iterator[Clash]:
    single = _SINGLE_STOREY_RE.search(text)
    upper = _UPPER_FLOOR_RE.search(text) if single else None
    if single and upper and not re.search(r"\b(?:neighbou?r\w*|next door|built|added)\b", text, _I):
        yield Clash(
            MEDIUM,
            f"{single.group(0)} / {upper.group(0)}",
            f"it describes '{single.group(0)}' and '{upper.group(0)}'",
        )
    never = _NEVER_BEEN_RE.search(text)
    if never:
        place = re.escape(never.group("place"))
        there = re.search(rf"\b(?:i|we) (?:was|were) (?:in|at) {place}\b", text, _I)
        if there and not re.search(r"\b(?:until|till|before|first time|finally)\b", text, _I):
            yield Clash(
                STRONG,
                f"{never.group(0)} / {there.group(0)}",
                f"it says '{never.group(0)}' and '{there.group(0)}'",
            )
    mine = _MY_FLOOR_RE.search(text)
    if not mine:
        return
    for other in _OTHER_FLOOR_RE.finditer(text):
        floor = other.group("floor") or other.group("floor2")
        if _floor(floor) != _floor(mine.group("floor")) and not re.search(
            r"\b(?:moved|shifted|used to|new|old|previous|earlier|neighbou?r\w*)\b", text, _I
        ):
            yield Clash(
                MEDIUM,
                f"{mine.group(0)} / {other.group(0)}",
                f"it puts the author's home on two floors ('{mine.group(0)}', '{other.group(0)}')",
            )
            return


_AWAKE_RE: Final = re.compile(
    r"\bi (?:was|stayed|remained|lay) (?:wide |fully )?awake (?:all night|the whole night|"
    r"throughout|the entire night|all the time)\b",
    _I,
)
_ASLEEP_RE: Final = re.compile(r"\bi was (?:fast |sound |deeply |still )?(?:asleep|sleeping)\b", _I)
_IMMOBILE_RE: Final = re.compile(
    r"\bi(?: am|'m| was| have been|'ve been| had been) (?:\w+ )?(?:paraly[sz]ed|quadriplegic|"
    r"bed-?ridden|unable to walk)\b|\bi (?:cannot|can't|can not) (?:even )?walk\b|"
    r"\bi (?:have )?lost both (?:my )?legs\b",
    _I,
)
_RUN_RE: Final = re.compile(
    r"\bi (?:\w+ )?(?:chased|ran after|ran|sprinted|kicked|jumped|climbed|caught up with)\b",
    _I,
)
_RAIN_RE: Final = re.compile(
    r"\b(?:raining (?:heavily|hard|cats and dogs)|pouring(?: rain)?|heavy rain|downpour|"
    r"rain was lashing)\b",
    _I,
)
_DRY_RE: Final = re.compile(
    r"\b(?:bone[- ]dry|completely dry|totally dry|not a (?:single )?drop of rain|no rain at all|"
    r"cloudless)\b",
    _I,
)
_STAYED_IN_RE: Final = re.compile(
    r"\bi (?:never|didn't|did not) (?:leave|left|step out of|go out of|step outside) (?:my|the|"
    r"our) (?:house|home|flat|room|apartment)(?: (?:that day|all day|the whole day|at all))?\b"
    r"|\bi was (?:at home|home|in the house|inside|indoors) (?:the entire|the whole|all) day\b",
    _I,
)
_WENT_OUT_RE: Final = re.compile(
    r"\b(?:when |while )?i was (?:at work|at office|at college|at school|in office)\b|"
    r"\b(?:when |while )?i was (?:at|in) (?:the|a) (?:mall|market|office|station|bank|cinema|"
    r"theatre|gym|park|temple|hospital|school|college|shop|bus stop|metro|railway station|"
    r"restaurant|hotel|bar)\b",
    _I,
)
_SHORT_TALL_RE: Final = re.compile(
    r"\b(?:very |quite |really |extremely )?short (?:man|woman|guy|person|thief|fellow|boy|"
    r"girl|robber)\b[^.]{0,30}?\b(?:about |around |nearly |over )?(?:seven|eight|nine|7|8|9)"
    r"(?:\.\d)? ?(?:feet|foot|ft)\b"
    r"|\b(?:very |quite |really |extremely )?tall (?:man|woman|guy|person|thief|fellow|robber)"
    r"\b[^.]{0,30}?\b(?:about |around |only |just )?(?:two|three|2|3)(?:\.\d)? ?(?:feet|foot|"
    r"ft)\b",
    _I,
)
_COLOURS = r"(?:red|blue|black|white|green|yellow|grey|gray|silver|golden|maroon|brown|orange|pink)"
_THINGS_COLOURED = r"(?:bike|car|scooter|scooty|bag|phone|cycle|bicycle|jacket|helmet|van|auto)"
_COLOUR_A_RE: Final = re.compile(
    rf"\b(?:the|my) (?:stolen |missing |snatched )?(?P<n>{_THINGS_COLOURED}) (?:was|is) "
    rf"(?:a |an )?(?:dark |light |bright )?(?P<c>{_COLOURS})\b(?! and| or| with|-)",
    _I,
)
_COLOUR_B_RE: Final = re.compile(
    rf"\bit (?:was|is) (?:a |an )?(?:dark |light |bright )?(?P<c>{_COLOURS}) (?P<n>"
    rf"{_THINGS_COLOURED})\b",
    _I,
)
_DATE_RE: Final = re.compile(
    r"\b(?P<day>3[01]|29|30)(?:st|nd|rd|th)? (?:of )?(?P<month>feb(?:ruary)?|apr(?:il)?|june?|"
    r"sep(?:t(?:ember)?)?|nov(?:ember)?)\b"
    r"|\b(?P<month2>feb(?:ruary)?|apr(?:il)?|june?|sep(?:t(?:ember)?)?|nov(?:ember)?) "
    r"(?P<day2>3[01]|29|30)(?:st|nd|rd|th)?\b",
    _I,
)


def _impossible_date(text: str) -> Iterator[Clash]:
    for match in _DATE_RE.finditer(text):
        day = int(match.group("day") or match.group("day2"))
        month = (match.group("month") or match.group("month2")).lower()[:3]
        if month == "feb" and day >= 30:
            yield Clash(MEDIUM, match.group(0), f"'{match.group(0)}' is not a date")
            return
        if month != "feb" and day == 31:
            yield Clash(WEAK, match.group(0), f"'{match.group(0)}' is not a date")
            return


_CANNOT_DRIVE_RE: Final = re.compile(
    r"\bi (?:don't|do not|can't|cannot|never learn(?:ed|t) to) (?:know how to )?drive\b|"
    r"\bi (?:have|had) never driven\b",
    _I,
)
_DROVE_RE: Final = re.compile(
    r"\b(?:while |when )?i was driving\b|\bi drove\b|\bwhile driving my\b", _I
)
_ONLY_CHILD_RE: Final = re.compile(r"\bmy only (?:child|kid)\b", _I)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAYS_RE: Final = re.compile(
    rf"\b(?P<a>{_WEEKDAY})\b[^.;]{{0,25}}?\bwhich (?:was|is) (?:a |also a )?(?P<b>{_WEEKDAY})\b",
    _I,
)
_REMEMBERED_RE: Final = re.compile(
    r"\bi (?:clearly |still )?remember (?:every (?:single )?word|exactly what (?:they|he|she)|"
    r"what (?:they|he|she) said|everything (?:they|he|she) said|their (?:voices|words|faces))",
    _I,
)
_OUT_COLD_RE: Final = re.compile(
    r"\bi (?:was|lay|remained) (?:\w+ ){0,2}?(?:unconscious|in a coma|knocked out|passed out)"
    r"(?: (?:for|during|through|throughout) (?:the )?(?:whole|entire|full)? ?(?:attack|time|"
    r"incident|robbery|thing))\b",
    _I,
)
_BORN_RE: Final = re.compile(r"\bi was born in (?P<year>(?:19|20)\d\d)\b", _I)
_FOR_YEARS_RE: Final = re.compile(r"\bfor (?:the (?:last|past) )?(?P<years>\d{1,2}) years\b", _I)
_BALD_HAIR_RE: Final = re.compile(
    r"\b(?:completely |totally |fully )?bald\b[^.]{0,40}?\b(?:long|curly|thick|flowing|"
    r"braided|spiky) (?:\w+ )?hair\b(?! (?:on|in) (?:his|her) (?:arms|chest|ears|nose|face))",
    _I,
)
# The year the rules take as "now" when comparing birth years; generous by design.
CURRENT_YEAR: Final = 2026


def _round_three_people(text: str) -> Iterator[Clash]:
    """Facts about one person that cannot all hold."""
    cannot = _CANNOT_DRIVE_RE.search(text)
    drove = _DROVE_RE.search(text) if cannot else None
    if (
        cannot
        and drove
        and not re.search(
            r"\b(?:learn\w*|learner|instructor|first time|anymore|any more|used to|now|since)\b",
            text,
            _I,
        )
    ):
        yield Clash(
            MEDIUM,
            f"{cannot.group(0)} / {drove.group(0)}",
            f"it says '{cannot.group(0)}' and '{drove.group(0)}'",
        )
    only = _ONLY_CHILD_RE.search(text)
    if (
        only
        and re.search(r"\bmy (?:\w+ )?son\b", text, _I)
        and re.search(r"\bmy (?:\w+ )?daughter\b", text, _I)
    ):
        yield Clash(MEDIUM, only.group(0), "it names an only child and both a son and a daughter")
    days = _WEEKDAYS_RE.search(text)
    if days and days.group("a").lower() != days.group("b").lower():
        yield Clash(MEDIUM, days.group(0), f"it gives two weekdays for one day ('{days.group(0)}')")
    cold = _OUT_COLD_RE.search(text)
    remembered = _REMEMBERED_RE.search(text) if cold else None
    if (
        cold
        and remembered
        and not re.search(
            r"\b(?:before|after|until|till|came to|woke|regained|cctv|footage|told)\b", text, _I
        )
    ):
        yield Clash(
            STRONG,
            f"{cold.group(0)} / {remembered.group(0)}",
            f"it says '{cold.group(0)}' yet '{remembered.group(0)}'",
        )
    born = _BORN_RE.search(text)
    if born:
        age = CURRENT_YEAR - int(born.group("year"))
        spans = [int(m.group("years")) for m in _FOR_YEARS_RE.finditer(text)]
        role = _ADULT_ROLE_RE.search(text)
        if any(span > age for span in spans) or (age < 13 and role):
            yield Clash(
                STRONG,
                born.group(0),
                f"it says '{born.group(0)}', which does not fit the rest of the report",
            )
    bald = _BALD_HAIR_RE.search(text)
    if bald and not re.search(r"\b(?:wig|cap|hat|turban|later|now|used to|photo)\b", text, _I):
        yield Clash(
            MEDIUM, bald.group(0), f"its description contradicts itself ('{bald.group(0)}')"
        )


def _round_three_states(text: str) -> Iterator[Clash]:
    """Claims about the author or the scene that cannot both hold."""
    pairs = (
        (
            _AWAKE_RE,
            _ASLEEP_RE,
            r"\b(?:fell asleep|dozed|drifted off|until|till|later|then)\b",
            "it says the author was awake all night and asleep",
        ),
        (
            _IMMOBILE_RE,
            _RUN_RE,
            r"\b(?:wheelchair|used to|before|until|till|recovered|"
            r"partially|partly|crutches|walker)\b",
            "it says the author cannot move, then acts",
        ),
        (
            _RAIN_RE,
            _DRY_RE,
            r"\b(?:later|earlier|stopped|after|before|under|inside|shelter|"
            r"covered|flyover|tunnel|basement|parking)\b",
            "it says it rained and that it was dry",
        ),
        (
            _STAYED_IN_RE,
            _WENT_OUT_RE,
            r"\b(?:online|phone|video|cctv|delivery|app|earlier|"
            r"later|next day|previous day|before|after|except|apart from|other day)\b",
            "it says the author never went out and was out",
        ),
    )
    for first_re, second_re, explained, why in pairs:
        first = first_re.search(text)
        second = second_re.search(text) if first else None
        if first and second and not re.search(explained, text, _I):
            yield Clash(
                MEDIUM,
                f"{first.group(0)} / {second.group(0)}",
                f"{why} ('{first.group(0)}' vs '{second.group(0)}')",
            )
    size = _SHORT_TALL_RE.search(text)
    if size:
        yield Clash(
            MEDIUM, size.group(0), f"its description contradicts itself ('{size.group(0)}')"
        )
    first_colour = _COLOUR_A_RE.search(text)
    if first_colour:
        for second in _COLOUR_B_RE.finditer(text, first_colour.end()):
            same_thing = second.group("n").lower() == first_colour.group("n").lower()
            if same_thing and second.group("c").lower() != first_colour.group("c").lower():
                yield Clash(
                    MEDIUM,
                    f"{first_colour.group(0)} / {second.group(0)}",
                    f"it gives the same thing two colours ('{first_colour.group(0)}', "
                    f"'{second.group(0)}')",
                )
                break


def clashes(text: str, sentences: tuple[str, ...]) -> Iterator[Clash]:
    """Every cross-clause contradiction found in a (normalised) description."""
    yield from _senses(text)
    yield from _possession(text)
    yield from _state(text)
    yield from _perception(text)
    yield from _absence(text)
    yield from _family(text)
    yield from _daylight(sentences)
    yield from _bodies(text)
    yield from _hidden_faces(text)
    yield from _missing_parts(text)
    yield from _empty_crowd(text)
    yield from _long_shut(text)
    yield from _before_owning(text)
    yield from _child_roles(text)
    yield from _floors(text)
    yield from _impossible_date(text)
    yield from _round_three_states(text)
    yield from _round_three_people(text)
