"""Integration tests run against the real Auth, Firestore and Functions emulators, started
once per session by this fixture (never mocked, never skipped)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scripts.app_client import AppUser
from scripts.emulators import DEMO_PROJECT, PORTS, EmulatorSuite

os.environ.setdefault("FIRESTORE_EMULATOR_HOST", f"127.0.0.1:{PORTS.firestore}")
os.environ.setdefault("FIREBASE_AUTH_EMULATOR_HOST", f"127.0.0.1:{PORTS.auth}")
os.environ.setdefault("GCLOUD_PROJECT", DEMO_PROJECT)


@pytest.fixture(scope="session", autouse=True)
def emulators() -> Iterator[EmulatorSuite]:
    suite = EmulatorSuite()
    try:
        suite.start()
    except RuntimeError as err:
        pytest.fail(f"{err}\n{suite.log_tail()}", pytrace=False)
    try:
        yield suite
    finally:
        suite.stop()


@pytest.fixture
def citizen() -> AppUser:
    return AppUser.sign_up()


@pytest.fixture
def other_citizen() -> AppUser:
    return AppUser.sign_up()


@pytest.fixture
def officer() -> AppUser:
    from firebase_admin import auth

    from citizen_safe import _firestore

    user = AppUser.sign_up()
    auth.set_custom_user_claims(user.uid, {"role": "officer"}, app=_firestore.admin_app())
    user.refresh()
    assert user.claims.get("role") == "officer"
    return user


@pytest.fixture
def settle(emulators: EmulatorSuite) -> Callable[[], float]:
    """Wait until every trigger the Functions emulator started has finished (and none
    started for a moment): state is compared only when nothing is still running."""
    return lambda: emulators.wait_idle()


def database() -> dict[str, dict[str, Any]]:
    """Every stored document, by path (a kindless query per root collection)."""
    from citizen_safe import _firestore

    db = _firestore.client()
    found: dict[str, dict[str, Any]] = {}
    for collection in db.collections():
        for snap in collection.recursive().stream():
            found[snap.reference.path] = snap.to_dict() or {}
    return found


@pytest.fixture
def snapshot() -> Callable[[], dict[str, dict[str, Any]]]:
    return database
