"""Round 4: amounts, goods and crowds read against tables of what a source or place holds.

Honest look-alikes (real large amounts from banks, vans, ATMs, shops and warehouses;
ordinary sums in wallets and tills; prices of real cars and bikes) must stay genuine with
no review; the fakes must be fake.
"""

from __future__ import annotations

import pytest

from citizen_safe.verification.offline import verify_offline
from citizen_safe.verification.verdict import ReportText


def _verdict(text: str) -> tuple[bool, bool]:
    verdict = verify_offline(
        ReportText(
            description=text,
            location="Main road",
            time_of_occurrence="yesterday 8 pm",
            author_credibility=100,
            language="en",
        )
    )
    return verdict.is_fake, verdict.needs_review


HONEST_AMOUNTS = (
    "Robbers held up the security van outside the mall and took 3 million rupees in cash.",
    "The ATM at the corner was broken open and about 25 lakh taken from it.",
    "My wallet was stolen on the train, it had Rs 4,200 and my licence.",
    "Someone pinched my purse at the market. It had about £80 in it.",
    "A thief took the tip jar from the counter of our coffee cart, maybe $40 inside.",
    "Burglars emptied the till at my corner shop and took around 12,000 rupees.",
    "They broke the donation box at the temple and stole the money, about 30,000 rupees.",
    "The cashier says the robbers took 2 lakh from the cash counter of the petrol pump.",
    "My son's piggy bank was stolen. It had about 2,000 rupees saved up.",
    "They took 3 phones and a laptop from my bag in the library.",
    "Someone stole 12 phones from the display case of the mobile shop.",
    "Thieves stole 2 tonnes of copper cable from the railway site.",
    "About 500 litres of diesel was stolen from the generator at our building.",
    "The burglars took 2 kilos of silver utensils from the cupboard.",
    "My handbag was snatched with 1.5 lakh rupees I had just withdrawn for school fees.",
    "Police say the gang stole goods worth 5 crore from a warehouse in Bhiwandi.",
    "They took my bag with 2 laptops and 3 hard disks from the car.",
    "He took Rs 500 from my pocket and ran away.",
    "A man grabbed my envelope with Rs 50,000 for the hospital bill.",
    "The thieves took 40 sarees and 10 kilos of rice from our house.",
    "The kirana shop owner lost 60,000 rupees from his galla in the break-in.",
    "My dad had 8 lakh in cash in his almirah for my sister's wedding, all stolen.",
    "A man snatched my bag. It had my laptop, two phones and 9,000 rupees in it.",
    "Someone took 5 kg of almonds from my dry fruit stall.",
    "Thieves cut open the ATM and escaped with 19 lakh.",
    "The bank van was robbed; the guards said 2 crore was inside.",
    "I told him a thousand times not to touch my wallet, today he took 2,000 from it.",
    "My bike was stolen, it cost me 1.2 lakh two years ago.",
    "The kids took 20 rupees from the tip box at the chai stall.",
    "The cashier emptied $15,000 from the register and disappeared.",
    "They stole 200 kg of tomatoes from my cart at the mandi.",
    "Someone stole 10 laptops from our office on the weekend.",
    "The robbers took jewellery worth 40 lakh from our bedroom cupboard.",
    "Thieves took 6 TVs from the electronics store.",
    "My grandmother kept 3 lakh rupees in a steel box in the kitchen; it's gone.",
    "I had 300 dollars in my back pocket and it's gone.",
    "The pickpocket took two phones from my jacket pockets.",
    "My Honda City was stolen from outside the gym. It was worth about 9 lakh.",
    "Somebody nicked my Activa, it cost me 80,000 last year.",
    "My phone was stolen on the bus, it was worth around 45,000 rupees.",
    "Thieves took my Toyota Fortuner. It was worth 40 lakh.",
    "The Royal Enfield Bullet stolen from my gate was worth 2 lakh.",
    "My Mercedes was stolen, it cost 1.2 crore.",
    "My Hyundai was broken into and my bag was taken, which had my laptop worth 90,000.",
    "Two men on a bike took 45,000 rupees from me at knife point near the ATM.",
    "The conman took 3 lakh from me promising a government job.",
    "They robbed 2 phones and 5,000 from me at gunpoint.",
    "He snatched the bag with 1.5 lakh from my hand and rode away.",
    "The gang took gold worth 8 lakh from me at knifepoint on the highway.",
    "A fake police officer took 20,000 dollars from me for a fake fine.",
)
FAKE_AMOUNTS = (
    "A man snatched my wallet. There were 40 crore rupees inside it.",
    "The boy stole my lunch box with $2 million in it.",
    "Thieves emptied my till of 500 million dollars.",
    "Someone took 200 phones out of my jeans pocket on the bus.",
    "A pickpocket lifted 5,000 kilos of silver from my coat pocket.",
    "My piggy bank was stolen with ten million pounds inside.",
    "The tea stall robbery: they got away with 800 crore from the cash box.",
    "They took 2,000 laptops from my backpack.",
    "Someone stole my Maruti Alto. It was worth 500 crore rupees.",
    "My Splendor bike was taken from the stand, it cost me 50 million dollars.",
    "Lost my phone at the bus stand. It was worth 2 crore.",
    "Two men took 4 billion dollars from me at knife point on my way home.",
    "The mugger grabbed 600 laptops out of my hands and ran.",
    "He robbed 900 crore from me at gunpoint near the bus stop.",
)


@pytest.mark.parametrize("text", HONEST_AMOUNTS)
def test_real_amounts_stay_genuine(text: str) -> None:
    assert _verdict(text) == (False, False)


@pytest.mark.parametrize("text", FAKE_AMOUNTS)
def test_amounts_beyond_their_source_are_fake(text: str) -> None:
    assert _verdict(text)[0]


HONEST_CROWDS = (
    "About 300 passengers were in the train compartment when the bag lifter struck.",
    "There were nearly 80 people in the bus and someone slashed my pocket.",
    "A crowd of 50,000 fans was at the stadium and my phone was stolen from my bag.",
    "Two of my friends were with me in the car when the men smashed the window.",
    "A gang of 15 men armed with rods attacked our shop.",
    "There were 200 guests at the reception hall when the gift box was taken from the table "
    "near my car.",
    "Six of them pushed into the lift with me and snatched my chain.",
    "Around 40 villagers chased the thieves into the fields.",
    "Over 1,000 protesters marched on the road and some broke the windows of my car.",
    "Hundreds of people were at the temple fair and my purse was snatched.",
    "Twenty witnesses in the restaurant saw him hit the waiter.",
    "Three of them got into the auto with me and took my phone.",
    "The mob of about 300 people set fire to the bus on the highway.",
    "We were 12 people in the flat for my son's birthday when the police came.",
    "My neighbours, about 30 of us, stood outside the building while the fire brigade came.",
    "Thousands of devotees were in the queue at the temple and a man cut my bag.",
    "Four robbers with guns came into the jewellery shop and tied up the staff.",
    "The taxi driver and his two friends robbed me on the way to the airport.",
)
FAKE_CROWDS = (
    "A thousand robbers climbed out of my car boot and attacked me.",
    "Two thousand of them came out of the cupboard in my bedroom.",
    "My phone was snatched by 400 pickpockets inside the telephone booth.",
    "About 700 witnesses were inside my bathroom and saw the thief.",
    "Five hundred attackers were hiding in my kitchen.",
    "The rickshaw driver and his 300 accomplices in the auto took my bag.",
)


@pytest.mark.parametrize("text", HONEST_CROWDS)
def test_real_crowds_stay_genuine(text: str) -> None:
    assert _verdict(text) == (False, False)


@pytest.mark.parametrize("text", FAKE_CROWDS)
def test_crowds_beyond_the_place_are_fake(text: str) -> None:
    assert _verdict(text)[0]


HONEST_ACTS = (
    "The thief carried the house keys he stole from my bag and opened the door.",
    "He lifted my bag from the bus seat and got off at the next stop.",
    "The workers lifted the bus with a crane after the accident and found the thief's phone.",
    "He picked up the bus tickets from the counter and walked off with my wallet.",
    "The man tried to lift the ATM with a jack but gave up when the alarm rang.",
    "He swallowed the gold ring he stole when the police caught him.",
    "The boy ate my lunch and ran off laughing.",
    "The burglar climbed up the drain pipe to the 4th floor and entered through the window.",
    "The thief jumped from the first floor balcony to the ground and escaped.",
    "The chain snatcher outran the police constable and escaped into the lanes.",
    "He ran towards the train and jumped into the compartment as it was starting.",
    "I was nearly burnt alive when they set fire to my shop; I am in hospital with burns.",
    "They tried to burn me alive in my own house.",
    "I was buried alive under the rubble for two hours before the neighbours dug me out.",
    "It felt like I was burnt alive, the acid hurt so much.",
    "All the shops in our street were broken into last night.",
    "Every house in our colony was burgled during the festival week.",
    "Every shop in our lane was broken into last night, mine too.",
    "Testing positive for covid, I was in quarantine when my flat was burgled.",
    "Thieves stole every single bike in our society's parking last night.",
    "The whole of our building lost water because someone cut the pipe.",
    "I was testing the new lock when I found the scratches from last night's break-in attempt.",
    "I have never had a car stolen before, but last night they took my car's battery.",
    "I live alone and have no family nearby, so my neighbour called the police for me.",
    "I have never had a problem here before; tonight my scooter was stolen.",
    "I live alone and have no family nearby; my son lives in Delhi and he told me to file this.",
    "I have no family in this city. My brother in Pune asked me to report the theft of my phone.",
    "We have no children of our own. Our nephew lives with us and his phone was stolen.",
    "We have no family in this city, our son is abroad, so I am filing this myself.",
)
FAKE_ACTS = (
    "The robber picked up the entire bus and threw it into the river.",
    "The man lifted the whole three-storey house and walked away with it.",
    "The thief swallowed my scooter in front of everyone.",
    "The burglar jumped from the street to our 8th floor balcony in a single leap.",
    "The snatcher outran the Shatabdi express on foot.",
    "They burnt me alive in my own shop and ran away. Please arrest them.",
    "testing testing, is this going to the cops",
    "Every man in the United Kingdom was robbed by one thief last night, I saw it.",
    "We have no kids. Our daughter's cycle was stolen from the school gate.",
)


@pytest.mark.parametrize("text", HONEST_ACTS)
def test_real_feats_scopes_and_denials_stay_genuine(text: str) -> None:
    assert _verdict(text) == (False, False)


@pytest.mark.parametrize("text", FAKE_ACTS)
def test_typed_subjects_and_complements_are_fake(text: str) -> None:
    assert _verdict(text)[0]


# Counts and places in different clauses; sums gathered from many sources.
HONEST_CLAUSES = (
    "I was in the car when about 200 villagers surrounded it and smashed the windows.",
    "We were hiding in the bathroom while nearly 100 rioters were outside on the street.",
    "I locked myself in my bedroom as 50 men with sticks broke the gate downstairs.",
    "There were 40 witnesses outside the shop who saw him run out with my bag.",
    "My friends and I, around 35 of us, were at the dhaba when the fight started.",
    "The gang stole $2 million from cars in the area over six months, police say.",
    "Thieves took about 3 lakh in total from the wallets of passengers on the night bus.",
    "A man snatched my bag near the hotel. It had 30,000 rupees and my passport.",
    "My purse was stolen. There was about 2 lakh in it for my daughter's wedding.",
    "My wallet was stolen and I had just won 10 lakh in a lottery that week.",
    "Around 60 fans were in the pub when the glass was thrown at me.",
    "Two of the attackers were hiding in the auto and 30 others waited on the road.",
    "A crowd of 300 neighbours gathered outside my flat after the burglary.",
    "Police said 150 officers raided the colony and arrested the gang hiding in one flat.",
)


@pytest.mark.parametrize("text", HONEST_CLAUSES)
def test_counts_and_places_in_other_clauses_stay_genuine(text: str) -> None:
    assert _verdict(text) == (False, False)


# A heavy noun inside a compound is a small thing ("the truck tyre", "the train set").
HONEST_COMPOUNDS = (
    "The thief carried the train set my son got for his birthday out of the house.",
    "He lifted the truck tyre off my car and rolled it away.",
    "The man threw the bus pass on the floor and grabbed my phone.",
    "The boy ate my bicycle bell? No, he stole my bicycle bell and ran.",
    "He picked up the house plants and smashed them on the floor.",
    "The guy lifted the building's fire extinguisher and hit the guard.",
    "The robber carried the bridge toll money box away.",
)
FAKE_HEAVY = (
    "The thief picked up the bus and ran.",
    "The man lifted the whole building with ease.",
    "The robber threw the truck into the river.",
    "He swallowed my bicycle.",
    "The snatcher lifted the entire train off the tracks and escaped.",
)


@pytest.mark.parametrize("text", HONEST_COMPOUNDS)
def test_heavy_nouns_in_compounds_stay_genuine(text: str) -> None:
    assert _verdict(text) == (False, False)


@pytest.mark.parametrize("text", FAKE_HEAVY)
def test_heavy_things_moved_by_a_person_are_fake(text: str) -> None:
    assert _verdict(text)[0]
