"""Which texts the offline rules refuse to read (and send to an officer instead)."""

from __future__ import annotations

import pytest

from citizen_safe.verification.language import unreadable


@pytest.mark.parametrize("code", ["hi", "es", "fr", "ja", "HI"])
def test_a_detected_foreign_language_is_never_read_as_english(code: str) -> None:
    found = unreadable("My bike was stolen near the station at 6 pm.", code)
    assert found is not None and found.code == "unsupported_language"


@pytest.mark.parametrize("code", [None, "en", "und", ""])
def test_english_and_undetermined_are_read(code: str | None) -> None:
    assert unreadable("My bike was stolen near the station at 6 pm.", code) is None


@pytest.mark.parametrize(
    "text",
    [
        "मेरा मोबाइल बस स्टॉप पर दो लड़कों ने छीन लिया।",
        "私の自転車が駅の前で盗まれました。",
        "Mi bicicleta fue robada frente a la estación de tren esta mañana.",
        "mera phone kisi ne chura liya market mein kal shaam ko",
        "Mein Auto wurde letzte Nacht vor meinem Haus aufgebrochen.",
    ],
)
def test_foreign_text_without_a_detected_language_is_caught(text: str) -> None:
    found = unreadable(text, None)
    assert found is not None and found.code == "unsupported_language"


def test_symbols_are_unreadable_but_empty_text_is_left_to_the_rules() -> None:
    found = unreadable("???? !!!! ### 1234 $$$$", None)
    assert found is not None and found.code == "unreadable"
    assert unreadable("", None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a bike snatched my chain near Gate 2 at 6 pm.",
        "Café owner José was robbed at the Plaza de Armas stall by two men.",
        "The auto driver near Dadar station overcharged me and hit me.",
    ],
)
def test_english_with_foreign_names_is_read(text: str) -> None:
    assert unreadable(text, None) is None
