// What each section of the dashboard shows for one document, and the officer's actions.
import { FirebaseError } from "firebase/app";
import type { DocumentData } from "firebase/firestore";
import { type Functions, httpsCallable } from "firebase/functions";
import { $, h, reconcile, replaceChildren } from "./dom";
import {
  asNumber,
  asText,
  crimeTypeText,
  humanize,
  locationText,
  percent,
  riskBadge,
  statusBadge,
  stringList,
  timeText,
  toDate,
} from "./format";

export interface Row {
  id: string;
  data: DocumentData;
}

export type SectionName = "flagged" | "review" | "recent" | "risks" | "appeals";

/** One `<section data-section=…>`: its list, its count badge and its state line. */
export class Section {
  readonly root: HTMLElement;
  readonly list: HTMLElement;
  private readonly state: HTMLElement;
  private readonly count: HTMLElement | null;

  constructor(readonly name: SectionName) {
    this.root = $(`[data-section="${name}"]`);
    this.list = $("[data-list]", this.root);
    this.state = $("[data-state]", this.root);
    this.count = this.root.querySelector("[data-count]");
  }

  reset(): void {
    this.list.replaceChildren();
    this.setCount(null);
    this.showState("Loading…", "state");
  }

  show(
    rows: readonly Row[],
    make: (row: Row) => HTMLElement,
    fill: (el: HTMLElement, row: Row) => void,
    emptyText: string,
    countText?: string,
  ): void {
    this.root.dataset.status = rows.length ? "ready" : "empty";
    reconcile(this.list, rows, make, fill);
    this.setCount(countText ?? String(rows.length));
    if (rows.length) this.hideState();
    else this.showState(emptyText, "state state-empty");
  }

  unavailable(text: string): void {
    this.root.dataset.status = "unavailable";
    this.list.replaceChildren();
    this.setCount(null);
    this.showState(text, "state state-unavailable");
  }

  private setCount(text: string | null): void {
    if (!this.count) return;
    this.count.textContent = text ?? "–";
    this.count.classList.toggle("count-zero", text === "0" || text === null);
  }

  private showState(text: string, className: string): void {
    this.state.textContent = text;
    this.state.className = className;
    this.state.hidden = false;
  }

  private hideState(): void {
    this.state.hidden = true;
    this.state.textContent = "";
  }
}

// --- building blocks ----------------------------------------------------------------------

function badge(label: string, className: string, extra: Record<string, string> = {}): HTMLElement {
  return h("span", { class: `badge ${className}`, ...extra }, label);
}

function timeEl(value: unknown, prefix = ""): HTMLElement | null {
  const date = toDate(value);
  if (!date) return null;
  return h(
    "span",
    { class: "card-time" },
    prefix,
    h("time", { datetime: date.toISOString() }, timeText(date)),
  );
}

function fact(label: string, value: string | Node, key: string): HTMLElement | null {
  if (value === "") return null;
  return h("div", { class: "fact", "data-field": key }, h("dt", {}, label), h("dd", {}, value));
}

function chips(values: string[], className: string, label: string): HTMLElement | null {
  if (!values.length) return null;
  return h(
    "ul",
    { class: `chips ${className}`, "aria-label": label },
    ...values.map((v) => h("li", { class: "chip" }, humanize(v))),
  );
}

function cardHead(id: string, badges: HTMLElement[], time: HTMLElement | null): HTMLElement {
  return h(
    "div",
    { class: "card-head" },
    ...badges,
    h("h3", { class: "card-title" }, "Report ", h("code", { class: "report-id" }, id)),
    time,
  );
}

function riskText(data: DocumentData): string {
  const score = asNumber(data.escalationRiskScore);
  const level = asText(data.riskLevelText);
  if (score === null && !level) return "";
  return [level, score === null ? "" : `${Math.round(score)}/100`].filter(Boolean).join(", ");
}

/** The card's skeleton: a body refreshed on every snapshot, actions made once. */
function card(row: Row, className: string): HTMLElement {
  return h(
    "li",
    { class: `card ${className}`, "data-report-id": row.id },
    h("div", { class: "card-body" }),
    h("div", { class: "card-actions" }),
    h("p", { class: "result", role: "status", "aria-live": "polite" }),
  );
}

function body(el: HTMLElement): HTMLElement {
  return $(".card-body", el);
}

function actions(el: HTMLElement): HTMLElement {
  return $(".card-actions", el);
}

// --- announcing results ---------------------------------------------------------------

let announcer: HTMLElement | null = null;

/** A page-wide live region, for results whose card leaves the list (a settled review). */
export function announce(text: string): void {
  if (!announcer) {
    announcer = h("div", { class: "visually-hidden", role: "status", id: "announcer" });
    document.body.append(announcer);
  }
  announcer.textContent = text;
}

export function errorText(err: unknown): string {
  if (err instanceof FirebaseError) {
    const code = err.code.replace(/^functions\//, "");
    // The SDK appends the HTTP status (" [400]") to the server's message: not for people.
    const message = err.message.replace(/ \[\d{3}\]$/, "");
    if (code === "internal" || code === "unknown") {
      return "The server could not complete this action. Try again in a moment.";
    }
    if (code === "not-found" && (message === "not-found" || message === "NOT FOUND")) {
      return "This action is not available on the server yet.";
    }
    if (code === "unauthenticated") return "Your session has ended. Sign in again.";
    return message && message !== code ? message : `Refused (${code}).`;
  }
  return err instanceof Error ? err.message : String(err);
}

type ResultData = Record<string, unknown>;

async function run(
  button: HTMLButtonElement,
  out: HTMLElement,
  call: () => Promise<string>,
): Promise<void> {
  const group = button.closest(".card-actions");
  const buttons = group ? Array.from(group.querySelectorAll("button")) : [button];
  buttons.forEach((b) => (b.disabled = true));
  button.setAttribute("aria-busy", "true");
  out.className = "result result-busy";
  out.textContent = "Working…";
  try {
    out.textContent = await call();
    out.className = "result result-ok";
  } catch (err) {
    out.textContent = errorText(err);
    out.className = "result result-error";
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    button.removeAttribute("aria-busy");
  }
}

function predictionButtons(el: HTMLElement, reportId: string, functions: Functions): HTMLElement {
  const out = $(".result", el);
  const crime = h("button", { type: "button", class: "button", "data-action": "predict-crime" }, "Predict crime type");
  const risk = h("button", { type: "button", class: "button", "data-action": "predict-risk" }, "Escalation risk");
  crime.addEventListener("click", () => {
    void run(crime, out, async () => {
      const res = await httpsCallable<{ reportId: string }, ResultData>(
        functions,
        "predictCrimeType",
      )({ reportId });
      const d = res.data;
      const by = asText(d.by);
      return `Crime type: ${crimeTypeText(d.crimeType, d.crimeTypeConfidence) || "unknown"}${by ? ` · by ${by}` : ""}`;
    });
  });
  risk.addEventListener("click", () => {
    void run(risk, out, async () => {
      const res = await httpsCallable<{ reportId: string }, ResultData>(
        functions,
        "predictEscalationRisk",
      )({ reportId });
      const d = res.data;
      const factors = stringList(d.riskFactors).map(humanize).join(", ");
      const by = asText(d.by);
      return (
        `Escalation risk: ${riskText(d) || "unknown"}` +
        (factors ? ` · factors: ${factors}` : " · no risk factors") +
        (by ? ` · by ${by}` : "")
      );
    });
  });
  return h("div", { class: "button-row", role: "group", "aria-label": `Predictions for report ${reportId}` }, crime, risk);
}

function noteField(reportId: string, label: string, required: boolean): {
  wrap: HTMLElement;
  input: HTMLTextAreaElement;
} {
  const inputId = `note-${label.replace(/\W+/g, "-").toLowerCase()}-${reportId}`;
  const input = h("textarea", {
    id: inputId,
    class: "note",
    rows: "2",
    maxlength: "1000",
    required: required || undefined,
  });
  const wrap = h(
    "div",
    { class: "field" },
    h("label", { for: inputId }, label, required ? "" : " (optional)"),
    input,
  );
  return { wrap, input };
}

// --- flagged reports -------------------------------------------------------------------

export function flaggedCard(functions: Functions) {
  return (row: Row): HTMLElement => {
    const el = card(row, "card-flagged");
    actions(el).append(predictionButtons(el, row.id, functions));
    return el;
  };
}

export function fillFlagged(el: HTMLElement, row: Row): void {
  const d = row.data;
  const fake = statusBadge("fake");
  const reason = asText(d.reason) || "No reason recorded.";
  replaceChildren(
    body(el),
    cardHead(row.id, [badge(fake.label, fake.className)], timeEl(d.flaggedAt, "Flagged ")),
    h(
      "dl",
      { class: "facts" },
      fact("Type", asText(d.type) || "Citizen Post", "type"),
      fact("Submitted by", asText(d.submitterName) || "Unknown user", "submitter"),
      fact("Location", locationText(d.location) || "Not given", "location"),
      fact("Reported", timeEl(d.reportedAt) ?? "", "reportedAt"),
      fact("Confidence", percent(d.confidence), "confidence"),
    ),
    h("div", { class: "reason" }, h("p", { class: "reason-label" }, "Reason"), h("p", { class: "reason-text" }, reason)),
    chips(stringList(d.red_flags), "chips-flags", "Red flags"),
  );
}

// --- reports (recent genuine, risks, review queue, appeals) -------------------------------

function reportFacts(d: DocumentData, withRisk: boolean): HTMLElement {
  const crime = crimeTypeText(d.crimeType, d.crimeTypeConfidence);
  return h(
    "dl",
    { class: "facts" },
    fact("Crime type", crime ? h("span", { "data-crime-type": asText(d.crimeType) }, crime) : "", "crimeType"),
    fact("Location", locationText(d.location) || "Not given", "location"),
    fact("Submitted by", asText(d.submitterName) || "Unknown user", "submitter"),
    withRisk ? fact("Risk", riskText(d), "risk") : null,
  );
}

function description(d: DocumentData): HTMLElement | null {
  const text = asText(d.description);
  return text ? h("p", { class: "description" }, text) : null;
}

export function reportCard(functions: Functions) {
  return (row: Row): HTMLElement => {
    const el = card(row, "card-report");
    actions(el).append(predictionButtons(el, row.id, functions));
    return el;
  };
}

export function fillReport(el: HTMLElement, row: Row): void {
  const d = row.data;
  const status = statusBadge(d.verification_status);
  replaceChildren(
    body(el),
    cardHead(row.id, [badge(status.label, status.className, { "data-status": asText(d.verification_status) })], timeEl(d.timestamp)),
    reportFacts(d, true),
    description(d),
  );
}

export function fillRisk(el: HTMLElement, row: Row): void {
  const d = row.data;
  const level = riskBadge(d.riskLevelText);
  const score = asNumber(d.escalationRiskScore) ?? 0;
  replaceChildren(
    body(el),
    cardHead(row.id, [badge(level.label, level.className, { "data-risk-level": level.label })], timeEl(d.timestamp)),
    h(
      "div",
      { class: "score" },
      h("span", { class: "score-text", "data-field": "score" }, `Score ${Math.round(score)}/100`),
      h(
        "span",
        { class: "score-bar", "aria-hidden": "true" },
        h("span", { class: `score-fill ${level.className}`, style: `width: ${Math.min(100, Math.max(0, score))}%` }),
      ),
    ),
    chips(stringList(d.riskFactors), "chips-factors", "Risk factors") ??
      h("p", { class: "muted" }, "No risk factors recorded."),
    reportFacts(d, false),
    description(d),
  );
}

export function reviewCard(functions: Functions) {
  return (row: Row): HTMLElement => {
    const el = card(row, "card-review");
    const out = $(".result", el);
    const { wrap, input } = noteField(row.id, "Note", false);
    const genuine = h("button", { type: "button", class: "button button-genuine", "data-action": "genuine" }, "Genuine");
    const fake = h("button", { type: "button", class: "button button-fake", "data-action": "fake" }, "Fake");
    const decide = (button: HTMLButtonElement, decision: "genuine" | "fake") => {
      void run(button, out, async () => {
        const payload: Record<string, string> = { reportId: row.id, decision };
        if (input.value.trim()) payload.note = input.value.trim();
        await httpsCallable(functions, "reviewReport")(payload);
        const done = `Report ${row.id} marked ${decision}.`;
        announce(done);
        return done;
      });
    };
    genuine.addEventListener("click", () => decide(genuine, "genuine"));
    fake.addEventListener("click", () => decide(fake, "fake"));
    actions(el).append(
      wrap,
      h("div", { class: "button-row", role: "group", "aria-label": `Decision for report ${row.id}` }, genuine, fake),
    );
    return el;
  };
}

export function fillReview(el: HTMLElement, row: Row): void {
  const d = row.data;
  const status = statusBadge(d.verification_status);
  const reasoning = asText(d.verification_reasoning);
  replaceChildren(
    body(el),
    cardHead(row.id, [badge(status.label, status.className)], timeEl(d.timestamp)),
    reportFacts(d, false),
    description(d),
    reasoning ? h("p", { class: "reasoning" }, h("strong", {}, "Verifier: "), reasoning) : null,
    chips(stringList(d.red_flags), "chips-flags", "Red flags"),
  );
}

export function appealCard(functions: Functions) {
  return (row: Row): HTMLElement => {
    const el = card(row, "card-appeal");
    const out = $(".result", el);
    const { wrap, input } = noteField(row.id, "Officer's note", true);
    const uphold = h("button", { type: "button", class: "button button-fake", "data-action": "upheld" }, "Uphold FAKE verdict");
    const overturn = h("button", { type: "button", class: "button button-genuine", "data-action": "overturned" }, "Overturn: genuine");
    const decide = (button: HTMLButtonElement, decision: "upheld" | "overturned") => {
      const note = input.value.trim();
      if (!note) {
        out.className = "result result-error";
        out.textContent = "Write a note for the citizen before deciding.";
        input.setAttribute("aria-invalid", "true");
        input.focus();
        return;
      }
      input.removeAttribute("aria-invalid");
      void run(button, out, async () => {
        await httpsCallable(functions, "resolveAppeal")({ reportId: row.id, decision, note });
        const done = `Appeal on report ${row.id} ${decision}.`;
        announce(done);
        return done;
      });
    };
    uphold.addEventListener("click", () => decide(uphold, "upheld"));
    overturn.addEventListener("click", () => decide(overturn, "overturned"));
    actions(el).append(
      wrap,
      h("div", { class: "button-row", role: "group", "aria-label": `Appeal decision for report ${row.id}` }, overturn, uphold),
    );
    return el;
  };
}

export function fillAppeal(el: HTMLElement, row: Row): void {
  const d = row.data;
  const status = statusBadge(d.verification_status);
  const appeal = (d.appeal ?? {}) as DocumentData;
  const reasoning = asText(d.verification_reasoning);
  replaceChildren(
    body(el),
    cardHead(row.id, [badge(status.label, status.className)], timeEl(appeal.createdAt, "Appealed ")),
    h(
      "div",
      { class: "reason reason-appeal" },
      h("p", { class: "reason-label" }, "Citizen's appeal"),
      h("p", { class: "reason-text" }, asText(appeal.reason) || "No reason given."),
    ),
    reasoning ? h("p", { class: "reasoning" }, h("strong", {}, "Verifier: "), reasoning) : null,
    reportFacts(d, false),
    description(d),
  );
}
