"""`claimUsername` refuses malformed and reserved names before touching the store."""

from __future__ import annotations

import pytest

from citizen_safe.api import Args, Caller
from citizen_safe.errors import InvalidArgument
from citizen_safe.users import profiles, store

CITIZEN = Caller("citizen-1")


@pytest.fixture
def claimed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What reached the store: nothing, for a name the callable refuses."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(store, "claim_username", lambda uid, name: calls.append((uid, name)))
    return calls


@pytest.mark.parametrize("name", ["Police", "OFFICER_7", "admin", "Citizen_Safe", "p0lice"])
def test_reserved_names_are_invalid_argument(name: str, claimed: list[tuple[str, str]]) -> None:
    with pytest.raises(InvalidArgument, match="reserved") as err:
        profiles.claim_username(CITIZEN, Args({"name": name}))
    assert err.value.code == "invalid-argument"
    assert claimed == []


@pytest.mark.parametrize("name", ["ab", "has space", "__x__", "a/b", 7, None])
def test_malformed_names_are_invalid_argument(name: object, claimed: list[tuple[str, str]]) -> None:
    with pytest.raises(InvalidArgument, match="3-20"):
        profiles.claim_username(CITIZEN, Args({"name": name}))
    assert claimed == []


def test_an_ordinary_name_is_claimed_lower_case(claimed: list[tuple[str, str]]) -> None:
    assert profiles.claim_username(CITIZEN, Args({"name": " Asha_R "})) == {"username": "asha_r"}
    assert claimed == [("citizen-1", "asha_r")]
