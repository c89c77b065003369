"""The callable layer: every callable gets the same checks and the same error codes."""

from __future__ import annotations

from typing import Any

import pytest
from firebase_functions.https_fn import (
    AppCheckData,
    AuthData,
    CallableRequest,
    FunctionsErrorCode,
    HttpsError,
)

from citizen_safe import api
from citizen_safe.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
)


def request(
    data: object = None, uid: str | None = "u1", role: str | None = None, app: bool = False
) -> CallableRequest[Any]:
    token = {"role": role} if role else {}
    return CallableRequest(
        raw_request=None,  # type: ignore[arg-type]
        data=data,
        auth=AuthData(uid, token) if uid else None,
        app=AppCheckData("app-1", {}) if app else None,
    )


def echo(caller: api.Caller, args: api.Args) -> dict[str, Any]:
    return {"uid": caller.uid, "officer": caller.is_officer, "x": args.raw("x")}


def code_of(req: CallableRequest[Any], body: api.Handler[Any] = echo, **kw: Any) -> str:
    with pytest.raises(HttpsError) as err:
        api.handle(req, body, **kw)
    return str(err.value.code)


def test_a_signed_in_caller_gets_the_answer() -> None:
    assert api.handle(request({"x": 1}), echo) == {"uid": "u1", "officer": False, "x": 1}
    assert api.handle(request(None), echo)["x"] is None


@pytest.mark.parametrize("data", ["text", 5, [1, 2], True])
def test_a_non_object_request_is_invalid_argument(data: object) -> None:
    assert code_of(request(data)) == FunctionsErrorCode.INVALID_ARGUMENT


def test_signed_out_is_unauthenticated() -> None:
    assert code_of(request({}, uid=None)) == FunctionsErrorCode.UNAUTHENTICATED


def test_officer_only_callables_refuse_citizens() -> None:
    assert code_of(request({}), role="officer") == FunctionsErrorCode.PERMISSION_DENIED
    assert api.handle(request({}, role="officer"), echo, role="officer")["officer"] is True


def test_app_check_is_enforced_only_when_asked() -> None:
    assert code_of(request({}), enforce_app_check=True) == FunctionsErrorCode.UNAUTHENTICATED
    assert api.handle(request({}, app=True), echo, enforce_app_check=True)["uid"] == "u1"
    assert api.handle(request({}), echo, enforce_app_check=False)["uid"] == "u1"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidArgument("x"), FunctionsErrorCode.INVALID_ARGUMENT),
        (NotFound("x"), FunctionsErrorCode.NOT_FOUND),
        (AlreadyExists("x"), FunctionsErrorCode.ALREADY_EXISTS),
        (FailedPrecondition("x"), FunctionsErrorCode.FAILED_PRECONDITION),
        (RuntimeError("bug"), FunctionsErrorCode.INTERNAL),
    ],
)
def test_errors_are_mapped_to_codes(error: Exception, code: str) -> None:
    def fail(caller: api.Caller, args: api.Args) -> None:
        raise error

    assert code_of(request({}), fail) == code


def test_the_rate_limit_hook_runs_before_the_body() -> None:
    seen: list[str] = []

    def limit(caller: api.Caller, name: str) -> None:
        seen.append(caller.uid)
        raise ResourceExhausted("slow down")

    assert code_of(request({}), rate_limit=limit) == FunctionsErrorCode.RESOURCE_EXHAUSTED
    assert seen == ["u1"]


@pytest.mark.parametrize(
    ("data", "ok"),
    [
        ({"id": "abc_DEF-123"}, True),
        ({"id": ""}, False),
        ({"id": "a/b"}, False),
        ({"id": "."}, False),
        ({"id": ".."}, False),
        ({"id": "__x__"}, False),
        ({"id": "café"}, False),
        ({"id": "x" * 129}, False),
        ({"id": 5}, False),
        ({"id": {"a": 1}}, False),
    ],
)
def test_document_ids_are_checked(data: dict[str, object], ok: bool) -> None:
    args = api.Args(data)
    if ok:
        assert args.doc_id("id", "an id") == data["id"]
    else:
        with pytest.raises(InvalidArgument, match="'id' must be an id"):
            args.doc_id("id", "an id")


def test_whole_numbers_and_texts() -> None:
    args = api.Args({"n": 5, "b": True, "t": "  hi  ", "long": "x" * 20})
    assert args.whole("n", least=1, most=10, default=3) == 5
    assert args.whole("missing", least=1, most=10, default=3) == 3
    with pytest.raises(InvalidArgument):
        args.whole("b", least=0, most=10, default=3)
    assert args.text("t", most=5) == "hi"
    assert args.text("missing", most=5, default="") == ""
    with pytest.raises(InvalidArgument):
        args.text("long", most=5)
