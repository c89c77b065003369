"""Check a new report's fields before anything judges it.

Rules check them too, but admins and old clients can bypass rules, so the function never
trusts the shape.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from citizen_safe import _firestore
from citizen_safe._judge import Invalid

MAX_DESCRIPTION_CHARS = 5_000
MAX_FIELD_CHARS = 500


class InvalidReport(Invalid):
    """A report the verifier cannot judge; the reason is shown to the author."""


@dataclass(frozen=True)
class ParsedReport:
    user_id: str
    description: str
    location: str
    time_of_occurrence: str


def _text(value: object, name: str, *, required: bool, limit: int) -> str:
    if value is None:
        if required:
            raise InvalidReport(f"'{name}' is missing")
        return ""
    if not isinstance(value, str):
        raise InvalidReport(f"'{name}' must be a string, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise InvalidReport(f"'{name}' is empty")
    if len(value) > limit:
        raise InvalidReport(f"'{name}' is longer than {limit} characters")
    return value


def _coordinate(raw: object, name: str, bound: float) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise InvalidReport(f"'location.{name}' must be a number")
    if abs(raw) > bound:
        raise InvalidReport(f"'location.{name}' must be between -{bound:g} and {bound:g}")
    return float(raw)


def _location(raw: object) -> str:
    """Free text, or `{latitude, longitude, city}` as the app's map picker writes it."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return _text(raw, "location", required=False, limit=MAX_FIELD_CHARS)
    if not isinstance(raw, Mapping):
        raise InvalidReport("'location' must be text or a map with latitude and longitude")
    lat = _coordinate(raw.get("latitude"), "latitude", 90)
    lon = _coordinate(raw.get("longitude"), "longitude", 180)
    city = _text(raw.get("city"), "location.city", required=False, limit=MAX_FIELD_CHARS)
    where = f"({lat:.5f}, {lon:.5f})"
    return f"{city} {where}" if city else where


def _time(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.isoformat(timespec="minutes")
    if isinstance(raw, str):
        return _text(raw, "time_of_occurrence", required=False, limit=MAX_FIELD_CHARS)
    raise InvalidReport("'time_of_occurrence' must be text or a timestamp")


def parse_report(data: Mapping[str, object] | None) -> ParsedReport:
    if data is None:
        raise InvalidReport("the report has no data")
    user_id = data.get("userId")
    if user_id is None:
        raise InvalidReport("'userId' is missing")
    if not _firestore.is_document_id(user_id):
        raise InvalidReport("'userId' must be a user id")
    return ParsedReport(
        user_id=str(user_id),
        description=_text(
            data.get("description"), "description", required=True, limit=MAX_DESCRIPTION_CHARS
        ),
        location=_location(data.get("location")),
        time_of_occurrence=_time(data.get("time_of_occurrence")),
    )
