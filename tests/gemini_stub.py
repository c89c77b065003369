"""A local stand-in for the Gemini REST API, shared by the tests that drive the real
google-genai client (`HttpOptions(base_url=...)` points it here)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "gemini-test-flash"
API_KEY = "test-key-not-secret"
TIMEOUT_SECONDS = 0.5


@dataclass
class Reply:
    """What the stub sends back for every request."""

    status: int = 200
    body: Any = None  # dict -> JSON, bytes -> raw; None -> a candidate carrying `answer`
    answer: Mapping[str, Any] | None = None  # None -> the stub's default answer
    delay: float = 0.0  # before the status line: one long silence (a per-phase timeout)
    # After the headers, the body one byte-group at a time, `trickle` seconds apart: every
    # read answers within a per-phase timeout while the whole call runs long.
    trickle: float = 0.0
    trickle_parts: int = 10


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class GeminiStub:
    default_answer: Mapping[str, Any]
    reply: Reply = field(default_factory=Reply)
    requests: list[Recorded] = field(default_factory=list)
    base_url: str = ""
    stop: threading.Event = field(default_factory=threading.Event)


def candidate_body(text: str | None, finish: str = "STOP") -> dict[str, Any]:
    """A generateContent response with one candidate carrying ``text``."""
    candidate: dict[str, Any] = {"finishReason": finish, "index": 0}
    if text is not None:
        candidate["content"] = {"role": "model", "parts": [{"text": text}]}
    return {"candidates": [candidate], "modelVersion": MODEL}


def error_body(code: int, status: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": f"stubbed {status}", "status": status}}


@contextmanager
def serve(default_answer: Mapping[str, Any]) -> Iterator[GeminiStub]:
    """Serve on a free loopback port until the block ends."""
    state = GeminiStub(default_answer)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.requests.append(
                Recorded(self.path, dict(self.headers.items()), json.loads(raw or b"{}"))
            )
            reply = state.reply
            if reply.delay and state.stop.wait(reply.delay):
                return
            answer = reply.answer if reply.answer is not None else state.default_answer
            payload = reply.body if reply.body is not None else candidate_body(json.dumps(answer))
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if not reply.trickle:
                    self.wfile.write(data)
                    return
                self.wfile.flush()
                step = max(1, -(-len(data) // max(1, reply.trickle_parts)))
                for start in range(0, len(data), step):
                    if state.stop.wait(reply.trickle):
                        return
                    self.wfile.write(data[start : start + step])
                    self.wfile.flush()
            except OSError:  # the client gave up (timeout tests)
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
