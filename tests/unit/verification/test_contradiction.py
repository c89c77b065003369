"""Cross-clause contradictions, and the explanations that dissolve them."""

from __future__ import annotations

import pytest

from citizen_safe.verification.contradiction import clashes


def found(text: str) -> list[float]:
    return [c.weight for c in clashes(text, (text,))]


@pytest.mark.parametrize(
    "text",
    [
        "I was fast asleep the whole night, and I watched the thief go through my cupboard.",
        "I am blind since birth and I clearly saw the man's face.",
        "I am an only child. My brother stole my phone yesterday.",
        "I have never been married, and my husband beat me last night.",
        "I do not have any children. My son was kidnapped from school today.",
        "It was 2 am and the sun was shining brightly when the man snatched my bag.",
        "At noon there were stars in the sky when the robbers came.",
        "I couldn't see anything at all, but the thief had blue eyes and a gold tooth.",
        "The man had no hands and he strangled me with both hands.",
        "I was in Dubai on business the whole week, and I saw my neighbour steal my car from "
        "my driveway.",
    ],
)
def test_contradictions_are_found(text: str) -> None:
    assert found(text) and max(found(text)) >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "I was asleep when they broke in. I woke up and saw two men running out.",
        "I was asleep when the burglars came; in the morning I saw the window was broken.",
        "I was not at home, but our CCTV shows a man climbing over the gate.",
        "I am an only child and my cousin brother stole my laptop.",
        "My sister-in-law stole my jewellery; I have no brothers.",
        "I am single and live with my parents; my neighbour's son keeps harassing me.",
        "At 11 pm the street lights were off and the moon was out when the robbers came.",
        "At noon in the basement parking it was pitch dark and someone hit me from behind.",
        "I couldn't see his face clearly but he had a beard and a scar on his cheek.",
        "I was in Goa on holiday and saw a man snatch a chain outside the hotel.",
        "The robbery happened in broad daylight at 2 pm in front of dozens of shoppers.",
    ],
)
def test_explained_or_compatible_clauses_pass(text: str) -> None:
    assert found(text) == []
