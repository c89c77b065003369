"""Round-2 mechanisms: word classes and shapes that generalise beyond phrasings."""

from __future__ import annotations

import pytest

from citizen_safe.verification import ReportText, verify_offline


def judge(text: str) -> tuple[bool, bool, tuple[str, ...]]:
    verdict = verify_offline(ReportText(text, "", "", 100.0))
    return verdict.is_fake, verdict.needs_review, verdict.red_flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "The washing machine chased my maid out of the bathroom and locked her out.",
            "animated_object",
        ),
        (
            "Our wall clock has been mocking me every hour, it says I will be robbed.",
            "animated_object",
        ),
        ("The parked scooter next door kicked my son when he walked past.", "animated_object"),
        ("A broom swept my wallet off the table and ran out of the house.", "animated_object"),
        (
            "The street light followed me all the way home and blinked threats at me.",
            "animated_object",
        ),
        ("My phone, which cost 4 crore rupees, was snatched on the bus.", "implausible_amount"),
        ("The pen I lost at school was worth 30 crore.", "implausible_amount"),
        ("They stole my sandals worth one billion rupees from the temple.", "implausible_amount"),
        ("About 600 strangers were sleeping under my bed when I checked.", "implausible_number"),
        ("I live alone with no pets, and yesterday someone poisoned my cat.", "contradiction"),
        ("I have no sisters. My sister was beaten by her husband yesterday.", "contradiction"),
        ("I was born deaf and I heard the gunshots and the men's voices clearly.", "contradiction"),
        (
            (
                "It was two in the afternoon and the stars were twinkling above when the bag was"
                " snatched."
            ),
            "contradiction",
        ),
        (
            (
                "I was in hospital under anaesthesia during surgery and I heard the nurse steal"
                " my ring."
            ),
            "contradiction",
        ),
        (
            (
                "I was at my office in Gurgaon the whole day and I watched the thieves enter my"
                " house in Noida with my own eyes."
            ),
            "contradiction",
        ),
        (
            "The mugger caught the police bullet with his teeth and spat it back.",
            "physically_impossible",
        ),
        ("My attacker was twelve feet tall and wore a red cap.", "physically_impossible"),
        (
            "He held his breath for three whole days in the tank to hide from the police.",
            "physically_impossible",
        ),
        (
            "The thief sprinted from Delhi to Jaipur in ten minutes with my bag.",
            "physically_impossible",
        ),
        (
            "The robber lifted the loaded truck over his head and shook out the cargo.",
            "physically_impossible",
        ),
        (
            "The robber was in Mumbai and in London at the same moment, both cameras show him.",
            "physically_impossible",
        ),
        ("My body was dumped in the canal by the men who robbed me.", "self_reported_death"),
        ("I never woke up again after the gang hit me, please punish them.", "self_reported_death"),
        ("A creature with three heads and leathery wings took our goats.", "fictional"),
        (
            "A woman whose feet point backwards stopped my car on the highway and took my purse.",
            "fictional",
        ),
        ("A hellhound guarding the gate bit my cousin.", "fictional"),
        ("The weather app lied to me and I got wet. Prosecute it.", "joke_marker"),
        ("My cousin kidnapped my favourite hoodie and I want him arrested.", "joke_marker"),
        ("Mondays keep mugging me of all my energy.", "joke_marker"),
        ("My brother snores like a tractor, kindly arrest him.", "joke_marker"),
        ("Trial run of the form, nothing happened.", "test_marker"),
        ("Submitting to see if the map pin appears.", "test_marker"),
        ("From my rooftop I saw each and every bank nationwide being robbed.", "mass_scale_claim"),
    ],
)
def test_fakes_phrased_without_listed_words(text: str, flag: str) -> None:
    is_fake, _, flags = judge(text)
    assert is_fake and flag in flags, flags


@pytest.mark.parametrize(
    "text",
    [
        "The loan app threatened to send my photos to all my contacts.",
        "The ATM swallowed my card and then a man offered to help me get it back.",
        "The ATM spat out fake notes when I withdrew 2000 rupees.",
        "A bottle flew at my head from the crowd during the fight.",
        "The gate slammed shut on my son's fingers because the security guard pushed it.",
        "The escalator grabbed my daughter's dupatta and pulled her down.",
        "The old tree threatened to fall on our house for weeks and the municipality ignored us.",
        "My phone died so I could not call anyone when the men followed me.",
        "The door kicked open and three men rushed in with knives.",
        "A stone hit my windscreen and cracked it when a boy threw it from the bridge.",
        "The CCTV camera watched the whole thing and recorded the thief's face.",
        "Somebody took my life savings by cloning my debit card.",
        "The fraudster took my life savings of 12 lakh through a fake investment app.",
        "My son's killers are still roaming free and threatening our family.",
        "The case of my brother's murder has not moved in two years.",
        "I nearly died when the man pushed me off the platform.",
        "I could have died if the bus had not stopped in time.",
        "I didn't survive on that salary so I took a loan and now the lender harasses me.",
        "I have been dead tired since the night shift, and that is when my scooter was stolen.",
        "He said he wants my house after my death and keeps threatening me.",
        "My landlord is holding my documents hostage until I pay extra.",
        "The robber was at least 6 feet tall and wore a black jacket.",
        "The thief jumped over the 6 feet wall and ran toward the river.",
        "He lifted the scooter with the help of two friends and loaded it onto a tempo.",
        "Two men pushed my car into the ditch and ran away.",
        "The thief outran the police constable and disappeared into the slum.",
        "My card was used in Delhi and Mumbai at the same time, so it must have been cloned.",
        "A snake man came to catch the cobra and demanded money for it.",
        "The little imp from next door keeps ringing our bell and running away.",
        "My husband, a bull-headed man, smashed the TV in anger.",
        "I am deaf in one ear but I clearly heard the man threaten my mother.",
        "I was blindfolded during the kidnapping, but later I recognised the driver's voice.",
        "I don't have a car, so I borrowed my friend's car and it was stolen from the parking.",
        "I never carry much cash, but my wallet had my cards and they were used.",
        "I don't own a bike any more; my old bike was sold last year. Now my cycle was stolen.",
        (
            "Nobody was home when the burglars came; we returned from the wedding and found"
            " the door broken."
        ),
        (
            "The shop was closed all day for the holiday, but the owner sold me liquor from"
            " the back door."
        ),
        "At three in the afternoon a man grabbed my chain near the market.",
        "It was 2 am and the street lights were shining brightly when the fight started.",
        "The moon was bright that night at 11 pm when the men came over the wall.",
        "My roommate stole my charger and my headphones; this keeps happening.",
        "My sister-in-law stole my gold jewellery and my husband refuses to act.",
        (
            "The neighbour's dog barks all night and the owner threatened me when I"
            " complained, please take action."
        ),
        "A monkey snatched my phone from the balcony and threw it down.",
        "I was checking whether my UPI app shows the refund and saw 40,000 debited by a stranger.",
        "I tried to fill the form at the police station but they refused to register my complaint.",
        "Nothing happened to me, but I saw a man beating a woman near the bus stop.",
        "This app is useless, nobody responded when my bag was snatched near the station.",
        "My daughter's school bag with her books was stolen from the bus.",
        "The devil of a landlord cut our electricity and water to force us out.",
        "Speak of the devil, the same man who robbed me came back to the shop today.",
        "A man in a devil costume at the Halloween party punched my friend.",
        "The Pegasus spyware was installed on my phone by someone at work.",
        (
            "I was in a coma for two weeks after the accident; the driver who hit me has not"
            " been charged."
        ),
        "My grandmother's funeral was held on Friday and someone stole the donation box.",
        "The house was empty when I came back and everything was gone.",
        "The man's hands were huge and rough, he grabbed my neck.",
        "My Activa, which I bought for 90,000 rupees, was stolen from the society parking.",
        (
            "I saw all the shops in the city closed because of the bandh, then a mob"
            " attacked my stall."
        ),
        (
            "Every ATM in our area has been out of cash for a week, and today a man snatched"
            " my withdrawal at the only one working."
        ),
        "A mob of 300 people gathered outside my shop and then broke the glass.",
        "I opened my shop at 9 and found 3 men sleeping inside who ran away.",
        "He murdered my brother and the police took no action.",
        "My ex kidnapped my son and took him to another state.",
        "The builder murdered my dreams by never giving possession of the flat I paid for.",
        "The thief turned into the lane and disappeared.",
        "She turned into a different person after marriage and now her in-laws beat her.",
        "The men were standing on the roof and throwing stones at our windows.",
        "The robbers were in Delhi and then in Jaipur the next day according to the police.",
        "My attacker was about nine inches taller than me.",
        "The smoke from the factory turned into a black cloud over the colony.",
        "My wallet, which I got for my birthday, was snatched with Rs 2000 in it.",
        "The lamp post near our gate was hit by a drunk driver last night.",
        "The statue in the park was vandalised and its head broken.",
        "The parked bicycles were all stolen from the stand overnight.",
        (
            "The traffic light at the junction has been broken for weeks and there was an"
            " accident today."
        ),
        "My laptop was stolen and the thief is now threatening to leak my files.",
        "My phone battery died and the cab driver took me to the wrong place and demanded 3000.",
        "He threw my bag over his head into the crowd and ran.",
        "The burglar carried the TV above his head and walked out calmly, CCTV shows it.",
        "The man was huge, easily 6 ft 5, and built like a wall.",
        "The kids were playing with a toy gun that looked real and a neighbour called the cops.",
        "I have no children of my own, but my niece who lives with us was harassed at school.",
        "I was unconscious for a few minutes after the attack; when I came to, my bag was gone.",
        "I am blind in my left eye but I saw the man clearly with my right eye.",
        (
            "I don't have a licence so my son drives my car, and it was stopped and he was"
            " beaten by traffic police."
        ),
        "I never had a smartphone until last month, and now my new phone has been hacked.",
        "My mother died last year and her house was broken into this week.",
        "Since my father's death my uncle has been trying to grab our land.",
        "The company's app kept sending threatening messages about my loan.",
        "The shop was closed for Sunday, so the thieves cut the shutter and took the cash.",
        "At midnight the moonlight was enough to see the man climbing our gate.",
        "It was 11 am and bright sunshine when the chain snatchers struck outside the bank.",
        "A drunk man was dancing on the road and broke a car's side mirror.",
        "The fridge in the shop was smashed and all the cold drinks looted.",
        "The rioters threw chairs and tables at the police.",
        (
            "Someone sent me a video of the Avengers ride at the park where my son was"
            " pushed off by a staff member."
        ),
        "The thief had a tattoo of a dragon on his forearm.",
        "My friend who plays a vampire in the theatre show was robbed after the performance.",
        (
            "My neighbour claims a witch cursed her cow, and now she is threatening an old"
            " woman in our village."
        ),
        "A woman dressed as a fairy at the kids' party stole jewellery from the host's bedroom.",
        "The traffic cones were thrown onto the road by drunk youths.",
        "His arms were covered in blood after the glass broke.",
        "The snatcher was running at about 20 km/h on his bicycle.",
        "She died on the spot after the truck hit her scooter.",
        (
            "My husband died in the accident and the insurance agent has cheated us of the"
            " claim money."
        ),
        (
            "They say the house is haunted, but the real problem is the drug dealers using"
            " it at night."
        ),
        "I was followed by a man in a Spiderman mask from the metro to my building.",
        "The liquor shop sells after hours; the shutter is half open every night.",
        (
            "Every ATM in the city centre was out of order so people were robbed at the only"
            " working one."
        ),
        "The whole city was flooded and thieves looted the shops on our street.",
        "The dog ran away with my slipper and the owner laughed at me when I complained.",
        "There was an earthquake drill and during the chaos someone stole my laptop.",
        "I received a message saying my body was found? It was a scam to get my bank details.",
        "A man who said he was my brother's killer called me and threatened me too.",
        "Our team's trophy shaped like a phoenix was stolen from the club cabinet.",
        (
            "A car hit my scooter at the Dracula's Castle go-kart track parking and the"
            " driver drove off."
        ),
        "The suspect had a limp and stole my phone near the temple.",
    ],
)
def test_honest_look_alikes_are_not_penalised_or_queued(text: str) -> None:
    is_fake, needs_review, flags = judge(text)
    assert not is_fake and not needs_review, flags
