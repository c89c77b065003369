"""Load benchmark of the write-to-result path, against the real emulators.

Signed-in citizens write chat messages and reports through the security rules (REST, as the
app does), concurrently; the triggers judge them. A no-op trigger (`bench_floor`, exported
only when CITIZEN_SAFE_BENCHMARK=1, so it is never deployed) answers documents written the
same way in the same run: it makes the one write that shows it ran, which is the least a
trigger can do, and so it measures the emulator's own delivery cost. Moderation and
verification are reported as ratios to that floor, because absolute timings on a shared
machine are noise.

Latency is taken from the server's own clocks, never from polling: the document's
`create_time` to the commit time of the trigger's marker (`moderated_at`, `verified_at`,
`done_at`, each a server timestamp). Polling only finds out when to stop.

Usage: `python scripts/bench_pipeline.py [--rounds 3] [--clients 8]`. Not a timed test: it
prints numbers, the last line a JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "functions"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.emulators import DEMO_PROJECT, PORTS, running_suite

BENCH_ENV = "CITIZEN_SAFE_BENCHMARK"
FLOOR = "bench_floor"
CLEAN = (
    "are we still meeting at the library at 6?",
    "thanks for sending the bus times, see you tomorrow",
    "did you see the notice about the street party on saturday",
    "my phone died, call me on the landline if it's urgent",
)
REPORT = (
    "Someone broke the window of a parked blue hatchback on Elm Street and took a laptop "
    "bag from the back seat. I heard the glass and saw a man in a grey hoodie run off."
)


@dataclass(frozen=True)
class Kind:
    """One kind of document: where it goes, how it is built, and which field marks done."""

    name: str
    marker: str
    write: Callable[[Any, int], str]  # (client, n) -> document path


@dataclass(frozen=True)
class Figures:
    count: int
    lost: int
    p50_ms: float
    p95_ms: float
    throughput_per_s: float

    def as_dict(self) -> dict[str, float | int]:
        return {
            "count": self.count,
            "lost": self.lost,
            "p50_ms": round(self.p50_ms, 1),
            "p95_ms": round(self.p95_ms, 1),
            "throughput_per_s": round(self.throughput_per_s, 1),
        }


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(spans: list[tuple[datetime, datetime]], lost: int) -> Figures:
    latencies = [(done - made).total_seconds() * 1000 for made, done in spans]
    if not spans:
        return Figures(0, lost, float("nan"), float("nan"), 0.0)
    wall = (max(d for _, d in spans) - min(m for m, _ in spans)).total_seconds()
    return Figures(
        len(spans),
        lost,
        statistics.median(latencies),
        percentile(latencies, 0.95),
        len(spans) / wall if wall > 0 else float("inf"),
    )


def collect(paths: list[str], marker: str, timeout: float) -> tuple[list[tuple[Any, Any]], int]:
    """Wait for every document's marker; (create_time, marker time) pairs and the lost."""
    from citizen_safe import _firestore

    db = _firestore.client()
    refs = {path: db.document(path) for path in paths}
    done: dict[str, tuple[Any, Any]] = {}
    deadline = time.monotonic() + timeout
    while len(done) < len(refs) and time.monotonic() < deadline:
        waiting = [ref for path, ref in refs.items() if path not in done]
        for snap in db.get_all(waiting):
            value = _firestore.field(snap, marker) if snap.exists else None
            if isinstance(value, datetime):
                done[snap.reference.path] = (snap.create_time, value)
        if len(done) < len(refs):
            time.sleep(0.25)
    return list(done.values()), len(refs) - len(done)


def run_phase(kind: Kind, clients: list[Any], per_client: int, pause: float) -> Figures:
    """Every client writes `per_client` documents, `pause` seconds apart, all at once."""

    def one_client(index: int) -> list[str]:
        # Staggered starts: in a steady phase the writes arrive evenly spread, not in lockstep
        # groups that would queue behind each other.
        time.sleep(pause * index / len(clients))
        paths = []
        for n in range(per_client):
            paths.append(kind.write(clients[index], n))
            if pause:
                time.sleep(pause)
        return paths

    with ThreadPoolExecutor(len(clients)) as pool:
        paths = [p for batch in pool.map(one_client, range(len(clients))) for p in batch]
    spans, lost = collect(paths, kind.marker, timeout=120)
    return summarise(spans, lost)


def kinds(receivers: dict[str, Any]) -> dict[str, Kind]:
    from scripts.app_client import SERVER_TIMESTAMP

    def floor(client: Any, n: int) -> str:
        # No rule lets a client write here, so the owner's credentials write it; latency
        # starts at the document's create time, so the write path itself does not count.
        from citizen_safe import _firestore

        ref = _firestore.client().collection(FLOOR).document()
        ref.set({"content": CLEAN[n % len(CLEAN)], "timestamp": _firestore.SERVER_TIMESTAMP})
        return str(ref.path)

    def message(client: Any, n: int) -> str:
        message_id = client.send_message(receivers[client.uid].uid, CLEAN[n % len(CLEAN)])
        return f"messages/{message_id}"

    def report(client: Any, n: int) -> str:
        data = client.report(REPORT, location="Elm Street", time_of_occurrence="last night")
        data["timestamp"] = SERVER_TIMESTAMP
        return f"reports/{client.add('reports', data)}"

    return {
        "floor": Kind("floor", "done_at", floor),
        "message": Kind("message", "moderated_at", message),
        "report": Kind("report", "verified_at", report),
    }


def ratio(value: float, floor: float) -> float:
    return round(value / floor, 2) if floor > 0 else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--clients", type=int, default=5, help="concurrent citizens (default 5)")
    parser.add_argument("--steady", type=int, default=4, help="documents per citizen per round")
    parser.add_argument("--pace", type=float, default=1.5, help="seconds between a citizen's")
    parser.add_argument("--settle", type=float, default=3.0, help="idle seconds between phases")
    parser.add_argument("--burst", type=int, default=50, help="documents in one burst")
    args = parser.parse_args(argv)

    os.environ[BENCH_ENV] = "1"
    os.environ.setdefault("FIRESTORE_EMULATOR_HOST", f"127.0.0.1:{PORTS.firestore}")
    os.environ.setdefault("FIREBASE_AUTH_EMULATOR_HOST", f"127.0.0.1:{PORTS.auth}")
    os.environ.setdefault("GCLOUD_PROJECT", DEMO_PROJECT)
    from scripts.app_client import AppUser

    results: dict[str, dict[str, list[Figures]]] = {}
    with running_suite():
        receivers: dict[str, Any] = {}
        table = kinds(receivers)

        # Every phase has fresh citizens, each with someone to write to: the flood limits
        # (MESSAGES_PER_MINUTE, REPORTS_PER_HOUR) must never turn a judgement into a refusal.
        def citizens(n: int = args.clients) -> list[Any]:
            fresh = [AppUser.sign_up() for _ in range(n)]
            receivers.update({c.uid: AppUser.sign_up() for c in fresh})
            return fresh

        for name in ("floor", "message", "report"):  # warm every worker up; not measured
            run_phase(table[name], citizens(2), 1, 0.0)
        for round_no in range(args.rounds):
            # Steady: each citizen writes one document every `--pace` seconds, slower than
            # the emulator drains them, so this is the latency of one document, unqueued.
            for name in ("floor", "message", "report"):
                steady = run_phase(table[name], citizens(), args.steady, args.pace)
                results.setdefault(name, {}).setdefault("steady", []).append(steady)
                print(f"round {round_no + 1} {name:8} steady {json.dumps(steady.as_dict())}")
                time.sleep(args.settle)
            # Burst: everything at once; the median is mostly queueing behind the others.
            for name in ("floor", "message"):
                per = max(1, args.burst // args.clients)
                burst = run_phase(table[name], citizens(), per, 0.0)
                results[name].setdefault("burst", []).append(burst)
                print(f"round {round_no + 1} {name:8} burst  {json.dumps(burst.as_dict())}")
                time.sleep(args.settle)

    summary: dict[str, Any] = {}
    for name, phases in results.items():
        summary[name] = {phase: merge(runs).as_dict() for phase, runs in phases.items()}
    floor_steady, floor_burst = summary["floor"]["steady"], summary["floor"]["burst"]
    summary["ratio_to_floor"] = {
        "message_p50": ratio(summary["message"]["steady"]["p50_ms"], floor_steady["p50_ms"]),
        "message_p95": ratio(summary["message"]["steady"]["p95_ms"], floor_steady["p95_ms"]),
        "message_burst_p50": ratio(summary["message"]["burst"]["p50_ms"], floor_burst["p50_ms"]),
        "report_p50": ratio(summary["report"]["steady"]["p50_ms"], floor_steady["p50_ms"]),
    }
    summary["lost"] = sum(figures["lost"] for name in results for figures in summary[name].values())
    print(json.dumps(summary, sort_keys=True))
    return 1 if summary["lost"] else 0


def merge(runs: list[Figures]) -> Figures:
    """Rounds combined: medians of the per-round figures, counts summed."""
    return Figures(
        sum(r.count for r in runs),
        sum(r.lost for r in runs),
        statistics.median(r.p50_ms for r in runs),
        statistics.median(r.p95_ms for r in runs),
        statistics.median(r.throughput_per_s for r in runs),
    )


if __name__ == "__main__":
    sys.exit(main())
