// Runs every row of cases.mjs against the Firestore emulator with the official
// @firebase/rules-unit-testing library: `node --test tests/rules/`.
//
// The project id is our own (`demo-rules-matrix`), so loading the rules and clearing the
// database never touch the data of tests running against `demo-citizen-safe` in the same
// emulator. FIRESTORE_EMULATOR_HOST picks the emulator (default 127.0.0.1:8080). With
// RULES_MATRIX_RESULTS set, every row's outcome is written there as JSON (the pytest wrapper
// reads it to name the failures and to count the rows that ran).

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { initializeTestEnvironment } from "@firebase/rules-unit-testing";
import firebase from "firebase/compat/app";
import "firebase/compat/firestore";

import { CASES, CLIENT_TIME, SERVER_TIME } from "./cases.mjs";

export const PROJECT_ID = "demo-rules-matrix";
// RULES_MATRIX_RULES: another rules file, e.g. to check that the matrix catches a mutation.
const RULES = process.env.RULES_MATRIX_RULES ?? fileURLToPath(new URL("../../firestore.rules", import.meta.url));
const [HOST, PORT] = (process.env.FIRESTORE_EMULATOR_HOST ?? "127.0.0.1:8080").split(":");

/** @type {Record<string, Record<string, unknown> | undefined>} */
const CLAIMS = {
  officer: { role: "officer" },
  roleAdmin: { role: "admin" },
  roleOfficerCaps: { role: "Officer" },
  officerFlag: { officer: true },
};

/** @type {import("@firebase/rules-unit-testing").RulesTestEnvironment} */
let env;
/** @type {Array<{name: string, expect: string, actual: string, ok: boolean, detail?: string}>} */
const results = [];

/** @param {number} i */
export function caseName(i) {
  const c = CASES[i];
  return `#${String(i + 1).padStart(3, "0")} ${c.area}: ${c.actor} ${c.op} ${c.path} — ${c.what} → ${c.expect}`;
}

/**
 * The row's placeholders made real: SERVER_TIME, CLIENT_TIME and `<n chars>`.
 * @param {unknown} value
 * @returns {unknown}
 */
function materialise(value) {
  if (value === SERVER_TIME) return firebase.firestore.FieldValue.serverTimestamp();
  if (value === CLIENT_TIME) return firebase.firestore.Timestamp.fromDate(new Date("2026-01-01T00:00:00Z"));
  if (typeof value === "string") return value.replace(/<(\d+) chars>/g, (_, n) => "x".repeat(Number(n)));
  if (Array.isArray(value)) return value.map(materialise);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v)]));
  }
  return value;
}

/** Documents every read row relies on, written with the rules off. */
async function seed() {
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    const now = firebase.firestore.Timestamp.now();
    /** @type {Record<string, Record<string, unknown>>} */
    const docs = {
      "users/alice": { displayName: "Alice", credibilityScore: 80, fcmTokens: ["t0"] },
      "users/bob": { displayName: "Bob", credibilityScore: 90 },
      "users/carol": { displayName: "Carol" },
      "users/blocky": { displayName: "B", blocked: true, bullyingCount: 5, blockedAt: now },
      "users/officer": { displayName: "Officer" },
      "users/alice/notifications/n1": { type: "report_verified", title: "t", body: "b", read: false, createdAt: now },
      "reports/r_alice": { userId: "alice", description: "Stolen bike", timestamp: now, verification_status: "verified" },
      "reports/r_alice/verification/latest": { is_fake: false, confidence: 0.9, verified_by: "offline-rules/v1" },
      "reports/r_alice/reviews/rv1": { decision: "genuine", officer: "officer", note: "ok", reviewed_at: now },
      "reports/r_alice/notes/n1": { text: "not a known subcollection" },
      "reports/r_bob": { userId: "bob", description: "Ghosts", timestamp: now, verification_status: "fake" },
      "flagged_reports/r_bob": { reportId: "r_bob", userId: "bob", flaggedAt: now },
      "dashboard/summary": { flaggedReports: 1, asOf: now },
      "audit/a1": { action: "penalty", actor: "system:verifier", target: "users/alice", at: now },
      "usernames/alice": { uid: "alice", claimedAt: now },
      "rate_limits/alice_message": { stamps: [now] },
      "status/bob": { online: true, lastSeen: now },
      "typing/alice_bob": { alice: now },
      "conversations/alice_bob": { participants: ["alice", "bob"], lastMessageAt: now, unread: { bob: 1 } },
      "posts/p_delivered": { author: "alice", content: "Lights out", timestamp: now, status: "delivered" },
      "posts/p_pending": { author: "alice", content: "Wait", timestamp: now, status: "pending" },
      "posts/p_withheld": { author: "alice", content: "Mean", timestamp: now, status: "blocked", is_bullying: true },
      "posts/p_delivered/comments/c_delivered": { author: "bob", content: "ok", timestamp: now, status: "delivered" },
      "posts/p_delivered/comments/c_pending": { author: "bob", content: "wait", timestamp: now, status: "pending" },
      "posts/p_delivered/comments/c_withheld": { author: "bob", content: "mean", timestamp: now, status: "blocked" },
    };
    /** @param {string} status */
    const msg = (status) => ({
      sender: "alice",
      receiver: "bob",
      content: "hi",
      timestamp: now,
      is_read: false,
      participants: ["alice", "bob"],
      conversationId: "alice_bob",
      status,
    });
    docs["messages/m_pending"] = msg("pending");
    docs["messages/m_delivered"] = msg("delivered");
    docs["messages/m_withheld"] = { ...msg("blocked"), blocked_reason: "bullying" };
    const batch = db.batch();
    for (const [path, data] of Object.entries(docs)) batch.set(db.doc(path), data);
    await batch.commit();
  });
}

/**
 * @param {number} i
 * @returns {Promise<unknown>}
 */
async function attempt(i) {
  const c = CASES[i];
  const uid = c.actor === "fresh" ? `u${i}` : c.actor;
  const context = c.actor === "anon" ? env.unauthenticatedContext() : env.authenticatedContext(uid, CLAIMS[c.actor]);
  const db = context.firestore();
  const path = c.path.replaceAll("{fresh}", `f${i}`).replaceAll("{me}", uid);
  const data = /** @type {Record<string, unknown>} */ (materialise(c.data ?? {}));
  switch (c.op) {
    case "get":
      return db.doc(path).get();
    case "create":
      return db.doc(path).set(data);
    case "update":
      return db.doc(path).update(data);
    case "delete":
      return db.doc(path).delete();
    case "list":
    case "group": {
      /** @type {firebase.firestore.Query} */
      let query = c.op === "list" ? db.collection(path) : db.collectionGroup(path);
      for (const [field, op, value] of c.where ?? []) {
        query = query.where(field, /** @type {firebase.firestore.WhereFilterOp} */ (op), materialise(value));
      }
      if (c.orderBy) query = query.orderBy(...c.orderBy);
      return query.limit(50).get();
    }
  }
}

/** @param {unknown} err */
function isPermissionDenied(err) {
  const e = /** @type {{code?: string, message?: string}} */ (err);
  const code = (e?.code ?? "").toLowerCase();
  const message = (e?.message ?? "").toLowerCase();
  return code === "permission-denied" || message.includes("permission_denied");
}

before(async () => {
  env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { rules: readFileSync(RULES, "utf8"), host: HOST, port: Number(PORT) },
  });
  await env.clearFirestore();
  await seed();
});

after(async () => {
  if (process.env.RULES_MATRIX_RESULTS) {
    writeFileSync(process.env.RULES_MATRIX_RESULTS, JSON.stringify({ project: PROJECT_ID, results }, null, 1));
  }
  if (env) {
    await env.clearFirestore();
    await env.cleanup();
  }
});

test("every row is named once", () => {
  const names = CASES.map((c) => `${c.area}|${c.actor}|${c.op}|${c.path}|${c.what}`);
  assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
});

CASES.forEach((c, i) => {
  const name = caseName(i);
  test(name, async () => {
    let actual = "allow";
    let detail;
    try {
      await attempt(i);
    } catch (err) {
      // A reserved id such as `__x__` is refused by Firestore itself (invalid-argument)
      // before the rules run: still a refusal, but recorded as what it is.
      actual = isPermissionDenied(err) ? "deny" : `error: ${/** @type {{code?: string}} */ (err)?.code ?? err}`;
      detail = String(/** @type {{message?: string}} */ (err)?.message ?? err).slice(0, 300);
    }
    const ok = actual === c.expect || (c.expect === "deny" && c.reservedId === true && actual === "error: invalid-argument");
    results.push({ name, expect: c.expect, actual, ok, ...(ok ? {} : { detail }) });
    assert.ok(ok, `expected ${c.expect}, got ${actual}${detail ? ` (${detail})` : ""}`);
  });
});
