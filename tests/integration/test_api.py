"""Every callable goes through the one callable layer: same checks, same error codes."""

from __future__ import annotations

import pytest

from scripts.app_client import AppUser, CallableError, call_function

CALLABLES = [
    "getChatHistory",
    "listConversations",
    "getOnlineUsers",
    "getBullyingReport",
    "canChat",
    "markAsRead",
    "claimUsername",
    "reviewReport",
    "predictCrimeType",
    "predictEscalationRisk",
    "detectFakeReport",
    "appealReport",
    "resolveAppeal",
    "getAuditTrail",
    "listRepeatOffenders",
]


@pytest.mark.parametrize("name", CALLABLES)
def test_callables_require_sign_in(name: str) -> None:
    with pytest.raises(CallableError) as err:
        call_function(name, {}, id_token=None)
    assert err.value.status == "UNAUTHENTICATED"


@pytest.mark.parametrize("name", CALLABLES)
@pytest.mark.parametrize("data", ["a string", 42, [1, 2], True])
def test_a_non_object_request_is_invalid_argument(
    officer: AppUser, name: str, data: object
) -> None:
    with pytest.raises(CallableError) as err:
        officer.call(name, data)
    assert err.value.status == "INVALID_ARGUMENT"


OFFICER_ONLY = [
    "reviewReport",
    "predictCrimeType",
    "predictEscalationRisk",
    "detectFakeReport",
    "resolveAppeal",
    "getAuditTrail",
    "listRepeatOffenders",
]


@pytest.mark.parametrize("name", OFFICER_ONLY)
def test_officer_callables_refuse_citizens(citizen: AppUser, name: str) -> None:
    with pytest.raises(CallableError) as err:
        citizen.call(name, {"reportId": "r1", "decision": "fake", "text": "x", "target": "a/b"})
    assert err.value.status == "PERMISSION_DENIED"


@pytest.mark.parametrize(
    "data",
    [
        {"reportId": "r1", "decision": ["fake"]},
        {"reportId": "r1", "decision": {"fake": True}},
        {"reportId": ".", "decision": "fake"},
        {"reportId": "..", "decision": "fake"},
        {"reportId": "__x__", "decision": "fake"},
        {"reportId": "a/b", "decision": "fake"},
    ],
)
def test_review_mistakes_are_invalid_argument(officer: AppUser, data: dict[str, object]) -> None:
    with pytest.raises(CallableError) as err:
        officer.call("reviewReport", data)
    assert err.value.status == "INVALID_ARGUMENT"
