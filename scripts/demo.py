"""The Citizen Safe demo on the Firebase Local Emulator Suite.

Citizens sign up in the Auth emulator and file reports through the security rules, exactly as
the app does; the `verify_new_report` trigger judges them and the table shows the result.
Run it through `scripts/demo.sh`, which installs what is missing first.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "functions"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citizen_safe.credibility import INITIAL_SCORE
from citizen_safe.dashboard import store as dashboard
from citizen_safe.notifications import store as notifications
from citizen_safe.reports import store as reports
from citizen_safe.verification.samples import DEMO_REPORTS, DemoReport
from citizen_safe.verification.verdict import ReportText
from scripts.app_client import SERVER_TIMESTAMP, AppUser, CallableError, RulesDenied, wait_for
from scripts.emulators import PORTS, EmulatorSuite, stop_on_signals
from scripts.grant_role import grant, use_emulators

CITIZENS = ("Asha Rao", "Ben Okafor", "Chen Wei", "Dana Ruiz")

FINAL = {"verified", "fake", "error", "needs_review"}
OFFICER_EMAIL = "officer@citizen-safe.demo"
OFFICER_PASSWORD = "demo-officer-pass"
KPIS = (
    ("activeAlerts", "Active Alerts"),
    ("reportsToday", "Reports Filed Today"),
    ("officersOnDuty", "Officers on Duty"),
    ("escalationRisks", "Escalation Risks"),
    ("needsReview", "Needs Review"),
    ("flaggedReports", "Flagged Reports"),
    ("genuineReports", "Genuine Reports"),
    ("pendingReports", "Verifying"),
)
# Swahili: no offline word list reads it, so it waits in the officers' review queue.
QUEUED_REPORT = "Simu yangu iliibiwa sokoni asubuhi hii na mwanamume mrefu aliyevaa kofia nyekundu"


@dataclass(frozen=True)
class Row:
    report: str
    verdict: str
    confidence: str
    red_flags: str
    reasoning: str
    verified_by: str
    credibility: str


def file_reports(seeds: Sequence[DemoReport]) -> list[Row]:
    """Each seed is filed by its own new citizen, so before/after scores are per report."""
    rows: list[Row] = []
    filed: list[tuple[ReportText, AppUser, str, float]] = []
    for name, demo in zip(CITIZENS, seeds, strict=True):
        seed = demo.report
        user = AppUser.sign_up()
        own = user.get(f"users/{user.uid}")
        before = float(own.get("credibilityScore", INITIAL_SCORE)) if own else INITIAL_SCORE  # type: ignore[arg-type]
        data = user.report(seed.description, submitterName=name)
        if seed.location:
            data["location"] = seed.location
        if seed.time_of_occurrence:
            data["time_of_occurrence"] = seed.time_of_occurrence
        report_id = user.add("reports", data)
        filed.append((seed, user, report_id, before))
    for seed, user, report_id, before in filed:
        report = wait_for(
            lambda u=user, r=report_id: u.get(f"reports/{r}"),  # type: ignore[misc]
            lambda doc: doc.get("verification_status") in FINAL,
            timeout=120,
        )
        latest = user.get(f"reports/{report_id}/verification/latest") or {}
        own = user.get(f"users/{user.uid}") or {}
        after = float(own.get("credibilityScore", INITIAL_SCORE))  # type: ignore[arg-type]
        status = str(report.get("verification_status"))
        rows.append(
            Row(
                report=seed.description,
                verdict=status.upper(),
                confidence=f"{float(report.get('verification_confidence', 0.0)):.2f}",  # type: ignore[arg-type]
                red_flags=", ".join(report.get("red_flags", [])) or "-",  # type: ignore[arg-type]
                reasoning=str(
                    report.get("verification_reasoning") or report.get("verification_error", "")
                ),
                verified_by=str(latest.get("verified_by", "-")),
                credibility=f"{before:g} -> {after:g}",
            )
        )
    return rows


def render(rows: Sequence[Row]) -> str:
    widths = {
        "report": 30,
        "verdict": 8,
        "confidence": 10,
        "red_flags": 18,
        "reasoning": 38,
        "verified_by": 30,
        "credibility": 11,
    }
    headers = {
        "report": "Report",
        "verdict": "Verdict",
        "confidence": "Confidence",
        "red_flags": "Red flags",
        "reasoning": "Reasoning",
        "verified_by": "Verified by",
        "credibility": "Credibility",
    }
    sep = "+" + "+".join("-" * (w + 2) for w in widths.values()) + "+"

    def line(cells: dict[str, list[str]]) -> list[str]:
        height = max(len(c) for c in cells.values())
        out = []
        for i in range(height):
            parts = [
                f" {(cells[k][i] if i < len(cells[k]) else ''):<{w}} " for k, w in widths.items()
            ]
            out.append("|" + "|".join(parts) + "|")
        return out

    lines = [sep, *line({k: [v] for k, v in headers.items()}), sep]
    for row in rows:
        cells = {k: textwrap.wrap(getattr(row, k), w) or [""] for k, w in widths.items()}
        lines += [*line(cells), sep]
    return "\n".join(lines)


FRIENDLY_CHAT = (
    ("maya", "Hi Leo! Are you coming to the neighbourhood watch meeting tonight?"),
    ("leo", "Yes, see you at 7 at the community hall."),
    ("maya", "Great, I'll bring the flyers about the bike thefts."),
)
BULLYING_CHAT = (
    "You're such an idiot, nobody wants you at the meeting",
    "Shut up you stupid loser",
    "You are worthless and pathetic",
    "Everyone hates you, you ugly freak",
    "y0u are an id1ot and a waste of space",
    "Go kill yourself, nobody would miss you",
    "Nobody likes you, you disgusting moron",
)
MODERATED = {"delivered", "blocked", "error"}


def _send(sender: AppUser, receiver: AppUser, content: str) -> dict[str, object]:
    message_id = sender.send_message(receiver.uid, content)
    return wait_for(
        lambda: sender.get(f"messages/{message_id}"),
        lambda doc: doc.get("status") in MODERATED,
        timeout=120,
    )


def _verdict_line(name: str, content: str, doc: dict[str, object]) -> str:
    status = str(doc.get("status"))
    probability = float(doc.get("bullying_probability", 0.0))  # type: ignore[arg-type]
    found = ", ".join(doc.get("found_lexical", [])) or "-"  # type: ignore[arg-type]
    reason = f" ({doc['blocked_reason']})" if doc.get("blocked_reason") else ""
    return (
        f"  {name:>5}: {content[:58]:<58} -> {status}{reason}, p={probability:.2f}, terms: {found}"
    )


def run_chat() -> str:
    """Two users chat; one turns to bullying until the limit blocks them."""
    users = {"maya": AppUser.sign_up(), "leo": AppUser.sign_up()}
    for name, user in users.items():
        user.call("claimUsername", {"name": f"{name}_{user.uid[:4].lower()}"})
    lines = ["Chat between maya and leo (each message judged by moderate_new_message):"]
    for name, content in FRIENDLY_CHAT:
        other = users["leo" if name == "maya" else "maya"]
        lines.append(_verdict_line(name, content, _send(users[name], other, content)))
    bully, target = users["leo"], users["maya"]
    for content in BULLYING_CHAT:
        if not bully.call("canChat")["canChat"]:
            break
        lines.append(_verdict_line("leo", content, _send(bully, target, content)))
    try:
        _send(bully, target, "Sorry, I didn't mean it")
        lines.append("  leo is still able to send messages")
    except RulesDenied:
        lines.append("    leo: Sorry, I didn't mean it -> refused by the security rules (blocked)")
    report = bully.call("getBullyingReport")
    lines += [
        "",
        "leo's bullying report (getBullyingReport):",
        f"  flagged: {report['bullyingCount']} of limit {report['limit']}, "
        f"blocked: {report['blocked']} (at {report['blockedAt']}), "
        f"canChat: {bully.call('canChat')['canChat']}",
    ]
    lines += [
        f"  - {m['content']!r} p={m['bullying_probability']:.2f}" for m in report["flaggedMessages"]
    ]
    return "\n".join(lines)


def _judged(user: AppUser, report_id: str) -> dict[str, object]:
    return wait_for(
        lambda: user.get(f"reports/{report_id}"),
        lambda doc: doc.get("verification_status") in FINAL,
        timeout=120,
    )


def sign_in_officer() -> AppUser:
    """The demo's officer: an Auth-emulator account given the role by scripts/grant_role.py."""
    officer = AppUser.sign_up(email=OFFICER_EMAIL, password=OFFICER_PASSWORD)
    use_emulators()
    grant(OFFICER_EMAIL, "officer")
    officer.refresh()
    officer.create(f"duty/{officer.uid}", {"lastSeen": SERVER_TIMESTAMP})
    return officer


def run_officer(officer: AppUser) -> str:
    """What the officer dashboard shows, read through the rules as the officer."""
    citizen = AppUser.sign_up()
    queued = citizen.add("reports", citizen.report(QUEUED_REPORT, submitterName="Rosa"))
    _judged(citizen, queued)
    summary = wait_for(
        lambda: officer.get("dashboard/summary"),
        lambda doc: doc.get("pendingReports") == 0 and doc.get("needsReview") == 1,
        timeout=120,
    )
    lines = [f"Officer {OFFICER_EMAIL} (role claim granted by scripts/grant_role.py)", "KPIs:"]
    lines += [f"  {label:<20} {summary.get(key)}" for key, label in KPIS]
    flagged = officer.run(dashboard.APP_FLAGGED, [], limit=10)
    lines += ["", f"Flagged Reports ({len(flagged)}):"]
    for f in flagged:
        lines.append(
            f"  {f['id']}  {f.get('type')}  by {f.get('submitterName')}"
            f"  at {f.get('location') or '-'}  FAKE  reason: {str(f.get('reason'))[:70]}"
        )
    genuine = officer.run(reports.BY_STATUS, ["verified"], limit=1)
    if flagged:
        try:
            officer.call("predictCrimeType", {"reportId": flagged[0]["id"]})
        except CallableError as err:
            lines += ["", "predictCrimeType on a flagged report:", f"  refused: {err.message}"]
    if genuine:
        crime = officer.call("predictCrimeType", {"reportId": genuine[0]["id"]})
        risk = officer.call("predictEscalationRisk", {"reportId": genuine[0]["id"]})
        lines += [
            "predictCrimeType / predictEscalationRisk on a genuine report:",
            f"  {crime['crimeType']} ({crime['crimeTypeConfidence']:.2f}, {crime['by']}); "
            f"risk {risk['escalationRiskScore']} {risk['riskLevelText']} "
            f"{', '.join(risk['riskFactors']) or '-'}",
        ]
    queue = officer.run(reports.BY_STATUS, ["needs_review"], limit=10)
    lines += ["", f"Review queue ({len(queue)}): {QUEUED_REPORT[:60]}... (language sw)"]
    officer.call("reviewReport", {"reportId": queued, "decision": "genuine", "note": "Checked"})
    settled = officer.get(f"reports/{queued}") or {}
    lines.append(
        f"  reviewReport genuine -> {settled.get('verification_status')}, "
        f"crime type {settled.get('crimeType')}, risk {settled.get('riskLevelText')}"
    )
    return "\n".join(lines)


def run_appeal(officer: AppUser) -> str:
    """A citizen wrongly flagged appeals; an officer overturns; the notifications."""
    citizen = AppUser.sign_up()
    report_id = citizen.add("reports", citizen.report("A ghost grabbed my phone and vanished"))
    report = _judged(citizen, report_id)
    before = (citizen.get(f"users/{citizen.uid}") or {}).get("credibilityScore", INITIAL_SCORE)
    lines = [
        f"Report {report_id}: {str(report.get('verification_status')).upper()}, "
        f"credibility {INITIAL_SCORE} -> {before}",
    ]
    reason = "It was a man dressed as a ghost for Halloween; he really took my phone."
    citizen.call("appealReport", {"reportId": report_id, "reason": reason})
    lines.append(f"  appealReport: {reason}")
    officer.call(
        "resolveAppeal",
        {"reportId": report_id, "decision": "overturned", "note": "CCTV confirms the theft"},
    )
    after = (citizen.get(f"users/{citizen.uid}") or {}).get("credibilityScore")
    settled = citizen.get(f"reports/{report_id}") or {}
    lines.append(
        f"  resolveAppeal overturned -> {settled.get('verification_status')}, "
        f"credibility {before} -> {after} (ledger {settled.get('credibility_effect')})"
    )
    notes = citizen.run(notifications.APP_UNREAD, [False], parent=f"users/{citizen.uid}")
    lines.append(f"  {len(notes)} notifications for the citizen:")
    lines += [f"    [{n.get('type')}] {n.get('title')}: {n.get('body')}" for n in notes]
    trail = officer.call("getAuditTrail", {"target": f"reports/{report_id}"})["entries"]
    lines.append("  audit trail: " + " -> ".join(f"{e['action']} by {e['actor']}" for e in trail))
    return "\n".join(lines)


LIVE_REPORTS = (
    "Two men on a motorbike snatched a gold chain from a woman near the bus stop at 8 pm",
    "Someone smashed the window of a parked car on Station Road and took a laptop bag",
    "A drunk driver hit a parked scooter outside the pharmacy and drove off towards the bridge",
    "A man with a knife threatened the shopkeeper at the corner store and took the cash box",
    "Our neighbour's house was broken into while they were away; the back door is forced",
    "A dragon landed on the roof of the mall and carried away the ATM",
)


def keep_filing(suite: EmulatorSuite, every_s: float = 20.0) -> None:
    """File a report now and then while the emulators run, so a person can watch the
    dashboard move (`--keep-running`)."""
    citizen = AppUser.sign_up()
    n = 0
    while suite.process is not None and suite.process.poll() is None:
        text = LIVE_REPORTS[n % len(LIVE_REPORTS)]
        if n % len(LIVE_REPORTS) == 0 and n:
            citizen = AppUser.sign_up()  # stay under REPORTS_PER_HOUR
        citizen.add("reports", citizen.report(text, location=f"Sector {n % 7 + 1}"))
        print(f"  filed: {text[:70]}", flush=True)
        n += 1
        deadline = time.monotonic() + every_s
        while time.monotonic() < deadline and suite.process.poll() is None:
            time.sleep(0.5)


def main(argv: Sequence[str] | None = None) -> int:
    stop_on_signals()
    parser = argparse.ArgumentParser(description="Citizen Safe demo on the local emulators.")
    parser.add_argument(
        "--keep-running",
        action="store_true",
        help="leave the emulators running afterwards (Ctrl-C stops them)",
    )
    args = parser.parse_args(argv)
    suite = EmulatorSuite()
    print("Starting the Firebase emulators (Auth, Firestore, Functions, Hosting)...", flush=True)
    try:
        suite.start()
    except RuntimeError as err:
        print(f"error: {err}\n{suite.log_tail()}", file=sys.stderr)
        return 1
    try:
        print("Filing the seed reports as signed-in citizens (security rules on)...", flush=True)
        rows = file_reports(DEMO_REPORTS)
        print(render(rows))
        print("\nRunning the chat...", flush=True)
        print(run_chat())
        print("\nThe officer dashboard...", flush=True)
        officer = sign_in_officer()
        print(run_officer(officer))
        print("\nAn appeal...", flush=True)
        print(run_appeal(officer))
        if args.keep_running:
            print(
                f"\nEmulators are running for project {suite.project}: "
                f"Auth 127.0.0.1:{PORTS.auth}, "
                f"Firestore 127.0.0.1:{PORTS.firestore}, Functions 127.0.0.1:{PORTS.functions}."
                f"\nOfficer dashboard: http://127.0.0.1:{PORTS.hosting}/ "
                f"(sign in as {OFFICER_EMAIL} / {OFFICER_PASSWORD})."
                "\nA citizen files a new report every 20 s so the dashboard moves; connect the"
                " app with useEmulator(...); press Ctrl-C to stop.",
                flush=True,
            )
            with contextlib.suppress(KeyboardInterrupt):
                keep_filing(suite)
    except Exception as err:
        print(f"error: {err}\n--- emulator log ---\n{suite.log_tail()}", file=sys.stderr)
        return 1
    finally:
        print("Stopping the emulators...", flush=True)
        suite.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
