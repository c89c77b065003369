"""Demo seed reports with the verdict the offline rules must give them.

Shared by the demo seeding script and the tests, so the demo can never drift
from what the verifier actually does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from citizen_safe.verification.verdict import ReportText


@dataclass(frozen=True)
class DemoReport:
    """A seed report and the verdict expected for it."""

    key: str
    report: ReportText
    expected_is_fake: bool


GENUINE_HANDBAG_SNATCHING: Final = DemoReport(
    key="genuine-handbag-snatching",
    report=ReportText(
        description=(
            "A man snatched a woman's handbag near the central railway station around 6:40 pm. "
            "He came from behind on foot, pulled the bag off her shoulder near the main "
            "entrance and ran towards the bus depot. He looked about 25, thin, wearing a grey "
            "hoodie and dark jeans. She was not hurt but lost her phone, ID card and about "
            "Rs 2,000 in cash. A tea stall owner saw it and shouted, but he got away."
        ),
        location="Central Railway Station, main entrance, Pune",
        time_of_occurrence="Today, about 6:40 pm",
        author_credibility=100.0,
    ),
    expected_is_fake=False,
)
FAKE_GHOST: Final = DemoReport(
    key="fake-ghost",
    report=ReportText(
        description="A ghost broke into my apartment and rearranged the furniture",
        location="Green Park Apartments, Pune",
        time_of_occurrence="Last night",
        author_credibility=100.0,
    ),
    expected_is_fake=True,
)
FAKE_ALL_ATMS: Final = DemoReport(
    key="fake-all-atms",
    report=ReportText(
        description="All ATMs in the city are hacked and stealing people's data",
        location="Pune",
        time_of_occurrence="",
        author_credibility=100.0,
    ),
    expected_is_fake=True,
)
FAKE_VAGUE_LOL: Final = DemoReport(
    key="fake-vague-lol",
    report=ReportText(
        description="Someone did something bad lol",
        location="",
        time_of_occurrence="",
        author_credibility=100.0,
    ),
    expected_is_fake=True,
)

DEMO_REPORTS: Final[tuple[DemoReport, ...]] = (
    GENUINE_HANDBAG_SNATCHING,
    FAKE_GHOST,
    FAKE_ALL_ATMS,
    FAKE_VAGUE_LOL,
)
