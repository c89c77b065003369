"""Round 4: a subject typed as a person or a thing, and what that kind of subject can do.

The earlier shapes list acts ("lifted the ATM with one hand"). Here the verb's complement is
typed instead: a person cannot lift, carry or throw a building, a train or a ship at all
(no "with one hand" needed), cannot swallow a vehicle or a piece of furniture, cannot jump
from the street to a fourth-floor balcony, cannot outrun a train or a plane; and "I was
burnt alive" said by the author is a self-reported death. Each is a ``lexicon.Term``, so
names, quotes, negation, films and costumes clear it as they clear every other term, and
the guard skips attempts, near misses, fears and feelings.
"""

from __future__ import annotations

from typing import Final

from citizen_safe.verification.lexicon import Term
from citizen_safe.verification.physics import PERSON
from citizen_safe.verification.verdict import PHYSICALLY_IMPOSSIBLE, SELF_REPORTED_DEATH

# Things no person moves at all without a machine (not cars: jacks and tow ropes exist).
IMMOVABLE: Final = (
    r"(?:(?:\w+-)?stor(?:e?y|ied) )?(?:building|house|tower|bridge|temple|church|mosque|"
    r"train|bus|truck|lorry|ship|plane|aeroplane|airplane|mountain|hill|tanker|"
    r"shipping container)"
)
# Things no person can swallow or eat.
UNEATABLE: Final = (
    r"(?:car|motorbike|motorcycle|bike|bicycle|scooter|scooty|fridge|refrigerator|sofa|"
    r"wardrobe|almirah|tv|television|laptop|table|bed|door|gate|atm|safe|locker)"
)
_DET: Final = r"(?:the|a|an|my|our|his|her|their|that|this)\s+(?:whole\s+|entire\s+|full\s+)?"
# Machines, help and hedges that make a heavy lift or a feat real or unreal.
_HELP: Final = (
    r"\b(?:crane|jack|forklift|tow\w*|machine|jcb|bulldozer|winch|help|helped|tried|trying|"
    r"tries|attempt\w*|pretend\w*|almost|nearly|could|would|as if|like|video|film|movie|"
    r"game|dream\w*|toy|model|miniature|photo|picture|poster)\b"
)
_FLOOR: Final = (
    r"(?:(?:[4-9]|[1-9]\d)(?:st|nd|rd|th)|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|fifteenth|twentieth|top)\s+floor"
)
# The heavy noun must end its phrase: "the house keys", "the bus ticket", "the train set"
# and "the car's" are small things.
_HEAD_END: Final = (
    r"s?\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|into|onto|over|off|away|up|with|from|to|in|on|by|"
    r"above|across|like|as|then|so|single|all|for|at|high|clean|out|back|whole|itself|"
    r"alone|while|before|after|when|right|just|without|again|too|there)\b)"
)
ROUND4_TERMS: tuple[Term, ...] = (
    Term(
        PERSON + r"\s+(?:\w+\s+)?(?:lifted|picked up|carried|raised|threw|tossed|hurled|"
        r"held up|heaved)\s+" + _DET + r"(?:[\w-]+\s+)?" + IMMOVABLE + _HEAD_END,
        PHYSICALLY_IMPOSSIBLE,
        "a person moving a building or a train by hand",
        guard=_HELP,
    ),
    Term(
        PERSON
        + r"\s+(?:\w+\s+)?(?:swallowed|ate|gulped down|devoured)\s+"
        + _DET
        + r"(?:[\w-]+\s+)?"
        + UNEATABLE
        + _HEAD_END,
        PHYSICALLY_IMPOSSIBLE,
        "a person swallowing a vehicle or furniture",
        guard=_HELP,
    ),
    Term(
        r"(?:jumped|leapt|leaped|hopped|sprang|bounced)\s+(?:straight\s+)?(?:up\s+)?"
        r"(?:from the (?:ground|street|road|pavement)\s+)?(?:up\s+)?(?:on)?to\s+(?:the|our|my|"
        r"his|her)\s+" + _FLOOR + r"\b(?=[^.]{0,40}\b(?:in (?:one|a single) (?:jump|leap|"
        r"bound|go)|from the (?:ground|street|road|pavement)|without (?:a|any) (?:ladder|"
        r"rope|pipe)))"
        r"|from the (?:ground|street|road|pavement)\s+(?:straight\s+)?(?:on)?to\s+(?:the|our|"
        r"my|his|her)\s+" + _FLOOR + r"\b[^.]{0,30}\bin (?:one|a single) (?:jump|leap|bound)",
        PHYSICALLY_IMPOSSIBLE,
        "a leap from the ground to a high floor",
        guard=_HELP,
    ),
    Term(
        PERSON + r"\s+(?:\w+\s+)?(?:outran|outpaced|outraced|outrun|ran faster than|overtook)\s+"
        r"(?:the|a|an)\s+(?:\w+\s+)?(?:train|express|bullet train|metro|plane|jet|helicopter)"
        r"\b(?!\s+(?:station|platform|tracks?|crossing|driver|gate))",
        PHYSICALLY_IMPOSSIBLE,
        "a person outrunning a train or a plane",
        guard=_HELP + r"|\b(?:started|starting|slow\w*|stopped|stopping|halted|pulling out)\b",
    ),
    Term(
        # Not "buried alive": people are dug out of rubble alive. Survivors say so after.
        r"(?:\bi (?:was|got|had been) (?:burnt|burned|cremated|boiled|cooked) alive\b"
        r"|\b(?:burnt|burned|cremated) me alive\b)"
        r"(?![^.]{0,80}\b(?:surviv\w*|rescued|escaped|hospital|burns|injur\w*|treat\w*))",
        SELF_REPORTED_DEATH,
        "the author says they were burnt alive",
        guard=r"\b(?:tr(?:y|ied|ying)|attempt\w*|almost|nearly|could|would|might|wanted|"
        r"threat\w*|will|going|feel\w*|felt|like|as if|thought|afraid|scared|fear\w*|"
        r"plan\w*|about to|if|or else|half|rescued|saved|survived|escaped|pulled out)\b",
    ),
)
