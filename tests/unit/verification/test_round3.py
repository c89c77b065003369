"""Round 3 (issue 9): wider shapes and contradictions, and the honest look-alikes they must spare.

The honest sentences were written to trip each new mechanism (threats, near misses,
idioms, machines that really do act alone, sequences that explain a change); the fakes
are phrased unlike dev3.
"""

# ruff: noqa: E501  (one report per line reads better than wrapped strings)
from __future__ import annotations

import pytest

from citizen_safe.verification import verify_offline
from citizen_safe.verification.verdict import ReportText

HONEST = [
    "He threatened to beat me to death if I told anyone.",
    "The goons nearly beat me to death with rods, I am in hospital now.",
    "I was scared to death when he pulled out a knife.",
    "My neighbour's dog was beaten to death by the guard.",
    "They beat me half to death and took my bag.",
    "I was bored to death waiting at the station when a man snatched my phone.",
    "My late father's murder in 2019 is still unsolved, and now someone is threatening my family.",
    "They are spreading fake news of my death on WhatsApp to grab my land.",
    "I almost drowned when the thieves pushed me into the canal, a fisherman pulled me out.",
    "I succumbed to pressure and paid the extortionists 50,000.",
    "He said he would carry my car away on his truck if I didn't pay the loan.",
    "Two men pushed the stalled car with their hands and then drove off in it.",
    "The crane operator lifted the car onto the tow truck without telling me.",
    "Four men lifted my bike and carried it onto a tempo.",
    "The blast was so strong that glass flew two streets away.",
    "My stolen scooter was found two kilometres away near the canal.",
    "He verbally abused me for an hour, he hurt me without touching me.",
    "The thief opened my keyless car without touching it, using a relay device.",
    "He slipped a note under the door threatening my son.",
    "The thief came in through the door, which we had forgotten to lock.",
    "The boy crawled under the gate and stole the cycle from the compound.",
    "The thieves squeezed through a gap in the fence and took the copper wire.",
    "Our cat slid under the door and the neighbour accused us of letting it steal his fish.",
    "Someone stole the water pipes of our rain water harvesting system.",
    "The thief stole my phone and with it all my memories of my late wife.",
    "They stole the solar panel and the sun heater from our terrace.",
    "The robbers stole the air conditioner from the office.",
    "Someone stole the river sand from our construction site.",
    "He stopped the time clock at the factory and stole wages for hours never worked.",
    "Police say the gang split into two groups after the robbery.",
    "The fraudster cloned my debit card and withdrew 40,000.",
    "My ex-husband turned into a monster after marriage and beat me regularly.",
    "The fire-breather at the circus burnt his face and the organiser ran away.",
    "The door locked itself behind me and the thief was still inside.",
    "My phone installed an app by itself and then money was withdrawn from my account.",
    "My parked car rolled by itself down the slope and hit a wall, the handbrake had been tampered with.",
    "The old man with the bag got angry and slapped the conductor.",
    "The shop owner deliberately broke my phone while repairing it.",
    "The door was left open on purpose by the maid, who let the thieves in.",
    "The gate was opened deliberately by the watchman at 2 am.",
    "My bag was deliberately cut open with a blade on the crowded bus.",
    "The dog got angry and bit my son, the owner refused to pay for treatment.",
    "A rat as big as a cat bit my son in the government hospital ward.",
    "A kite as big as a bus was flying over the stadium when the fight started.",
    "The fake baba claimed an invisible spirit was harming my family and took 2 lakh for a puja.",
    "He stole two bottles of spirits from the bar.",
    "School spirit is low since the bullying incident; a boy was beaten in the washroom.",
    "I had no phone to call for help because my phone had been snatched.",
    "I don't have a car, so I take the bus; yesterday my purse was stolen on it.",
    "I have no bank account, so I keep cash at home, and thieves took 30,000 from the cupboard.",
    "I have never had a pet but my neighbour's dog bit me.",
    "Our flat has no balcony, so the thieves came in through the kitchen window.",
    "Our house has no back door; they broke the front door lock.",
    "The house has no CCTV camera, so we don't know when it happened.",
    "The street was completely empty, then a crowd gathered after I screamed.",
    "The road was completely deserted at 2 am when they robbed me.",
    "Nobody was around when he grabbed my chain, the bystanders came later.",
    "The shop has been closed for two years but someone is using its name to cheat people online.",
    "The factory was shut for six months; last night someone broke in and stole the machines.",
    "My phone was stolen two days after I bought it.",
    "The bike was stolen from the showroom before I received it, the dealer refuses to refund.",
    "My grandfather was robbed in 1975, before I was born, and the same family is now threatening us.",
    "I am 10 years old and a man near my school tried to give me chocolate and pull me into his car.",
    "I am in 6th std, a boy in my class stole my cycle.",
    "He wore a full face helmet but when he lifted the visor I saw a thick moustache.",
    "Nobody saw his face, but the CCTV shows he had a beard.",
    "I was blindfolded, but I heard them call each other Raju and Sonu.",
    "I was asleep but my wife saw them and woke me up.",
    "I did not wake up until 7, and then I saw that the door was open.",
    "I was in Mumbai on work the whole week, and my neighbour saw the burglars at my house.",
    "I was at office the whole day and watched it live on my phone's CCTV app.",
    "At 11 in the night it was still hot after the afternoon heat, and two men broke into the shop.",
    "The robbery happened at 2 pm in the blazing afternoon sun outside the bank.",
    "Two men in Ghostbusters costumes robbed the toy store.",
    "The Invisible Man screening was interrupted when a man groped a woman.",
    "My grandmother says a churel lives in the tamarind tree, but a real man stole our buffalo last night.",
    "A devil mask was left behind by the robbers at the ATM.",
    "The magician at the fair made my ring disappear and never gave it back.",
    "He ran up the stairs of the building and pushed the guard.",
    "He ran along the wall of the society and jumped over the gate.",
    "The rickshaw driver ran like the wind with my bag still in the seat.",
    "Somebody stole the moon lamp from my daughter's room.",
    "They stole the colour printer and the sky lantern stock from my shop.",
    "My friend lost his voice shouting for help when the thieves attacked.",
    "The Monday morning rush at the station is when pickpockets strike, my wallet went today.",
    "My roommate stole 5000 rupees from my drawer, I want to file a complaint.",
    "My brother is harassing me for money and hit me, please help.",
    "I want to report my landlord for assault, he hit me with a stick.",
    "The exam paper was leaked and sold for 5000 by a clerk, arrest him.",
    "My 2 lakh rupee bike was stolen from the office parking.",
    "Someone stole my 80,000 rupee phone from the gym locker.",
    "A 5 crore rupee car loan fraud was run by the dealer in my name.",
    "The thief took my 1,500 dollar laptop from the cafe.",
    "My son's school bag was stolen with his books and 500 rupees inside.",
    "The cashier's bag had 3 lakh rupees of the day's collection when the bikers snatched it.",
    "My tiffin box was stolen from the office fridge, along with 200 cash.",
    "My wallet had 12,000 cash and my cards when it was pickpocketed.",
    "The coin purse had about 300 rupees in it.",
    "Three men climbed on my scooter and rode away with it while I was buying milk.",
    "Around 40 policemen raided the gambling den behind our building.",
    "Our tea stall was raided by 6 policemen at night without any warrant.",
    "A crowd of 200 people gathered outside the police station after the arrest.",
    "About 30 workers were locked inside the factory by the contractor.",
    "Every single shop in our lane was burgled last night, I checked with the neighbours.",
    "All the ATMs in our area were out of cash during the protest, and a man snatched my money at one.",
    "The entire population of our village was affected by the dam water release and some houses were looted.",
    "A WhatsApp forward claims all ATMs in the city are hacked; my own card was cloned at one ATM yesterday.",
    "I checked and every car in our society parking had its mirrors broken.",
    "My brother was charged with second degree assault last year and is now threatening me again.",
    "He suffered first degree burns when the attackers threw acid.",
    "The video game Grand Theft Auto was stolen from my son's bag along with his console.",
    "The riots were a crime against humanity, my shop was burnt and my brother injured.",
    "I want to report my neighbour for assault, he hit my father.",
    "I want to report my car for being stolen, it was taken from outside my house.",
    "I would like to report the theft of my bike, which was parked outside the library.",
    "Please arrest the man who stole my phone, I have his photo.",
    "My laptop was stolen, I want to file a case against the repair shop for theft.",
    "Monday morning: a man attacked me at the bus stop and took my phone.",
    "The Monday market was attacked by a gang who looted the vendors.",
    "My diet plan was ruined because the mess contractor served rotten food, 20 students are ill.",
    "The weather was bad and the power was out when the thieves came.",
    "My cycle worth 8,000 was stolen from the school stand.",
    "My 3 year old iPhone was snatched at the signal.",
    "Two 500 rupee notes were stolen from my shirt pocket.",
    "His 10 crore company was cheating investors; I lost 5 lakh.",
]

FAKES = [
    (
        "I was electrocuted to death by the landlord's faulty wiring and he should be jailed.",
        "self_reported_death",
    ),
    ("They strangled me to death in the lift and nobody has been arrested.", "self_reported_death"),
    ("I bled out on the pavement after the stabbing, please catch them.", "self_reported_death"),
    ("As a dead man I demand that my son stops selling my land.", "self_reported_death"),
    (
        "The wrestler held the moving bus back with his bare hands and robbed the passengers.",
        "physically_impossible",
    ),
    ("The thief lifted my entire bungalow and moved it next door.", "physically_impossible"),
    ("He slapped me from across the road without even touching me.", "physically_impossible"),
    ("The burglar squeezed himself under the locked door of my flat.", "physically_impossible"),
    ("Somebody stole our sky, it has been grey and empty since Sunday.", "physically_impossible"),
    ("The robber paused time and emptied every till in the mall.", "physically_impossible"),
    (
        "He split into four identical copies and each robbed a different shop.",
        "physically_impossible",
    ),
    ("He hit my scooter so hard it flew two kilometres away.", "physically_impossible"),
    (
        "The man sprinted straight up the outer wall of the 20 storey tower.",
        "physically_impossible",
    ),
    ("My old wardrobe got jealous of the new one and pushed my wife.", "animated_object"),
    (
        "Yesterday my umbrella opened itself, floated to the bus stop and robbed a lady.",
        "animated_object",
    ),
    ("The kitchen chair tripped my father on purpose.", "animated_object"),
    ("A pigeon as big as a helicopter took my neighbour's goat.", "fictional"),
    ("A creature with a woman's head and a snake's body bit the watchman.", "fictional"),
    ("An invisible attacker slapped me three times at the bus stop.", "supernatural"),
    ("Somebody nicked my 3 crore rupee bicycle from the tuition class.", "implausible_amount"),
    ("My pencil box had 25 lakh rupees and a boy took it.", "implausible_amount"),
    ("Nearly 900 thugs jumped onto my motorbike and rode off.", "implausible_number"),
    ("The whole population of Delhi was robbed at gunpoint today.", "mass_scale_claim"),
    ("My roommate is guilty of third degree snoring, jail him.", "joke_marker"),
    ("I am reporting my fridge for harassment, it hums at me all night.", "joke_marker"),
    ("That haircut was a crime against humanity, arrest the barber.", "joke_marker"),
]


def _verdict(text: str) -> tuple[bool, bool, tuple[str, ...]]:
    verdict = verify_offline(ReportText(text, "Pune", "yesterday", 100.0, "en"))
    return verdict.is_fake, verdict.needs_review, verdict.red_flags


@pytest.mark.parametrize("text", HONEST)
def test_honest_look_alikes_are_neither_penalised_nor_reviewed(text: str) -> None:
    is_fake, needs_review, flags = _verdict(text)
    assert not is_fake and not needs_review, flags


@pytest.mark.parametrize(("text", "flag"), FAKES)
def test_round_three_shapes_catch_new_phrasings(text: str, flag: str) -> None:
    is_fake, _, flags = _verdict(text)
    assert is_fake and flag in flags, flags
