"""The `claimUsername` callable: a unique public name, held in `usernames/{name}`."""

from __future__ import annotations

import re
from typing import Any

from citizen_safe.api import Args, Caller
from citizen_safe.errors import AlreadyExists, InvalidArgument
from citizen_safe.users import policy, store

USERNAME = re.compile(r"^[a-z0-9_]{3,20}$")


def claim_username(caller: Caller, args: Args) -> dict[str, Any]:
    raw = args.raw("name")
    name = raw.strip().lower() if isinstance(raw, str) else None
    if name is None or not USERNAME.match(name) or name.startswith("__"):
        raise InvalidArgument("A username is 3-20 letters, digits or underscores.")
    # `invalid-argument`, like a malformed name: the app shows it beside the field and the
    # user picks another. (`permission-denied` would read as a sign-in or App Check failure.)
    if policy.is_reserved_username(name):
        raise InvalidArgument("That username is reserved; please choose another.")
    try:
        store.claim_username(caller.uid, name)
    except store.UsernameTaken as err:
        raise AlreadyExists("That username is taken.") from err
    return {"username": name}
