"""Report validation: every malformed shape gets a reason, never an exception."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citizen_safe.reports.parse import InvalidReport, parse_report, place


def test_valid_report_with_map_location() -> None:
    parsed = parse_report(
        {
            "userId": "u1",
            "description": "  Phone stolen on the bus  ",
            "location": {"latitude": 19.07, "longitude": 72.87, "city": "Mumbai"},
            "time_of_occurrence": datetime(2026, 11, 20, 18, 40, tzinfo=UTC),
        }
    )
    assert parsed.user_id == "u1"
    assert parsed.description == "Phone stolen on the bus"
    assert parsed.location == "Mumbai (19.07000, 72.87000)"
    assert parsed.time_of_occurrence == "2026-11-20T18:40+00:00"


def test_optional_fields_may_be_missing() -> None:
    parsed = parse_report({"userId": "u1", "description": "Car window smashed"})
    assert (parsed.location, parsed.time_of_occurrence) == ("", "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "no data"),
        ({"description": "x"}, "'userId' is missing"),
        ({"userId": 7, "description": "x"}, "'userId' must be a user id"),
        ({"userId": "a/b", "description": "x"}, "'userId' must be a user id"),
        ({"userId": "__x__", "description": "x"}, "'userId' must be a user id"),
        ({"userId": ".", "description": "x"}, "'userId' must be a user id"),
        ({"userId": "u"}, "'description' is missing"),
        ({"userId": "u", "description": ["x"]}, "'description' must be a string"),
        ({"userId": "u", "description": ""}, "'description' is empty"),
        ({"userId": "u", "description": "x" * 1_000_000}, "longer than 5000"),
        ({"userId": "u", "description": "x", "location": 5}, "'location' must be text or a map"),
        ({"userId": "u", "description": "x", "location": {"latitude": 1}}, "longitude"),
        (
            {"userId": "u", "description": "x", "location": {"latitude": True, "longitude": 1}},
            "latitude",
        ),
        (
            {
                "userId": "u",
                "description": "x",
                "location": {"latitude": float("nan"), "longitude": 1},
            },
            "latitude",
        ),
        ({"userId": "u", "description": "x", "time_of_occurrence": 3}, "time_of_occurrence"),
        (
            {"userId": "u", "description": "x", "time_of_occurrence": "t" * 501},
            "'time_of_occurrence' is longer than 500",
        ),
        (
            {
                "userId": "u",
                "description": "x",
                "location": {"latitude": 1, "longitude": 1, "city": 5},
            },
            "'location.city' must be a string",
        ),
    ],
)
def test_malformed_reports_are_rejected_with_a_reason(data: object, reason: str) -> None:
    with pytest.raises(InvalidReport, match=reason):
        parse_report(data)  # type: ignore[arg-type]


def test_location_keys_compare_places() -> None:
    text = parse_report({"userId": "u1", "description": "x", "location": "  Main  Street "})
    point = parse_report(
        {"userId": "u1", "description": "x", "location": {"latitude": 1.23456, "longitude": 2.5}}
    )
    assert text.location_key == "main street"
    assert point.location_key == "1.235,2.500"
    assert parse_report({"userId": "u1", "description": "x"}).location_key is None


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Elm Street", "Elm Street"),
        ({"latitude": 1, "longitude": 2, "city": "Pune"}, "Pune"),
        ({"latitude": 1, "longitude": 2}, "(1.00000, 2.00000)"),
        (None, ""),
        (["x"], ""),
    ],
)
def test_place_is_what_officers_read(raw: object, shown: str) -> None:
    assert place(raw) == shown


def test_a_wrong_type_is_named_as_the_author_knows_it() -> None:
    from google.api_core.datetime_helpers import DatetimeWithNanoseconds

    stamp = DatetimeWithNanoseconds(2026, 1, 1, tzinfo=UTC)  # type: ignore[no-untyped-call]
    for value, kind in [
        (stamp, "a timestamp"),
        (b"x", "bytes"),
        (True, "a boolean"),
        ({}, "a map"),
    ]:
        with pytest.raises(InvalidReport) as err:
            parse_report({"userId": "u", "description": value})
        assert str(err.value) == f"'description' must be a string, not {kind}"
