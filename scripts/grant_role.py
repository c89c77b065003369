"""Grant (or revoke) a user's role claim: `python scripts/grant_role.py EMAIL officer`.

By default it talks to the local Auth emulator (project `demo-citizen-safe`), so the demo
and a developer can make an officer without any login. With `--project ID --live` it uses
Application Default Credentials against a real project. The claim reaches the app at the
user's next sign-in or token refresh.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "functions"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.emulators import DEMO_PROJECT, PORTS

ROLES = ("officer", "none")


def use_emulators(project: str = DEMO_PROJECT) -> None:
    """Point the Admin SDK at the local emulators (unless the caller already chose)."""
    os.environ.setdefault("GCLOUD_PROJECT", project)
    os.environ.setdefault("FIREBASE_AUTH_EMULATOR_HOST", f"127.0.0.1:{PORTS.auth}")
    os.environ.setdefault("FIRESTORE_EMULATOR_HOST", f"127.0.0.1:{PORTS.firestore}")


def grant(email: str, role: str) -> str:
    """Set the role claim on the account with this email; returns its uid."""
    from firebase_admin import auth

    from citizen_safe import _firestore

    app = _firestore.admin_app()
    user = auth.get_user_by_email(email, app=app)
    claims = dict(user.custom_claims or {})
    if role == "none":
        claims.pop("role", None)
    else:
        claims["role"] = role
    auth.set_custom_user_claims(user.uid, claims or None, app=app)
    return str(user.uid)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("email")
    parser.add_argument("role", choices=ROLES, help="'none' removes the role")
    parser.add_argument("--project", default=DEMO_PROJECT)
    parser.add_argument("--live", action="store_true", help="a real project, not the emulator")
    args = parser.parse_args(argv)
    if args.live:
        os.environ.setdefault("GCLOUD_PROJECT", args.project)
    else:
        use_emulators(args.project)
    try:
        uid = grant(args.email, args.role)
    except Exception as err:  # a CLI: say what went wrong, no traceback
        print(f"grant_role: {err}", file=sys.stderr)
        return 1
    print(f"{args.email} ({uid}): role = {args.role}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
