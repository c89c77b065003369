"""Language identification: short chat stays English-compatible, other languages do not."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from citizen_safe import language
from citizen_safe.language import SUPPORTED, Language, detect, is_supported

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "ok", "gg", "lol", "k", "😂😂😂", "👍", "123 456", "!!!", "hola amigo", "k y s"],
)
def test_short_or_letterless_text_is_undetermined(text: str) -> None:
    result = detect(text)
    assert result.code == "und"
    assert is_supported(result)


@pytest.mark.parametrize(
    "text",
    [
        "you are such a loser",
        "can you send me the notes from the lesson",
        "i know which way you walk home from school",
        "ur such a f@ilure lmao",
        "y0u 4re p4thetic",
        "stooopid little idiooot",
        "where u at",
    ],
)
def test_english_and_obfuscated_english_are_supported(text: str) -> None:
    assert is_supported(detect(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("je ne sais pas pourquoi tu fais ça tous les jours", "fr"),
        ("du bist so dumm und niemand mag dich hier", "de"),
        ("eres un idiota y nadie te quiere en este grupo", "es"),
        ("Привет, как у тебя дела сегодня?", "ru"),
        ("أنت غبي جدا ولا أحد يحبك", "ar"),
    ],
)
def test_other_languages_are_not_supported(text: str, code: str) -> None:
    result = detect(text)
    assert result.code == code
    assert not is_supported(result)
    assert 0.0 < result.confidence <= 1.0


def test_language_is_a_frozen_value() -> None:
    lang = Language("en", 0.9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lang.code = "fr"  # type: ignore[misc]
    assert frozenset({"en"}) == SUPPORTED
    assert is_supported(Language("und", 0.0)) and not is_supported(Language("fr", 0.99))


def test_detect_is_deterministic_and_bounded() -> None:
    text = "ceci est un message assez long pour être reconnu " * 5000
    assert detect(text) == detect(text)
    assert detect("you are such a loser").confidence <= 1.0


def test_import_is_cheap_and_english_needs_no_model() -> None:
    code = (
        "import sys\nfrom citizen_safe import language\n"
        "assert 'numpy' not in sys.modules and 'py3langid' not in sys.modules\n"
        "assert language.detect('see you at the library tomorrow').code == 'en'\n"
        "assert language.detect('ok').code == 'und'\n"
        "assert 'numpy' not in sys.modules and language._identifier is None\n"
        # The model itself is pure Python too: py3langid and NumPy are dev-only now.
        "assert language.detect('du bist so dumm und niemand mag dich hier').code == 'de'\n"
        "assert language._identifier is not None\n"
        "assert 'numpy' not in sys.modules and 'py3langid' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT / "functions", check=True)


def test_load_is_idempotent() -> None:
    language.load()
    first = language._identifier
    language.load()
    assert language._identifier is first
