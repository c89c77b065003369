"""Deploy-time settings, declared as Firebase params so `firebase deploy` asks for them.

Values come from `functions/.env.<project>` (or the deploy prompt) and secrets from Secret
Manager (`functions/.secret.local` under the emulator). Nothing tunable is hard-coded.

Thresholds are fractions, but firebase-functions 0.6.0 keeps its FloatParam private and
firebase-tools 15 rejects float-typed params at deploy, so fractions are StringParams
checked by a regex at deploy time and parsed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from firebase_functions.params import BoolParam, IntParam, SecretParam, StringParam, TextInput

from citizen_safe.classifier import DEFAULT_THRESHOLD
from citizen_safe.verification import (
    DEFAULT_GEMINI_MODEL,
    DEFAULT_GEMINI_TIMEOUT_SECONDS,
    GeminiSettings,
)

_FRACTION = TextInput(
    validation_regex=r"^(0(\.\d+)?|1(\.0+)?)$",
    validation_error_message="a number from 0 to 1, such as 0.5",
)

GEMINI_API_KEY = SecretParam(
    "GEMINI_API_KEY",
    label="Gemini API key",
    description="Key for the Gemini API. Set it to `unset` to verify with the offline rules.",
)
GEMINI_MODEL = StringParam(
    "GEMINI_MODEL",
    default=DEFAULT_GEMINI_MODEL,
    label="Gemini model",
    description="The Gemini model that judges reports.",
)
GEMINI_TIMEOUT_SECONDS = IntParam(
    "GEMINI_TIMEOUT_SECONDS",
    default=round(DEFAULT_GEMINI_TIMEOUT_SECONDS),
    label="Gemini timeout (s)",
    description="After this many seconds the offline verifier judges the report instead.",
)
BULLYING_THRESHOLD = StringParam(
    "BULLYING_THRESHOLD",
    default=repr(DEFAULT_THRESHOLD),
    label="Bullying threshold",
    description="Classifier probability from which a message counts as bullying (0-1).",
    input=_FRACTION,
)
MAX_BULLYING_COUNT = IntParam(
    "MAX_BULLYING_COUNT",
    default=5,
    label="Bullying limit",
    description="Flagged messages and comments after which the author is blocked from chatting.",
)
PRESENCE_STALE_SECONDS = IntParam(
    "PRESENCE_STALE_SECONDS",
    default=120,
    label="Presence timeout (s)",
    description="A user whose presence heartbeat is older than this counts as offline.",
)

DASHBOARD_TIMEZONE = StringParam(
    "DASHBOARD_TIMEZONE",
    default="UTC",
    label="Dashboard time zone",
    description="IANA time zone for 'reports filed today' and for night-time escalation risk.",
)
DASHBOARD_DEBOUNCE_MS = IntParam(
    "DASHBOARD_DEBOUNCE_MS",
    default=1000,
    label="Dashboard refresh interval (ms)",
    description="At most one recount of dashboard/summary per interval (Firestore sustains "
    "about one write per second on one document).",
)
CREDIBILITY_RECOVERY_POINTS = IntParam(
    "CREDIBILITY_RECOVERY_POINTS",
    default=1,
    label="Credibility recovery",
    description="Points each report verified genuine returns to its author (capped at 100).",
)
MESSAGES_PER_MINUTE = IntParam(
    "MESSAGES_PER_MINUTE",
    default=30,
    label="Messages per minute",
    description="Messages one user may send in any minute; more are withheld (rate_limited).",
)
REPORTS_PER_HOUR = IntParam(
    "REPORTS_PER_HOUR",
    default=10,
    label="Reports per hour",
    description="Reports one user may file in any hour; more are not judged (rate_limited).",
)
MAX_INSTANCES = IntParam(
    "MAX_INSTANCES",
    default=100,
    label="Max instances per function",
    description="Upper bound on instances of each function (cost and Firestore load "
    "guard). 100 serves a city-scale launch: moderation takes ~0.1 s a message, so 100 "
    "instances absorb ~1,000 messages a second before queueing.",
)
TRIGGER_CONCURRENCY = IntParam(
    "TRIGGER_CONCURRENCY",
    default=20,
    label="Concurrent events per trigger instance",
    description="Events one instance of a Firestore or scheduled trigger handles at once. "
    "They mostly wait on Firestore (and on Gemini for reports), so 20 keeps an instance "
    "busy without letting the classifier's CPU time queue; 1 serialises them.",
)
CALLABLE_CONCURRENCY = IntParam(
    "CALLABLE_CONCURRENCY",
    default=80,
    label="Concurrent requests per callable instance",
    description="Requests one instance of a callable serves at once (Cloud Run's default). "
    "Callables are short Firestore reads and writes.",
)
ENFORCE_APP_CHECK = BoolParam(
    "ENFORCE_APP_CHECK",
    default=False,
    label="Enforce App Check",
    description="Refuse callable requests without a valid App Check token (off for the emulators).",
)

# Secret values that mean "no key": the emulator needs some local value to stay offline.
_NO_KEY = {"", "unset", "none", "disabled"}


@dataclass(frozen=True)
class ModerationSettings:
    threshold: float
    max_bullying_count: int
    messages_per_minute: int = 30


def gemini_settings() -> GeminiSettings | None:
    """The Gemini configuration, or None to use the offline verifier."""
    key = GEMINI_API_KEY.value.strip()
    if key.lower() in _NO_KEY:
        return None
    return GeminiSettings(
        api_key=key,
        model=GEMINI_MODEL.value,
        timeout_seconds=float(GEMINI_TIMEOUT_SECONDS.value),
    )


def parse_fraction(raw: str, name: str) -> float:
    value = float(raw)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {raw!r}")
    return value


def moderation_settings() -> ModerationSettings:
    limit = MAX_BULLYING_COUNT.value
    if limit < 1:
        raise ValueError(f"MAX_BULLYING_COUNT must be at least 1, got {limit}")
    return ModerationSettings(
        threshold=parse_fraction(BULLYING_THRESHOLD.value, "BULLYING_THRESHOLD"),
        max_bullying_count=limit,
        messages_per_minute=max(1, MESSAGES_PER_MINUTE.value),
    )


def reports_per_hour() -> int:
    return max(1, REPORTS_PER_HOUR.value)


def recovery_points() -> int:
    return max(0, CREDIBILITY_RECOVERY_POINTS.value)


def presence_stale_seconds() -> int:
    return max(1, PRESENCE_STALE_SECONDS.value)


@dataclass(frozen=True)
class DashboardSettings:
    timezone: tzinfo
    debounce_s: float
    on_duty_s: int


def dashboard_settings() -> DashboardSettings:
    name = DASHBOARD_TIMEZONE.value.strip() or "UTC"
    try:
        zone: tzinfo = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ValueError(f"DASHBOARD_TIMEZONE is not a known time zone: {name!r}") from err
    return DashboardSettings(
        timezone=zone,
        debounce_s=max(0, DASHBOARD_DEBOUNCE_MS.value) / 1000,
        on_duty_s=presence_stale_seconds(),
    )
