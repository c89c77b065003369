"""Amounts against the thing they came from; people against the place; ages."""

from __future__ import annotations

import pytest

from citizen_safe.verification.magnitude import (
    REVIEW_WEIGHT,
    STRONG_WEIGHT,
    age_findings,
    money_findings,
    parse_number,
    people_findings,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A pickpocket took my wallet which had Rs 5 crore in cash in it.",
        "My bicycle worth 80 lakh rupees was stolen from outside the school.",
        "Someone stole $3 million in cash from my jeans pocket on the bus.",
        "They snatched my handbag that had 500 crore rupees in it.",
        "My old scooter worth $900,000 was taken from the parking lot.",
    ],
)
def test_absurd_amounts_are_strong(sentence: str) -> None:
    assert [f.weight for f in money_findings(sentence)] == [STRONG_WEIGHT]


@pytest.mark.parametrize(
    "sentence",
    [
        "My wallet was pickpocketed; it had around Rs 3,500 and two cards.",
        "My handbag was snatched with Rs 25,000 cash that I had withdrawn for rent.",
        "My new Royal Enfield bike worth Rs 2.2 lakh was stolen.",
        "Thieves broke into the bank's cash van and took about Rs 40 lakh in sealed bags.",
        "The thief took a bag with Rs 5 lakh that my father had withdrawn for the wedding.",
        "Fraudsters took Rs 8 lakh from my account for a job abroad.",
    ],
)
def test_plausible_amounts_pass(sentence: str) -> None:
    assert list(money_findings(sentence)) == []


def test_a_merely_large_wallet_goes_to_review() -> None:
    (found,) = money_findings("My wallet with Rs 15 lakh in cash was stolen.")
    assert found.weight == REVIEW_WEIGHT


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 500 men came out of my bathroom and stole my soap.",
        "A thousand people squeezed into the auto-rickshaw.",
        "A crowd of 2,000 strangers was having a party in my small kitchen.",
    ],
)
def test_crowds_too_big_for_the_place(sentence: str) -> None:
    assert [f.weight for f in people_findings(sentence)] == [STRONG_WEIGHT]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 200 people gathered outside the police station.",
        "Three men forced their way into the jewellery shop.",
        "About 30 people in the hall started fighting after the dinner.",
    ],
)
def test_crowds_that_fit(sentence: str) -> None:
    assert list(people_findings(sentence)) == []


def test_ages() -> None:
    assert list(age_findings("A 200-year-old man snatched my chain."))
    assert not list(age_findings("A 200-year-old temple was vandalised."))
    assert not list(age_findings("A 70-year-old man was robbed."))


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("1,30,000", 130_000), ("a thousand", 1000), ("five hundred", 500), ("lakh", 100_000)],
)
def test_parse_number(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value
