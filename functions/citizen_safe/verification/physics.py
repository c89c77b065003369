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
        r"kicked|choked|battered|clubbed|crushed|drowned) me "
        r"(?:(?!half\b|nearly\b|almost\b|practically\b)\w+ )?(?:to death|dead)\b"
        r"|(?:killed|murdered|slaughtered|assassinated) me\b"
        r"|i (?:died|am dead|'m dead|was dead|have died|passed away|am no longer alive|"
        r"lost my life)(?! (?:tired|serious|sure|broke|scared|bored|worried|set|against|inside|"
        r"a little|a bit|of (?:shame|embarrassment|laughter|fright|boredom|shock)|laughing))"
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
    r"kidnapped|(?:threatened|threatens) (?:me|us|him|her|my|our|to (?:kill|hurt|beat|harm|"
    r"shoot|stab))|spoke|speaks|talked|talks|whispered|screamed|laughed|"
    r"winked|crawled|escaped|ran (?:away|off|after|out of))"
)
_ING = (
    r"(?:walking|climbing|dancing|attacking|stabbing|robbing|stealing|snatching|kicking|"
    r"punching|slapping|strangling|chasing|threatening (?:me|us|him|her|my|our|to)|talking|"
    r"speaking|whispering|laughing|"
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
        r"churails?|churels?|daayans?|pishachs?|pisachas?|vetals?|vetaals?|betaals?|"
        r"brahmarakshas\w*|rakshas(?:as?|i|is)?|asuras?|nagins? with",
        SUPERNATURAL,
        "a being from folklore",
        # Names of beings, capitalised as names are; a shop or temple is caught as a brand.
        proper=True,
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

# --------------------------------------------------------------------------- round 2
# Classes rather than phrases: a *person* (any word for one) doing what no body can
# (limits of height, reach, leap, breath, strength, speed and place), the dead narrating
# (any way of saying "after I died"), any *inanimate* noun doing what needs a mind, and
# creatures described by an impossible anatomy rather than by name.

PERSON = (
    r"(?:he|she|(?:the|my|our|that|this) (?:man|woman|guy|thief|robber|burglar|intruder|"
    r"suspect|attacker|mugger|"
    r"snatcher|stranger|boy|girl|lady|culprit|accused|criminal|offender|person|fellow|youth|"
    r"kidnapper|stalker|driver))"
)
# Things no person can lift alone: vehicles, buildings, machines, large animals.
HEAVY = (
    r"(?:car|cars|suv|truck|lorry|bus|tractor|tempo|van|jeep|train|"
    r"(?:metro |railway |train )?(?:coach|carriage|compartment|wagon)|ship|elephant|"
    r"house|building|atm(?: machine| kiosk| booth)?|bank vault|tree trunk|bulldozer|crane|"
    r"shipping container|"
    r"auto[- ]?rickshaw|pillar|boulder|innova|maruti|alto|swift|scorpio|bolero|fortuner|xuv|"
    r"santro|ambassador|sumo|ertiga|creta|nexon|i20|wagon ?r|tempo traveller|fridge|almirah|"
    r"(?:water |oil |petrol )?tanker)"
)
_SOLO = (
    r"(?:with (?:just |only )?(?:one|a single|his bare|her bare|bare|his little|her little) "
    r"(?:hand|finger|arm)|single[- ]?handed(?:ly)?|above (?:his|her|their) heads?|"
    r"over (?:his|her|their) heads?|like a (?:toy|feather|pillow|bag of chips|matchbox))"
)
_BIG_NUM = (
    r"(?:(?:9|[1-9]\d+)(?:\.\d+)?|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty|thirty|forty|fifty|hundred)"
)
CITY = (
    r"(?:mumbai|bombay|delhi|bengaluru|bangalore|chennai|madras|kolkata|calcutta|hyderabad|pune|"
    r"ahmedabad|jaipur|lucknow|surat|kanpur|nagpur|indore|bhopal|patna|chandigarh|kochi|goa|"
    r"london|paris|berlin|tokyo|beijing|dubai|singapore|karachi|lahore|dhaka|sydney|toronto|"
    r"chicago|new york|los angeles|manchester|edinburgh|glasgow|birmingham|nashik|thane|"
    r"aurangabad|kolhapur|solapur|nanded|mysore|mysuru|vadodara|baroda|rajkot|ludhiana|amritsar|"
    r"agra|varanasi|ranchi|raipur|guwahati|bhubaneswar|dehradun|shimla|srinagar|jammu|madurai|"
    r"vijayawada|noida|gurgaon|gurugram|faridabad|ghaziabad|meerut|navi mumbai|lonavala|satara)"
)
_LONG_TIME = (
    r"(?:(?:two|three|four|five|six|seven|several|many|\d+) (?:whole |full |entire )?"
    r"(?:hours|days|weeks|months)|an? (?:whole |full |entire )?(?:hour|day|week|month)|"
    r"hours|days|weeks)"
)
HUMAN_LIMIT_TERMS: tuple[Term, ...] = (
    Term(
        r"(?:lifted|lifts|picked up|held up|holds up|hoisted|raised|carried|threw|tossed|flipped|"
        r"pulled|dragged|swung) (?:up )?(?:(?:the|a|an|my|our|his|her|their|that) )?"
        r"(?:whole |entire |full |loaded |heavy |parked |moving )*" + HEAVY + r"s?\b"
        r"(?:(?![.;]| with (?:the )?help| together| and (?:his|her) friends)[^.;]){0,60}?" + _SOLO,
        PHYSICALLY_IMPOSSIBLE,
        "superhuman strength",
        proper=True,
    ),
    Term(
        r"(?:" + PERSON + r"|(?:his|her|their) (?:arms?|hands?|legs?|neck)) "
        r"(?:(?:was|were|is|are|stood|stands|measured|looked|seemed) )?(?:about |around |nearly |"
        r"at least |over |almost )?" + _BIG_NUM + r"[- ](?:feet|foot|ft)[- ](?:tall|high|long)"
        r"|\b" + _BIG_NUM + r"[- ](?:feet|foot|ft)[- ]tall (?:man|woman|person|thief|robber|"
        r"attacker|intruder|burglar|guy|stranger)"
        r"|(?:his|her|their) (?:hands|fists|feet|head|arms|fingers) (?:was|were) (?:as (?:big|"
        r"large|"
        r"huge|long) as|the size of) (?:a |an )?(?:car doors?|doors?|tyres?|wheels?|bus|house|"
        r"truck|tables?|trees?|car|fridge|suitcase)",
        PHYSICALLY_IMPOSSIBLE,
        "a body of impossible size",
        proper=True,
    ),
    Term(
        r"(?:stretched|extended|reached) (?:out )?(?:his|her|their) (?:arms?|hands?|neck)"
        r"(?:[^.;]{0,30}?)(?:across (?:the|a) (?:whole |entire )?(?:street|road|river|"
        r"highway|room|building|field|ground)|(?:\d{2,}|ten|twenty|thirty|forty|fifty|hundred) "
        r"(?:metres|meters|m|feet|ft|yards))",
        PHYSICALLY_IMPOSSIBLE,
        "an impossible reach",
        proper=True,
    ),
    Term(
        r"(?:cleared|jumped|leapt|leaped|hopped|vaulted) (?:over |across )?(?:the|a|an|our) "
        r"(?:whole |entire |wide )?(?:river|lake|valley|gorge|highway|sea|ocean|canyon|railway "
        r"yard|stadium)\b[^.;]{0,25}?\b(?:in (?:one|a single) (?:jump|leap|bound|go)|"
        r"without (?:a|any) (?:bridge|boat|rope))"
        r"|(?:jumped|leapt|leaped|cleared|vaulted|hopped)[^.;]{0,40}?\b(?:(?:[2-9]\d|\d{3,})|"
        r"thirty|forty|fifty|hundred) (?:metres|meters|m|feet|ft|yards)(?: (?:wide|long|across|"
        r"in (?:one|a single) (?:jump|leap)))"
        r"|in (?:one|a single) (?:jump|leap|bound)[^.;]{0,30}?\b(?:(?:[2-9]\d|\d{3,})|"
        r"thirty|forty|fifty|hundred) (?:metres|meters|m|feet|ft|yards)",
        PHYSICALLY_IMPOSSIBLE,
        "a superhuman leap",
        proper=True,
    ),
    Term(
        r"(?:breathed|breathing|stayed|remained|hid|hiding|lived|waited|sat|survived) "
        r"(?:completely )?(?:under ?water|under the (?:water|lake|river|sea|pond)|"
        r"at the bottom of (?:the|a|our) (?:swimming )?(?:pool|lake|river|sea|well|pond|tank)|"
        r"without (?:breathing|air|oxygen|a breath))[^.;]{0,30}?\bfor "
        + _LONG_TIME
        + r"|held (?:his|her|their|my) breath for "
        + _LONG_TIME,
        PHYSICALLY_IMPOSSIBLE,
        "surviving without air",
        proper=True,
    ),
    Term(
        r"(?:ran|run|runs|running|sprinted|walked|jogged|went on foot|came on foot)"
        r"(?: all the way)?(?: \w+){0,3}? from "
        + CITY
        + r"(?: \w+)? to "
        + CITY
        + r"(?: \w+)?[^.;]{0,40}?"
        r"\bin (?:just |only |under |about )?(?:\d+|a few|five|ten|fifteen|twenty|thirty|two|"
        r"three) (?:minutes|mins|seconds|secs)\b"
        r"|(?:ran|running|sprinted|sprinting|runs) (?:at|about|at about|at nearly|at over) "
        r"(?:[5-9]\d|\d{3,}) ?(?:km/?h|kmph|kms? (?:per|an) hour|kilomet(?:re|er)s (?:an|per) "
        r"hour|mph|miles (?:an|per) hour)"
        r"|(?:outran|outpaced|overtook|outrun|outrunning) (?:the|a|an|our|my) "
        r"(?:speeding |moving |flying )?(?:aeroplane|plane|jet|helicopter|bullet train|"
        r"racing car|formula one car|f1 car)",
        PHYSICALLY_IMPOSSIBLE,
        "superhuman speed",
        proper=True,
        # "the bus was running at 90 km per hour" is a vehicle, not a person.
        guard=r"\b(?:bus|car|truck|lorry|bike|motorbike|scooter|auto|train|vehicle|taxi|cab|"
        r"tempo|van|jeep|motorcycle|tanker|ambulance|driver|engine|boat)\b",
    ),
    Term(
        PERSON + r" (?:was|were) (?:both |simultaneously |also )?in [A-Z][a-z]+ and (?:in )?"
        r"[A-Z][a-z]+ at (?:the |exactly the )?(?:exact |very |same )?(?:same )?(?:time|moment|"
        r"instant|minute)"
        r"|(?:was|were|is|be) in two (?:different )?places at (?:the same time|once)",
        PHYSICALLY_IMPOSSIBLE,
        "being in two places at once",
        proper=True,
    ),
    Term(
        r"(?:caught|catches|stopped|bit) (?:the |a |both |all the )?(?:police )?bullets? "
        r"(?:with|in|between) (?:his|her|their) (?:teeth|bare hands?|fingers|hand)"
        r"|" + PERSON + r"(?: \w+){0,2}? (?:turned|turning|turns|changed) "
        r"(?:himself |herself )?into (?:a |an |thin |black |grey )?(?:smoke|mist|fog|vapou?r|"
        r"dust|sand|shadow|light|puddle|liquid|cloud of \w+)"
        r"|" + PERSON + r"(?: \w+){0,2}? (?:standing|stood|walking|walked|running|ran|sitting|"
        r"sat|hanging|hung|crawling) (?:upside[- ]down )?(?:on|across|along) (?:the|my|our) "
        r"ceiling|(?:standing|stood|walking|walked) upside[- ]down on (?:the|my|our) ceiling"
        r"|(?:floated|drifted|glided) (?:slowly |gently |softly )?(?:down|to the ground)"
        r"[^.;]{0,20}?\blike a (?:feather|leaf|balloon)",
        PHYSICALLY_IMPOSSIBLE,
        "a body that ignores physics",
        proper=True,
    ),
)

# Narration after one's own death: the author speaks of their body, funeral or killer.
_AFTERLIFE_GUARD = (
    r"\b(?:almost|nearly|could have|would have|might have|tried|trying|attempt\w*|wanted|"
    r"want|plan\w*|threat\w*|if|before|practically|as good as|felt like|feel like|"
    r"would-be|fake|forged|false|fraudulent|dream\w*|thought|pretend\w*)\b"
)
AFTERLIFE_TERMS: tuple[Term, ...] = (
    Term(
        r"my (?:dead )?body (?:was|has been|got) (?:found|discovered|recovered|dumped|buried|"
        r"cremated|thrown)|my (?:own )?(?:funeral|burial|cremation|last rites|corpse|"
        r"post-?mortem|autopsy)\b(?! (?:plot|insurance|plan|policy|fund|savings))"
        r"|(?:buried|cremated|embalmed) me\b|my (?:killer|killers|murderer|murderers)\b"
        r"(?! (?:instinct|app|look|heels|deal|smile))"
        r"|(?:ended|took|taken|ending) my life\b(?!'s| savings| earnings| in | apart)"
        r"|i (?:did not|didn't|never) survive\b(?! (?:on|without|financially|the (?:exam|month)))"
        r"|i (?:never|did not|didn't) (?:wake|woke) up (?:again|after)"
        r"|i(?: have been|'ve been| had been|'d been| am|'m| was) (?:already )?dead "
        r"(?:for|since|now)"
        r"|i(?: am|'m) the (?:deceased|dead (?:man|woman|person)|victim who (?:died|was killed))"
        r"|i (?:bled|burned|burnt|froze|starved|choked) to death"
        r"|i (?:passed on|breathed my last|drew my last breath|died instantly|died on the spot)"
        r"|my (?:ghost|spirit|soul) (?:is|am) (?:writing|typing|reporting|filing)"
        r"|since (?:i (?:died|passed|was killed|was murdered)|my (?:death|murder|killing|funeral))"
        r"|after (?:i (?:died|was killed|was murdered)|my (?:murder|killing|funeral))",
        SELF_REPORTED_DEATH,
        "the author's own death",
        proper=True,
        guard=_AFTERLIFE_GUARD,
    ),
)

# Objects with a will: any inanimate noun as the subject of a verb that needs a mind.
_THINGS = (
    r"(?:chairs?|tables?|sofas?|couch|beds?|cupboards?|wardrobes?|almirahs?|shel(?:f|ves)|"
    r"drawers?|desks?|benches|bench|stools?|fridge|refrigerator|tv|television|microwave|oven|"
    r"toaster|kettle|washing machine|iron|ceiling fan|fan|air conditioner|heater|geyser|"
    r"printer|photocopier|xerox(?: machine)?|scanner|projector|cooler|inverter|generator|"
    r"router|speakers?|water purifier|sewing machine|treadmill|"
    r"computer|laptop|vacuum cleaner|lamps?|bulbs?|clocks?|alarm clock|lamp ?posts?|"
    r"street ?lights?|traffic (?:cones?|lights?|signals?)|signboards?|sign ?posts?|"
    r"post ?box|letter ?box|mail ?box|dust ?bins?|bins?|hydrants?|(?:electric )?poles?|"
    r"manhole(?: cover)?|atms?|atm machines?|vending machines?|parking meters?|ticket machines?|"
    r"doors?|(?:front |main |iron )?gates?|windows?|fences?|walls?|handbags?|bags?|purses?|"
    r"wallets?|suitcases?|backpacks?|umbrellas?|shoes?|slippers?|socks?|hats?|coats?|jackets?|"
    r"helmets?|knives|knife|spoons?|forks?|plates?|pots?|pans?|bottles?|cups?|mugs?|"
    r"statues?|idols?|dolls?|mannequins?|paintings?|portraits?|mirrors?|teddy(?: bear)?|toys?|"
    r"scarecrows?|vases?|pillows?|cushions?|blankets?|rugs?|carpets?|curtains?|trees?|"
    r"stones?|rocks?|boulders?|letterbox|mailbox|postbox|broom|bucket|furniture|"
    r"parked (?:cars?|scooters?|bikes?|motorbikes?|cycles?|bicycles?|vans?|trucks?|buses))"
)
_MIND_VERBS = (
    r"(?:laughed|laughs|giggled|giggles|sneered|sneers|smirked|grinned|"
    r"insulted|insults|mocked|mocks|teased|taunted|cursed at|swore at|abused me|"
    r"(?:threatened|threatens|threatening) (?:me|us|him|her|my|our|to (?:kill|hurt|beat|harm|"
    r"shoot|stab))|blackmailed|blackmails|blackmailing|bit|bites|chased|chases|chasing|"
    r"stalked|stalks|stalking|followed (?:me|us|him|her|them|my)|follows (?:me|us|him|her|them|"
    r"my)|kidnapped|abducted|robbed|mugged|stole|steals|stealing|snatched|punched|slapped|"
    r"kicked (?:me|him|her|us|my|our)|spat at|spits at|whispered|whispers|"
    r"(?:shouted|yelled|screamed) at (?:me|us|him|her)|ran (?:away|off)|runs away|"
    r"called (?:me|us|him|her) names|grabbed|"
    r"hid (?:it|them|my|our|the)|tied (?:me|us|him|her) up|"
    r"walked (?:away|off|out|in|into|over|up|down)|ganged up|attacked|attacks|"
    r"beat (?:up|me|him|her|us)|cheated|decided|plotted|"
    r"conspired|hit (?:me|him|her|us) (?:on purpose|deliberately|intentionally)|"
    r"winked at (?:me|us|him|her)|(?:shouting|yelling|screaming) (?:abuses |insults )?at|"
    r"(?:laughing|giggling|sneering|smirking|mocking|insulting|teasing|taunting|blackmailing|"
    r"robbing|mugging|snatching|punching|slapping|whispering|attacking|plotting|"
    r"kidnapping|cheating) (?:at )?(?:me|us|him|her|my|our|people|them)|"
    r"ran out(?: of)?|walked out of)"
)
# "The broom swept my wallet off the table and ran out": one active verb phrase, then the
# act of will. Passives ("was broken open and robbed") do not count.
_THEN = (
    r"(?:(?!(?:was|were|got|been|is|are|being)\b)[a-z']+ ){0,6}?"
    r"(?!(?:was|were|got|been|is|are|being)\b)[a-z']+"
    r"(?: and (?:then |now |later |still )?|, ?(?:and |then )?)"
)
_THING_SUBJECT = (
    r"(?:^|[,;:]\s*|\b(?:and|then|when|suddenly|but)\s+)(?:the|my|our|a|an|his|her|their|this|"
    r"that|some|two|three|all the)\s+(?:[a-z']+\s+){0,2}?" + _THINGS + r"\s+"
    r"(?:(?:in|on|at|from|of|near|next to|outside)\s+(?:the|my|our|his|her|a)\s+(?:\w+\s+){0,2}?"
    r"|(?:next door|nearby|outside|opposite|downstairs|upstairs)\s+){0,2}"
    r"(?:(?:suddenly|then|just|also|slowly|itself|themselves|actually|literally|has|have|had|"
    r"kept|keeps|started to|began to|started|began|would|will|got up and|"
    r"came (?:alive|to life) and|"
    r"on (?:its|their) own|by (?:itself|themselves)|has been|have been|had been)\s+)*"
)
# A headline passive has no object: "my wife's purse snatched near the temple by bikers",
# "phone grabbed." The same verbs done *by* a thing take one: "the chair grabbed my arm".
_HEADLINE_PASSIVE = (
    r"(?!(?:robbed|mugged|snatched|grabbed|kidnapped|abducted|attacked|stalked|chased|cheated|"
    r"punched|slapped|insulted|mocked|teased|taunted|blackmailed|bit)"
    r"(?:\s*(?:[.,;!?]|$)|\s+(?:near|at|from|by|in|on|outside|inside|while|during|when|"
    r"yesterday|today|tonight|last|this|around|after|before|off|again|twice|within)\b))"
)
AGENCY_TERMS: tuple[Term, ...] = (
    Term(
        _THING_SUBJECT + r"(?:" + _THEN + r")?" + _HEADLINE_PASSIVE + _MIND_VERBS + r"\b"
        r"|\bit (?:then |also |even |just )?(?:laughed|sneered|smirked|giggled|winked|grinned|"
        r"mocked|insulted|taunted) (?:at )?(?:me|us|him|her)\b",
        ANIMATED_OBJECT,
        "an object acting with a will of its own",
        proper=True,
    ),
)

# Creatures described by an impossible anatomy, and more beings from folklore worldwide.
CREATURE_TERMS: tuple[Term, ...] = (
    Term(
        r"(?:creature|beast|monster|animal|thing|figure|man|woman|being|snake|dog|bird)s? "
        r"(?:with|having|that had|who had) (?:two|three|four|five|six|seven|eight|nine|ten|"
        r"many|multiple|\d+) (?:heads|tails|faces)"
        r"|(?:two|three|four|five|six|seven|nine|ten|multi)[- ]headed (?:creature|beast|monster|"
        r"snake|dog|man|woman|serpent|thing)"
        r"|(?:creature|beast|monster|thing|figure|being)s? (?:with|having) (?:huge |giant |black |"
        r"leathery |bat-like )?wings and (?:horns|claws|fangs|a tail)"
        r"|(?:whose|with|having|her|his|their) feet (?:that )?(?:point(?:ed|ing)?|turned|facing) "
        r"backwards?|backward[- ]facing feet|feet (?:were )?(?:turned|pointing) backwards?"
        r"|half[- ](?:man|woman|human|person)[,]? half[- ](?:\w+)"
        r"|(?:with|having|had) (?:the )?(?:legs|body|head|lower body|face) of an? (?:goat|bull|"
        r"lion|snake|serpent|horse|scorpion|eagle|fish|elephant|monkey|dog|tiger|bird|crow|"
        r"boar|pig)\b(?! (?:skin|leather|print|costume|mask|tattoo))"
        r"|(?:man|woman|creature|person|being|figure|thing|thief|robber)s? (?:with|having|had) "
        r"(?:four|six|eight|ten|many|multiple|extra) arms\b"
        r"|snakes (?:instead of|for) hair",
        FICTIONAL,
        "a creature with an impossible body",
        proper=True,
    ),
    Term(
        r"manticores?|hellhounds?|hell hounds?|harp(?:y|ies)(?! of a)|wyverns?|satyrs?|kitsunes?|"
        r"tokoloshes?|tikoloshes?|selkies?|kelpies?|bunyips?|tengus?|yokais?|rusalkas?|"
        r"baba yaga|nymphs?|dryads?|hobgoblins?|bugbears?|liches|changelings?|"
        r"aswangs?|manananggals?|pontianaks?|kuntilanaks?|jiangshi|draugr|hippogriffs?|"
        r"yowies?|jackalopes?|la llorona|skinwalkers?|dullahans?|duendes?|yakshas?|yakshinis?|"
        r"dakinis?|ichchhadhari|icchadhari|ichchadhari|shape-?shifting snakes?|"
        r"ifrits?|efreets?|sea serpents?|spirits? of the (?:forest|river|lake|well|tree)|"
        r"brahmadaitya|bhootni|petni|shakchunni",
        FICTIONAL,
        "a being from folklore",
    ),
    Term(
        r"imps?",
        FICTIONAL,
        "an imp",
        guard=r"\b(?:little|cheeky|naughty|you|that|mischievous)\s*$",
    ),
    Term(
        r"(?:the )?(?:devil|satan|lucifer|beelzebub)(?: himself| herself)?(?! of a| may care|"
        r"'s advocate|-may-care| worship| costume| mask| horns| emoji)",
        SUPERNATURAL,
        "the devil",
        guard=r"\b(?:speak of|like|little|lucky|poor|handsome|worship\w*|cult|pact)\b",
    ),
)
