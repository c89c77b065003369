"""What the mobile app does, over the emulators' REST APIs: sign in, write and read through
the security rules, call callables. The demo and the integration tests both act through it,
so every write they make is checked by firestore.rules exactly as a phone's would be.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests

from citizen_safe._firestore import REST_OPS, QuerySpec
from citizen_safe.chat.conversations import conversation_id
from scripts.emulators import DEMO_PROJECT, PORTS

HOST = "127.0.0.1"
AUTH_URL = f"http://{HOST}:{PORTS.auth}"
FIRESTORE_URL = f"http://{HOST}:{PORTS.firestore}"
FUNCTIONS_URL = f"http://{HOST}:{PORTS.functions}"
REGION = "us-central1"


class ServerTimestamp:
    """Marks a field the server fills with the request time (rules compare `request.time`)."""


SERVER_TIMESTAMP = ServerTimestamp()


class RulesDenied(Exception):
    """Firestore answered PERMISSION_DENIED: the rules refused the request."""


class CallableError(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


# --- Firestore REST value encoding ------------------------------------------------------


def encode(value: object) -> dict[str, Any]:
    if value is None:
        return {"nullValue": None}
    if isinstance(value, bool):
        return {"booleanValue": value}
    if isinstance(value, int):
        return {"integerValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, str):
        return {"stringValue": value}
    if isinstance(value, datetime):
        return {"timestampValue": value.astimezone(UTC).isoformat().replace("+00:00", "Z")}
    if isinstance(value, Mapping):
        return {"mapValue": {"fields": {k: encode(v) for k, v in value.items()}}}
    if isinstance(value, Sequence):
        return {"arrayValue": {"values": [encode(v) for v in value]}}
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(value: Mapping[str, Any]) -> object:
    kind, raw = next(iter(value.items()))
    if kind == "integerValue":
        return int(raw)
    if kind == "timestampValue":
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if kind == "mapValue":
        return {k: decode(v) for k, v in raw.get("fields", {}).items()}
    if kind == "arrayValue":
        return [decode(v) for v in raw.get("values", [])]
    return raw


def decode_document(doc: Mapping[str, Any]) -> dict[str, object]:
    return {k: decode(v) for k, v in doc.get("fields", {}).items()}


# --- a signed-in app user ------------------------------------------------------------------


def _field_path(name: str) -> str:
    """Field names that are not plain identifiers (a uid starting with a digit) need quoting."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", name):
        return name
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def _documents_root(project: str) -> str:
    return f"projects/{project}/databases/(default)/documents"


@dataclass
class AppUser:
    """One signed-in user of the app, holding an Auth-emulator ID token."""

    uid: str
    email: str
    password: str
    id_token: str
    project: str = DEMO_PROJECT

    @classmethod
    def sign_up(
        cls, email: str | None = None, password: str = "s3cret-pass", project: str = DEMO_PROJECT
    ) -> AppUser:
        email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
        resp = requests.post(
            f"{AUTH_URL}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-key",
            json={"email": email, "password": password, "returnSecureToken": True},
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        user = cls(body["localId"], email, password, body["idToken"], project)
        # The app creates the profile right after sign-up, through the rules; messages may
        # only be sent to a uid that has one (a real account).
        user.create(f"users/{user.uid}", {"displayName": email.split("@", 1)[0][:100]})
        return user

    def refresh(self) -> None:
        """Sign in again, so custom claims set by an admin reach the token."""
        resp = requests.post(
            f"{AUTH_URL}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key",
            json={"email": self.email, "password": self.password, "returnSecureToken": True},
            timeout=10,
        )
        resp.raise_for_status()
        self.id_token = resp.json()["idToken"]

    @property
    def claims(self) -> dict[str, Any]:
        payload = self.id_token.split(".")[1]
        data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * 4))
        return data

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.id_token}"} if self.id_token else {}

    def _check(self, resp: requests.Response) -> dict[str, Any]:
        if resp.status_code == 403:
            raise RulesDenied(resp.text)
        resp.raise_for_status()
        data: dict[str, Any] = resp.json() if resp.content else {}
        return data

    def _doc_name(self, path: str) -> str:
        return f"{_documents_root(self.project)}/{path}"

    def commit(self, writes: list[dict[str, Any]]) -> dict[str, Any]:
        url = f"{FIRESTORE_URL}/v1/{_documents_root(self.project)}:commit"
        return self._check(
            requests.post(url, json={"writes": writes}, headers=self._headers(), timeout=10)
        )

    def _write(self, path: str, data: Mapping[str, object], *, create: bool) -> dict[str, Any]:
        fields = {k: v for k, v in data.items() if not isinstance(v, ServerTimestamp)}
        server_fields = [k for k, v in data.items() if isinstance(v, ServerTimestamp)]
        write: dict[str, Any] = {
            "update": {"name": self._doc_name(path), "fields": encode(fields)["mapValue"]["fields"]}
        }
        if server_fields:
            write["updateTransforms"] = [
                {"fieldPath": _field_path(f), "setToServerValue": "REQUEST_TIME"}
                for f in server_fields
            ]
        if create:
            write["currentDocument"] = {"exists": False}
        else:
            write["updateMask"] = {"fieldPaths": [_field_path(f) for f in data]}
            write["currentDocument"] = {"exists": True}
        return self.commit([write])

    def create(self, path: str, data: Mapping[str, object]) -> None:
        self._write(path, data, create=True)

    def update(self, path: str, data: Mapping[str, object]) -> None:
        self._write(path, data, create=False)

    def add(self, collection: str, data: Mapping[str, object]) -> str:
        doc_id = uuid.uuid4().hex[:20]
        self.create(f"{collection}/{doc_id}", data)
        return doc_id

    def message(self, receiver: str, content: str) -> dict[str, object]:
        """A chat message exactly as the app writes it (the rules check every field)."""
        return {
            "sender": self.uid,
            "receiver": receiver,
            "content": content,
            "timestamp": SERVER_TIMESTAMP,
            "is_read": False,
            "participants": [self.uid, receiver],
            "conversationId": conversation_id(self.uid, receiver),
            "status": "pending",
        }

    def report(self, description: str, **extra: object) -> dict[str, object]:
        """A crime report exactly as the app files it."""
        return {
            "userId": self.uid,
            "description": description,
            "timestamp": SERVER_TIMESTAMP,
            "verification_status": "pending",
            **extra,
        }

    def post(self, content: str) -> dict[str, object]:
        """A post exactly as the app writes it: pending until moderated."""
        return {
            "author": self.uid,
            "content": content,
            "timestamp": SERVER_TIMESTAMP,
            "status": "pending",
        }

    def comment(self, content: str) -> dict[str, object]:
        """A comment exactly as the app writes it: pending until moderated."""
        return self.post(content)

    def send_message(self, receiver: str, content: str) -> str:
        return self.add("messages", self.message(receiver, content))

    def delete(self, path: str) -> None:
        self.commit([{"delete": self._doc_name(path)}])

    def get(self, path: str) -> dict[str, object] | None:
        url = f"{FIRESTORE_URL}/v1/{self._doc_name(path)}"
        resp = requests.get(url, headers=self._headers(), timeout=10)
        if resp.status_code == 404:
            return None
        return decode_document(self._check(resp))

    def query(
        self,
        collection: str,
        where: Sequence[tuple[str, str, object]] = (),
        order_by: Sequence[tuple[str, str]] = (),
        limit: int | None = None,
    ) -> list[dict[str, object]]:
        """An ad-hoc query (e.g. one the rules must refuse); `op` is the REST operator
        (EQUAL, ARRAY_CONTAINS, ...)."""
        ops = {rest: op for op, rest in REST_OPS.items()}
        spec = QuerySpec(
            "ad hoc",
            collection,
            where=tuple((f, ops[op]) for f, op, _ in where),  # type: ignore[misc]
            order_by=tuple(order_by),  # type: ignore[arg-type]
        )
        return self.run(spec, [v for _, _, v in where], limit=limit)

    def run(
        self,
        spec: QuerySpec,
        values: Sequence[object],
        parent: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, object]]:
        """Run one of the app's declared queries through the rules, as the app does."""
        return self._run_query(spec.rest(values, encode), parent, limit)

    def _run_query(
        self, query: dict[str, Any], parent: str | None, limit: int | None
    ) -> list[dict[str, object]]:
        if limit is not None:
            query["limit"] = limit
        root = _documents_root(self.project) + (f"/{parent}" if parent else "")
        resp = requests.post(
            f"{FIRESTORE_URL}/v1/{root}:runQuery",
            json={"structuredQuery": query},
            headers=self._headers(),
            timeout=10,
        )
        if resp.status_code == 403:
            raise RulesDenied(resp.text)
        resp.raise_for_status()
        return [
            {"id": row["document"]["name"].rsplit("/", 1)[1], **decode_document(row["document"])}
            for row in resp.json()
            if "document" in row
        ]

    def listener_client(self) -> Any:
        """A google-cloud-firestore client that speaks as this user, so its realtime
        listeners (`on_snapshot`) go through the security rules like the app's."""
        from google.auth.credentials import AnonymousCredentials
        from google.cloud.firestore_v1 import Client
        from google.cloud.firestore_v1._helpers import metadata_with_prefix

        token = self.id_token

        class UserClient(Client):
            @property
            def _rpc_metadata(self) -> list[tuple[str, str]]:
                metadata: list[tuple[str, str]] = metadata_with_prefix(self._database_string)
                return [*metadata, ("authorization", f"Bearer {token}")]

        os.environ.setdefault("FIRESTORE_EMULATOR_HOST", f"{HOST}:{PORTS.firestore}")
        return UserClient(
            project=self.project,
            credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
        )

    def call(self, name: str, data: object = None) -> Any:
        """Invoke an `https_fn.on_call` function the way the Firebase client SDK does."""
        return call_function(name, data, self.id_token, self.project)


def call_function(
    name: str, data: object, id_token: str | None, project: str = DEMO_PROJECT
) -> Any:
    headers = {"Content-Type": "application/json"}
    if id_token:
        headers["Authorization"] = f"Bearer {id_token}"
    url = f"{FUNCTIONS_URL}/{project}/{REGION}/{name}"
    payload: dict[str, Any] = {"data": data}
    resp = requests.post(url, json=payload, headers=headers, timeout=60)
    body = resp.json()
    if "error" in body:
        raise CallableError(
            body["error"].get("status", "UNKNOWN"), body["error"].get("message", "")
        )
    return body.get("result")


def wait_for(
    read: Callable[[], dict[str, object] | None],
    done: Callable[[dict[str, object]], bool],
    timeout: float = 60.0,
) -> dict[str, object]:
    """Poll until a trigger's result shows up: triggers run asynchronously."""
    deadline = time.monotonic() + timeout
    last: dict[str, object] | None = None
    while time.monotonic() < deadline:
        last = read()
        if last is not None and done(last):
            return last
        time.sleep(0.2)
    raise TimeoutError(f"condition not met within {timeout:.0f}s; last value: {last}")
