"""Cloud Functions entry points: each only unpacks its event or request and calls the
domain logic in `citizen_safe`, which is plain, typed and testable without Firebase."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from firebase_functions import firestore_fn, https_fn, options, scheduler_fn
from firebase_functions.core import Change
from google.cloud.firestore_v1 import DocumentReference, DocumentSnapshot

from citizen_safe import _firestore, api, config
from citizen_safe.audit import callables as audit
from citizen_safe.chat import callables as chat
from citizen_safe.dashboard import refresh as dashboard
from citizen_safe.moderation import judging as moderation
from citizen_safe.moderation import standing
from citizen_safe.reports import appeals, insights, review
from citizen_safe.reports import judging as reports
from citizen_safe.users import offenders, presence, profiles

# One whole CPU: with less, Cloud Run allows one request per instance whatever the
# concurrency says. Triggers and callables each get their family's concurrency param.
options.set_global_options(max_instances=config.MAX_INSTANCES, cpu=1)
TRIGGERS, CALLABLES = config.TRIGGER_CONCURRENCY, config.CALLABLE_CONCURRENCY
_firestore.admin_app()  # before firebase-functions makes its own default app

DocumentCreated = firestore_fn.Event[DocumentSnapshot[DocumentReference] | None]
Request = https_fn.CallableRequest[Any]


def _data(event: DocumentCreated) -> dict[str, Any] | None:
    return event.data.to_dict() if event.data is not None else None


def _report_settings() -> insights.Settings:
    return insights.Settings(
        config.gemini_settings(),
        config.dashboard_settings().timezone,
        config.recovery_points(),
        config.reports_per_hour(),
    )


def _call(req: Request, body: api.Handler[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    return api.handle(req, body, enforce_app_check=config.ENFORCE_APP_CHECK.value, **kw)


# --- triggers ------------------------------------------------------------------------------


@firestore_fn.on_document_created(
    document="reports/{reportId}",
    secrets=[config.GEMINI_API_KEY],
    timeout_sec=120,
    concurrency=TRIGGERS,
)
def verify_new_report(event: DocumentCreated) -> None:
    reports.handle_new_report(event.document, _data(event), _report_settings())


@firestore_fn.on_document_created(document="messages/{messageId}", memory=512, concurrency=TRIGGERS)
def moderate_new_message(event: DocumentCreated) -> None:
    moderation.moderate_message(event.document, _data(event), config.moderation_settings())


@firestore_fn.on_document_created(document="posts/{postId}", memory=512, concurrency=TRIGGERS)
def moderate_new_post(event: DocumentCreated) -> None:
    moderation.moderate_post(event.document, _data(event), config.moderation_settings())


@firestore_fn.on_document_created(
    document="posts/{postId}/comments/{commentId}", memory=512, concurrency=TRIGGERS
)
def moderate_new_comment(event: DocumentCreated) -> None:
    moderation.moderate_comment(event.document, _data(event), config.moderation_settings())


@scheduler_fn.on_schedule(
    schedule="every 10 minutes",
    secrets=[config.GEMINI_API_KEY],
    timeout_sec=540,
    memory=512,
    concurrency=TRIGGERS,
)
def resume_stalled(event: scheduler_fn.ScheduledEvent) -> None:
    now = datetime.now(UTC)
    reports.resume_stalled(_report_settings(), now)
    moderation.resume_stalled(config.moderation_settings(), now)


DocumentWritten = firestore_fn.Event[Change[DocumentSnapshot[DocumentReference] | None]]


@firestore_fn.on_document_written(document="reports/{reportId}", concurrency=TRIGGERS)
def refresh_dashboard_on_report(event: DocumentWritten) -> None:
    before, after = event.data.before, event.data.after
    if dashboard.moves_counts(
        before.to_dict() if before is not None else None,
        after.to_dict() if after is not None else None,
    ):
        # The commit time of the write itself: the event's own time may be coarser.
        changed_at = after.update_time if after is not None else None
        dashboard.request(changed_at or event.time, config.dashboard_settings())


@firestore_fn.on_document_written(document="duty/{officerId}", concurrency=TRIGGERS)
def refresh_dashboard_on_duty(event: firestore_fn.Event[Any]) -> None:
    dashboard.request(event.time, config.dashboard_settings())


@scheduler_fn.on_schedule(schedule="every 1 minutes", concurrency=TRIGGERS)
def refresh_dashboard(event: scheduler_fn.ScheduledEvent) -> None:
    """Clock-driven counts (today, the last 24 h, officers on duty) move by themselves."""
    dashboard.refresh_now(datetime.now(UTC), config.dashboard_settings())


if os.environ.get("CITIZEN_SAFE_BENCHMARK") == "1":  # scripts/bench_pipeline.py only

    @firestore_fn.on_document_created(
        document="bench_floor/{docId}", memory=512, concurrency=TRIGGERS
    )
    def bench_floor(event: DocumentCreated) -> None:
        """The benchmark's floor: the least a trigger can do that anyone can observe."""
        _firestore.document(event.document).update({"done_at": _firestore.SERVER_TIMESTAMP})


# --- callables -----------------------------------------------------------------------------


@https_fn.on_call(concurrency=CALLABLES)
def getChatHistory(req: Request) -> dict[str, Any]:
    return _call(req, chat.get_chat_history)


@https_fn.on_call(concurrency=CALLABLES)
def listConversations(req: Request) -> dict[str, Any]:
    return _call(req, chat.list_conversations)


@https_fn.on_call(concurrency=CALLABLES)
def markAsRead(req: Request) -> dict[str, Any]:
    return _call(req, chat.mark_as_read)


@https_fn.on_call(concurrency=CALLABLES)
def getOnlineUsers(req: Request) -> dict[str, Any]:
    stale, now = config.presence_stale_seconds(), datetime.now(UTC)
    return _call(req, lambda caller, args: presence.get_online_users(caller, args, stale, now))


@https_fn.on_call(concurrency=CALLABLES)
def claimUsername(req: Request) -> dict[str, Any]:
    return _call(req, profiles.claim_username)


@https_fn.on_call(concurrency=CALLABLES)
def getBullyingReport(req: Request) -> dict[str, Any]:
    limit = config.moderation_settings().max_bullying_count
    return _call(req, lambda caller, args: standing.get_bullying_report(caller, args, limit))


@https_fn.on_call(concurrency=CALLABLES)
def canChat(req: Request) -> dict[str, Any]:
    limit = config.moderation_settings().max_bullying_count
    return _call(req, lambda caller, args: standing.can_chat(caller, args, limit))


@https_fn.on_call(secrets=[config.GEMINI_API_KEY], concurrency=CALLABLES)
def reviewReport(req: Request) -> dict[str, Any]:
    settings, now = _report_settings(), datetime.now(UTC)
    return _call(req, lambda c, a: review.review_report(c, a, settings, now), role="officer")


@https_fn.on_call(secrets=[config.GEMINI_API_KEY], concurrency=CALLABLES)
def predictCrimeType(req: Request) -> dict[str, Any]:
    settings, now = _report_settings(), datetime.now(UTC)
    return _call(
        req, lambda c, a: insights.predict_crime_type_callable(c, a, settings, now), role="officer"
    )


@https_fn.on_call(secrets=[config.GEMINI_API_KEY], concurrency=CALLABLES)
def predictEscalationRisk(req: Request) -> dict[str, Any]:
    settings, now = _report_settings(), datetime.now(UTC)
    return _call(
        req, lambda c, a: insights.predict_escalation_callable(c, a, settings, now), role="officer"
    )


@https_fn.on_call(secrets=[config.GEMINI_API_KEY], concurrency=CALLABLES)
def detectFakeReport(req: Request) -> dict[str, Any]:
    gemini = config.gemini_settings()
    return _call(req, lambda c, a: insights.detect_fake_report(c, a, gemini), role="officer")


@https_fn.on_call(concurrency=CALLABLES)
def appealReport(req: Request) -> dict[str, Any]:
    return _call(req, appeals.appeal_report)


@https_fn.on_call(secrets=[config.GEMINI_API_KEY], concurrency=CALLABLES)
def resolveAppeal(req: Request) -> dict[str, Any]:
    settings, now = _report_settings(), datetime.now(UTC)
    return _call(req, lambda c, a: appeals.resolve_appeal(c, a, settings, now), role="officer")


@https_fn.on_call(concurrency=CALLABLES)
def getAuditTrail(req: Request) -> dict[str, Any]:
    return _call(req, audit.get_audit_trail, role="officer")


@https_fn.on_call(concurrency=CALLABLES)
def listRepeatOffenders(req: Request) -> dict[str, Any]:
    return _call(req, offenders.list_repeat_offenders, role="officer")
