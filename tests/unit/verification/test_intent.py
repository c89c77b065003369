"""Joke and test intent in plain words."""

from __future__ import annotations

import pytest

from citizen_safe.verification.intent import STRONG, intents


@pytest.mark.parametrize(
    "text",
    [
        "Trying out the report form to see what happens when I press submit.",
        "Just checking whether this goes to the police.",
        "My friend dared me to post a report here so here it is.",
    ],
)
def test_tests_and_dares_are_strong(text: str) -> None:
    assert max(i.weight for i in intents(text, names_an_incident=False)) >= STRONG


def test_a_probe_above_a_real_incident_is_only_a_note() -> None:
    text = "Is anyone reading these? My bike was stolen a week ago and nobody called me."
    assert max(i.weight for i in intents(text, names_an_incident=True)) < 0.4


@pytest.mark.parametrize(
    "text",
    [
        "My wife stole my heart 20 years ago, please arrest her.",
        "My roommate ate my last slice of pizza, I want to file an FIR.",
        "The referee robbed our team of the win yesterday, arrest him.",
    ],
)
def test_trivial_crimes_are_jokes(text: str) -> None:
    assert [i.code for i in intents(text, names_an_incident=True)] == ["joke_marker"]


def test_a_real_theft_is_no_joke() -> None:
    assert list(intents("My roommate stole my laptop, please file a case.", True)) == []
