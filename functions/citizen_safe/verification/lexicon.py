"""Word lists and regex fragments for the offline verifier.

Kept apart from the rule logic so the vocabulary can be reviewed (and extended)
without touching the scoring code. Everything here is data: regex *sources*
(compiled in ``offline.py``) and frozensets of lowercase words.

The lists deliberately favour precision: a word only counts as a red flag when
it names something that cannot have committed a real crime, and most of the
vocabulary below exists to recognise the *other* senses of those words (venue
names, costumes, merchandise, idioms, superstition-based frauds).
"""

from __future__ import annotations

from dataclasses import dataclass

from citizen_safe.verification.verdict import FICTIONAL, PHYSICALLY_IMPOSSIBLE, SUPERNATURAL


def words(text: str) -> frozenset[str]:
    """Whitespace-separated word list, so long vocabularies stay readable."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Term:
    """A red-flag term: a regex source plus how to describe it to a human.

    ``proper`` marks terms that are proper names themselves (Superman, UFO), for
    which capitalisation is no evidence of a shop or bar name. ``guard`` is a regex
    source: when it matches the words just before the term (same sentence), the match is
    a threat, attempt or near miss ("tried to kill me"), not a claim, and is skipped.
    """

    pattern: str
    code: str
    label: str
    proper: bool = False
    guard: str = ""


# Beings that cannot commit a crime. Plural forms are part of each pattern.
ENTITY_TERMS: tuple[Term, ...] = (
    Term(r"ghosts?", SUPERNATURAL, "a ghost"),
    Term(r"bhoots?", SUPERNATURAL, "a ghost (bhoot)"),
    Term(r"chudails?", SUPERNATURAL, "a witch (chudail)"),
    Term(r"poltergeists?", SUPERNATURAL, "a poltergeist"),
    Term(r"phantoms?", SUPERNATURAL, "a phantom"),
    Term(r"spectres?|specters?", SUPERNATURAL, "a spectre"),
    Term(r"demons?|demonic", SUPERNATURAL, "a demon"),
    Term(
        r"evil spirits?|spirits? of (?:my|his|her|the) (?:dead|late)\b[\w ]*",
        SUPERNATURAL,
        "an evil spirit",
    ),
    Term(r"witch(?:es)?", SUPERNATURAL, "a witch"),
    Term(r"vampires?", SUPERNATURAL, "a vampire"),
    Term(r"werewol(?:f|ves)", SUPERNATURAL, "a werewolf"),
    Term(r"zombies?", SUPERNATURAL, "a zombie"),
    Term(r"banshees?", SUPERNATURAL, "a banshee"),
    Term(r"haunted by|possessed by", SUPERNATURAL, "a haunting or possession"),
    Term(r"dragons?", FICTIONAL, "a dragon"),
    Term(r"unicorns?", FICTIONAL, "a unicorn"),
    Term(r"mermaids?|mermen|merman", FICTIONAL, "a mermaid"),
    Term(r"fair(?:y|ies)", FICTIONAL, "a fairy"),
    Term(r"wizards?|warlocks?", FICTIONAL, "a wizard"),
    Term(r"goblins?|trolls? under", FICTIONAL, "a goblin"),
    Term(r"leprechauns?", FICTIONAL, "a leprechaun"),
    Term(r"aliens?|extra-?terrestrials?|martians?", FICTIONAL, "an alien"),
    Term(
        r"ufos?|flying saucers?|alien (?:space)?ships?|spaceships?",
        FICTIONAL,
        "a UFO or spaceship",
        proper=True,
    ),
    Term(r"dinosaurs?|t-?rex", FICTIONAL, "a dinosaur"),
    Term(
        r"superman|batman|spider-?man|iron man|the hulk|captain america|wonder woman|"
        r"thanos|darth vader|voldemort|harry potter|godzilla|king kong|dracula|"
        r"santa claus|the tooth fairy|the easter bunny|the boogeyman|bigfoot|yeti",
        FICTIONAL,
        "a fictional character",
        proper=True,
    ),
)

# Claims no real person can make; matched as phrases.
IMPOSSIBLE_PATTERNS: tuple[Term, ...] = (
    Term(
        r"time[- ]travel\w*|time machine|from the future|(?:went|came|travell?ed|jumped) "
        r"back in time|from the year (?:2[1-9]|[3-9]\d)\d\d",
        PHYSICALLY_IMPOSSIBLE,
        "time travel",
    ),
    Term(r"teleport\w*", PHYSICALLY_IMPOSSIBLE, "teleportation"),
    Term(
        r"invisible (?:man|men|woman|women|person|people|thief|thieves|robbers?|burglars?|"
        r"attackers?|hands?|force)|(?:turned|turns|became|becomes|went|goes|made "
        r"(?:himself|herself|themselves|itself)) invisible",
        PHYSICALLY_IMPOSSIBLE,
        "invisibility",
    ),
    Term(
        r"(?:walked|walks|walking|passed|passes|went|floated|phased) (?:straight |right )?"
        r"through (?:the |a |my |our )?(?:solid |concrete |brick )?walls?|"
        r"(?:disappeared|disappears|vanished|vanishes|melted|sank) (?:straight |right )?into "
        r"(?:the |a |my |our )?(?:solid )?(?:wall|walls|floor|ground|ceiling|mirror)",
        PHYSICALLY_IMPOSSIBLE,
        "walking through walls",
    ),
    Term(
        r"(?:giant |huge |enormous )?(?:spider|ant|rat|cockroach|snake|lizard|frog|mosquito|"
        r"insect|bug|scorpion|worm|cat|dog|monkey|chicken|pigeon|crow)s? (?:as big as|the size "
        r"of) (?:a|an) (?:bus|truck|lorry|house|building|car|elephant|tree|train|plane)",
        PHYSICALLY_IMPOSSIBLE,
        "a creature of impossible size",
    ),
    Term(
        r"levitat\w+|(?:flew|flies|flying|floated) (?:up )?(?:into|through) the (?:sky|air|clouds)"
        r"|(?:can|could) fly\b|flying (?:man|men|woman|person|thief|robber)|"
        r"flew (?:away|off) (?:like a bird|without)",
        PHYSICALLY_IMPOSSIBLE,
        "flying unaided",
    ),
    Term(
        r"(?:laser|lasers|fire|beams?) (?:from|out of) (?:his|her|their) (?:eyes|hands|mouth)"
        r"|(?:breathed|breathing|breathes|breathe) fire|x-ray vision|telekine\w+|"
        r"super ?powers?|mind control\w*|controlled my mind|read my mind",
        PHYSICALLY_IMPOSSIBLE,
        "superpowers",
    ),
    Term(
        r"(?:stopped|froze|frozen|freezes|stops) time|turned back time",
        PHYSICALLY_IMPOSSIBLE,
        "stopping time",
    ),
    Term(
        r"shape-?shift\w*|turned (?:himself |herself |themselves )?into an? (?:cat|dog|bat|wolf|"
        r"bird|snake|crow|owl|rat|mouse|lizard|fly|tiger)",
        PHYSICALLY_IMPOSSIBLE,
        "shapeshifting",
    ),
    Term(
        r"(?:came|come|coming|rose|rising) back from the dead|rose from (?:the|his|her) grave|"
        r"(?:dead|deceased) (?:man|woman|person|body) (?:got up|walked|stood up|attacked|stole)",
        PHYSICALLY_IMPOSSIBLE,
        "rising from the dead",
    ),
    Term(
        r"(?:stole|steal|stealing|stolen|took|taken) (?:the|our) (?:moon|sun|sky|ocean|stars)"
        r"|(?:stole|stolen|took) (?:a|the|my|our) (?:whole |entire )?(?:mountain|river|lake|"
        r"planet)(?! ?(?:sand|water|bank|side|bed|front|stones?|view|pumps?|fish|bikes?|"
        r"lamps?|heaters?|loungers?|shades?|glasses|screens?|panels?))",
        PHYSICALLY_IMPOSSIBLE,
        "stealing something that cannot be stolen",
    ),
    Term(
        r"(?:lifted|picked up|threw|carried) (?:my |a |the |our )?(?:car|truck|bus|lorry|house)"
        r" (?:with one hand|single-?handedly|over (?:his|her) head|like a toy)|"
        r"magic (?:spell|wand|powers?)|(?:cast|casting|casts) a spell|"
        r"(?:by|with|using|used) (?:black )?magic (?:to|he|she|they)",
        PHYSICALLY_IMPOSSIBLE,
        "magic or superhuman strength",
    ),
    Term(
        r"(?:my |our |a |the |his |her )?(?:pet )?(?:cat|kitten|dog|puppy|goldfish|fish|hamster|"
        r"parrot|rabbit|tortoise|turtle|cow|goat|hen|chicken|duck|pigeon|pig|horse|donkey)s? "
        r"(?:has |had |have )?(?:robbed (?:a|the|my|our) (?:bank|atm|shop|store|jewell?er\w*)|"
        r"hacked|scammed|defrauded|blackmailed|kidnapped|hijacked|forged|drove (?:off|away) with|"
        r"shot (?:at )?(?:me|him|her|a|the)|stabbed|embezzled|laundered|bribed)",
        PHYSICALLY_IMPOSSIBLE,
        "an animal committing a human-only crime",
    ),
)

# Idioms in which a red-flag word has its everyday meaning; masked out before
# entity matching ("the street was a ghost town", "ghost accounts", "witch hunt").
IDIOM_PATTERNS: tuple[str, ...] = (
    r"ghost[- ]?towns?",
    r"ghost[- ]?writ\w*",
    r"ghost (?:accounts?|employees?|workers?|compan(?:y|ies)|firms?|kitchens?|peppers?|guns?|"
    r"images?|calls?|callers?|buyers?|sellers?|listings?|tenants?|vehicles?|numbers?|"
    r"transactions?|payments?|bookings?|stories|story|profiles?|followers?|bikes?|bicycles?)",
    r"witch[- ]?hunt\w*",
    r"witch[- ]?doctors?",
    r"witching hour",
    r"dragon (?:fruits?|boats?|dance|dances|kites?)",
    r"garden gnomes?",
    r"zombie (?:knife|knives|drugs?)",
    r"speed demons?",
    r"(?:komodo|bearded|water|sea|snap|leafy) dragons?",
    r"ufo (?:catchers?|crane|machines?|sightings? tours?)",
    r"dinosaur (?:fossils?|bones?|skeletons?|eggs?|footprints?|skulls?)",
    r"goblin mode",
    r"white witch(?:es)?|wiccan witch(?:es)?",
    r"zombie apocalypse (?:survival|course|game|film|movie|party|run|experience|escape|"
    r"theme|themed|drill|training|class|event|night)",
    r"zombie (?:accounts?|computers?|devices?|botnets?|networks?|pcs?|banks?|compan(?:y|ies)|"
    r"firms?|process(?:es)?|walk|mode|state)",
    r"(?:fairy|fairies) (?:lights?|tales?|dust)",
    r"fairy[- ]?tales?",
    r"(?:tooth|sugar) fairy",
    r"demon(?:ic)? (?:speed|energy|drinks?)",
    r"vampire (?:facials?|energy|power|devices?|bats?|squid|films?|movies?|novels?)",
    r"unicorn (?:start-?ups?|compan(?:y|ies)|firms?|valuation)",
    r"alien (?:species|plants?|invasive|registration|nationals?)",
    r"illegal aliens?",
    r"phantom (?:calls?|charges?|transactions?|debits?|vibrations?|pain|traffic|jams?|"
    r"withdrawals?|vehicles?|firms?|compan(?:y|ies))",
)

# A following noun of this kind means the word names a business or place.
VENUE_NOUNS: frozenset[str] = words(
    """
    bar bars pub pubs restaurant restaurants cafe café cafes diner dhaba hotel hotels motel inn
    lodge club clubs nightclub lounge lounges shop shops store stores mart supermarket market
    bazaar emporium boutique showroom outlet mall plaza arcade cinema cinemas theatre theater
    multiplex gym gyms salon spa bakery bakers brewery wines wine liquor liquors spirits
    traders enterprises electronics jewellers jewellery jewelers garments textiles tailors
    pharmacy chemist chemists medicals clinic hospital school academy college institute tuitions
    classes street road lane avenue marg nagar colony society apartments apartment residency
    residences towers tower building complex heights enclave layout park gardens garden circle
    chowk square junction stadium ground hall halls studio studios gallery museum press
    restaurants company co ltd inc pvt corp industries motors auto autos travels tours
    transport logistics services games gaming escape rooms room ride rides coaster bridge
    lake hill hills fort express tavern grill kitchen kitchens biryani pizza pizzeria burgers
    burger chicken foods food bistro brewpub taproom villa villas stall stalls kiosk cart
    truck van stand counter momos tour tours walk walks trail trails hunt hunts hunting
    hunters experience experiences attraction attractions exhibit exhibition night nights
    festival fest run marathon quiz trek safari cruise temple temples mandir masjid church
    gurudwara tekdi peth wadi fan fans meetup meetups fandom themed theme screening premiere
    quiz marathon convention police cops pd sheriff council airport station university city
    county
    takeaway takeaways takeout takeouts rum gin vodka whisky whiskey beer beers lager ale cider
    distillery brand brands label boat boats ship yacht trawler ferry launch crew team club
    band class lesson lessons course workshop instructor instructors troupe agency app casino
    hostel guesthouse camp farm zoo aquarium train ride parade race crawl party
    """
)

# A following noun of this kind means the word describes a picture, costume,
# toy or other object, not a being ("a vampire costume", "a dragon statue").
DEPICTION_NOUNS: frozenset[str] = words(
    """
    costume costumes mask masks outfit outfits suit suits cape capes wig wigs makeup make-up
    toy toys statue statues statuette figurine figurines figure figures doll dolls puppet
    puppets plush plushie teddy poster posters sticker stickers tattoo tattoos print prints
    logo logos shirt shirts t-shirt t-shirts tshirt tee hoodie hoodies jacket jackets cap caps
    hat hats painting paintings sculpture sculptures idol idols carving kite kites balloon
    balloons ornament ornaments decoration decorations decor necklace necklaces pendant pendants
    locket keychain keychains keyring mug mugs lamp lamps lantern lanterns movie movies film
    films show shows series episode book books novel novels comic comics cartoon cartoons
    character characters game games video videos ride rides themed theme party parties
    parade float floats festival mural murals graffiti drawing drawings picture pictures image
    images photo photos sign signs signboard banner banners emoji avatar bobblehead pinata
    pattern patterns design designs motif print-out prop props replica model models figurine
    card cards sculpture engraving tapestry rug rugs umbrella bag bags backpack sneakers shoes
    slippers pyjamas pajamas blanket bedsheet cushion pillow sticker decal tattooed wand wands
    lego collection collectibles merch merchandise dvd dvds cards helmet
    figurines funko onesie onesies getup get-up headband ears role roles part impersonator
    impersonators lookalike lookalikes look-alike entertainer entertainers performer performers
    mascot mascots act tribute cosplayer cosplayers broom broomstick painted drawn printed
    carved embroidered stitched engraved stencilled stenciled pictured depicted gig gigs concert
    concerts ticket tickets album albums song songs tour-bus tail tails wings fin fins
    """
)

# Preceding words (up to four words back) that introduce a depiction or a name.
DEPICTION_CUES: tuple[str, ...] = (
    "dressed as",
    "dressed up as",
    "dress as",
    "dress up as",
    "dresses as",
    "dresses up as",
    "dressing as",
    "dressing up as",
    "dressed like",
    "dressed up like",
    "disguises as",
    "disguised as",
    "costume",
    "costumed",
    "mask",
    "wearing",
    "wore",
    # Similes: "vanished like a ghost", "fought like a demon".
    "like a",
    "like an",
    "like some",
    "posing as",
    "pretending to be",
    "pretended to be",
    "impersonating",
    "cosplay",
    "fancy dress",
    "shaped like",
    "shaped as",
    "in the shape of",
    "shape of",
    "looked like",
    "looks like",
    "look like",
    "resembling",
    "resembles",
    "replica of",
    "model of",
    "carving of",
    "figure of",
    "emblem of",
    "logo of",
    "picture of",
    "painting of",
    "drawing of",
    "photo of",
    "statue of",
    "tattoo of",
    "print of",
    "sticker of",
    "image of",
    "toy",
    "plush",
    "stuffed",
    "inflatable",
    "cardboard",
    "cutout",
    "cut-out",
    "fibreglass",
    "fiberglass",
    "animatronic",
    "life-size",
    "life-sized",
    "movie",
    "film",
    "cartoon",
    "playing",
    "played",
    "plays",
    "play",
    "portrays",
    "portrayed",
    "acting as",
    "acts as",
    "wrote",
    "written",
    "painted",
    "sprayed",
    "scrawled",
    "word",
    "words",
)

# Preceding words (up to three words back) that introduce a name or an insult:
# "a pub called Ghost House", "he called me a witch".
NAME_CUES: tuple[str, ...] = (
    "called",
    "named",
    "nicknamed",
    "known as",
    "titled",
    "branded",
    "brand",
    "labelled",
    "labeled",
    "calling",
    "calls",
    "call",
    "name is",
    "name was",
    "name's",
    "named after",
    "goes by",
    "answers to",
)

# Anywhere in the sentence: the scene is a performance, festival or costume event.
SCENE_CUES_RE = (
    r"\b(?:halloween|fancy[- ]dress|cosplay|costumes?|comic[- ]?con|haunted house ride|"
    r"theme park|amusement park|fun ?fair|carnival|film shoot|movie shoot|play rehearsal|"
    r"stage show|drama|theatre|theater|rehearsal|performance|ramlila|ram ?leela|puppet show|"
    r"circus|themed|theme night|"
    r"(?:walking |guided |heritage |night |ghost )?tours?|fan (?:convention|meet|fest)|"
    r"convention|expo|screening|premiere|musical|escape room|exhibition|magic show|"
    r"light show|tv show|game show|web series|cosplayers?|franchise|merchandise|merch)\b"
)

# Right after a being: the role someone plays at an event or show ("the wizard at the kids'
# party", "a zombie from the zombie walk", "the goblin from the panto"). Only events and
# performances, not places: "a ghost in the hotel room" is still a claim.
ROLE_AT_EVENT_RE = (
    r"\s+(?:at|from|on|in|during|of|for|with)\s+(?:the|a|an|our|their|my|this|that|his|her)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:party|parties|panto|pantomime|show|shows|play|musical|ride|rides|"
    r"attraction|fair|funfair|fete|carnival|parade|festival|fest|walk|run|crawl|event|"
    r"convention|con|expo|screening|premiere|shoot|set|circus|tour|experience|maze|"
    r"ghost train|hayride|gig|concert|wedding|mela|pageant|production|rehearsal|"
    r"escape room|theme park|film|movie|advert|ad|reenactment|re-enactment|photoshoot)\b"
)

# Nouns that take a name: "my cat Voldemort", "our dog Dracula", "Ghost, my neighbour's dog,".
NAMED_NOUNS_RE = (
    r"(?:dog|dogs|cat|cats|horse|pony|puppy|pup|kitten|parrot|bird|hamster|rabbit|snake|goat|"
    r"cow|bull|boat|yacht|car|bike|van|truck|brother|sister|friend|cousin|son|daughter|boss|"
    r"colleague|classmate|neighbour|neighbor|landlord|tenant|bouncer|guard|manager|owner|"
    r"nickname|alias|handle|username|gamertag|pet|mate|flatmate|roommate|uncle|aunt|husband|"
    r"wife|boyfriend|girlfriend|ex)"
)

# Anywhere in the sentence: the supernatural word is the pretext of a fraud
# ("a tantrik took Rs 20,000 to remove an evil spirit").
FRAUD_CUES_RE = (
    r"\b(?:tantrik|tantric|baba|babas|godman|godmen|astrologer|astrologers|fortune[- ]teller\w*|"
    r"exorcis\w*|ritual|rituals|puja|pooja|occult|superstiti\w*|in the name of|cheat\w*|"
    r"conn(?:ed|ing)|swindl\w*|dup(?:ed|ing)|fraud\w*|scam\w*|extort\w*|hoax\w*|fake news|"
    r"witch[- ]?hunt\w*)\b"
)
# Before the word in the same sentence: a belief, rumour or claim is being
# reported ("the accused told the villagers a witch...", "she believes a ghost...").
# Only *before* the word, so "a ghost said 'give me money'" still counts.
BELIEF_CUES_RE = (
    r"\b(?:claim\w*|promis\w*|to remove|ward off|get rid of|fee|fees|charged|paid|"
    r"demand(?:ed|ing)|believ\w*|rumou?rs?|rumou?red|forward(?:ed)?|alleg\w*|told|tell|"
    r"tells|telling|(?<!the )said|say|says|saying|(?<!the )accus\w*(?! (?:person|man|woman|persons|"
    r"men|boy|youth|driver))|(?<!the )(?<!a )(?<!an )(?<!two )suspect\w*|"
    r"think|thinks|thought|blam\w*|"
    r"convinced|insist\w*|swear\w*|swore|afraid|scared|fear\w*|superstition|story|"
    r"scream\w*|shout\w*|yell\w*|rant\w*|mutter\w*|cries|cried|crying|hallucinat\w*|"
    r"imagin\w*|dream\w*|nightmare\w*|"
    r"stories|legend|myth|folklore)\b"
)

NEGATION_WORDS: frozenset[str] = words(
    """
    not no never nor neither isn't wasn't weren't aren't didn't doesn't don't couldn't
    wouldn't can't cannot ain't hardly
    """
)

# Whole-sentence reported-speech cues that exempt joke markers ("he said he was
# just kidding" is a harassment detail, not a retraction by the author).
REPORTED_SPEECH_WORDS: frozenset[str] = words(
    """
    he she they him her them his their said says saying told tells claimed claiming insisted
    replied laughed laughing shouted yelled texted messaged wrote joked
    """
)

# Scope of a mass-scale claim.
MASS_SCOPES_RE = (
    r"(?:city|country|nation|state|world|planet|earth|universe|continent|town|metro area|"
    r"whole region|entire region|india|usa|america|europe|uk|britain|united states|"
    r"united kingdom|england|australia|canada|china|pakistan|bangladesh|asia|africa)"
)
# Big places named explicitly ("all ATMs in Mumbai").
BIG_PLACES: frozenset[str] = words(
    """
    mumbai bombay delhi bengaluru bangalore chennai madras kolkata calcutta hyderabad pune
    ahmedabad jaipur lucknow surat kanpur nagpur indore bhopal patna chandigarh kochi
    thiruvananthapuram visakhapatnam coimbatore gurgaon gurugram noida london paris berlin
    tokyo beijing shanghai dubai singapore karachi lahore dhaka sydney toronto chicago
    """
)
# Following words that shrink "the city" to a single place ("the city centre").
SCOPE_SHRINKERS: frozenset[str] = words(
    """
    centre center mall market hospital bus buses station park police council corporation
    square bank library museum limits outskirts hall court jail zoo college university
    """
)
# Harm words that make a mass-scale statement a crime claim rather than news.
MASS_HARM_RE = (
    r"\b(?:hack\w*|steal\w*|stole|stolen|rob\w*|loot\w*|poison\w*|compromis\w*|"
    r"bugged|spy\w*|spies|track\w*|controll?\w*|cloned|clone|skimm\w*|scam\w*|fraud\w*|"
    r"kidnap\w*|bomb\w*|attack\w*|rigged|burgl\w*|broken into|virus\w*|malware|"
    r"stealing|recording|watching|leak\w*|fake|hijack\w*|derail\w*|blown up|blew up|"
    r"burn\w*|set on fire|destroy\w*|shut down|catch\w* fire|caught fire|on fire|"
    r"emptied|explod\w*|giving out|dispens\w*|pickpocket\w*|mugg\w*|snatch\w*|duped|"
    r"cheated|looted|assaulted|beaten|murdered|shot|stabbed|lost their (?:gold |"
    r"mangal)?(?:chains?|wallets?|phones?|purses?|jewell?ery))\b"
)

# Perpetrator nouns for "N robbers". Generic people nouns are handled separately.
PERPETRATOR_NOUNS_RE = (
    r"(?:robbers?|thie(?:f|ves)|burglars?|muggers?|snatchers?|chain[- ]snatchers?|pickpockets?|"
    r"attackers?|assailants?|kidnappers?|dacoits?|goons?|thugs?|gangsters?|criminals?|"
    r"intruders?|looters?|hackers?|terrorists?|ninjas?|gunmen|gunman|killers?|vandals?|"
    r"shooters?|armed men|masked men|stalkers?)"
)
GENERIC_PEOPLE_RE = r"(?:men|people|persons|guys|boys|women|youths|strangers|individuals)"
PRIVATE_PLACE_RE = (
    r"\b(?:my|our|his|her) (?:house|home|flat|apartment|room|bedroom|kitchen|car|shop|"
    r"office|cabin|balcony|garage)\b"
)
PERSONAL_CONTAINERS_RE = (
    r"\b(?:from|out of) (?:my|our|his|her) (?:pocket|pockets|bag|handbag|purse|wallet|house|"
    r"home|flat|apartment|room|bedroom|car|locker|backpack|person)\b|\bfrom (?:me|us)\b"
)
COUNTABLE_LOOT_RE = (
    r"(?:phones|mobiles|mobile phones|wallets|purses|laptops|cars|bikes|motorcycles|"
    r"motorbikes|scooters|chains|necklaces|handbags|bags|watches|rings|tvs|televisions)"
)

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
MULTIPLIER_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
}

# Joke and test markers.
LAUGHTER_RE = (
    r"(?<![\w'])(?:lol+|lo+l|lmf?ao+|rofl\w*|ha(?:ha)+h?|he(?:he)+|hihi\w*|xd+|jaja\w*|kek)"
    r"(?![\w'])|[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F606\U0001F639\U0001F92A]"
)
RETRACTION_RE = (
    r"\b(?:just|only) (?:kidding|joking)\b|\bjk\b|\bj/k\b|\bapril fool\w*|\bgotcha\b|"
    r"\b(?:this|it) (?:is|was) (?:all )?(?:just |only )?(?:a |one big )?(?:joke|prank)\b|"
    r"\bnot really\s*[.!]*\s*$|\bkidding\s*[.!]*\s*$|\bthis (?:report )?is fake\b|"
    r"\bfake report\b|\bnot a real (?:report|crime|incident)\b|\bmade (?:it|this) (?:all )?up\b|"
    r"\b(?:just )?(?:messing|kidding|trolling|joking) (?:with|around with) (?:you|u|ya)\b|"
    r"\bpulling (?:your|ur) leg\b|\bpranked (?:you|u)\b"
)
TEST_PHRASES_RE = (
    r"\bthis is (?:just |only |a |another )*test(?:ing)?"
    r"(?: (?:report|post|message|submission|entry|case|complaint))?\s*[.!]*\s*$|"
    r"\btest (?:report|post|message|submission|entry|complaint|case|data|run)\b|"
    r"\btesting (?:the |this |your )?(?:app|application|system|form|feature|platform|"
    r"submission|report|button|upload)\b|\b(?:please )?ignore (?:this|me)\b|"
    r"\blorem ipsum\b|\basdf\w*|\bqwerty\w*|\bdummy (?:report|text|data|entry|complaint)\b|"
    r"\bsample (?:report|text|complaint|entry)\b|\bhello world\b|\bfoo ?bar\b|"
    r"\bblah(?: blah)+\b|\bxyz(?: xyz)+\b|"
    # "Testing 1 2 3, does this thing send": a microphone check, anywhere in the text.
    r"\btest(?:ing)?,?\s+(?:1,?\s*2,?\s*3|one,?\s+two,?\s+three|testing)\b"
)
# A description that is *only* a test token ("test", "testing 123", "abc").
TEST_ONLY_RE = (
    r"^\W*(?:(?:testing|test),? (?:1 2 3|123|one two three),? is this (?:thing )?on\W*|"
    r"(?:ignore\W*){2,}|"
    r"test(?:ing)?|tset|abc|xyz|aaa+|sdf\w*|qwe\w*|hello|hi|hey|check|checking|sample|"
    r"dummy|demo|trial|temp)(?:\W+(?:test(?:ing)?|\d+|one two three|again|abc|123|1 2 3|xyz|pqr|"
    r"abcd?|lmn|asdf?|qwerty|zzz+|xxx+|aaa+))*\W*$"
)

# What happened: concrete incident vocabulary.
INCIDENT_RE = (
    r"\b(?:stole|stolen|steal\w*|snatch\w*|rob|robs|robbed|robber\w*|robbing|theft|thefts|"
    r"thie(?:f|ves)|burgl\w*|break[- ]?in\w*|broke (?:in|into|open)|broken (?:in|into|open)|"
    r"breaking (?:in|into)|pick-?pocket\w*|mugg?(?:ed|ing|er|ers)|assault\w*|attack\w*|hit|"
    r"hits|punch\w*|slapp?\w*|kick\w*|beat|beaten|beating|stabb?\w*|shot|shots|shoot\w*|"
    r"guns?|gunpoint|pistol|knife|knives|weapons?|threat\w*|harass\w*|stalk\w*|"
    r"follow(?:ed|ing|s) (?:me|her|him|us|them|my)|grop\w*|molest\w*|eve[- ]teas\w*|"
    r"flash(?:ed|ing)|exposed himself|vandal\w*|graffiti|smash\w*|damag\w*|scratch\w*|"
    r"slash\w*|arson|set fire|on fire|fire|burn\w*|fraud\w*|scam\w*|cheat\w*|phish\w*|otp|"
    r"hack\w*|defraud\w*|extort\w*|blackmail\w*|brib\w*|drugs?|dealing|dealers?|peddl\w*|"
    r"ganja|heroin|cocaine|mdma|weed|charas|drunk\w*|fight\w*|fought|brawl\w*|kidnap\w*|"
    r"abduct\w*|missing|hit[- ]and[- ]run|ran (?:over|into)|run over|knocked (?:down|over)|"
    r"crash\w*|accident|speeding|rash driving|abus\w*|violen\w*|trespass\w*|loiter\w*|"
    r"suspicious|skimm\w*|counterfeit|forged|forgery|loot\w*|dacoit\w*|ransack\w*|riot\w*|"
    r"shoplift\w*|murder\w*|kill\w*|injur\w*|hurt|wound\w*|bleed\w*|rape\w*|indecent\w*|"
    r"spiked|poison\w*|traffick\w*|smuggl\w*|illegal\w*|bomb\w*|explosi\w*|took (?:my|her|his|"
    r"our|the)|taken|grabbed|pushed|shoved|chok\w*|strangl\w*|spat|cloned|impersonat\w*|"
    r"unauthori[sz]ed|debited|deducted|transferred|siphoned|lost|broke|broken|shattered|"
    r"dumped|dumping|littering|noise|blaring|fireworks|scuffle|quarrel\w*|bull(?:y|ied|ying)|"
    r"ragging|obscene|abusive|intimidat\w*|menac\w*|bitten|mauled|dog attack|leak\w*|"
    r"stuck|trapped|hostage|gambling|betting|bootleg\w*|hooch|sold|selling|stealing|catcall\w*|"
    r"whistl\w*|touched|forced|vehicle|bike|car|scooter|phone|wallet|purse|chain|laptop|"
    r"blocked (?:me|my)|sent (?:him|her|them) (?:the )?money|paid|payment|refund|caller|"
    r"advance|deposit|overcharg\w*|demand\w*|money|bit|bites|biting|destroy\w*|spray\w*|"
    r"threw|throw\w*|stones?|lewd|comments|remarks|sells?|took|fake|spy\w*|tapp(?:ed|ing)|"
    r"cctv|victim\w*|"
    r"accidents?|collision|wreck\w*|looting|burn\w*|tamper\w*|bully\w*|creep\w*|peep\w*|"
    r"photograph\w*|filming|recorded|recording|drunk|alcohol|liquor|cigarettes?|salar\w*)\b"
)
# Where: place vocabulary (the location field also counts).
PLACE_WORDS_RE = (
    r"\b(?:street|streets|road|roads|lane|lanes|avenue|highway|expressway|flyover|bridge|"
    r"junction|chowk|circle|square|signal|crossing|station|platform|stop|depot|terminal|"
    r"airport|market|bazaar|mall|shop|store|supermarket|park|garden|apartment|apartments|"
    r"flat|house|home|building|society|colony|nagar|sector|block|tower|complex|hostel|room|"
    r"metro|bus|train|tram|taxi|cab|auto|rickshaw|parking|garage|basement|school|college|"
    r"university|campus|office|atm|bank|temple|mosque|church|gurudwara|hospital|clinic|"
    r"pharmacy|hotel|restaurant|bar|pub|cafe|café|club|gym|cinema|theatre|theater|beach|lake|"
    r"river|village|town|city|district|neighbou?rhood|area|locality|gate|entrance|lift|"
    r"elevator|stairs|staircase|stairwell|corridor|terrace|balcony|rooftop|backyard|yard|"
    r"compound|field|ground|playground|stadium|petrol pump|gas station|highway|online|"
    r"internet|instagram|whatsapp|facebook|telegram|twitter|snapchat|website|app|email|"
    r"e-mail|sms|text message|phone call|called me|call|caller|upi|account|wallet app|porch|"
    r"doorstep|"
    r"footpath|pavement|sidewalk|alley|gali|corner|outside|inside|downstairs|upstairs|"
    r"next door|neighbou?r\w*|floor|wing|workplace|factory|warehouse|godown|site|farm)\b"
)
# A capitalised place after a preposition ("near Andheri"); matched case-sensitively.
PLACE_NAME_RE = (
    r"\b(?:near|outside|inside|behind|opposite|beside|next to|in front of|at|in|on)\s+"
    r"(?:the\s+)?[A-Z][a-z]+"
)
MONTHS_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# When: time vocabulary (the time field also counts).
TIME_RE = (
    r"\b(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|hrs|hours)?|\d{1,2}\s*(?:am|pm)|\d{3,4}\s*hrs|o'?clock|"
    r"noon|midnight|midday|overnight|morning|mornings|afternoon|afternoons|evening|evenings|night|"
    r"nights|tonight|today|yesterday|tomorrow|dawn|dusk|sunrise|sunset|daylight|"
    r"(?:last|this|past|previous) (?:week|month|year|weekend|few days|\w+day)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|"
    r"thursdays|fridays|saturdays|sundays|weekends?|weekdays?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS_RE + r"|" + MONTHS_RE + r"\s+\d{1,2}|"
    r"january|february|april|august|september|october|november|december|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|ago|just now|earlier|recently|daily|"
    r"nightly|every (?:day|night|evening|morning|week)|for (?:the )?(?:past|last) \w+|since|"
    r"hours?|minutes?|weeks?|months?|diwali|holi|christmas|new year|eid|lunch ?time|"
    r"rush hour|after school|after work|on my way)\b"
)
# Placeholders that say nothing ("someone did something bad").
VAGUE_RE = (
    r"\b(?:something (?:bad|wrong|weird|strange|illegal|terrible|fishy|shady|dodgy|happened|"
    r"is going on|went down)|some(?:one|body) did (?:something|stuff|things|bad)|"
    r"bad (?:stuff|things) (?:happened|going on)|things happened|stuff happened|"
    r"a crime (?:happened|occurred|was committed|took place)|crime happened|"
    r"some(?:thing|one) (?:was |is )?(?:done|doing) (?:something|stuff)|"
    r"stuff (?:is|was) going on|some incident|an incident happened|something occurred)\b"
)

# Day parts and the clock hours (0-23) they can plausibly refer to.
DAY_PART_HOURS: dict[str, frozenset[int]] = {
    "morning": frozenset(range(3, 13)),
    "afternoon": frozenset(range(11, 19)),
    "evening": frozenset(range(15, 24)),
    "night": frozenset([*range(18, 24), *range(0, 7)]),
    "tonight": frozenset([*range(17, 24), *range(0, 6)]),
    "midnight": frozenset([23, 0, 1]),
    "noon": frozenset([11, 12, 13]),
    "daylight": frozenset(range(6, 19)),
}

# Anywhere in the sentence: a mass-scale statement is being reported (a hoax
# forward, a bank advisory), not claimed by the author.
MASS_REPORTED_RE = (
    r"\b(?:claim\w*|rumou?r\w*|hoax\w*|fake news|forward\w*|alleged\w*|said|says|saying|told|"
    r"tells|telling|convinced|persuaded|pretend\w*|lied|lying|"
    r"warn\w*|according to|advisory|alert\w*|announce\w*|news|inspect\w*|(?<!\bi )checked|will be|"
    r"would be|should be|could be|might be|may be|precaution\w*|whatsapp message|"
    r"message saying|post saying|video saying)\b"
)

# Words that end the "following noun" look-ahead ("the ghost *in* the bar").
STOP_WORDS: frozenset[str] = words(
    """
    a an the in on at of to from into onto by with and or but that which who whom whose was
    were is are be been being had has have did do does then than as for over under near
    behind outside inside through across after before while when where he she it they i we
    you my our his her their its this these those
    """
)
