"""Params that need parsing beyond what firebase-functions checks."""

from __future__ import annotations

import pytest

from citizen_safe.config import parse_fraction


@pytest.mark.parametrize("raw", ["0", "0.5", "1", "1.0", "0.125"])
def test_fraction_params_parse(raw: str) -> None:
    assert 0.0 <= parse_fraction(raw, "X") <= 1.0


@pytest.mark.parametrize("raw", ["-0.1", "1.5", "abc"])
def test_bad_fraction_params_fail_loudly(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_fraction(raw, "X")
