// Prints the rules matrix (cases.mjs) as Markdown, one table per collection, for
// docs/security.md: `node tests/rules/list.mjs`. The integration test fails when the listing
// in docs/security.md is not exactly this output, so the document cannot drift from the
// rows that run.

import { CASES } from "./cases.mjs";

/** @param {import("./cases.mjs").Case} c */
function request(c) {
  const parts = [`${c.op} \`${c.path}\``];
  for (const [field, op, value] of c.where ?? []) parts.push(`where ${field} ${op} ${JSON.stringify(value)}`);
  if (c.orderBy) parts.push(`order by ${c.orderBy.join(" ")}`);
  return parts.join(", ");
}

/** @param {string} text */
const cell = (text) => text.replaceAll("|", "\\|");

export function listing() {
  const lines = [`${CASES.length} rows; ${CASES.filter((c) => c.expect === "allow").length} allow, ` +
    `${CASES.filter((c) => c.expect === "deny").length} deny.`];
  let area = "";
  CASES.forEach((c, i) => {
    if (c.area !== area) {
      area = c.area;
      lines.push("", `#### ${area}`, "", "| # | actor | request | what | expected |", "|---|---|---|---|---|");
    }
    const expected = c.expect === "allow" ? "allow" : c.reservedId ? "deny (Firestore: invalid-argument)" : "**deny**";
    lines.push(`| ${i + 1} | ${c.actor} | ${cell(request(c))} | ${cell(c.what)} | ${expected} |`);
  });
  return lines.join("\n");
}

console.log(listing());
