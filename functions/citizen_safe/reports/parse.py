"""Check a new report's fields before anything judges it.

Rules check them too, but admins and old clients can bypass rules, so the function never
trusts the shape.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from citizen_safe import _firestore, _judge
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
    reported_at: datetime | None = None
    location_key: str | None = None  # the same place, as repeat-location risk compares it


def _text(value: object, name: str, *, required: bool, limit: int) -> str:
    if value is None:
        if required:
            raise InvalidReport(f"'{name}' is missing")
        return ""
    if not isinstance(value, str):
        raise InvalidReport(f"'{name}' must be a string, not {_judge.kind_of(value)}")
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


def _location(raw: object) -> tuple[str, str | None]:
    """Free text, or `{latitude, longitude, city}` as the app's map picker writes it; and
    a key for "the same place": the text, or the point rounded to about 100 m."""
    if raw is None:
        return "", None
    if isinstance(raw, str):
        text = _text(raw, "location", required=False, limit=MAX_FIELD_CHARS)
        key = " ".join(text.lower().split())
        return text, key or None
    if not isinstance(raw, Mapping):
        raise InvalidReport("'location' must be text or a map with latitude and longitude")
    lat = _coordinate(raw.get("latitude"), "latitude", 90)
    lon = _coordinate(raw.get("longitude"), "longitude", 180)
    city = _text(raw.get("city"), "location.city", required=False, limit=MAX_FIELD_CHARS)
    where = f"({lat:.5f}, {lon:.5f})"
    return (f"{city} {where}" if city else where), f"{lat:.3f},{lon:.3f}"


def place(location: object) -> str:
    """Where a report happened as officers read it: the text, a map point's city, else
    its coordinates; "" when it cannot be read."""
    if isinstance(location, str):
        return location.strip()[:MAX_FIELD_CHARS]
    if isinstance(location, Mapping):
        city = location.get("city")
        if isinstance(city, str) and city.strip():
            return city.strip()[:MAX_FIELD_CHARS]
        lat, lon = location.get("latitude"), location.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return f"({lat:.5f}, {lon:.5f})"
    return ""


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
    location, key = _location(data.get("location"))
    stamp = data.get("timestamp")
    return ParsedReport(
        user_id=str(user_id),
        description=_text(
            data.get("description"), "description", required=True, limit=MAX_DESCRIPTION_CHARS
        ),
        location=location,
        time_of_occurrence=_time(data.get("time_of_occurrence")),
        reported_at=stamp if isinstance(stamp, datetime) else None,
        location_key=key,
    )
