"""The officer dashboard (web/) in headless Chromium, against the real emulators.

This test files reports through the rules as a citizen, waits for the functions to judge
them, then runs tests/browser/dashboard.mjs (node + playwright-core driving an installed
Chromium), which signs in on the page the Hosting emulator serves and checks every section,
a live update, the officers' actions and a citizen's "Officers only". Screenshots land in
test-output/. A missing Chromium is a failure, not a skip: CI must not pass without it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from scripts.app_client import AUTH_URL, FIRESTORE_URL, AppUser, wait_for
from scripts.emulators import DEMO_PROJECT, PORTS, ROOT

DASHBOARD_URL = f"http://127.0.0.1:{PORTS.hosting}/"
SCRIPT = ROOT / "tests" / "browser" / "dashboard.mjs"
OUTPUT = ROOT / "test-output"
FINAL = {"verified", "fake", "error", "needs_review", "rate_limited"}

# What the offline verifier judges genuine (weapon and injury: a high escalation risk; a
# stolen bicycle: low), fake, and cannot read (needs review).
HIGH_RISK = (
    "Two men with a knife robbed the pharmacy on Juniper Road at 10 pm, "
    "the cashier was cut on the arm"
)
LOW_RISK = (
    "My bicycle was stolen from the rack outside the public library on Oak Avenue this afternoon"
)
FAKE = "A dragon burned down the bakery on Maple Street and flew away with the cash register"
# Swahili: no offline word list reads it (Spanish is read now), so it waits for review.
UNREADABLE = "Baiskeli yangu iliibiwa mbele ya maktaba ya manispaa jana mchana"
LIVE = "Someone smashed the window of my parked car on Birch Road tonight and took my laptop bag"


def chromium() -> str:
    """The installed Chromium playwright-core drives; the test fails without one."""
    wanted = os.environ.get("CHROMIUM_PATH")
    if wanted:
        if not os.access(wanted, os.X_OK):
            pytest.fail(f"CHROMIUM_PATH={wanted} is not an executable", pytrace=False)
        return wanted
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "Chromium is not installed, so the dashboard's browser test cannot run. Install it "
        "(scripts/setup.sh does, as root: apt-get install chromium) or set CHROMIUM_PATH to "
        "a Chromium or Chrome binary.",
        pytrace=False,
    )


def prerequisites() -> None:
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH (Node.js 20+ is required)", pytrace=False)
    if not (ROOT / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is missing: run scripts/setup.sh (npm ci)", pytrace=False)
    if not (ROOT / "web" / "dist" / "index.html").is_file():
        pytest.fail("web/dist is missing: run scripts/setup.sh (npm run build:web)", pytrace=False)


def judged(officer: AppUser, report_id: str) -> dict[str, object]:
    return wait_for(
        lambda: officer.get(f"reports/{report_id}"),
        lambda doc: doc.get("verification_status") in FINAL and "verified_at" in doc,
        timeout=90,
    )


def file(citizen: AppUser, description: str, location: object, name: str) -> str:
    return citizen.add(
        "reports", citizen.report(description, location=location, submitterName=name)
    )


def location_text(location: object) -> str:
    """The location as the page prints it (web/src/format.ts locationText)."""
    if isinstance(location, str):
        return location
    if isinstance(location, dict):
        if location.get("city"):
            return str(location["city"])
        return f"{location['latitude']:.4f}, {location['longitude']:.4f}"
    return ""


def flagged_entry(officer: AppUser, report_id: str, report: dict[str, object]) -> dict[str, object]:
    """The backend's flagged_reports entry for a fake report."""
    return wait_for(lambda: officer.get(f"flagged_reports/{report_id}"), bool, timeout=60)


def summary_ready(officer: AppUser) -> None:
    """dashboard/summary exists (the page's KPI cards are compared with it, live)."""
    wait_for(lambda: officer.get("dashboard/summary"), bool, timeout=60)


def test_officer_dashboard_in_a_browser(officer: AppUser, citizen: AppUser) -> None:
    browser = chromium()
    prerequisites()
    page = requests.get(DASHBOARD_URL, timeout=10)
    assert page.status_code == 200 and "Officer dashboard" in page.text, (
        f"the Hosting emulator does not serve web/dist at {DASHBOARD_URL}"
    )

    filed = {
        "high": file(
            citizen,
            HIGH_RISK,
            {"latitude": 51.5072, "longitude": -0.1276, "city": "Westbridge"},
            "dana_w",
        ),
        "low": file(citizen, LOW_RISK, "Oak Avenue library, Westbridge", "dana_w"),
        "fake": file(citizen, FAKE, "Maple Street, Westbridge", "dana_w"),
        "review": file(citizen, UNREADABLE, "Maktaba ya manispaa", "dana_w"),
    }
    reports = {key: judged(officer, report_id) for key, report_id in filed.items()}
    assert reports["high"]["verification_status"] == "verified", reports["high"]
    assert reports["low"]["verification_status"] == "verified", reports["low"]
    assert reports["fake"]["verification_status"] == "fake", reports["fake"]
    assert reports["review"]["verification_status"] == "needs_review", reports["review"]
    assert reports["high"].get("riskLevelText") in ("HIGH", "MEDIUM"), reports["high"]

    flagged = flagged_entry(officer, filed["fake"], reports["fake"])
    assert "description" not in flagged
    summary_ready(officer)

    # The escalation list is the top 20 by score across everything in the emulator; the
    # reports this test filed are checked where that query puts them.
    top = officer.query(
        "reports",
        where=[("verification_status", "EQUAL", "verified")],
        order_by=[("escalationRiskScore", "DESCENDING")],
        limit=20,
    )
    top_ids = {str(row["id"]) for row in top}
    risks = [
        {
            "id": report_id,
            "level": reports[key].get("riskLevelText"),
            "score": reports[key].get("escalationRiskScore"),
            "factors": reports[key].get("riskFactors", []),
        }
        for key, report_id in filed.items()
        if reports[key].get("riskLevelText") in ("HIGH", "MEDIUM") and report_id in top_ids
    ]
    not_risks = [
        report_id
        for key, report_id in filed.items()
        if reports[key].get("riskLevelText") not in ("HIGH", "MEDIUM")
    ]
    expect = {
        "genuine": {"id": filed["high"], "crimeType": reports["high"].get("crimeType")},
        "flagged": {
            "id": filed["fake"],
            "reason": flagged.get("reason"),
            "type": flagged.get("type"),
            "submitterName": flagged.get("submitterName"),
            "location": location_text(flagged.get("location")),
            "description": FAKE,
        },
        "review": {"id": filed["review"]},
        "risks": risks,
        "notRisks": not_risks,
        "live": {
            "description": LIVE,
            "location": "Birch Road, Westbridge",
            "submitterName": "dana_w",
        },
    }
    env = {
        **os.environ,
        "DASHBOARD_URL": DASHBOARD_URL,
        "AUTH_URL": AUTH_URL,
        "FIRESTORE_URL": FIRESTORE_URL,
        "PROJECT_ID": DEMO_PROJECT,
        "CHROMIUM_PATH": browser,
        "OUTPUT_DIR": str(OUTPUT),
        "OFFICER_EMAIL": officer.email,
        "OFFICER_PASSWORD": officer.password,
        "CITIZEN_EMAIL": citizen.email,
        "CITIZEN_PASSWORD": citizen.password,
        "EXPECT": json.dumps(expect, default=str),
    }
    run = subprocess.run(
        ["node", str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=420,
        check=False,
    )
    print(run.stdout)
    assert run.returncode == 0, (
        f"the browser test failed (screenshots in {OUTPUT}):\n{run.stderr}\n{run.stdout}"
    )
    assert (Path(OUTPUT) / "dashboard-desktop.png").is_file()
    assert (Path(OUTPUT) / "dashboard-phone.png").is_file()
