"""Patterns for what cannot happen: physics, the dead writing, objects with a will, myths.

These are *shapes* of impossible claims rather than single words ("jumped onto the roof
of a ten-storey building", "ran faster than my car", "squeezed through the keyhole",
"<object> walked away by itself", "I was shot dead"), so they catch phrasings nobody
listed. They are ``lexicon.Term`` values: ``offline.py`` runs them through the same
innocent-sense checks as the entity words (a name, a costume, a film, a quotation, a
negation, a fraud pretext), and ``guard`` skips a match whose preceding words make it a
threat, an attempt or a near miss ("he tried to kill me", "I nearly died").
"""

from __future__ import annotations

from citizen_safe.verification.lexicon import Term
from citizen_safe.verification.verdict import (
    ANIMATED_OBJECT,
    FICTIONAL,
    PHYSICALLY_IMPOSSIBLE,
    SELF_REPORTED_DEATH,
    SUPERNATURAL,
)

_NUM = (
    r"(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred)"
)
_BIG_THING = (
    r"(?:building|tower|skyscraper|bus|train|lorry|truck|house|mall|temple|church|mosque|"
    r"river|lake|highway)"
)

IMPOSSIBLE_TERMS: tuple[Term, ...] = (
    Term(
        r"(?:jump\w*|leap\w*|leapt|hopp?\w*|vault\w*) (?:from [\w ]{1,20}? )?(?:straight )?"
        r"(?:up )?(?:onto|on to|over|to) (?:the (?:roof|top) of )?(?:a|an|the|our|my|their) "
        rf"(?:{_NUM}[- ](?:storey|story|storeyed|floor|floored)[- ]?)?{_BIG_THING}"
        r"(?:[^.]{0,40}\b(?:in (?:one|a single) (?:leap|jump|bound)))",
        PHYSICALLY_IMPOSSIBLE,
        "a superhuman leap",
    ),
    Term(
        rf"(?:jump\w*|leap\w*|leapt) (?:straight )?(?:up )?(?:onto|on to|over) (?:the (?:roof|top) "
        rf"of )?(?:a|an|the|our|my|their) {_NUM}[- ](?:storey|story|storeyed|floor|floored)",
        PHYSICALLY_IMPOSSIBLE,
        "a superhuman leap",
    ),
    Term(
        r"(?:ran|run|runs|running|sprinted|sprinting|raced|moved|was moving|flew) (?:\w+ )?"
        r"faster than (?:a|an|my|the|our|his|her|a speeding|the speeding) (?:\w+ )?"
        r"(?:car|bike|motorbike|motorcycle|train|bus|plane|jet|bullet|cheetah|scooter)"
        r"|(?:overtook|outran|outpaced) (?:me|my|the|our)[\w ]{0,20}? on foot"
        r"|on foot[^.]{0,40}\b(?:overtook|outran|outpaced) (?:my|the|our) "
        r"(?:car|bike|motorbike|train|bus)",
        PHYSICALLY_IMPOSSIBLE,
        "superhuman speed",
    ),
    Term(
        r"(?:lifted|picked up|carried|threw|flipped|tossed|raised) (?:an?|the|my|our|their) "
        r"(?:whole |entire |loaded |heavy )?(?:atm(?: machine)?|car|truck|bus|lorry|tractor|"
        r"elephant|house|building|tree|tempo|jeep|van)s? (?:[\w ]{0,20}?)?(?:with|using|in) "
        r"(?:his|her|their|one|bare|both|a single) (?:bare )?(?:hands?|fingers?|arm|finger)"
        r"|bent (?:the |an? |my |our )?(?:iron|steel|metal) (?:bars?|rods?|doors?|gates?|"
        r"grills?|shutters?)[\w ]{0,20}? with (?:his|her|their) (?:bare )?(?:hands|fingers|teeth)"
        r"|(?:punched|kicked|pushed|hit|threw) (?:the|a|my|our) (?:car|bus|truck|lorry|train|"
        r"auto|jeep|tempo|house|building) so hard (?:that )?it (?:flew|went flying|collapsed|"
        r"landed|flipped)",
        PHYSICALLY_IMPOSSIBLE,
        "superhuman strength",
    ),
    Term(
        r"(?:under ?water|under the (?:lake|river|sea|pond) (?:water)?|without breathing|holding "
        r"(?:his|her|their) breath|held (?:his|her|their) breath)[\w ,]{0,30}? for "
        r"(?:about |over |nearly |almost |more than )?(?:\d+|an?|one|two|three|four|five|six|"
        r"several|many) hours?"
        r"|for (?:about |over |nearly )?(?:\d+|an?|one|two|three|four|five|six|several|many) "
        r"hours? (?:under ?water |under the (?:lake|river|sea) )?without breathing",
        PHYSICALLY_IMPOSSIBLE,
        "surviving without air",
    ),
    Term(
        r"(?:squeezed|slipped|crawled|came|got|entered|climbed|passed) (?:in |out )?(?:through|"
        r"via) (?:the|a|my|our) (?:keyhole|key hole|plug socket|power socket|charging port|"
        r"drain hole|sink)"
        r"|(?:shrank|shrunk|shrinks|shrinking|grew) (?:himself |herself |themselves )?"
        r"(?:down )?to the size of (?:an? )?(?:ant|mouse|bee|fly|insect|coin|pea|building|"
        r"house|tree|giant)"
        r"|grew (?:to )?(?:about |over )?(?:\d{2,}|ten|twenty|fifty|hundred) (?:feet|foot|metres|"
        r"meters|m) tall",
        PHYSICALLY_IMPOSSIBLE,
        "changing size",
    ),
    Term(
        r"(?:stole|steal|steals|stealing|stolen|took|taken|carried (?:away|off)|snatched|hid|"
        r"hidden|moved) (?:away )?(?:the|my|our|his|her|their|a|an) (?:whole |entire )?"
        r"(?:eiffel tower|taj mahal|statue of liberty|great wall|big ben|qutub minar|"
        r"gateway of india|charminar|india gate|mount everest|pyramids?|golden gate bridge|"
        r"rain ?clouds?|clouds|rainbow|shadow|reflection|gravity|sunlight|sunshine|horizon|"
        r"wind|moonlight|thunder|lightning|earthquake|monsoon|ocean|sea|daylight)\b",
        PHYSICALLY_IMPOSSIBLE,
        "stealing something that cannot be stolen",
    ),
    Term(
        r"(?:fell|jumped|was pushed|thrown|threw (?:himself|herself)) (?:off |from |out of )"
        r"(?:the |a |our |my )?(?:(?:1\d|[2-9]\d|\d{3})(?:st|nd|rd|th)?|tenth|eleventh|twelfth|"
        r"fifteenth|twentieth|thirtieth|fiftieth|hundredth)[- ](?:floor|storey|story)[^.]{0,60}?"
        r"(?:landed on (?:his|her|their) feet|without a scratch|ran (?:away|off)|walked away|"
        r"got up and (?:ran|walked)|unhurt|snatched|stole|grabbed)",
        PHYSICALLY_IMPOSSIBLE,
        "surviving an impossible fall",
    ),
    Term(
        r"(?:walked|walking|walks|ran|running|runs|stood|standing|strolled|skated) "
        r"(?:straight |calmly )?on (?:the )?(?:surface of (?:the )?)?(?:water|river|lake|sea|"
        r"ocean|pond)(?! ?(?:bank|side|front|bed|road|walk|shore|edge|promenade|bund))\b",
        PHYSICALLY_IMPOSSIBLE,
        "walking on water",
    ),
    Term(
        r"(?:floating|floated|floats|hovering|hovered|hovers) (?:about |around |nearly )?"
        r"(?:(?:\d+|one|two|three|four|five|ten|a few) (?:metres?|meters?|feet|ft|inches|cm) )?"
        r"(?:in the air|above (?:the )?(?:road|ground|floor|street|pavement|footpath|crowd|"
        r"people|traffic))",
        PHYSICALLY_IMPOSSIBLE,
        "floating in the air",
    ),
    Term(
        r"through (?:the|a|my|our) (?:closed|locked|shut) (?:door|window|gate)s? without "
        r"(?:opening|breaking|unlocking|touching)"
        r"|bullets? (?:just )?(?:bounced|bounce|ricocheted|bouncing) off (?:his|her|their|him) "
        r"(?:body|chest|skin|head|face)|(?:knife|blade) (?:broke|bent|snapped) (?:on|against) "
        r"(?:his|her|their) (?:skin|body|chest)",
        PHYSICALLY_IMPOSSIBLE,
        "passing through solid matter or being bulletproof",
    ),
    Term(
        r"headless (?:man|woman|person|figure|rider|horseman|body|biker|thief)"
        r"|(?:skeleton|corpse|dead body|mummy) (?:got up|stood up|walked|attacked|chased|stole|"
        r"grabbed|climbed)",
        PHYSICALLY_IMPOSSIBLE,
        "the dead or headless walking",
    ),
)

# Self-reported death: the author cannot have been killed. First person only.
_DEATH_GUARD = (
    r"\b(?:tr(?:y|ied|ying)|attempt\w*|almost|nearly|could|would|might|wanted|wants|want|"
    r"going|threat\w*|will|plan\w*|about to|if|or else|dream\w*|thought|think|feared|afraid|"
    r"scared|swore|vowed|before|pretend\w*|half|practically|as good as|felt like|feel like|"
    r"game|movie|film|play|drama)\b"
)
DEATH_TERMS: tuple[Term, ...] = (
    Term(
        r"i (?:was|got|have been|had been|am|'m) (?:brutally |then |later )?(?:killed|murdered|"
        r"slain|assassinated|beheaded)\b"
        r"|i (?:was|got|have been|had been) (?:\w+ )?(?:shot|stabbed|beaten|hacked|strangled|"
        r"burnt|burned|poisoned|run over|bludgeoned|crushed|drowned|hanged) (?:dead|to death)"
        r"|(?:shot|stabbed|beat|beaten|hacked|strangled|burnt|burned|poisoned|bludgeoned|"
        r"kicked|choked|battered|clubbed|crushed|drowned) me (?:\w+ )?(?:to death|dead)\b"
        r"|(?:killed|murdered|slaughtered|assassinated) me\b"
        r"|i (?:died|am dead|'m dead|was dead|have died|passed away|am no longer alive|"
        r"lost my life)(?! (?:tired|serious|sure|broke|scared|bored|worried|set|against|inside))"
        r"|(?:from|in|inside) my (?:own )?(?:grave|coffin|tomb)"
        r"|(?:since|after) (?:i died|my death|i was killed|i was murdered|my murder)",
        SELF_REPORTED_DEATH,
        "the author's own death",
        proper=True,
        guard=_DEATH_GUARD,
    ),
)

_OBJECTS = (
    r"(?:fridge|refrigerator|chairs?|tables?|sofa|couch|beds?|cupboard|wardrobe|almirah|"
    r"television|tv|laptop|computer|knife|knives|spoons?|forks?|plates?|lamps?|statues?|"
    r"mannequins?|dolls?|shoes?|boots?|slippers?|furniture|broom|bucket|kettle|pans?|pots?|"
    r"washing machine|microwave|mirror|painting|portrait|scarecrow|teddy(?: bear)?|toys?|"
    r"umbrella|clock|pillows?|sandals?|stones?|rocks?|trees?|idols?|vase|bottles?)"
)
_ACTIVE = (
    r"(?:walked|walks|climbed|climbs|danced|dances|attacked|attacks|stabbed|stabs|robbed|"
    r"robs|stole|steals|snatched|kicked|kicks|punched|punches|slapped|slaps|strangled|chased|"
    r"kidnapped|threatened|threatens|spoke|speaks|talked|talks|whispered|screamed|laughed|"
    r"winked|crawled|escaped|flew (?:across|at|towards|around|off)|ran (?:away|off|after|out of))"
)
_ING = (
    r"(?:walking|climbing|dancing|attacking|stabbing|robbing|stealing|snatching|kicking|"
    r"punching|slapping|strangling|chasing|threatening|talking|speaking|whispering|laughing|"
    r"crawling|running (?:away|after|around))"
)
_SUBJECT = (
    r"(?:^|[,;:]\s*|\b(?:and|then|when|suddenly)\s+)(?:the|my|our|a|an|his|her|their|this|that)\s+"
    r"(?:(?:old|new|kitchen|office|wooden|plastic|stone|metal|little|big|whole|garden|"
    r"bedroom|living room)\s+)*"
    + _OBJECTS
    + r"(?:\s+(?:in|on|at|from|of)\s+(?:the|my|our|his|her)\s+\w+)?\s+"
)
_ADVERBS = (
    r"(?:(?:suddenly|then|just|also|slowly|itself|themselves|started|began|start|to|"
    r"got up and|came (?:alive|to life) and|has|have|had|kept|keeps|would|will|on (?:its|their) "
    r"own|by (?:itself|themselves))\s+)*"
)
ANIMATED_TERMS: tuple[Term, ...] = (
    Term(
        _SUBJECT + r"(?:" + _ADVERBS + _ACTIVE + r"|" + _ADVERBS + r"(?:has been |have been |"
        r"had been |was |were |is |are |kept |keeps |started |began |start |keep )" + _ING + r")\b",
        ANIMATED_OBJECT,
        "an object acting on its own",
        proper=True,
    ),
    Term(
        _OBJECTS + r" (?:came (?:alive|to life)|come (?:alive|to life)|(?:switched|turned) "
        r"(?:itself|themselves) on and \w+ (?:to kill|me|us))"
        r"|(?:drove|drives|driving|moved|walked|switched|turned|opened) (?:itself|themselves)"
        r"[^.]{0,60}?\b(?:robbed|stole|attacked|stabbed|threatened|kidnapped|kicked|snatched|"
        r"killed|shot)\b"
        r"|(?:by itself|on its own|by themselves|on their own|of (?:its|their) own accord)"
        r"[^.]{0,30}?\b(?:stabbed|attacked|robbed|strangled|kicked|punched|threatened)\b",
        ANIMATED_OBJECT,
        "an object acting on its own",
        proper=True,
    ),
)

MYTHICAL_TERMS: tuple[Term, ...] = (
    Term(r"d?jinns?|djinni|genies?|jinnat", SUPERNATURAL, "a djinn"),
    Term(
        r"churails?|churels?|daayans?|pishachs?|pisachas?|vetals?|betaals?|"
        r"brahmarakshas\w*|rakshas(?:as?|i|is)?|asuras?|nagins? with",
        SUPERNATURAL,
        "a being from folklore",
    ),
    Term(
        r"grim reaper|angel of death|headless horseman",
        SUPERNATURAL,
        "death personified",
        proper=True,
    ),
    Term(
        r"wendigos?|banshees?|succubus|incubus|wraiths?|ghouls?|spirits? of the dead",
        SUPERNATURAL,
        "an undead being",
    ),
    Term(
        r"trolls? (?:\w+ ){0,3}under (?:the|a|our) bridge|(?:giant|huge|ugly|green|mountain|"
        r"cave|stone) trolls?",
        FICTIONAL,
        "a troll",
    ),
    Term(
        r"centaurs?|chupacabras?|ogres?|pixies?|griffins?|griffons?|gryphons?|krakens?|"
        r"cyclops(?:es)?|minotaurs?|gorgons?|medusa|basilisks?|hydras?|phoenix(?:es)?|elves|"
        r"elf|gnomes?|hobbits?|orcs?|golems?|sphinx(?:es)?|sasquatch|mothman|"
        r"abominable snowm[ae]n|sea monsters?|lake monsters?|swamp monsters?",
        FICTIONAL,
        "a mythical creature",
    ),
    Term(
        r"loch ness monster|nessie|the boogeym[ae]n|bogeym[ae]n|the sandman|jack frost|"
        r"the easter bunny|frankenstein'?s? monster",
        FICTIONAL,
        "a character from legend",
        proper=True,
    ),
)
