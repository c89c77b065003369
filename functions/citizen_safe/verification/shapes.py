"""Round 3: wider *shapes* of impossible claims, as classes of subject, verb and object.

Round 2 still missed fakes written by other people because each shape named a few verbs or
nouns. These terms widen the classes: any "<verb>ed ... to death" said of oneself, any
reflexive act of will by a thing ("unplugged itself and mugged..."), any person lifting or
stopping what nobody can, blows struck "without touching", things flung streets away,
thefts of what cannot be owned (the sun, a lake, a voice), powers (freezing time, copies of
oneself), small animals the size of a plane, invisible agents, human-headed snakes.

They are ``lexicon.Term`` values, so ``offline.py`` runs them through the same innocent-sense
checks as every entity word (names, costumes, films, quotes, negation, frauds, beliefs);
``guard`` skips threats, attempts and near misses.
"""

from __future__ import annotations

from citizen_safe.verification import physics
from citizen_safe.verification.lexicon import Term
from citizen_safe.verification.physics import HEAVY, PERSON
from citizen_safe.verification.verdict import (
    ANIMATED_OBJECT,
    FICTIONAL,
    PHYSICALLY_IMPOSSIBLE,
    SELF_REPORTED_DEATH,
    SUPERNATURAL,
)

# Threats, attempts, near misses, feelings and hypotheticals are not deaths.
_DEATH_GUARD = (
    r"\b(?:tr(?:y|ied|ying)|attempt\w*|almost|nearly|could|would|might|wanted|wants|want|"
    r"going|threat\w*|will|plan\w*|about to|if|or else|dream\w*|thought|think|feared|afraid|"
    r"scared|swore|vowed|pretend\w*|half|practically|as good as|felt like|feel like|"
    r"game|movie|film|play|drama|could have|would have|kind of|literally|plot\w*|conspir\w*|"
    r"order\w*|contract|arrang\w*|fake\w*|fear\w*|announc\w*|rumou?r\w*|news|hoax|false)\b"
)
# Filler words inside a death phrase, but never the hedges that make it a near miss.
_FILL = r"(?:(?!nearly\b|almost\b|half\b|practically\b)\w+ )"
# Feelings that English says one dies of or is "to death" with.
_FEELINGS = (
    r"scared|bored|frightened|worried|terrified|tickled|annoyed|teased|loved|sick|tired|"
    r"embarrassed|stressed|fed up|starving|hungry|freezing|bugged|pestered|nagged|harassed|"
    r"spammed|called|texted|mocked|worked|overworked"
)
DEATH_TERMS: tuple[Term, ...] = (
    Term(
        r"i (?:was|got|had been|have been) (?!(?:" + _FEELINGS + r")\b)" + _FILL + r"{0,2}?"
        r"(?:\w+ed|beaten|stabbed|shot|burnt|burned|run over|struck|hit|bitten|stung|thrown|"
        r"frozen|crushed|beat|eaten) " + _FILL + r"{0,4}?to death\b"
        r"|\b(?!(?:" + _FEELINGS + r")\b)\w+(?:ed|t) me " + _FILL + r"{0,2}?to death\b"
        r"|i (?:bled out|drowned(?! (?:my|in|the|our))|perished|expired|flatlined|"
        r"succumbed(?! to (?:the |their |his |her )?(?:pressure|threats?|temptation|blackmail|"
        r"demands?))|"
        r"was pronounced dead|was declared dead|breathed my last|stopped breathing forever)\b"
        r"|\bmy (?:own )?(?:killing|murder|death|demise|assassination)\b"
        r"(?! (?:threat\w*|plot|attempt|warrant|wish))"
        r"|as a (?:dead|deceased|murdered) (?:person|man|woman|girl|boy|citizen|victim)"
        r"|now that i(?: am|'m) dead|being dead(?:,| i| now)|i(?: am|'m) (?:a )?ghost now"
        r"|(?:writing|reporting|typing|filing|speaking|complaining|messaging)(?: this| you)? from "
        r"(?:the afterlife|beyond the grave|heaven|hell|the other world|the land of the dead)"
        r"|\bi (?:was|got) (?:(?!nearly\b|almost\b|not\b|never\b|half\b)[\w-]+ ){1,6}?"
        r"(?:and|then) (?:was |got )?(?:killed|murdered|died)\b"
        r"|\bi (?:was|got|have been) (?:murd[a-z]*|kil+e?d)\b"
        r"|(?:found|discovered|recovered|dumped|buried|cremated|identified|fished out) my "
        r"(?:dead )?(?:body|corpse|remains)\b"
        r"|\blet me die\b",
        SELF_REPORTED_DEATH,
        "the author's own death",
        proper=True,
        guard=_DEATH_GUARD,
    ),
)

_BEAST = (
    r"(?:cat|wolf|crow|bat|owl|tiger|lion|fly|mosquito|lizard|cobra|snake|eagle|raven|"
    r"leopard|spider|bird)"
)
_CITY = physics.CITY
_SHOULDER = (
    r"(?:with|using|on|in|over|above) (?:just )?(?:his|her|their|one|bare|both|a single) "
    r"(?:bare )?(?:hands?|fingers?|arms?|shoulders?|back|head|palms?|fist)"
)
_FAR = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|several|many|a "
    r"few|a couple of) (?:streets|blocks|kilometres|kilometers|km|kms|miles|villages|colonies|"
    r"neighbourhoods|neighborhoods|lanes|buildings|houses|towns)"
)
_HARM = r"(?:knocked|punched|hit|slapped|pushed|threw|lifted|strangled|choked|kicked|flung|shoved)"
_BURDEN_THINGS = (
    r"(?:house|building|shop|mall|temple|bridge|tower|bus|truck|lorry|train|car|tractor|tanker|"
    r"container|atm|safe|vault|wall|bungalow|flat)"
)
_UNSTEALABLE = (
    r"(?:sun|moon|stars|sky|clouds?|rain|lake|river|sea|ocean|mountain|hill|voice|shadow|"
    r"reflection|smell|colour|color|daylight|sunlight|moonlight|weather|gravity|night|"
    r"darkness)"
)
POWER_TERMS: tuple[Term, ...] = (
    Term(
        r"(?:lifted|picked up|carried|held up|threw|tossed|raised|hoisted) (?:away |off )?"
        r"(?:the|a|an|my|our|their|his|her)"
        r" (?:whole |entire |speeding |moving |running |loaded |full |fully loaded |parked )*"
        + HEAVY
        + r"s?\b(?!'s|(?: (?:keys?|doors?|windows?|seats?|tyres?|mirrors?|battery|stereo|parts?|"
        r"contents|stock|goods|number|plates?|papers?|owner|bonnet|hood|boot|trunk)))[^.;]{0,40}?"
        + _SHOULDER
        + r"\b"
        r"|(?:picked up|lifted|carried (?:away|off)|moved|shifted|raised) (?:the|my|our|their) "
        r"(?:whole |entire )" + _BURDEN_THINGS + r"\b(?!'s| (?:stock|contents|goods|furniture|"
        r"inventory|cash|jewell?ery|savings|supply|items))"
        r"|(?:stopped|halted|held back|held) (?:the|a) (?:speeding|moving|running|oncoming) "
        r"(?:train|bus|truck|lorry|car|tanker)(?: back)?\b[^.;]{0,20}?\b"
        r"(?:with (?:his|her|their|one|bare|both) (?:bare )?(?:hands?|body|chest|arm)|"
        r"single[- ]?handed\w*|on foot)",
        PHYSICALLY_IMPOSSIBLE,
        "superhuman strength",
        proper=True,
    ),
    Term(
        r"(?:flew|went flying|was flung|was thrown|sailed) "
        r"(?:about |nearly |almost |over |some )?" + _FAR + r" away\b",
        PHYSICALLY_IMPOSSIBLE,
        "a blow that throws things impossibly far",
        proper=True,
        guard=r"\b(?:accident|crash|collision|storm|cyclone|tornado|blast|explosion|flood|"
        r"current|river|wind|towed|found it|police)\b",
    ),
    Term(
        _HARM + r"[^.;]{0,60}?\bwithout (?:even |ever )?(?:touching|laying a (?:finger|hand) on|"
        r"coming near|being near) (?:me|him|her|them|us|anyone)\b"
        r"|" + _HARM + r"[^.;]{0,40}?\bwith (?:his|her|their) (?:mind|thoughts|brain|"
        r"eyes alone|bare gaze|stare|mere glance|willpower)\b"
        r"|from (?:across (?:the )?(?:hall|room|road|street|ground|field|river)|the other side of "
        r"the (?:hall|room|road|street|city))[^.;]{0,40}?\b(?:punched|slapped|hit|strangled|"
        r"choked|knocked|kicked) (?:me|him|her|us|them)\b(?![^.;]{0,30}\b(?:stone|brick|bottle|"
        r"stick|rod|gun|shot|pellet|catapult|thrown))",
        PHYSICALLY_IMPOSSIBLE,
        "harm done at a distance without contact",
        proper=True,
        guard=r"\b(?:magician|trick|hypnot\w*|claimed|claims|pretend\w*)\b",
    ),
    Term(
        r"(?:slid|slipped|squeezed|crawled|wriggled|got|came|went) (?:himself |herself |"
        r"themselves )?(?:in |out |inside )?(?:under (?:the|a|my|our) (?:closed |locked |shut |"
        r"front |main |flat |bedroom )?door|through (?:the|a|my|our) (?:letter ?box|mail ?slot|"
        r"letter slot))\b(?! ?(?:frame|mat|way))"
        r"|(?:slid|slipped|squeezed|crawled|wriggled|got) [^.;]{0,40}?\b(?:gap|crack|opening|"
        r"hole) (?:of |just |only |barely |is |was )*(?:a few|\d+(?:\.\d+)?) ?(?:mm|millimet\w+)\b",
        PHYSICALLY_IMPOSSIBLE,
        "a body through a gap no body fits",
        proper=True,
        guard=r"\b(?:note|letter|paper|envelope|card|cat|dog|snake|rat|mouse|water|smoke|"
        r"light|child|kid|baby|toddler|hand|arm|pipe|wire|stick|rod|tool|camera|phone)\b",
    ),
    Term(
        r"(?:ran|run|runs|running|sprinted|raced) (?:straight |right )?"
        r"up (?:the )?(?:side |outer |glass |outside |vertical )?"
        r"(?:wall|walls|face|side|facade|façade) of (?:the|a|our|my|their) (?:\w+[- ]){0,3}?"
        r"(?:building|tower|block|apartment|skyscraper|society)"
        r"|(?:ran|walked|sprinted|climbed) (?:up |along |across )?(?:the|a) (?:\w+ )?wall"
        r"[^.;]{0,20}?like it was (?:the|a) (?:floor|ground|road|flat)",
        PHYSICALLY_IMPOSSIBLE,
        "running up a wall",
        proper=True,
    ),
    Term(
        r"(?:stole|steal|steals|stealing|stolen|took away|snatched|robbed (?:me|us) of) "
        r"(?:away )?(?:the|my|our|his|her|their) (?:whole |entire |very )?" + _UNSTEALABLE + r"\b"
        r"(?! (?:card|stick|chip|drive|lamp|panel|heater|bulb|conditioner|purifier|water|"
        r"gauge|coat|pipes?|cover|sand|printer|tv|television|lantern|stone|facing|view|"
        r"fresheners?|pump|cylinder|tank|jar|bottle|statue|painting|picture|recorder|"
        r"recording|sample|meter))",
        PHYSICALLY_IMPOSSIBLE,
        "stealing something that cannot be stolen",
        proper=True,
        guard=r"\b(?:idol|statue|painting|picture|photo|model|toy|poster|lamp)\b",
    ),
    Term(
        r"(?:froze|freezes|stopped|paused|rewound|reversed|slowed down) (?:the )?time\b"
        r"(?! (?:card|sheet|clock|register|machine|limit|table|slot))"
        r"|(?:split|divided|multiplied|duplicated|cloned) (?:himself|herself|themselves|"
        r"into (?:two|three|four|five|\d+|many|several) (?:identical )?(?:copies|clones|"
        r"versions|people|men|persons))"
        r"|(?:copies|clones|duplicates) of (?:himself|herself|themselves)"
        r"|(?:breathed|breathes|breathing|spat|spit|shot) (?:out )?(?:fire|flames|lightning|"
        r"ice|lasers?)(?: (?:at|on|from|out of) \w+)?[^.;]{0,40}?\b(?:melted|burnt|burned|"
        r"set fire|froze|destroyed|killed|scorched)"
        r"|" + PERSON + r"(?: \w+){0,2}? (?:transformed|shape-?shifted|morphed) "
        r"(?:himself |herself |themselves )?into (?:a|an) (?:black |big |huge )?" + _BEAST + r"\b"
        r"|" + PERSON + r"(?: \w+){0,2}? turned (?:himself |herself )?into (?:a|an) "
        r"(?:black |big |huge )?" + _BEAST + r"\b[^.;]{0,30}?\b(?:flew|slithered|crawled|"
        r"in front of|before (?:my|our) (?:very )?eyes|right there)"
        r"|(?:grew|sprouted|grows) (?:huge |giant |black |two |four |extra )?(?:wings|claws|"
        r"fangs|horns|a tail|extra arms|tentacles|another head)"
        r"|" + PERSON + r"(?: \w+){0,3}? (?:flew|floated|levitated|glided) (?:straight )?up "
        r"(?:to|into|onto|over)\b(?! (?:the )?(?:stairs|steps|staircase))"
        r"|without (?:any )?wings\b|(?:he|she|they) had no wings"
        r"|" + PERSON + r"(?: \w+){0,2}? (?:vanished|disappeared) (?:in|into) (?:a )?(?:puff of "
        r"smoke|flash of (?:\w+ )?light)"
        r"|(?:at|on|in) both (?:ends|sides|corners) of (?:the|a) \w+ at (?:the same|one and the "
        r"same) (?:time|moment|instant)"
        r"|(?:drank|drunk|swallowed|ate|gulped) (?:up )?(?:the|a|our) (?:entire |whole )?(?:lake|"
        r"river|pond|sea|ocean|reservoir|dam)\b"
        r"|(?:punched|kicked|hit|pushed|squeezed|crushed|slapped) (?:the|a|my|our|[a-z]+'s) "
        r"(?:[\w']+ ){0,2}?(?:steel|iron|metal|concrete|stone|safe|vault|pillar|bus|truck|lorry|"
        r"car|tank)(?: \w+)? so hard (?:that )?it (?:folded|crumpled|flew|melted|caved in|"
        r"split in two|collapsed|went flying)"
        r"|(?:fell|jumped|leapt|leaped|was pushed|was thrown) (?:off|from|out of) [^.;]{0,30}?"
        r"\b(?:1\d|[2-9]\d|\d{3})(?:st|nd|rd|th)? (?:floor|storey|story)\b[^.;]{0,40}?"
        r"\b(?:landed on (?:his|her|their) feet|without a scratch|unhurt|got up and (?:ran|walked)|"
        r"and (?:then )?(?:stole|snatched|grabbed|ran off|ran away|drove off))"
        r"|(?:bent|folded|twisted|tore|ripped|crushed) (?:the|a|an|my|our|[a-z]+'s) "
        r"(?:[\w']+ ){0,2}?(?:vault|safe|steel|iron|metal|locker)(?: \w+)? (?:with (?:his|her|"
        r"their) (?:bare )?(?:fingers|hands|teeth)|like (?:it was )?(?:made of )?(?:rubber|paper|"
        r"clay|butter|cardboard|foil))"
        r"|(?:\d{2,}|hundreds?|thousands?|fifty|twenty) (?:punches|kicks|blows|hits|stabs|steps|"
        r"slaps) (?:a|per|every) second"
        r"|(?:threw|thrown|tossed|flung|kicked|hurled) [^.;]{0,30}?\bfrom " + _CITY + r"(?: \w+)?"
        r" (?:all the way )?to " + _CITY + r"\b"
        r"|swam (?:across|through) (?:the )?(?:entire |whole )?(?:arabian |indian |pacific |"
        r"atlantic |red |black |dead )?(?:sea|ocean)\b"
        r"|(?:opened|unlocked|picked|broke|moved|lifted|bent)[^.;]{0,40}?\b(?:just |simply |only )?"
        r"by (?:looking|staring|glaring|blinking|pointing) at (?:it|them|the (?:lock|door|safe|"
        r"gate|car))"
        r"|(?:walked|passed|went|came|stepped|ran|floated|glided) (?:right |straight )?through "
        r"(?:the|a|our|my) (?:locked |closed |shut )(?:\w+ )?(?:gate|door|wall|window|shutter)s?"
        r"\b[^.;]{0,40}?\b(?:like a ghost|without (?:opening|breaking|unlocking|damaging)|"
        r"no damage|not damaged|intact|without a scratch)"
        r"|(?:caught|catches|stopped|bit) (?:(?:the|a|both|all the|my|his|her|our|[a-z]+'s) ){0,2}"
        r"(?:police )?bullets?\b"
        r"[^.;]{0,30}?\b(?:with|in|between) (?:his|her|their) (?:teeth|bare hands?|fingers|hand|"
        r"mouth)"
        r"|(?:stretched|extended|craned) (?:his|her|their) (?:neck|arms?|hands?)[^.;]{0,30}?\bup "
        r"to (?:our|the|my|their) (?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth) floor"
        r"|(?:car|bus|truck|lorry|bike|scooter|auto|tanker) (?:just )?(?:crumpled|folded|crushed|"
        r"bounced off|broke) against (?:his|her|their) (?:palm|hand|body|chest|fist|head)"
        r"|stopped (?:my|the|our|a) (?:speeding |moving )?(?:car|bus|truck|lorry|bike|train) "
        r"(?:by|with) (?:just )?(?:holding up|raising|putting up|showing) (?:his|her|their|one) "
        r"(?:palm|hand)"
        r"|(?:was|were|is|are) made (?:entirely |completely )?of (?:smoke|air|light|shadow|"
        r"shadows|mist|fire)\b"
        r"|(?:hands?|bullets?|sticks?|lathis?|knife|knives) (?:went|passed) (?:right |straight )?"
        r"through (?:him|her|them|his body|her body)\b"
        r"|(?:stole|stolen|took away) (?:the|a|our) (?:whole |entire )(?:bridge|building|tower|"
        r"temple|road|highway|flyover|school|mall|hill|railway line)\b(?!'s| (?:railings?|parts?|"
        r"lights?|rods?|cables?|wires?|stock|signboards?|gates?))"
        r"|turned (?:me|him|her|them|us|my \w+|our \w+) into (?:a )?(?:stone|statue|frog|rock|"
        r"pillar of salt|animal|tree)\b",
        PHYSICALLY_IMPOSSIBLE,
        "a superhuman power",
        proper=True,
        guard=r"\b(?:magician|magic show|trick|film|movie|game|cartoon|costume|tattoo)\b",
    ),
)

# Things with a will: a reflexive act ("unplugged itself") or a feeling ("got angry") of an
# inanimate subject, then any act against a person.
_THING = (
    r"(?:washing machine|machine|fridge|refrigerator|cooker|pressure cooker|oven|microwave|"
    r"mixer|grinder|blender|toaster|kettle|iron|fan|ceiling fan|cooler|air conditioner|ac|"
    r"geyser|heater|tv|television|laptop|computer|printer|phone|mobile|tablet|speaker|radio|"
    r"table|chair|sofa|couch|bed|cupboard|wardrobe|almirah|bookshelf|bookcase|shelf|drawer|"
    r"desk|bench|stool|lamp|bulb|clock|alarm clock|mirror|door|gate|window|wall|curtain|"
    r"carpet|rug|pillow|blanket|bag|handbag|purse|wallet|suitcase|umbrella|shoes?|slippers?|"
    r"sandals?|boots?|socks?|shirt|jacket|coat|hat|helmet|broom|mop|bucket|spoon|fork|knife|"
    r"plate|cup|mug|bottle|pot|pan|vase|statue|idol|doll|toy|teddy|mannequin|scarecrow|"
    r"bicycle|cycle|scooter|bike|car|truck|bus|van|auto|rickshaw|tractor|atm|vending machine|"
    r"street ?light|lamp ?post|pole|signboard|dustbin|bin|letterbox|mailbox|tree|rock|stone)"
)
# Machines and motor vehicles do act "by themselves" (malware, a failed handbrake), so the
# reflexive and deliberate shapes use only things with no motor or software.
_INERT = (
    r"(?:washing machine|fridge|refrigerator|cooker|pressure cooker|kettle|iron|table|chair|"
    r"sofa|couch|bed|cupboard|wardrobe|almirah|bookshelf|bookcase|shelf|drawer|desk|bench|"
    r"stool|lamp|mirror|curtain|carpet|rug|pillow|blanket|bag|handbag|purse|wallet|suitcase|"
    r"umbrella|shoes?|slippers?|sandals?|boots?|socks?|shirt|jacket|coat|hat|helmet|broom|mop|"
    r"bucket|spoon|fork|knife|plate|cup|mug|bottle|pot|pan|vase|statue|idol|doll|teddy|"
    r"mannequin|scarecrow|bicycle|cycle|street ?light|lamp ?post|pole|signboard|dustbin|"
    r"letterbox|mailbox|tree|rock|stone)"
)
_ANCHOR = (
    r"(?:^\s*|[,;:]\s*|\b(?:and|then|when|suddenly|but|night|morning|evening|yesterday|"
    r"today|afternoon|later|while)\s+)"
)
_DET = r"(?:the|my|our|a|an|his|her|their|this|that)\s+(?:(?:[a-z']+|[a-z]+-[a-z]+)\s+){0,2}?"
_THING_DET = _ANCHOR + _DET + _THING + r"s?\b"
_PLACE_PHRASE = r"(?:\s+(?:at|in|on|of|from|near|inside)\s+(?:the|my|our|a|an|his|her)\s+\w+)?"
_INERT_DET = _ANCHOR + _DET + _INERT + r"s?\b" + _PLACE_PHRASE
# Moves that need legs and a will; things do roll, fly and fall onto people.
_MOVE = r"(?:walked|ran|climbed|jumped|crawled|marched|got up|flew around)"
_VIOLENCE = (
    r"(?:kicked|slapped|punched|attacked|robbed|stole|bit|strangled|chased|mugged|stabbed|"
    r"beat|assaulted|kidnapped|threatened|pinched|choked)"
)
_WILL_ACT = (
    r"(?:mugged|robbed|stole|snatched|attacked|assaulted|accused|blamed|bit|kicked|slapped|"
    r"punched|pinched|strangled|chased|kidnapped|threatened|blackmailed|insulted|abused|"
    r"cheated|scolded|bullied|spied|cursed|shouted|yelled|screamed|laughed|mocked|refused|"
    r"decided|tried to|wanted to|took revenge|threw \w+ at|reported|complained|"
    r"called the police)"
)
_FEELING = (
    r"(?:got|became|was|grew|felt) (?:very |really |so |extremely )?(?:angry|jealous|furious|"
    r"upset|annoyed|mad|offended|bored|lonely|hungry|revengeful|vengeful)"
    r"(?! (?:looks?|stares?|glances?|calls?|messages?|reviews?|comments?|reactions?|customers?))"
    r"|(?:hated|hates|loves|loved|wanted revenge on|held a grudge against|was jealous of) "
    r"(?:me|him|her|us|them|my|our)"
)
AGENCY_TERMS: tuple[Term, ...] = (
    Term(
        _INERT_DET + r"\s+(?:(?:then|just|suddenly|also|quietly)\s+)?\w+ (?:itself|themselves)"
        r"(?:[\s,]+\w+){0,8}?[\s,]+(?:and (?:then )?)?" + _WILL_ACT + r"\b"
        r"|"
        + _INERT_DET
        + r"\s+(?:(?:then|just|suddenly|also|quietly)\s+)?"
        + _MOVE
        + r"\b(?:[\s,]+\w+){0,6}?[\s,]+and (?:then )?"
        + _VIOLENCE
        + r"\b"
        r"|" + _INERT_DET + r"\s+(?!(?:was|were|is|are|been|got|had|has|being)\b)\w+\s+"
        r"(?:(?!(?:was|were|been|got|by)\b)\w+\s+){0,2}(?:on purpose|deliberately|intentionally|"
        r"out of spite|in anger|for revenge)\b"
        r"|" + _THING_DET + r"\s+(?:suddenly\s+|then\s+)?(?:" + _FEELING + r")\b"
        r"|" + _INERT_DET + r"\s+(?:has been |had been |is |was |keeps |kept )?(?:sending|sent|"
        r"texting|calling|messaging) (?:me |us |him |her )?(?:threat\w*|abusive|vulgar|obscene)"
        r"|" + _THING_DET + r"\s+(?:whistled|hissed|beeped|buzzed|rang|blinked|flashed|honked|"
        r"hooted) (?:a |an )?(?:threat|threats|warning|insult|abuse|names)s?\b",
        ANIMATED_OBJECT,
        "an object acting with a will of its own",
        proper=True,
        guard=r"\b(?:like|as if|as though|seemed|felt|joked|film|movie|cartoon|toy|robot|"
        r"remote|remote-controlled|driverless|self-driving|autopilot|smart)\b",
    ),
)

_SMALL_ANIMAL = (
    r"(?:bird|crow|eagle|pigeon|parrot|owl|rat|mouse|cat|spider|insect|bee|wasp|mosquito|"
    r"lizard|frog|monkey|snake|scorpion|cockroach|ant|bat|squirrel|rooster|hen|chicken|goat|"
    r"crab|fish)"
)
_HUGE = (
    r"(?:aeroplane|airplane|plane|jet|helicopter|bus|truck|lorry|house|building|ship|whale|"
    r"elephant|train|tower|tank)"
)
CREATURE_TERMS: tuple[Term, ...] = (
    Term(
        r"(?:giant |huge |enormous |massive )?" + _SMALL_ANIMAL + r"s? (?:as (?:big|large|huge|"
        r"tall) as|the size of|bigger than|larger than|taller than) (?:a|an|the|our|my) "
        r"(?:\w+ )?" + _HUGE + r"\b",
        FICTIONAL,
        "an animal of impossible size",
        proper=True,
        guard=r"\b(?:kite|balloon|toy|model|statue|cutout|inflatable|drone|float)\b",
    ),
    Term(
        r"(?:human|man's|woman's|a man's|a woman's|person's|child's) (?:head|face|torso) "
        r"(?:and|with|on) (?:a |the |an )?(?:snake|serpent|fish|horse|lion|goat|bird|dog|spider|"
        r"scorpion|cobra)(?:'s|-like)? (?:body|tail|legs)"
        r"|(?:snake|serpent|fish|horse|lion|goat|bird|dog|spider|cobra)(?:'s)? (?:body|tail) "
        r"(?:and|with) (?:a )?(?:human|man's|woman's) (?:head|face|torso)"
        r"|\bnagas?\b(?= (?:with|having|who|that|came|rose|bit|attacked|guards?|guarded|"
        r"stole|appeared))"
        r"|flying (?:horse|cow|elephant|snake|dog|pig|man|woman|carpet|lion|tiger|goat|buffalo|"
        r"monkey|cat)s?\b"
        r"|(?:horse|animal|creature)s? with (?:a |one )?(?:single )?(?:golden |long )?horn\b"
        r"|(?:one|three|four|five|many)[- ]eyed (?:giant|man|woman|creature|monster|beast|being|"
        r"figure|thing)s?\b"
        r"|talking (?:snake|dog|cat|cow|tree|crow|monkey|horse|fish|goat|buffalo|lizard|rat|"
        r"elephant)s?\b"
        r"|monsters? (?:under|in) (?:the|my|our|his|her) (?:\w+'s )?(?:bed|closet|cupboard|"
        r"wardrobe)\b"
        r"|(?:a|the) giant (?:walked|came|stole|attacked|grabbed|picked|ate|stomped|kidnapped|"
        r"climbed|broke)\b",
        FICTIONAL,
        "a creature with an impossible body",
        proper=True,
    ),
    Term(
        r"invisible (?:spirit|man|woman|person|thief|attacker|force|hands?|being|entity|creature|"
        r"intruder|burglar|robber|ghost|presence|figure|monster)s?\b"
        r"|(?:a|an|the|some|evil|angry|restless|dark|wicked|unseen) spirits? (?:has been |have been"
        r" |had |is |was |were |are |that |who |which )?(?:\w+ing|attacked|possessed|slapped|"
        r"pinched|pushed|haunt\w*|took|stole|entered|came|choked|strangled|scratched|threw|"
        r"moved|beat|hit)\b",
        SUPERNATURAL,
        "an invisible or spirit agent",
        proper=True,
        guard=r"\b(?:bottle|bottles|liquor|alcohol|whisky|whiskey|rum|vodka|drink|team|"
        r"school|festive|holiday|fighting|community|public|sporting)\b",
    ),
)

ROUND3_TERMS: tuple[Term, ...] = (*DEATH_TERMS, *POWER_TERMS, *AGENCY_TERMS, *CREATURE_TERMS)
