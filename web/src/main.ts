// The officer dashboard: sign-in, the officer check, and one realtime listener per section.
import "./style.css";
import { FirebaseError } from "firebase/app";
import { type User, onAuthStateChanged, signInWithEmailAndPassword, signOut } from "firebase/auth";
import {
  type DocumentData,
  type Firestore,
  type Query,
  type QuerySnapshot,
  collection,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  where,
} from "firebase/firestore";
import type { Functions } from "firebase/functions";
import { $ } from "./dom";
import { connect } from "./firebase";
import { asNumber, timeText, toDate } from "./format";
import {
  type Row,
  Section,
  type SectionName,
  appealCard,
  fillAppeal,
  fillFlagged,
  fillReport,
  fillReview,
  fillRisk,
  flaggedCard,
  reportCard,
  reviewCard,
} from "./sections";

const HEARTBEAT_MS = 60_000;
const FLAGGED_LIMIT = 100;
const RECENT_LIMIT = 20;
const QUEUE_LIMIT = 50;
const KPIS = ["activeAlerts", "reportsToday", "officersOnDuty", "escalationRisks", "needsReview"];

type View = "loading" | "signin" | "denied" | "dashboard";

const views: Record<View, HTMLElement> = {
  loading: $("#loading-view"),
  signin: $("#signin-view"),
  denied: $("#denied-view"),
  dashboard: $("#dashboard-view"),
};

// Moving focus to the new view's heading tells a screen reader what changed (signed in,
// refused, signed out); the first view of a page load keeps the browser's own start.
let settled = false;

function show(view: View, focus = true): void {
  for (const [name, el] of Object.entries(views)) el.hidden = name !== view;
  document.body.dataset.view = view;
  if (view === "loading") return;
  const first = !settled;
  settled = true;
  if (focus && !first) {
    const heading = views[view].querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }
}

function isPermissionDenied(err: unknown): boolean {
  return err instanceof FirebaseError && err.code === "permission-denied";
}

// --- the dashboard while an officer is signed in ---------------------------------------

let stopDashboard: (() => void) | null = null;

function rows(snapshot: QuerySnapshot<DocumentData>): Row[] {
  return snapshot.docs.map((d) => ({ id: d.id, data: d.data({ serverTimestamps: "estimate" }) }));
}

function startDashboard(db: Firestore, functions: Functions, uid: string, onDenied: () => void): () => void {
  const unsubscribers: Array<() => void> = [];
  const live = $("#live-status");
  live.textContent = "Connecting…";
  const markLive = () => {
    live.textContent = `Live · last update ${new Date().toLocaleTimeString()}`;
  };

  // KPI cards from the one summary document.
  resetKpis();
  unsubscribers.push(
    onSnapshot(
      doc(db, "dashboard", "summary"),
      (snap) => {
        renderKpis(snap.exists() ? snap.data({ serverTimestamps: "estimate" }) : null);
        markLive();
      },
      (err) => {
        if (isPermissionDenied(err)) onDenied();
        else $("#kpi-totals").textContent = `Counts unavailable: ${err.message}`;
      },
    ),
  );

  const reports = collection(db, "reports");
  const listen = (
    name: SectionName,
    q: Query<DocumentData>,
    render: (section: Section, rows: Row[]) => void,
    whenRefused: (err: FirebaseError) => void,
  ) => {
    const section = new Section(name);
    section.reset();
    unsubscribers.push(
      onSnapshot(
        q,
        (snap) => {
          render(section, rows(snap));
          markLive();
        },
        (err) => whenRefused(err),
      ),
    );
    return section;
  };
  const refused = (name: SectionName) => (err: FirebaseError) => {
    if (isPermissionDenied(err)) onDenied();
    else new Section(name).unavailable(`This list is unavailable right now (${err.code}).`);
  };

  listen(
    "flagged",
    query(collection(db, "flagged_reports"), orderBy("flaggedAt", "desc"), limit(FLAGGED_LIMIT)),
    (section, found) =>
      section.show(
        found,
        flaggedCard(functions),
        fillFlagged,
        "No flagged reports. Reports judged fake appear here.",
        found.length >= FLAGGED_LIMIT ? `${FLAGGED_LIMIT}+` : String(found.length),
      ),
    refused("flagged"),
  );
  listen(
    "review",
    query(reports, where("verification_status", "==", "needs_review"), orderBy("timestamp", "desc"), limit(QUEUE_LIMIT)),
    (section, found) => section.show(found, reviewCard(functions), fillReview, "Nothing to review."),
    refused("review"),
  );
  listen(
    "recent",
    query(reports, where("verification_status", "==", "verified"), orderBy("timestamp", "desc"), limit(RECENT_LIMIT)),
    (section, found) => section.show(found, reportCard(functions), fillReport, "No genuine reports yet."),
    refused("recent"),
  );
  listen(
    "risks",
    query(reports, where("verification_status", "==", "verified"), orderBy("escalationRiskScore", "desc"), limit(RECENT_LIMIT)),
    (section, found) =>
      section.show(
        found.filter((r) => r.data.riskLevelText === "HIGH" || r.data.riskLevelText === "MEDIUM"),
        reportCard(functions),
        fillRisk,
        "No HIGH or MEDIUM escalation risks.",
      ),
    refused("risks"),
  );
  // Appeals (issue 10) may be refused until their rules and index exist: the section says
  // so and the rest of the page carries on.
  listen(
    "appeals",
    query(reports, where("appeal.status", "==", "pending"), orderBy("timestamp", "desc"), limit(QUEUE_LIMIT)),
    (section, found) => section.show(found, appealCard(functions), fillAppeal, "No pending appeals."),
    (err) =>
      new Section("appeals").unavailable(`Appeals are unavailable right now (${err.code}).`),
  );

  // The duty heartbeat: counts this officer in "Officers on Duty" while the page is open.
  const beat = () => {
    setDoc(doc(db, "duty", uid), { lastSeen: serverTimestamp() }).catch((err: unknown) =>
      console.warn("duty heartbeat failed", err),
    );
  };
  beat();
  const timer = window.setInterval(beat, HEARTBEAT_MS);
  const onVisible = () => {
    if (document.visibilityState === "visible") beat();
  };
  document.addEventListener("visibilitychange", onVisible);

  return () => {
    window.clearInterval(timer);
    document.removeEventListener("visibilitychange", onVisible);
    unsubscribers.forEach((stop) => stop());
  };
}

function resetKpis(): void {
  for (const key of KPIS) $(`[data-kpi="${key}"] dd`).textContent = "–";
  $("#kpi-totals").textContent = "";
}

function renderKpis(summary: DocumentData | null): void {
  if (!summary) {
    resetKpis();
    $("#kpi-totals").textContent = "Waiting for the first count…";
    return;
  }
  for (const key of KPIS) {
    const value = asNumber(summary[key]);
    $(`[data-kpi="${key}"] dd`).textContent = value === null ? "–" : String(value);
  }
  const total = (key: string) => asNumber(summary[key]) ?? "–";
  const updated = timeText(toDate(summary.updatedAt));
  $("#kpi-totals").textContent =
    `All time: ${total("genuineReports")} genuine · ${total("flaggedReports")} flagged · ` +
    `${total("pendingReports")} being verified` +
    (updated ? ` · counted ${updated}` : "");
}

// --- sign-in and the officer check ----------------------------------------------------

function signInMessage(err: unknown): string {
  if (err instanceof FirebaseError) {
    switch (err.code) {
      case "auth/invalid-credential":
      case "auth/wrong-password":
      case "auth/user-not-found":
      case "auth/invalid-email":
        return "Wrong email or password.";
      case "auth/too-many-requests":
        return "Too many attempts. Wait a moment and try again.";
      case "auth/network-request-failed":
        return "Cannot reach the sign-in service. Check the connection (are the emulators running?).";
    }
    return err.message;
  }
  return String(err);
}

async function main(): Promise<void> {
  show("loading", false);
  const { auth, db, functions, emulated } = await connect();
  $("#emulator-note").hidden = !emulated;

  const form = $<HTMLFormElement>("#signin-form");
  const error = $("#signin-error");
  const submit = $<HTMLButtonElement>("#signin-submit");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    error.textContent = "";
    const email = $<HTMLInputElement>("#email").value.trim();
    const password = $<HTMLInputElement>("#password");
    submit.disabled = true;
    signInWithEmailAndPassword(auth, email, password.value)
      .then(() => {
        password.value = "";
      })
      .catch((err: unknown) => {
        error.textContent = signInMessage(err);
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  $("#sign-out").addEventListener("click", () => {
    void signOut(auth);
  });

  let generation = 0;
  const stop = () => {
    stopDashboard?.();
    stopDashboard = null;
  };
  onAuthStateChanged(auth, (user: User | null) => {
    const mine = ++generation;
    stop();
    $("#account").hidden = !user;
    $("#account-email").textContent = user?.email ?? "";
    if (!user) {
      show("signin");
      return;
    }
    show("loading", false);
    user
      .getIdTokenResult()
      .then((token) => {
        if (mine !== generation) return;
        if (token.claims.role !== "officer") {
          show("denied");
          return;
        }
        show("dashboard");
        stopDashboard = startDashboard(db, functions, user.uid, () => {
          stop();
          show("denied");
        });
      })
      .catch((err: unknown) => {
        if (mine !== generation) return;
        error.textContent = signInMessage(err);
        show("signin");
      });
  });
}

main().catch((err: unknown) => {
  const loading = $("#loading-view");
  loading.hidden = false;
  loading.textContent = `The dashboard could not start: ${err instanceof Error ? err.message : String(err)}`;
});
