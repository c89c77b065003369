"""scripts/grant_role.py makes an Auth-emulator user an officer, and takes it back."""

from __future__ import annotations

from scripts import grant_role
from scripts.app_client import AppUser


def test_grant_and_revoke_the_officer_role(citizen: AppUser) -> None:
    assert grant_role.main([citizen.email, "officer"]) == 0
    citizen.refresh()
    assert citizen.claims.get("role") == "officer"
    assert grant_role.main([citizen.email, "none"]) == 0
    citizen.refresh()
    assert "role" not in citizen.claims
    assert grant_role.main(["nobody@example.invalid", "officer"]) == 1
