"""Cloud Functions entry points: each only unpacks its event or request and calls the
domain logic in `citizen_safe`, which is plain, typed and testable without Firebase."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from firebase_functions import firestore_fn, https_fn, options, scheduler_fn
from google.cloud.firestore_v1 import DocumentReference, DocumentSnapshot

from citizen_safe import chat, config, moderation, officers, reports, store

options.set_global_options(max_instances=10)
store.admin_app()  # before firebase-functions makes its own default app

DocumentCreated = firestore_fn.Event[DocumentSnapshot[DocumentReference] | None]


def _data(event: DocumentCreated) -> dict[str, Any] | None:
    return event.data.to_dict() if event.data is not None else None


def _uid(req: https_fn.CallableRequest[Any]) -> str | None:
    return req.auth.uid if req.auth is not None else None


# --- triggers ------------------------------------------------------------------------------


@firestore_fn.on_document_created(
    document="reports/{reportId}", secrets=[config.GEMINI_API_KEY], timeout_sec=120
)
def verify_new_report(event: DocumentCreated) -> None:
    reports.handle_new_report(event.params["reportId"], _data(event), config.gemini_settings())


@scheduler_fn.on_schedule(schedule="every 10 minutes", secrets=[config.GEMINI_API_KEY])
def resume_stalled_reports(event: scheduler_fn.ScheduledEvent) -> None:
    reports.resume_stalled(config.gemini_settings(), datetime.now(UTC))


@firestore_fn.on_document_created(document="messages/{messageId}", memory=512)
def moderate_new_message(event: DocumentCreated) -> None:
    moderation.moderate_message(
        event.params["messageId"], _data(event), config.moderation_settings()
    )


@firestore_fn.on_document_created(document="posts/{postId}/comments/{commentId}", memory=512)
def moderate_new_comment(event: DocumentCreated) -> None:
    moderation.moderate_comment(
        event.params["postId"],
        event.params["commentId"],
        _data(event),
        config.moderation_settings(),
    )


# --- callables -----------------------------------------------------------------------------


@https_fn.on_call()
def getChatHistory(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.get_chat_history(_uid(req), req.data)


@https_fn.on_call()
def listConversations(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.list_conversations(_uid(req))


@https_fn.on_call()
def getOnlineUsers(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.get_online_users(_uid(req), config.presence_stale_seconds(), datetime.now(UTC))


@https_fn.on_call()
def getBullyingReport(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.get_bullying_report(_uid(req), config.moderation_settings().max_bullying_count)


@https_fn.on_call()
def canChat(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.can_chat(_uid(req), config.moderation_settings().max_bullying_count)


@https_fn.on_call()
def markAsRead(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.mark_as_read(_uid(req), req.data)


@https_fn.on_call()
def claimUsername(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    return chat.claim_username(_uid(req), req.data)


@https_fn.on_call()
def reviewReport(req: https_fn.CallableRequest[Any]) -> dict[str, Any]:
    claims = req.auth.token if req.auth is not None else None
    return officers.review_report(_uid(req), claims, req.data)
