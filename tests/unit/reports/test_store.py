"""The pure rules in the reports store (its writes are covered by the integration tests)."""

from __future__ import annotations

import pytest

from citizen_safe.reports.store import shown_name


def test_a_claimed_username_wins_over_the_typed_name() -> None:
    assert shown_name("rosa_m", "Police") == "rosa_m"


@pytest.mark.parametrize("typed", ["Police", "Officer Smith", "ADMIN", "p0lice", "Citizen Safe"])
def test_a_typed_name_that_passes_as_staff_is_not_shown(typed: str) -> None:
    assert shown_name(None, typed) is None


@pytest.mark.parametrize("typed", [None, "", "   ", 42])
def test_no_usable_name_is_none(typed: object) -> None:
    assert shown_name(None, typed) is None


def test_an_ordinary_typed_name_is_shown() -> None:
    assert shown_name(None, "Rosa") == "Rosa"
