"""Impossible physics, self-reported death, animated objects and mythical beings."""

from __future__ import annotations

import pytest

from citizen_safe.verification import ReportText, verify_offline


def verdict_for(text: str) -> tuple[bool, tuple[str, ...]]:
    verdict = verify_offline(ReportText(text, "", "", 100.0))
    return verdict.is_fake, verdict.red_flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("The robber ran faster than my car and took my bag.", "physically_impossible"),
        (
            "A man picked up the ATM machine with his bare hands and walked off.",
            "physically_impossible",
        ),
        (
            "The burglar squeezed through the keyhole and took my jewellery.",
            "physically_impossible",
        ),
        ("My neighbour stole the entire Eiffel Tower.", "physically_impossible"),
        ("The thief stole my shadow while I was walking home.", "physically_impossible"),
        ("I was shot dead by robbers outside my house last night.", "self_reported_death"),
        ("They murdered me in my sleep and stole my jewellery.", "self_reported_death"),
        ("My fridge walked out of the kitchen by itself.", "animated_object"),
        ("The statue in the square climbed down and snatched my purse.", "animated_object"),
        ("A djinn came out of the old lamp and stole my gold.", "supernatural"),
        ("A centaur galloped through the market and kicked my stall over.", "fictional"),
    ],
)
def test_impossible_claims_are_fake(text: str, flag: str) -> None:
    is_fake, flags = verdict_for(text)
    assert is_fake and flag in flags


@pytest.mark.parametrize(
    "text",
    [
        "He threatened that he would kill me if I went to the police.",
        "My husband tried to kill me last night by strangling me.",
        "I nearly died when the bus hit my scooter at the junction.",
        "He jumped over the wall of our building and ran away with my bag.",
        "The man jumped from the second floor and ran away with the laptop.",
        "The robber stood on the river bank and threw stones at our boat.",
        "The car rolled down the slope on its own and hit a parked auto.",
        "My phone ran out of battery so I could not call the police.",
        "Someone stole my garden gnome and the potted plants from the porch.",
        "The Yeti Momos stall owner was beaten by two men who refused to pay.",
        "At the ghost tour of the fort our car was broken into.",
        "My son's Harry Potter wand and books were stolen from the school locker.",
        "A man in a Grim Reaper costume grabbed my daughter's phone.",
        "Online trolls keep sending me death threats on Instagram.",
        "The Phoenix Mall parking attendant scratched my car.",
    ],
)
def test_look_alikes_stay_genuine(text: str) -> None:
    is_fake, _ = verdict_for(text)
    assert not is_fake
