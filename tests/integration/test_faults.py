"""Faults around the report pipeline: Gemini slow past its whole-call deadline, 429, 500 or
malformed, and the Firestore emulator restarted mid-run.

Both run the real pipeline (`reports.judging.handle_new_report`) in a worker process
against a standalone Firestore emulator of our own on a spare port: no deployed trigger
watches it, so the worker's deliveries are the only ones, and it can be stopped and started
at will. Sign-ups still use the suite's Auth emulator (authors must have accounts).

Each document must end either fully judged (verdict, `verification/latest`, ledger, score,
audit entries, all consistent) or untouched and pending, which the `resume_stalled` sweep
then finishes: never half-written.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from scripts.app_client import AppUser
from scripts.emulators import DEMO_PROJECT, INSTALLED_FIRESTORE_JARS, ROOT, suite_env

FAKE = "A dragon flew over the market at noon and burned my car to ash"
STARTUP_S = 60.0
OUTAGE_S = 8.0
RESULT = "RESULT "  # the worker's own lines; the functions' logs are JSON on stdout too


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Firestore:
    """One standalone Firestore emulator; `restart` keeps its data (export on exit)."""

    port: int
    data: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        jar = next(j for j in INSTALLED_FIRESTORE_JARS if j.is_file())
        env = suite_env()
        cmd = [
            str(Path(env["JAVA_HOME"]) / "bin" / "java"),
            "-cp",
            str(jar),
            "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
            "--host=127.0.0.1",
            f"--port={self.port}",
            f"--project_id={DEMO_PROJECT}",
            f"--export-on-exit={self.data}",
        ]
        seed = sorted(self.data.glob("**/*.overall_export_metadata"))
        if seed:
            cmd.append(f"--seed_from_export={seed[-1]}")
        self.process = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_S
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            assert self.process.poll() is None, "the Firestore emulator exited at start"
            time.sleep(0.2)
        raise TimeoutError("the Firestore emulator did not start")

    def stop(self) -> float:
        """SIGTERM (the emulator exports its data), then wait; returns seconds taken."""
        started = time.monotonic()
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None
        return time.monotonic() - started


@contextlib.contextmanager
def standalone_firestore() -> Iterator[Firestore]:
    with tempfile.TemporaryDirectory(prefix="firestore-faults-") as data:
        store = Firestore(free_port(), Path(data))
        store.start()
        try:
            yield store
        finally:
            store.stop()


def worker(store: Firestore, *args: str) -> subprocess.Popen[str]:
    """This module run as a script, pointed at the standalone emulator."""
    env = {
        **os.environ,
        "FIRESTORE_EMULATOR_HOST": f"127.0.0.1:{store.port}",
        "GCLOUD_PROJECT": DEMO_PROJECT,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "functions"), str(ROOT)]),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.test_faults", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 300) -> list[dict[str, Any]]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return [json.loads(line[len(RESULT) :]) for line in out.splitlines() if line.startswith(RESULT)]


# --- the tests -------------------------------------------------------------------------------


def test_every_gemini_fault_ends_in_a_recorded_offline_verdict(citizen: AppUser) -> None:
    with standalone_firestore() as store:
        results = finish(worker(store, "gemini", citizen.uid))
    by_fault = {r["fault"]: r for r in results}
    assert set(by_fault) == {"trickle", "http-429", "http-500", "malformed-json"}
    for fault, result in by_fault.items():
        assert result["status"] == "judged", result
        assert result["fallback_reason"] == result["expected"], result
        assert "fallback from gemini-api" in result["verified_by"], result
        assert result["problems"] == [], (fault, result["problems"])
    assert by_fault["trickle"]["seconds"] < 2.0, "the whole-call deadline (0.5 s) must hold"


def test_firestore_restarted_mid_run_leaves_nothing_half_written(
    citizen: AppUser, other_citizen: AppUser
) -> None:
    with standalone_firestore() as store:
        run = worker(store, "run", citizen.uid, other_citizen.uid)
        assert run.stdout is not None
        # Let a few reports through, then restart the emulator under the running pipeline.
        seen = 0
        while seen < 4:
            line = run.stdout.readline()
            assert line, "the worker ended early"
            seen += line.startswith(RESULT)
        down = store.stop()
        time.sleep(OUTAGE_S)  # long enough that a delivery gives up, not only retries
        down += OUTAGE_S
        store.start()
        outcomes = finish(run)
        checked = finish(worker(store, "check", citizen.uid, other_citizen.uid))
    crashed = [o for o in outcomes if o["status"] == "crashed"]
    slowest = max(o["seconds"] for o in outcomes)
    assert crashed or slowest >= down, "no delivery overlapped the restart: nothing was tested"
    report = checked[-1]
    print(f"\nrestart outcomes: {[o['detail'] for o in outcomes]}")
    assert report["problems"] == [], report["problems"]
    assert report["half_written"] == 0
    assert report["pending_before_sweep"] >= 0 and report["pending_after_sweep"] == 0
    print(
        f"\nrestart: down {down:.1f}s; {len(outcomes)} deliveries, {len(crashed)} crashed; "
        f"{report['pending_before_sweep']} left pending and finished by the sweep; "
        f"{report['judged']} judged in all"
    )


# --- the worker (runs against the standalone emulator) ---------------------------------------


def _settings(gemini: Any = None) -> Any:
    from citizen_safe.reports import insights

    return insights.Settings(gemini=gemini, timezone=UTC, recovery=1, reports_per_hour=1000)


def _report(uid: str, at: datetime) -> dict[str, object]:
    return {"userId": uid, "description": FAKE, "timestamp": at, "verification_status": "pending"}


def _consistency(uids: list[str]) -> dict[str, Any]:
    """Every report either fully judged or untouched; every author's score, fake count and
    audit trail agree with the reports' ledgers."""
    from citizen_safe import _firestore

    db = _firestore.client()
    problems: list[str] = []
    judged = pending = 0
    for uid in uids:
        ledger, fakes, moved = 0.0, 0, 0
        for snap in db.collection("reports").where("userId", "==", uid).stream():
            doc = snap.to_dict() or {}
            latest = snap.reference.collection("verification").document("latest").get()
            audits = [
                a.to_dict() or {}
                for a in db.collection("audit").where("target", "==", snap.reference.path).stream()
            ]
            if doc.get("verified_at") is None:
                pending += 1
                if doc.get("verification_status") != "pending" or latest.exists or audits:
                    problems.append(f"half-written {snap.id}: {doc} latest={latest.exists}")
                continue
            judged += 1
            raw = doc.get("credibility_effect")
            effect = float(raw) if isinstance(raw, int | float) else math.nan
            penalty = (latest.to_dict() or {}).get("credibility_penalty")
            if not latest.exists or [a["action"] for a in audits] != ["verdict"]:
                problems.append(f"incomplete verdict {snap.id}: latest={latest.exists} {audits}")
            if doc.get("verification_status") == "fake":
                fakes += 1
                # The ledger holds what the score really moved: less once it reaches 0.
                if not isinstance(penalty, int) or penalty < 5 or not -penalty <= effect <= 0:
                    problems.append(f"ledger {snap.id}: effect {effect} penalty {penalty}")
                moved += effect != 0
                if not db.document(f"flagged_reports/{snap.id}").get().exists:
                    problems.append(f"not listed {snap.id}")
            ledger += 0.0 if math.isnan(effect) else effect
        user = db.document(f"users/{uid}").get().to_dict() or {}
        score = user.get("credibilityScore", 100)
        if abs(100 + ledger - float(score)) > 1e-9:
            problems.append(f"user {uid}: score {score} but ledgers sum to {ledger}")
        if user.get("fakeReportCount", 0) != fakes:
            problems.append(f"user {uid}: fakeReportCount {user.get('fakeReportCount')} != {fakes}")
        penalties = db.collection("audit").where("target", "==", f"users/{uid}").stream()
        if sum(1 for _ in penalties) != moved:
            problems.append(f"user {uid}: penalty audit entries differ from {moved} penalties")
    return {"problems": problems, "judged": judged, "pending": pending}


def _emit(**fields: object) -> None:
    print(RESULT + json.dumps(fields, default=str), flush=True)


def _run_gemini_faults(uid: str) -> None:
    from citizen_safe import _firestore
    from citizen_safe.reports import judging
    from citizen_safe.verification import GeminiSettings
    from tests.gemini_stub import API_KEY, MODEL, Reply, candidate_body, error_body, serve

    answer = {"reasoning": "Dragons do not exist.", "red_flags": ["fictional"]}
    faults = {
        "trickle": (Reply(trickle=0.3, trickle_parts=10), "timeout"),
        "http-429": (Reply(status=429, body=error_body(429, "RESOURCE_EXHAUSTED")), "http-429"),
        "http-500": (Reply(status=500, body=error_body(500, "INTERNAL")), "http-500"),
        "malformed-json": (Reply(body=candidate_body('{"is_fake": tru')), "malformed-response"),
    }
    with serve({**answer, "is_fake": True, "confidence": 0.99}) as stub:
        gemini = GeminiSettings(API_KEY, MODEL, 0.5, stub.base_url)
        for fault, (reply, expected) in faults.items():
            stub.reply = reply
            path = f"reports/{fault}"
            data = _report(uid, datetime.now(UTC))
            _firestore.document(path).create(data)
            started = time.monotonic()
            status = judging.handle_new_report(path, data, _settings(gemini))
            seconds = time.monotonic() - started
            latest = _firestore.document(f"{path}/verification/latest").get().to_dict() or {}
            _emit(
                fault=fault,
                expected=expected,
                status=status,
                seconds=round(seconds, 3),
                fallback_reason=latest.get("fallback_reason"),
                verified_by=latest.get("verified_by"),
                problems=_consistency([uid])["problems"],
            )


def _run_pipeline(uids: list[str]) -> None:
    """Deliver reports one after another, as the trigger would, whatever Firestore does."""
    from citizen_safe import _firestore
    from citizen_safe.reports import judging

    old = datetime.now(UTC) - timedelta(minutes=10)  # so the sweep may pick up leftovers
    deadline = time.monotonic() + 120
    i = 0
    while time.monotonic() < deadline and i < 60:
        uid = uids[i % len(uids)]
        path = f"reports/r{i:03d}"
        data = _report(uid, old + timedelta(seconds=i))
        i += 1
        started = time.monotonic()
        try:
            with contextlib.suppress(Exception):  # the write may have landed before a fault
                _firestore.document(path).create(data)
            status: str = judging.handle_new_report(path, data, _settings())
        except Exception as err:  # a trigger crash: Python triggers are never retried
            status = f"crashed: {type(err).__name__}"
        _emit(path=path, status=status.split(":")[0], detail=status,
              seconds=round(time.monotonic() - started, 3))  # fmt: skip
        if i >= 30 and i % 10 == 0:
            break


def _check(uids: list[str]) -> None:
    from citizen_safe.reports import judging

    before = _consistency(uids)
    judging.resume_stalled(_settings(), datetime.now(UTC) + timedelta(minutes=10))
    after = _consistency(uids)
    _emit(
        problems=before["problems"] + after["problems"],
        half_written=sum("half-written" in p for p in before["problems"]),
        pending_before_sweep=before["pending"],
        pending_after_sweep=after["pending"],
        judged=after["judged"],
    )


def main(argv: list[str]) -> None:
    mode, *uids = argv
    if mode == "gemini":
        _run_gemini_faults(uids[0])
    elif mode == "run":
        _run_pipeline(uids)
    elif mode == "check":
        _check(uids)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    os.environ.setdefault("FIREBASE_AUTH_EMULATOR_HOST", "127.0.0.1:9099")
    main(sys.argv[1:])
