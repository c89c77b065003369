// The officer dashboard in a real browser: headless Chromium (an installed one; nothing is
// downloaded) driven by playwright-core, against the page the Hosting emulator serves and the
// data tests/integration/test_dashboard_web.py filed through the real emulators.
//
// It signs in as an officer, checks every section against what was filed and against the
// same queries run over REST with the officer's token, files a report while the page is open
// and waits for it to appear, calls the officers' actions, checks that a citizen sees
// "Officers only" and no data, and saves desktop and phone screenshots.
//
// Environment (all required unless noted):
//   DASHBOARD_URL, AUTH_URL, FIRESTORE_URL, PROJECT_ID, CHROMIUM_PATH, OUTPUT_DIR,
//   OFFICER_EMAIL, OFFICER_PASSWORD, CITIZEN_EMAIL, CITIZEN_PASSWORD,
//   EXPECT: JSON {genuine: {id, crimeType}, flagged: {id, reason, type, submitterName,
//     location, description}, review: {id, description}, risks: [{id, level, score}],
//     notRisks: [id], live: {description, location, submitterName}}
// Exit status 0 when every check passed; otherwise 1, with the failed check on stderr.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

const URL_ = env("DASHBOARD_URL");
const AUTH_URL = env("AUTH_URL");
const FIRESTORE_URL = env("FIRESTORE_URL");
const PROJECT = env("PROJECT_ID");
const OUT = env("OUTPUT_DIR");
const EXPECT = JSON.parse(env("EXPECT"));
const DOCS = `projects/${PROJECT}/databases/(default)/documents`;

const REFUSAL =
  "This report has been flagged as inauthentic and cannot be used for crime prediction. Reason:";
const COLOURS = {
  VERIFIED: "rgb(39, 174, 96)", // #27AE60
  FAKE: "rgb(231, 76, 60)", // #E74C3C
  VERIFYING: "rgb(149, 165, 166)", // #95A5A6
};

const measured = {};
const log = (...args) => console.log("[dashboard]", ...args);

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

async function eventually(what, probe, timeoutMs = 20_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last === true || (last && last.ok)) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new CheckFailed(`${what}: not within ${timeoutMs / 1000}s (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

// --- the emulators over REST, as the officer or a citizen -----------------------------

async function signIn(email, password) {
  const resp = await fetch(
    `${AUTH_URL}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  const body = await resp.json();
  check(resp.ok, `sign-in of ${email} failed: ${JSON.stringify(body)}`);
  return { uid: body.localId, token: body.idToken };
}

function decode(value) {
  const [kind, raw] = Object.entries(value)[0];
  if (kind === "integerValue") return Number(raw);
  if (kind === "mapValue") {
    return Object.fromEntries(Object.entries(raw.fields ?? {}).map(([k, v]) => [k, decode(v)]));
  }
  if (kind === "arrayValue") return (raw.values ?? []).map(decode);
  return raw;
}

function decodeDoc(doc) {
  const fields = Object.fromEntries(
    Object.entries(doc.fields ?? {}).map(([k, v]) => [k, decode(v)]),
  );
  return { id: doc.name.split("/").pop(), ...fields };
}

async function getDoc(user, docPath) {
  const resp = await fetch(`${FIRESTORE_URL}/v1/${DOCS}/${docPath}`, {
    headers: { Authorization: `Bearer ${user.token}` },
  });
  if (resp.status === 404) return null;
  const body = await resp.text();
  check(resp.ok, `GET ${docPath}: ${resp.status} ${body}`);
  return decodeDoc(JSON.parse(body));
}

/** The page's queries, run over REST: the ground truth each section must show. */
async function runQuery(user, { collection, where, orderBy, limit }) {
  const structuredQuery = {
    from: [{ collectionId: collection }],
    orderBy: [{ field: { fieldPath: orderBy }, direction: "DESCENDING" }],
    limit,
  };
  if (where) {
    structuredQuery.where = {
      fieldFilter: { field: { fieldPath: where[0] }, op: "EQUAL", value: { stringValue: where[1] } },
    };
  }
  const resp = await fetch(`${FIRESTORE_URL}/v1/${DOCS}:runQuery`, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ structuredQuery }),
  });
  if (!resp.ok) return { refused: `${resp.status} ${await resp.text()}` };
  const rows = await resp.json();
  return { docs: rows.filter((r) => r.document).map((r) => decodeDoc(r.document)) };
}

const QUERIES = {
  flagged: { collection: "flagged_reports", orderBy: "flaggedAt", limit: 100 },
  review: {
    collection: "reports",
    where: ["verification_status", "needs_review"],
    orderBy: "timestamp",
    limit: 50,
  },
  recent: {
    collection: "reports",
    where: ["verification_status", "verified"],
    orderBy: "timestamp",
    limit: 20,
  },
  risks: {
    collection: "reports",
    where: ["verification_status", "verified"],
    orderBy: "escalationRiskScore",
    limit: 20,
  },
  appeals: {
    collection: "reports",
    where: ["appeal.status", "pending"],
    orderBy: "timestamp",
    limit: 50,
  },
};

async function expectedIds(user, section) {
  const result = await runQuery(user, QUERIES[section]);
  if (result.refused) return result;
  let docs = result.docs;
  if (section === "risks") docs = docs.filter((d) => ["HIGH", "MEDIUM"].includes(d.riskLevelText));
  return { ids: docs.map((d) => d.id) };
}

/** A report exactly as the app files it: pending, server time, through the rules. */
async function fileReport(user, fields) {
  const id = `live${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const encode = (v) =>
    typeof v === "string"
      ? { stringValue: v }
      : typeof v === "number"
        ? { doubleValue: v }
        : { mapValue: { fields: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)])) } };
  const data = { userId: user.uid, verification_status: "pending", ...fields };
  const write = {
    update: {
      name: `${DOCS}/reports/${id}`,
      fields: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encode(v)])),
    },
    updateTransforms: [{ fieldPath: "timestamp", setToServerValue: "REQUEST_TIME" }],
    currentDocument: { exists: false },
  };
  const resp = await fetch(`${FIRESTORE_URL}/v1/${DOCS}:commit`, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ writes: [write] }),
  });
  if (!resp.ok) throw new CheckFailed(`filing the live report failed: ${resp.status} ${await resp.text()}`);
  return id;
}

// --- the page ----------------------------------------------------------------------

const section = (page, name) => page.locator(`[data-section="${name}"]`);
const card = (page, name, id) => section(page, name).locator(`[data-list] > li[data-report-id="${id}"]`);

async function pageIds(page, name) {
  return section(page, name)
    .locator("[data-list] > li")
    .evaluateAll((els) => els.map((el) => el.dataset.reportId));
}

async function text(locator) {
  return (await locator.innerText()).trim();
}

async function background(locator) {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function signInThroughForm(page, email, password, screenshot) {
  await page.goto(URL_);
  await page.getByRole("heading", { name: "Officer sign-in" }).waitFor();
  if (screenshot) await page.screenshot({ path: path.join(OUT, screenshot) });
  // Keyboard: the first Tab stop is the skip link; the form submits with Enter.
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
  check(first === "Skip to content", `first Tab stop is "${first}", not the skip link`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
}

async function sectionMatchesQuery(page, officer, name) {
  await eventually(`section "${name}" shows the same reports as its query`, async () => {
    const want = await expectedIds(officer, name);
    if (want.refused) return { ok: false, refused: want.refused };
    const got = await pageIds(page, name);
    return { ok: JSON.stringify(got) === JSON.stringify(want.ids), got, want: want.ids };
  });
}

async function kpisMatchSummary(page, officer) {
  const keys = ["activeAlerts", "reportsToday", "officersOnDuty", "escalationRisks", "needsReview"];
  return eventually(
    "KPI cards show dashboard/summary",
    async () => {
      const summary = await getDoc(officer, "dashboard/summary");
      if (!summary) return { ok: false, summary: "missing" };
      const shown = {};
      for (const key of keys) {
        shown[key] = await text(page.locator(`[data-kpi="${key}"] dd`));
      }
      const ok = keys.every((key) => shown[key] === String(summary[key]));
      return { ok, shown, summary: Object.fromEntries(keys.map((k) => [k, summary[k]])) };
    },
    30_000,
  );
}

async function clickAndRead(page, name, id, buttonName, timeoutMs = 60_000) {
  const item = card(page, name, id);
  await item.getByRole("button", { name: buttonName }).click();
  const result = item.locator(".result");
  await eventually(
    `"${buttonName}" on report ${id} (${name}) shows a result`,
    async () => {
      const cls = (await result.getAttribute("class")) ?? "";
      return { ok: /result-(ok|error)/.test(cls), cls };
    },
    timeoutMs,
  );
  return { text: await text(result), error: ((await result.getAttribute("class")) ?? "").includes("result-error") };
}

async function officerChecks(browser, officer, citizen) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") log("browser console error:", msg.text());
  });
  try {
    const started = Date.now();
    await signInThroughForm(page, env("OFFICER_EMAIL"), env("OFFICER_PASSWORD"));
    await page.getByRole("heading", { name: "Officer dashboard", level: 1 }).waitFor();
    const shownKpis = await kpisMatchSummary(page, officer);
    measured.signInToKpisMs = Date.now() - started;
    measured.kpisBefore = shownKpis.shown;
    log("KPIs", JSON.stringify(shownKpis.shown));

    // Flagged Reports: the filed fake report, its facts, a red FAKE badge, the reason in
    // its box, and never the report's text.
    const f = EXPECT.flagged;
    const flagged = card(page, "flagged", f.id);
    await flagged.waitFor({ timeout: 20_000 });
    const fakeBadge = flagged.locator(".badge").first();
    check((await text(fakeBadge)) === "FAKE", "flagged card has no FAKE badge");
    check((await background(fakeBadge)) === COLOURS.FAKE, "FAKE badge is not #E74C3C");
    check((await text(flagged.locator(".reason-text"))) === f.reason, "flagged reason differs");
    check((await text(flagged.locator('[data-field="type"] dd'))) === f.type, "flagged type differs");
    check(
      (await text(flagged.locator('[data-field="submitter"] dd'))) === f.submitterName,
      "flagged submitter differs",
    );
    check(
      (await text(flagged.locator('[data-field="location"] dd'))) === f.location,
      "flagged location differs",
    );
    check(await flagged.locator(".card-time time").count(), "flagged card shows no time");
    const flaggedText = await text(section(page, "flagged"));
    check(!flaggedText.includes(f.description), "the flagged section shows the report's text");
    await sectionMatchesQuery(page, officer, "flagged");
    const flaggedCount = await text(section(page, "flagged").locator("[data-count]"));
    const flaggedItems = (await pageIds(page, "flagged")).length;
    check(
      flaggedCount === String(flaggedItems) || (flaggedItems >= 100 && flaggedCount === "100+"),
      `flagged count badge "${flaggedCount}" but ${flaggedItems} cards`,
    );
    measured.flaggedCount = flaggedCount;

    // Recent genuine reports: VERIFIED in green, with the crime type.
    const g = EXPECT.genuine;
    const genuine = card(page, "recent", g.id);
    await genuine.waitFor({ timeout: 20_000 });
    const verified = genuine.locator(".badge").first();
    check((await text(verified)) === "VERIFIED", "genuine card has no VERIFIED badge");
    check((await background(verified)) === COLOURS.VERIFIED, "VERIFIED badge is not #27AE60");
    if (g.crimeType) {
      const shown = await genuine.locator("[data-crime-type]").getAttribute("data-crime-type");
      check(shown === g.crimeType, `crime type shown "${shown}", stored "${g.crimeType}"`);
    }
    await sectionMatchesQuery(page, officer, "recent");

    // Escalation risks: HIGH/MEDIUM only, with level, score and factors.
    await sectionMatchesQuery(page, officer, "risks");
    for (const risk of EXPECT.risks) {
      const item = card(page, "risks", risk.id);
      await item.waitFor({ timeout: 20_000 });
      check((await text(item.locator("[data-risk-level]"))) === risk.level, `risk level of ${risk.id}`);
      check(
        (await text(item.locator('[data-field="score"]'))) === `Score ${Math.round(risk.score)}/100`,
        `risk score of ${risk.id}`,
      );
      if (risk.factors.length) {
        check((await item.locator(".chips-factors .chip").count()) === risk.factors.length, `factors of ${risk.id}`);
      }
    }
    for (const id of EXPECT.notRisks) {
      check((await card(page, "risks", id).count()) === 0, `LOW-risk report ${id} is listed as a risk`);
    }
    measured.risksShown = (await pageIds(page, "risks")).length;

    // The review queue.
    const r = EXPECT.review;
    await card(page, "review", r.id).waitFor({ timeout: 20_000 });
    await sectionMatchesQuery(page, officer, "review");

    // Pending appeals: a list that matches its query, an empty state, or "unavailable"
    // (issue 10), but never a broken page.
    await eventually("the appeals section settles", async () => {
      const status = await section(page, "appeals").getAttribute("data-status");
      return { ok: ["ready", "empty", "unavailable"].includes(status), status };
    });
    const appealsStatus = await section(page, "appeals").getAttribute("data-status");
    if (appealsStatus !== "unavailable") await sectionMatchesQuery(page, officer, "appeals");
    measured.appeals = appealsStatus;

    // The duty heartbeat counts this officer as on duty.
    const duty = await eventually("duty heartbeat written", async () => {
      const doc = await getDoc(officer, `duty/${officer.uid}`);
      return { ok: Boolean(doc && doc.lastSeen), doc };
    });
    check(Date.now() - Date.parse(duty.doc.lastSeen) < 120_000, "duty heartbeat is stale");

    await page.screenshot({ path: path.join(OUT, "dashboard-desktop.png"), fullPage: true });

    // Actions. Predictions are refused for the flagged report, with the server's message...
    let t0 = Date.now();
    const refusedCrime = await clickAndRead(page, "flagged", f.id, "Predict crime type");
    measured.predictRefusedMs = Date.now() - t0;
    check(refusedCrime.error && refusedCrime.text.startsWith(REFUSAL), `crime type for a fake report: "${refusedCrime.text}"`);
    const refusedRisk = await clickAndRead(page, "flagged", f.id, "Escalation risk");
    check(refusedRisk.error && refusedRisk.text.startsWith(REFUSAL), `risk for a fake report: "${refusedRisk.text}"`);
    check(!/\[\d{3}\]$/.test(refusedCrime.text), `refusal shows the HTTP status: "${refusedCrime.text}"`);
    measured.refusal = refusedCrime.text;
    // ...and made for a genuine one.
    t0 = Date.now();
    const crime = await clickAndRead(page, "recent", g.id, "Predict crime type");
    measured.predictCrimeMs = Date.now() - t0;
    check(!crime.error && crime.text.startsWith("Crime type: "), `crime type: "${crime.text}"`);
    const risk = await clickAndRead(page, "recent", g.id, "Escalation risk");
    check(!risk.error && risk.text.startsWith("Escalation risk: "), `escalation risk: "${risk.text}"`);
    measured.prediction = crime.text;
    measured.risk = risk.text;

    // An officer settles the review-queue report as genuine: it leaves the queue and shows
    // up among the genuine reports, live.
    const review = card(page, "review", r.id);
    await review.getByLabel("Note (optional)").fill("Checked with the market's security office.");
    t0 = Date.now();
    await review.getByRole("button", { name: "Genuine" }).click();
    await eventually("the reviewed report leaves the queue", async () => {
      const result = await review.locator(".result").textContent({ timeout: 1000 }).catch(() => null);
      if (result && !measured.reviewCallMs && result !== "Working…") measured.reviewCallMs = Date.now() - t0;
      return { ok: (await card(page, "review", r.id).count()) === 0, result };
    }, 90_000);
    measured.reviewLeftQueueMs = Date.now() - t0;
    await card(page, "recent", r.id).waitFor({ timeout: 30_000 });
    check(
      (await text(card(page, "recent", r.id).locator(".badge").first())) === "VERIFIED",
      "the reviewed report is not VERIFIED",
    );
    check(
      (await page.locator("#announcer").textContent()) === `Report ${r.id} marked genuine.`,
      "the review was not announced",
    );
    measured.reviewToGenuineMs = Date.now() - t0;

    // A report filed while the page is open appears without a reload.
    const marker = await page.evaluate(() => {
      window.__notReloaded = true;
      return performance.timeOrigin;
    });
    t0 = Date.now();
    const liveId = await fileReport(citizen, EXPECT.live);
    const liveCard = card(page, "recent", liveId);
    try {
      await liveCard.waitFor({ timeout: 90_000 });
    } catch {
      const stored = await getDoc(officer, `reports/${liveId}`);
      throw new CheckFailed(
        `the live report ${liveId} did not appear among the genuine reports within 90 s; ` +
          `stored: ${JSON.stringify({ status: stored?.verification_status, error: stored?.verification_error })}`,
      );
    }
    measured.liveReportMs = Date.now() - t0;
    measured.liveReportId = liveId;
    check(
      await page.evaluate((origin) => window.__notReloaded === true && performance.timeOrigin === origin, marker),
      "the page reloaded",
    );
    check((await text(liveCard.locator(".badge").first())) === "VERIFIED", "live report badge");
    check((await text(liveCard.locator(".description"))) === EXPECT.live.description, "live report text");
    log(`live report ${liveId} appeared after ${measured.liveReportMs} ms`);

    // The counts follow the summary as it moves.
    const after = await kpisMatchSummary(page, officer);
    measured.kpisAfter = after.shown;
    await sectionMatchesQuery(page, officer, "recent");

    await page.screenshot({ path: path.join(OUT, "dashboard-desktop-after.png"), fullPage: true });

    // Phone width: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await eventually("no horizontal scrolling at 390 px", async () => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      return { ok: width <= 390, width };
    }, 5_000);
    await page.screenshot({ path: path.join(OUT, "dashboard-phone.png"), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, "dashboard-phone-top.png") });

    // Sign out: back to the form, no data left on the page.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Officer sign-in" }).waitFor();
    check(await page.locator("#dashboard-view").isHidden(), "dashboard still visible after sign-out");

    check(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join(" | ")}`);
  } catch (err) {
    await page.screenshot({ path: path.join(OUT, "failure-officer.png"), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

async function citizenChecks(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await signInThroughForm(page, env("CITIZEN_EMAIL"), env("CITIZEN_PASSWORD"), "signin-phone.png");
    await page.getByRole("heading", { name: "Officers only", level: 1 }).waitFor();
    check(await page.locator("#dashboard-view").isHidden(), "a citizen sees the dashboard");
    check((await page.locator("[data-report-id]").count()) === 0, "a citizen sees reports");
    const kpis = await page.locator(".kpi dd").allInnerTexts();
    check(kpis.every((v) => v.trim() === "–"), `a citizen's page holds counts: ${kpis}`);
    check(
      (await page.locator("[data-list] > li").count()) === 0,
      "a citizen's page holds list items",
    );
    await page.screenshot({ path: path.join(OUT, "citizen-phone.png"), fullPage: true });
  } catch (err) {
    await page.screenshot({ path: path.join(OUT, "failure-citizen.png"), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  for (const stale of ["failure-officer.png", "failure-citizen.png"]) {
    await rm(path.join(OUT, stale), { force: true });
  }
  const officer = await signIn(env("OFFICER_EMAIL"), env("OFFICER_PASSWORD"));
  const citizen = await signIn(env("CITIZEN_EMAIL"), env("CITIZEN_PASSWORD"));
  const browser = await chromium.launch({
    executablePath: env("CHROMIUM_PATH"),
    headless: true,
    // Root in a container has no user namespaces for Chromium's sandbox.
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  measured.browser = browser.version();
  try {
    await officerChecks(browser, officer, citizen);
    await citizenChecks(browser);
  } finally {
    await browser.close();
  }
  await writeFile(path.join(OUT, "dashboard-measurements.json"), JSON.stringify(measured, null, 2));
  console.log(JSON.stringify({ ok: true, measured }));
}

main().catch((err) => {
  console.error(`[dashboard] FAILED: ${err instanceof CheckFailed ? err.message : err.stack ?? err}`);
  console.log(JSON.stringify({ ok: false, measured }));
  process.exit(1);
});
