"""The offline rules: demo seeds, red-flag kinds, look-alike traps, the labelled set.

The "held-out" sentences below are not in tests/data/labelled_reports.jsonl; they
check that the rules are general patterns rather than a list of memorised reports.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

import citizen_safe.verification as verification
from citizen_safe.verification import (
    GeminiSettings,
    ReportText,
    Verdict,
    verify_offline,
    verify_report,
)
from citizen_safe.verification.gemini import GeminiUnavailable
from citizen_safe.verification.offline import analyse, parse_number
from citizen_safe.verification.samples import DEMO_REPORTS, DemoReport
from citizen_safe.verification.verdict import RED_FLAG_CODES

LABELLED = Path(__file__).resolve().parents[2] / "data" / "labelled_reports.jsonl"


def report(text: str, location: str = "", when: str = "", credibility: float = 100.0) -> ReportText:
    return ReportText(text, location, when, credibility)


# --------------------------------------------------------------------------- demo seeds


@pytest.mark.parametrize("demo", DEMO_REPORTS, ids=lambda d: d.key)
def test_demo_seeds_come_out_right(demo: DemoReport) -> None:
    verdict = verify_offline(demo.report)
    assert verdict.is_fake is demo.expected_is_fake, verdict.reasoning
    # With or without the structured fields, the seed keeps its verdict.
    bare = replace(demo.report, location="", time_of_occurrence="")
    assert verify_offline(bare).is_fake is demo.expected_is_fake


def test_demo_seed_confidences_and_flags() -> None:
    verdicts = {d.key: verify_offline(d.report) for d in DEMO_REPORTS}
    assert verdicts["genuine-handbag-snatching"].red_flags == ()
    assert verdicts["genuine-handbag-snatching"].confidence >= 0.85
    assert verdicts["fake-ghost"].confidence >= 0.95
    assert "supernatural" in verdicts["fake-ghost"].red_flags
    assert verdicts["fake-all-atms"].confidence >= 0.90
    assert "mass_scale_claim" in verdicts["fake-all-atms"].red_flags
    assert {"joke_marker", "vague"} <= set(verdicts["fake-vague-lol"].red_flags)


# --------------------------------------------------------------------------- fakes by kind


@pytest.mark.parametrize(
    ("text", "flag", "min_confidence"),
    [
        (
            "A headless ghost has been stealing chickens from our coop every full moon.",
            "supernatural",
            0.95,
        ),
        ("A vampire bit me outside the bar on Church Street at midnight.", "supernatural", 0.95),
        (
            "My neighbour's house is haunted by an evil spirit that steals our newspapers.",
            "supernatural",
            0.95,
        ),
        ("A werewolf chased me home from the gym.", "supernatural", 0.95),
        ("Zombies are eating people in the Sector 18 market right now.", "supernatural", 0.95),
        ("A demon possessed my friend and he robbed a shop.", "supernatural", 0.95),
        ("Ghosts keep stealing my socks from the washing line at night.", "supernatural", 0.95),
        ("GHOST STOLE MY PHONE AT THE STATION", "supernatural", 0.95),
        ("Ghost Stole My Phone At The Station Today", "supernatural", 0.95),
        ("Last night a dragon stole my motorcycle from the parking lot.", "fictional", 0.95),
        ("Three aliens abducted my uncle from the paddy field yesterday.", "fictional", 0.95),
        ("I saw an alien rob the ATM near the station at 2 am.", "fictional", 0.95),
        ("The Hulk smashed my shop window and ran away.", "fictional", 0.95),
        (
            "A thief teleported out of the police station after being arrested.",
            "physically_impossible",
            0.95,
        ),
        (
            "A man flew into the sky after robbing the bank on MG Road.",
            "physically_impossible",
            0.95,
        ),
        ("Invisible thieves are emptying my fridge every night.", "physically_impossible", 0.95),
        (
            "The burglar disappeared into the wall and came out in my neighbour's flat.",
            "physically_impossible",
            0.95,
        ),
        (
            "A time machine appeared in the market and a man stepped out and stole my watch.",
            "physically_impossible",
            0.95,
        ),
        ("A giant spider the size of a bus stole my car.", "physically_impossible", 0.95),
        ("My dog hacked my bank account and bought a TV.", "physically_impossible", 0.95),
        ("Five thousand goons are camping on my terrace right now.", "implausible_number", 0.90),
        ("A mob of 1000 robbers looted my small kiosk at noon.", "implausible_number", 0.90),
        ("Over 10,000 robbers attacked our village last night.", "implausible_number", 0.90),
        ("Every car in the country is being stolen by one gang tonight.", "mass_scale_claim", 0.90),
        ("All the banks in Delhi have been secretly robbed by hackers.", "mass_scale_claim", 0.90),
        (
            "Every house in the state has been bugged by a gang of criminals.",
            "mass_scale_claim",
            0.90,
        ),
        (
            "All of the ATMs in Pune are being hacked right now to steal everyone's money.",
            "mass_scale_claim",
            0.90,
        ),
        ("Robots from the future stole the gold from the temple.", "physically_impossible", 0.95),
        ("A witch turned my husband into a goat and stole our cow.", "supernatural", 0.95),
        (
            "A man lifted my car with one hand and threw it into the lake.",
            "physically_impossible",
            0.95,
        ),
        (
            "Fifty thousand burglars raided my apartment complex at 3 am.",
            "implausible_number",
            0.90,
        ),
        ("All phones in Hyderabad are being hacked to spy on people.", "mass_scale_claim", 0.90),
        ("A zombie stole my wallet at the ATM, haha.", "supernatural", 0.95),
        ("haha my brother is a thief, just joking", "joke_marker", 0.85),
        ("jk jk my phone wasn't stolen", "joke_marker", 0.85),
        ("testing testing", "test_marker", 0.90),
        ("Please ignore this, checking if the form works.", "test_marker", 0.85),
        ("this is just a test", "test_marker", 0.90),
        ("Something weird happened lol", "vague", 0.60),
        ("Bad stuff happened lol", "vague", 0.60),
        ("My bicycle was stolen yesterday. I never had a bicycle.", "contradiction", 0.60),
        (
            "Nobody was injured in the robbery. The cashier was badly injured and taken away.",
            "contradiction",
            0.60,
        ),
    ],
)
def test_fakes_are_flagged_with_the_right_code(text: str, flag: str, min_confidence: float) -> None:
    verdict = verify_offline(report(text))

    assert verdict.is_fake, verdict.reasoning
    assert flag in verdict.red_flags
    assert verdict.confidence >= min_confidence
    assert verdict.engine == "offline-rules" and verdict.model == "offline-rules-v1"


# --------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        # venue and brand names
        "Pub called The Haunted Barrel: a fight broke out at closing time and one man was hit "
        "with a chair.",
        "Witches Brew Cafe on 5th Cross was broken into overnight and the cash register emptied.",
        "We found a hidden camera in the changing room of the Magic Fit gym on Sunday evening.",
        "The kids at the Dragon Dance rehearsal in the community centre had their shoes stolen "
        "this evening.",
        "At the Zombie Run charity event this morning someone stole three runners' phones from "
        "the bag drop tent.",
        # costumes, masks and objects
        "A guy in a Superman T-shirt keyed my car in the office basement parking yesterday "
        "afternoon.",
        "Men dressed as ghosts for a Halloween prank threw eggs at our windows and broke one at "
        "10 pm.",
        "A man in a Darth Vader mask robbed the petrol pump cashier at knifepoint at 11:45 pm.",
        "A fan dressed up as a zombie for the film premiere was punched by a drunk man outside "
        "the cinema.",
        "A boy wearing a devil mask smashed the windshield of a parked car outside the stadium.",
        "A car with a Spiderman sticker on the rear window hit a child at the school gate at "
        "8 am and drove off.",
        "Somebody wrote 'ghost' in spray paint on the gate of our society after the quarrel.",
        "The victim, a ghost-tour guide, was robbed near the fort at 10 pm after the last tour.",
        "Kids dressed as witches and ghosts were trick-or-treating when a speeding car hit one "
        "of them at 7:30 pm.",
        "The Alien Burger food truck near the college was set on fire around 2 am.",
        # idioms, beliefs, frauds that exploit superstition
        "The lady next door keeps screaming that demons are after her and threw a brick at my "
        "car this morning.",
        "I paid Rs 12,000 to an online 'exorcist' who promised to cleanse my house of spirits "
        "and then blocked me.",
        "The night watchman says the godown looked like a ghost town when thieves cut the lock "
        "at 2 am.",
        "My aunt paid a so-called baba Rs 50,000 to get rid of a ghost in her house; he has "
        "switched off his phone.",
        "The accused told the villagers a witch was behind the deaths, and they beat an old "
        "woman; the police arrived at 6 pm.",
        "Some people say the old mill is haunted, but the gang using it at night to sell drugs "
        "is very real.",
        "My wallet seemed to vanish into thin air on the crowded metro this morning; I think a "
        "pickpocket took it.",
        "The thief flew down the stairs and escaped on a waiting bike at around 4 pm.",
        "The invisible fence sensor was cut and someone entered our warehouse at 3 am.",
        # numbers and scale that are fine
        "A group of about 15 men with sticks attacked a shopkeeper in the market at 1 pm.",
        "There was a big fight among 50 students outside the college canteen at lunch time.",
        "Thousands of fake Rs 500 notes were seized from a flat in our building this morning.",
        "All my jewellery in the bedroom cupboard was stolen while we were away last week.",
        "All the cars on our street had their side mirrors broken last night.",
        "All the shops in our lane were shut for the bandh when a mob smashed my stall.",
        "Last night the electricity went out across the city and thieves used the darkness to "
        "loot a jewellery shop in Sadar Bazaar.",
        "The ATM at the corner of our lane swallowed my card and a man nearby offered to help; "
        "later Rs 15,000 was withdrawn.",
        # markers that are someone else's words
        "The scammer sent a link saying 'lol is this you in this video?' and my account was "
        "hacked an hour later.",
        "He grabbed my arm at the bus stop and when I shouted he said he was just kidding.",
        "A man took my car for a test drive from the showroom at 11 am and never returned it.",
        # times that only look contradictory
        "Someone stole the battery from my e-rickshaw outside the depot between midnight and 5 am.",
        "At 9 am in the morning a school van hit a cyclist near the flyover.",
        "Tomorrow I have to go to court because the man who stole my bike threatened me again "
        "yesterday.",
    ],
)
def test_look_alike_genuine_reports_are_not_flagged(text: str) -> None:
    verdict = verify_offline(report(text))

    assert not verdict.is_fake, verdict.reasoning


def test_brief_examples_of_innocent_senses() -> None:
    for text in (
        "Someone smashed the window of a bar named Ghost Town at 2 am and took the cash box.",
        "A man in a vampire costume snatched my chain outside the mall at 9 pm.",
        "Two men robbed the cashier of a shop named Spirit Wines at 9 pm.",
        "A shoplifter stole chocolates from a store named Magic Mart this evening.",
        "A card skimmer was found on one ATM at the Axis Bank branch this afternoon.",
    ):
        assert not verify_offline(report(text)).is_fake, text


# --------------------------------------------------------------------------- credibility


def test_low_credibility_author_gets_more_scrutiny() -> None:
    borderline = "My phone was stolen at the bus stop lol"

    trusted = verify_offline(report(borderline, credibility=80))
    doubted = verify_offline(report(borderline, credibility=20))

    assert not trusted.is_fake and "joke_marker" in trusted.red_flags
    assert doubted.is_fake
    assert doubted.red_flags[-1] == "low_credibility_author"
    assert "credibility" in doubted.reasoning


def test_low_credibility_alone_never_makes_a_report_fake() -> None:
    plain = report(
        "Two men on a bike snatched my mobile near Gate 2 of the university at 6 pm.",
        credibility=3,
    )

    verdict = verify_offline(plain)

    assert not verdict.is_fake
    assert verdict.red_flags == ()


def test_credibility_threshold_is_below_30() -> None:
    text = "Yesterday evening at 6 am a man broke my car window on Lake Road."
    assert not verify_offline(report(text, credibility=30)).is_fake
    assert verify_offline(report(text, credibility=29.9)).is_fake


# --------------------------------------------------------------------------- verdict shape


def test_verdicts_are_explainable_and_use_known_codes() -> None:
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        verdict = verify_offline(report(row["text"], row.get("location", "")))
        assert set(verdict.red_flags) <= set(RED_FLAG_CODES)
        assert len(verdict.red_flags) == len(set(verdict.red_flags))
        assert 0.5 <= verdict.confidence <= 0.99
        assert verdict.reasoning.endswith(".") and len(verdict.reasoning) < 400
        assert verdict.fallback_reason is None


def test_findings_carry_evidence_from_the_text() -> None:
    findings = analyse(report("A ghost broke into my apartment and rearranged the furniture"))
    assert findings[0].code == "supernatural"
    assert findings[0].evidence == "ghost"


def test_vague_only_when_what_is_missing() -> None:
    assert "vague" not in verify_offline(report("My bike was stolen")).red_flags
    assert verify_offline(report("Something bad happened somewhere.")).is_fake
    with_fields = report("Something bad happened", "MG Road, Pune", "9 pm")
    assert not verify_offline(with_fields).is_fake


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😂", "a" * 50_000, "ghost " * 3_000, "all the " * 3_000, "'" * 5_000],
)
def test_odd_input_never_raises_and_stays_fast(text: str) -> None:
    started = time.monotonic()
    verdict = verify_offline(report(text))
    assert time.monotonic() - started < 2.0
    assert isinstance(verdict.is_fake, bool)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1000", 1000),
        ("1,000", 1000),
        ("a hundred", 100),
        ("two thousand", 2000),
        ("hundreds of", 200),
        ("twenty-five", 25),
        ("five", 5),
        ("robbers", None),
    ],
)
def test_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


# --------------------------------------------------------------------------- labelled set


def test_labelled_set_is_big_varied_and_well_formed() -> None:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 80
    assert all(isinstance(r["text"], str) and isinstance(r["is_fake"], bool) for r in rows)
    assert sum(r["is_fake"] for r in rows) >= 30
    assert sum(not r["is_fake"] for r in rows) >= 40
    assert len({r["text"] for r in rows}) == len(rows)


def test_labelled_set_precision_first() -> None:
    false_positives: list[str] = []
    false_negatives: list[str] = []
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        verdict = verify_offline(report(row["text"], row.get("location", "")))
        if verdict.is_fake and not row["is_fake"]:
            false_positives.append(row["text"])
        elif row["is_fake"] and not verdict.is_fake:
            false_negatives.append(row["text"])

    assert false_positives == []
    assert len(false_negatives) <= len(rows) // 20, false_negatives


# --------------------------------------------------------------------------- review queue


def test_borderline_evidence_goes_to_review_without_penalty() -> None:
    verdict = verify_offline(report("My car was stolen at 6 pm yesterday morning."))

    assert verdict.needs_review and not verdict.is_fake
    assert verdict.red_flags == ("contradiction",)
    assert verdict.reasoning.startswith("Needs review:") and "officer" in verdict.reasoning


def test_clean_and_fake_verdicts_are_not_sent_to_review() -> None:
    assert not verify_offline(DEMO_REPORTS[0].report).needs_review
    assert not verify_offline(DEMO_REPORTS[1].report).needs_review


@pytest.mark.parametrize("language", ["hi", "es", "fr"])
def test_a_foreign_language_is_never_scored_as_english(language: str) -> None:
    ghost = replace(DEMO_REPORTS[1].report, language=language)

    verdict = verify_offline(ghost)

    assert verdict.needs_review and not verdict.is_fake
    assert verdict.red_flags == ("unsupported_language",)
    assert f"'{language}'" in verdict.reasoning


def test_english_or_undetermined_language_is_judged() -> None:
    for language in ("en", "und", None):
        assert verify_offline(replace(DEMO_REPORTS[1].report, language=language)).is_fake


def test_symbols_only_go_to_review() -> None:
    verdict = verify_offline(report("???? !!!! ### 1234 $$$$"))
    assert verdict.needs_review and verdict.red_flags == ("unreadable",)


def test_verify_report_keeps_needs_review_on_the_offline_and_fallback_paths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Swahili has no word list (Spanish now has one, see test_foreign.py), so it stays in review.
    swahili = report("Baiskeli yangu iliibiwa karibu na kituo cha treni asubuhi.")
    foreign = replace(swahili, language="sw")
    assert verify_report(foreign, None).needs_review

    def unavailable(_report: ReportText, _settings: GeminiSettings) -> Verdict:
        raise GeminiUnavailable("timeout")

    monkeypatch.setattr(verification, "verify_with_gemini", unavailable)
    fallback = verify_report(foreign, GeminiSettings("key", "model", 1.0))
    assert fallback.needs_review and not fallback.is_fake
    assert fallback.verified_by.endswith("(fallback from gemini-api: timeout)")


# --------------------------------------------------------------------------- dev set

DEV = LABELLED.parent / "verifier" / "dev.jsonl"


def test_dev_set_is_big_and_covers_every_kind() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    kinds = {r["kind"] for r in rows}
    assert {
        "fake_physics",
        "fake_death",
        "fake_amount",
        "fake_crowd",
        "fake_contradiction",
        "fake_joke",
        "fake_test",
        "fake_object",
        "fake_mythical",
        "lookalike",
        "other_language",
    } <= kinds


def test_dev_set_goals_precision_first() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    penalised_honest: list[str] = []
    reviewed_honest = correct = 0
    for row in rows:
        verdict = verify_offline(
            ReportText(
                row["text"], row["location"], row["time_of_occurrence"], 100.0, row["language"]
            )
        )
        correct += verdict.is_fake == row["is_fake"]
        if not row["is_fake"] and verdict.is_fake:
            penalised_honest.append(row["text"])
        if not row["is_fake"] and verdict.needs_review and row["language"] == "en":
            reviewed_honest += 1
    honest_english = sum(not r["is_fake"] and r["language"] == "en" for r in rows)
    assert penalised_honest == []
    assert correct / len(rows) >= 0.93
    assert reviewed_honest <= honest_english // 10
