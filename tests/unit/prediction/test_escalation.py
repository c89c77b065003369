"""Escalation risk: the documented weights, negation, night in a time zone, levels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from citizen_safe.prediction import (
    BASE_BY_TYPE,
    CRIME_TYPES,
    FACTOR_WEIGHTS,
    FACTORS,
    EscalationRisk,
    ReportFacts,
    level_for,
    predict_escalation,
)
from citizen_safe.prediction.escalation import night_from_text, score_for, text_factors

IST = timezone(timedelta(hours=5, minutes=30), "IST")


def facts(
    description: str,
    time_of_occurrence: str = "",
    reported_at: datetime | None = None,
    nearby: int = 0,
) -> ReportFacts:
    return ReportFacts(description, "MG Road, Pune", time_of_occurrence, reported_at, nearby)


def test_every_type_has_a_base_and_weights_are_the_documented_ones() -> None:
    assert set(BASE_BY_TYPE) == set(CRIME_TYPES)
    assert FACTOR_WEIGHTS == {
        "weapon": 25, "threat_to_life": 25, "injury": 20, "in_progress": 20,
        "vulnerable_victim": 15, "multiple_offenders": 10, "repeat_location": 10, "night": 10,
    }  # fmt: skip
    assert tuple(FACTOR_WEIGHTS) == FACTORS


@pytest.mark.parametrize(
    ("score", "level"),
    [(0, "LOW"), (39, "LOW"), (40, "MEDIUM"), (69, "MEDIUM"), (70, "HIGH"), (100, "HIGH")],
)
def test_level_boundaries(score: int, level: str) -> None:
    assert level_for(score) == level


def test_score_is_additive_and_clamped() -> None:
    assert score_for("theft", ()) == 10
    assert score_for("robbery", ("weapon", "night")) == 30 + 25 + 10
    assert score_for("arson", FACTORS) == 100  # 35 + 135, clamped
    assert score_for("no-such-type", ()) == BASE_BY_TYPE["other"]
    assert score_for("theft", ("weapon", "weapon", "unknown")) == 35


def test_armed_robbery_at_night_with_injury_is_high() -> None:
    report = facts(
        "Two men showed a knife and took my phone near the station; my friend is bleeding.",
        time_of_occurrence="11:40 pm",
    )
    risk = predict_escalation(report, "robbery", None, UTC)
    assert risk == EscalationRisk(
        score=30 + 25 + 20 + 10 + 10,
        level="HIGH",
        factors=("weapon", "injury", "multiple_offenders", "night"),
        by="offline-escalation-v1",
    )


def test_plain_daytime_theft_is_low() -> None:
    risk = predict_escalation(facts("My bicycle was stolen", "2 pm"), "theft", None, UTC)
    assert (risk.score, risk.level, risk.factors) == (10, "LOW", ())


@pytest.mark.parametrize(
    "text",
    [
        "No weapon was seen and nobody was hurt.",
        "He did not have a knife. No one was injured.",
        "The thief was unarmed and I am unhurt.",
        "A knife was not used; there were no injuries.",
        "He threatened to hurt me if I complained.",
        "I am not sure anything was taken; it is not happening now.",
    ],
)
def test_negated_or_absent_factors_do_not_count(text: str) -> None:
    assert text_factors(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("He pulled a gun on the cashier", "weapon"),
        ("Without warning he pulled out a knife", "weapon"),
        ("Nobody was hurt, but the robber had a pistol", "weapon"),
        ("He said he would kill me if I called the police", "threat_to_life"),
        ("My husband threatened to kill me", "threat_to_life"),
        ("The guard was stabbed and taken to hospital", "injury"),
        ("My father has a broken arm", "injury"),
        ("They are still inside the house right now", "in_progress"),
        ("Please come quickly, he is beating her", "in_progress"),
        ("A group of boys attacked the vendor", "multiple_offenders"),
        ("Three masked men entered the shop", "multiple_offenders"),
        ("An elderly man was pushed down", "vulnerable_victim"),
        ("My 8 year old son is missing", "vulnerable_victim"),
        ("My 80-year-old grandfather did not come home", "vulnerable_victim"),
        ("She is pregnant and was kicked", "vulnerable_victim"),
    ],
)
def test_text_factor_is_detected(text: str, factor: str) -> None:
    assert factor in text_factors(text)


def test_thirty_year_old_is_not_vulnerable_by_age() -> None:
    assert "vulnerable_victim" not in text_factors("A 30 year old man was robbed")


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("11:30 pm", True),
        ("3 am", True),
        ("5.45 a.m.", True),
        ("23:15", True),
        ("around midnight", True),
        ("last night", True),
        ("6:40 pm", False),
        ("9 am", False),
        ("14:05", False),
        ("this morning", False),
        ("yesterday", None),
        ("", None),
    ],
)
def test_night_from_text(text: str, night: bool | None) -> None:
    assert night_from_text(text, UTC) is night


def test_iso_timestamp_is_read_in_the_given_zone() -> None:
    # 17:00 UTC is 22:30 in India: night there, not in London.
    assert night_from_text("2025-03-01T17:00:00+00:00", IST) is True
    assert night_from_text("2025-03-01T17:00:00+00:00", UTC) is False


def test_reported_at_decides_night_only_when_the_text_says_nothing() -> None:
    late_utc = datetime(2025, 3, 1, 17, 0, tzinfo=UTC)  # 22:30 IST
    vague = facts("My phone was stolen", reported_at=late_utc)
    assert "night" in predict_escalation(vague, "theft", None, IST).factors
    assert "night" not in predict_escalation(vague, "theft", None, UTC).factors
    said_morning = facts("My phone was stolen this morning", reported_at=late_utc)
    assert "night" not in predict_escalation(said_morning, "theft", None, IST).factors
    naive = facts("My phone was stolen", reported_at=datetime(2025, 3, 1, 23, 0))
    assert "night" in predict_escalation(naive, "theft", None, UTC).factors


@pytest.mark.parametrize(("nearby", "repeat"), [(0, False), (1, True), (5, True)])
def test_repeat_location(nearby: int, repeat: bool) -> None:
    risk = predict_escalation(
        facts("My phone was stolen", "2 pm", nearby=nearby), "theft", None, UTC
    )
    assert ("repeat_location" in risk.factors) is repeat
    assert risk.score == 10 + (10 if repeat else 0)


def test_missing_child_at_night_is_medium_and_domestic_threat_with_injury_is_high() -> None:
    child = facts("My 6 year old daughter has not come home", "10 pm")
    assert predict_escalation(child, "missing_person", None, UTC).score == 30 + 15 + 10
    home = facts("My husband beat me, I am bleeding, and he says he will kill me", "4 pm")
    risk = predict_escalation(home, "domestic_violence", None, UTC)
    assert (risk.score, risk.level) == (30 + 25 + 20, "HIGH")
