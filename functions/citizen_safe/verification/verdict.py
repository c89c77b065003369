"""Value types shared by every verification engine.

They are frozen dataclasses so a verdict can be passed from the verifier to the
Firestore layer (and logged) without anyone mutating it on the way.
"""

from __future__ import annotations

from dataclasses import dataclass

ENGINE_GEMINI = "gemini-api"
ENGINE_OFFLINE = "offline-rules"
OFFLINE_MODEL = "offline-rules-v1"

# Stable snake_case red-flag codes. They are stored in Firestore and shown to
# moderators, so they must never be renamed; new codes may be added.
SUPERNATURAL = "supernatural"
FICTIONAL = "fictional"
PHYSICALLY_IMPOSSIBLE = "physically_impossible"
IMPLAUSIBLE_NUMBER = "implausible_number"
MASS_SCALE_CLAIM = "mass_scale_claim"
JOKE_MARKER = "joke_marker"
TEST_MARKER = "test_marker"
VAGUE = "vague"
CONTRADICTION = "contradiction"
LOW_CREDIBILITY_AUTHOR = "low_credibility_author"
# Added with the review queue.
SELF_REPORTED_DEATH = "self_reported_death"
ANIMATED_OBJECT = "animated_object"
IMPLAUSIBLE_AMOUNT = "implausible_amount"
UNSUPPORTED_LANGUAGE = "unsupported_language"
UNREADABLE = "unreadable"

RED_FLAG_CODES: tuple[str, ...] = (
    SUPERNATURAL,
    FICTIONAL,
    PHYSICALLY_IMPOSSIBLE,
    IMPLAUSIBLE_NUMBER,
    MASS_SCALE_CLAIM,
    JOKE_MARKER,
    TEST_MARKER,
    VAGUE,
    CONTRADICTION,
    LOW_CREDIBILITY_AUTHOR,
    SELF_REPORTED_DEATH,
    ANIMATED_OBJECT,
    IMPLAUSIBLE_AMOUNT,
    UNSUPPORTED_LANGUAGE,
    UNREADABLE,
)

# Languages the offline rules can read; "und" (undetermined) is judged on the text itself.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "und")


@dataclass(frozen=True)
class ReportText:
    """The parts of a report a verifier may look at (already validated upstream)."""

    description: str
    location: str
    time_of_occurrence: str
    author_credibility: float
    # ISO 639-1 code detected upstream; None = not detected, "und" = undetermined.
    language: str | None = None


@dataclass(frozen=True)
class Verdict:
    """An authenticity judgement plus enough provenance to audit it later."""

    is_fake: bool
    confidence: float
    reasoning: str
    red_flags: tuple[str, ...]
    engine: str
    model: str
    fallback_reason: str | None = None
    # Third outcome: the rules are unsure, so an officer decides. Always with is_fake=False,
    # so no penalty is applied until the officer settles it.
    needs_review: bool = False

    @property
    def verified_by(self) -> str:
        """Single audit string, so a stored verdict says which engine decided and why."""
        base = f"{self.engine}/{self.model}"
        if self.fallback_reason is None:
            return base
        return f"{base} (fallback from {ENGINE_GEMINI}: {self.fallback_reason})"
