// The security-rules matrix as data: every row is one request by one actor and the answer
// firestore.rules must give. `matrix.test.mjs` runs the rows against the Firestore emulator;
// `list.mjs` prints them for docs/security.md. Plain data (no SDK objects), so the table
// reads the same in both places.
//
// Actors: anon (signed out), alice (owner of the seeded documents), bob (another citizen,
// the other side of alice's chat), carol (a citizen with nothing seeded), blocky (a citizen
// whose users/{uid}.blocked is true), officer (custom claim role == 'officer'), fake
// officers (role claims that are not exactly 'officer'), and `fresh` (a new uid per row,
// with no profile, for creates).
//
// Values: SERVER_TIME stands for serverTimestamp() (rules see request.time); CLIENT_TIME
// for a timestamp the phone chose; BIG(n) for a string of n characters.

/** @typedef {'anon'|'alice'|'bob'|'carol'|'blocky'|'officer'|'fresh'|'roleAdmin'|'roleOfficerCaps'|'officerFlag'} Actor */
/** @typedef {'get'|'list'|'group'|'create'|'update'|'delete'} Op */
/**
 * @typedef {object} Case
 * @property {string} area        collection the row is about (as in firestore.rules)
 * @property {Actor} actor
 * @property {Op} op
 * @property {string} path        document path (get/create/update/delete) or collection path
 *                                (list) or collection id (group); `{fresh}` is a new id
 * @property {string} what        what is tried, for people
 * @property {'allow'|'deny'} expect
 * @property {Record<string, unknown>} [data]
 * @property {Array<[string, string, unknown]>} [where]
 * @property {[string, 'asc'|'desc']} [orderBy]
 * @property {boolean} [reservedId]  a `__x__` id: Firestore itself refuses it
 *                                (invalid-argument) before the rules run; counted as a deny
 */

export const SERVER_TIME = "<serverTimestamp>";
export const CLIENT_TIME = "<client timestamp>";
/** @param {number} n */
export const BIG = (n) => `<${n} chars>`;

/** @type {Case[]} */
export const CASES = [];

/**
 * @param {string} area
 * @param {Actor} actor
 * @param {Op} op
 * @param {string} path
 * @param {string} what
 * @param {'allow'|'deny'} expect
 * @param {Partial<Case>} [extra]
 */
function row(area, actor, op, path, what, expect, extra = {}) {
  CASES.push({ area, actor, op, path, what, expect, ...extra });
}

// ---- reports --------------------------------------------------------------------------
/** @param {string} uid */
const report = (uid) => ({
  userId: uid,
  description: "My bicycle was stolen outside the library",
  timestamp: SERVER_TIME,
  verification_status: "pending",
});
const R = "reports";
row(R, "alice", "create", "reports/{fresh}", "file a pending report as herself", "allow", { data: report("alice") });
row(R, "alice", "create", "reports/{fresh}", "report with map location and city", "allow", {
  data: { ...report("alice"), location: { latitude: 12.97, longitude: 77.59, city: "Bengaluru" } },
});
row(R, "alice", "create", "reports/{fresh}", "description of exactly 5000 chars", "allow", {
  data: { ...report("alice"), description: BIG(5000) },
});
row(R, "anon", "create", "reports/{fresh}", "file a report signed out", "deny", { data: report("alice") });
row(R, "alice", "create", "reports/{fresh}", "file a report as bob", "deny", { data: report("bob") });
row(R, "blocky", "create", "reports/{fresh}", "blocked citizen files a report (blocking is for chat only)", "allow", {
  data: report("blocky"),
});
for (const [field, value] of /** @type {Array<[string, unknown]>} */ ([
  ["verification_status", "verified"],
  ["verification_status", "fake"],
  ["verification_status", "needs_review"],
  ["is_fake", false],
  ["verification_confidence", 1],
  ["verification_reasoning", "looks genuine"],
  ["red_flags", []],
  ["verified_by", "gemini-api/x"],
  ["verified_at", SERVER_TIME],
  ["credibility_effect", 0],
  ["admission", "admitted"],
  ["appeal", { status: "overturned" }],
  ["officer_review", { decision: "genuine" }],
  ["crimeType", "theft"],
  ["escalationRiskScore", 0],
  ["riskLevelText", "LOW"],
  ["language", "en"],
  ["locationKey", "x"],
  ["mlUpdatedAt", SERVER_TIME],
])) {
  const shown = typeof value === "string" && !value.startsWith("<") ? ` = '${value}'` : "";
  row(R, "alice", "create", "reports/{fresh}", `forge function-owned \`${field}\`${shown} on create`, "deny", {
    data: { ...report("alice"), [field]: value },
  });
  row(R, "alice", "update", "reports/r_alice", `forge function-owned \`${field}\`${shown} on update`, "deny", {
    data: { [field]: value },
  });
}
row(R, "alice", "create", "reports/{fresh}", "timestamp chosen by the phone", "deny", {
  data: { ...report("alice"), timestamp: CLIENT_TIME },
});
row(R, "alice", "create", "reports/{fresh}", "no verification_status", "deny", {
  data: { userId: "alice", description: "x", timestamp: SERVER_TIME },
});
row(R, "alice", "create", "reports/{fresh}", "description is a number (type confusion)", "deny", {
  data: { ...report("alice"), description: 5 },
});
row(R, "alice", "create", "reports/{fresh}", "description is a list (type confusion)", "deny", {
  data: { ...report("alice"), description: ["a"] },
});
row(R, "alice", "create", "reports/{fresh}", "empty description", "deny", { data: { ...report("alice"), description: "" } });
row(R, "alice", "create", "reports/{fresh}", "description of 5001 chars", "deny", {
  data: { ...report("alice"), description: BIG(5001) },
});
row(R, "alice", "create", "reports/{fresh}", "submitterName of 201 chars", "deny", {
  data: { ...report("alice"), submitterName: BIG(201) },
});
row(R, "alice", "create", "reports/{fresh}", "location text of 501 chars", "deny", {
  data: { ...report("alice"), location: BIG(501) },
});
row(R, "alice", "create", "reports/{fresh}", "latitude 91", "deny", {
  data: { ...report("alice"), location: { latitude: 91, longitude: 0 } },
});
row(R, "alice", "create", "reports/{fresh}", "latitude is a string (type confusion)", "deny", {
  data: { ...report("alice"), location: { latitude: "north", longitude: 0 } },
});
row(R, "alice", "create", "reports/{fresh}", "location map with an extra key", "deny", {
  data: { ...report("alice"), location: { latitude: 1, longitude: 1, verified: true } },
});
row(R, "alice", "create", "reports/{fresh}", "time_of_occurrence is a number", "deny", {
  data: { ...report("alice"), time_of_occurrence: 1700000000 },
});
row(R, "alice", "create", "reports/{fresh}", "userId is a number (type confusion)", "deny", {
  data: { ...report("alice"), userId: 1 },
});
for (const id of ["café", "😀", "a.b", "..x", "with space", "a%2Fb", BIG(129)]) {
  row(R, "alice", "create", `reports/${id}`, `client-chosen id '${id}'`, "deny", { data: report("alice") });
}
row(R, "alice", "create", "reports/__x__", "reserved id `__x__`", "deny", { data: report("alice"), reservedId: true });
row(R, "alice", "get", "reports/r_alice", "read her own report", "allow");
row(R, "bob", "get", "reports/r_alice", "read another citizen's report", "deny");
row(R, "anon", "get", "reports/r_alice", "read a report signed out", "deny");
row(R, "officer", "get", "reports/r_alice", "read any report", "allow");
row(R, "roleAdmin", "get", "reports/r_alice", "claim role 'admin' is not an officer", "deny");
row(R, "roleOfficerCaps", "get", "reports/r_alice", "claim role 'Officer' (case) is not an officer", "deny");
row(R, "officerFlag", "get", "reports/r_alice", "claim officer: true (wrong claim) is not an officer", "deny");
row(R, "alice", "list", "reports", "list her reports (userId == me, newest first)", "allow", {
  where: [["userId", "==", "alice"]],
  orderBy: ["timestamp", "desc"],
});
row(R, "alice", "list", "reports", "list reports without the userId filter", "deny");
row(R, "alice", "list", "reports", "list by status only", "deny", { where: [["verification_status", "==", "fake"]] });
row(R, "bob", "list", "reports", "list alice's reports (userId == alice)", "deny", { where: [["userId", "==", "alice"]] });
row(R, "officer", "list", "reports", "list every report", "allow");
row(R, "officer", "list", "reports", "dashboard: by status, newest first", "allow", {
  where: [["verification_status", "==", "verified"]],
  orderBy: ["timestamp", "desc"],
});
row(R, "alice", "update", "reports/r_alice", "edit her report's description", "deny", { data: { description: "changed" } });
row(R, "alice", "update", "reports/r_alice", "set her report verified", "deny", { data: { verification_status: "verified" } });
row(R, "alice", "update", "reports/r_alice", "appeal by writing `appeal` (callable only)", "deny", {
  data: { appeal: { status: "pending", reason: "x" } },
});
row(R, "officer", "update", "reports/r_alice", "officer edits a verdict directly (reviewReport only)", "deny", {
  data: { verification_status: "fake", is_fake: true },
});
row(R, "alice", "delete", "reports/r_alice", "delete her report (evidence)", "deny");
row(R, "officer", "delete", "reports/r_alice", "officer deletes a report", "deny");

const V = "reports/{id}/verification, reviews";
row(V, "alice", "get", "reports/r_alice/verification/latest", "author reads the verdict", "allow");
row(V, "bob", "get", "reports/r_alice/verification/latest", "another citizen reads the verdict", "deny");
row(V, "anon", "get", "reports/r_alice/verification/latest", "signed out reads the verdict", "deny");
row(V, "officer", "get", "reports/r_alice/verification/latest", "officer reads the verdict", "allow");
row(V, "alice", "create", "reports/r_alice/verification/mine", "author writes her own verdict", "deny", {
  data: { is_fake: false, confidence: 1 },
});
row(V, "alice", "update", "reports/r_alice/verification/latest", "author edits the verdict", "deny", {
  data: { is_fake: false, credibility_penalty: 0 },
});
row(V, "officer", "update", "reports/r_alice/verification/latest", "officer edits the verdict", "deny", {
  data: { is_fake: true },
});
row(V, "alice", "list", "reports/r_alice/reviews", "author lists her report's review history", "allow", {
  orderBy: ["reviewed_at", "asc"],
});
row(V, "bob", "list", "reports/r_alice/reviews", "another citizen lists the review history", "deny");
row(V, "officer", "list", "reports/r_alice/reviews", "officer lists the review history", "allow");
row(V, "officer", "create", "reports/r_alice/reviews/{fresh}", "officer appends a review directly", "deny", {
  data: { decision: "genuine" },
});
row(V, "alice", "get", "reports/r_alice/notes/n1", "a subcollection the rules do not name", "deny");
row(V, "alice", "group", "verification", "collection group `verification` (citizen)", "deny");
row(V, "officer", "group", "verification", "collection group `verification` (officer)", "deny");
row(V, "alice", "group", "reviews", "collection group `reviews`, filtered to her uid", "deny", {
  where: [["officer", "==", "alice"]],
});

// ---- users ----------------------------------------------------------------------------
const U = "users";
row(U, "alice", "get", "users/alice", "read her own profile", "allow");
row(U, "bob", "get", "users/alice", "read another citizen's profile", "deny");
row(U, "anon", "get", "users/alice", "read a profile signed out", "deny");
row(U, "officer", "get", "users/alice", "officer reads a profile", "allow");
row(U, "blocky", "get", "users/blocky", "blocked citizen reads his own profile (and why)", "allow");
row(U, "alice", "list", "users", "list every profile", "deny");
row(U, "alice", "list", "users", "list profiles with a displayName filter", "deny", { where: [["displayName", "==", "Bob"]] });
row(U, "officer", "list", "users", "officer: repeat offenders (fakeReportCount > 0)", "allow", {
  where: [["fakeReportCount", ">", 0]],
  orderBy: ["fakeReportCount", "desc"],
});
row(U, "fresh", "create", "users/{me}", "create her profile at sign-up", "allow", {
  data: { displayName: "New", photoURL: "https://example.com/a.png", bio: "hi", fcmTokens: ["t1"] },
});
row(U, "fresh", "create", "users/{me}", "create an empty profile", "allow", { data: {} });
row(U, "fresh", "create", "users/{fresh}", "create someone else's profile", "deny", { data: { displayName: "x" } });
row(U, "anon", "create", "users/{fresh}", "create a profile signed out", "deny", { data: { displayName: "x" } });
for (const [field, value] of /** @type {Array<[string, unknown]>} */ ([
  ["credibilityScore", 100],
  ["credibilityUpdatedAt", SERVER_TIME],
  ["bullyingCount", 0],
  ["blocked", false],
  ["blockedAt", null],
  ["fakeReportCount", 0],
  ["username", "police"],
  ["role", "officer"],
])) {
  row(U, "fresh", "create", "users/{me}", `forge \`${field}\` on create`, "deny", { data: { displayName: "x", [field]: value } });
  row(U, "alice", "update", "users/alice", `forge \`${field}\` on update`, "deny", { data: { [field]: value } });
}
row(U, "blocky", "update", "users/blocky", "blocked citizen unblocks himself", "deny", { data: { blocked: false } });
row(U, "blocky", "update", "users/blocky", "blocked citizen resets his count", "deny", { data: { bullyingCount: 0 } });
row(U, "alice", "update", "users/alice", "edit displayName", "allow", { data: { displayName: "Alice R" } });
row(U, "alice", "update", "users/alice", "edit bio", "allow", { data: { bio: "Neighbourhood watch" } });
row(U, "alice", "update", "users/alice", "https photoURL", "allow", { data: { photoURL: "https://cdn.example.com/a.png" } });
row(U, "alice", "update", "users/alice", "http photoURL", "deny", { data: { photoURL: "http://example.com/a.png" } });
row(U, "alice", "update", "users/alice", "javascript: photoURL", "deny", { data: { photoURL: "javascript:alert(1)" } });
row(U, "alice", "update", "users/alice", "data: photoURL", "deny", { data: { photoURL: "data:image/png;base64,AAAA" } });
row(U, "alice", "update", "users/alice", "photoURL 'https://' with nothing after", "deny", { data: { photoURL: "https://" } });
row(U, "alice", "update", "users/alice", "photoURL with a space", "deny", { data: { photoURL: "https://a.com/x y" } });
row(U, "alice", "update", "users/alice", "photoURL of 2001 chars", "deny", { data: { photoURL: "https://" + BIG(1993) } });
row(U, "alice", "update", "users/alice", "photoURL is a number", "deny", { data: { photoURL: 42 } });
row(U, "alice", "update", "users/alice", "displayName of 101 chars", "deny", { data: { displayName: BIG(101) } });
row(U, "alice", "update", "users/alice", "displayName is a map (type confusion)", "deny", { data: { displayName: { a: 1 } } });
row(U, "alice", "update", "users/alice", "bio of 1001 chars", "deny", { data: { bio: BIG(1001) } });
row(U, "alice", "update", "users/alice", "two push tokens", "allow", { data: { fcmTokens: ["t1", "t2"] } });
row(U, "alice", "update", "users/alice", "eleven push tokens", "deny", {
  data: { fcmTokens: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"] },
});
row(U, "alice", "update", "users/alice", "duplicate push tokens", "deny", { data: { fcmTokens: ["t1", "t1"] } });
row(U, "alice", "update", "users/alice", "a push token that is a number", "deny", { data: { fcmTokens: ["t1", 2] } });
row(U, "alice", "update", "users/alice", "a push token of 4097 chars", "deny", { data: { fcmTokens: [BIG(4097)] } });
row(U, "alice", "update", "users/alice", "fcmTokens is a string", "deny", { data: { fcmTokens: "t1" } });
row(U, "alice", "update", "users/alice", "an unknown profile field", "deny", { data: { isVerified: true } });
row(U, "bob", "update", "users/alice", "edit another citizen's profile", "deny", { data: { displayName: "hacked" } });
row(U, "officer", "update", "users/alice", "officer edits a score directly", "deny", { data: { credibilityScore: 50 } });
row(U, "alice", "delete", "users/alice", "delete her profile", "deny");

const N = "users/{uid}/notifications";
row(N, "alice", "get", "users/alice/notifications/n1", "read her notification", "allow");
row(N, "bob", "get", "users/alice/notifications/n1", "read another citizen's notification", "deny");
row(N, "officer", "get", "users/alice/notifications/n1", "officer reads a citizen's notification", "deny");
row(N, "alice", "list", "users/alice/notifications", "list her unread, newest first", "allow", {
  where: [["read", "==", false]],
  orderBy: ["createdAt", "desc"],
});
row(N, "bob", "list", "users/alice/notifications", "list another citizen's notifications", "deny");
row(N, "alice", "update", "users/alice/notifications/n1", "mark read", "allow", { data: { read: true } });
row(N, "alice", "update", "users/alice/notifications/n1", "`read` = 'yes' (type confusion)", "deny", { data: { read: "yes" } });
row(N, "alice", "update", "users/alice/notifications/n1", "rewrite the body", "deny", { data: { body: "x" } });
row(N, "alice", "update", "users/alice/notifications/n1", "mark read and change type", "deny", {
  data: { read: true, type: "appeal_resolved" },
});
row(N, "bob", "update", "users/alice/notifications/n1", "mark another citizen's as read", "deny", { data: { read: true } });
row(N, "alice", "create", "users/alice/notifications/{fresh}", "create a notification", "deny", {
  data: { type: "blocked", read: false },
});
row(N, "alice", "delete", "users/alice/notifications/n1", "delete a notification", "deny");
row(N, "alice", "group", "notifications", "collection group `notifications`", "deny");
row(N, "officer", "group", "notifications", "collection group `notifications` (officer)", "deny");

// ---- audit ----------------------------------------------------------------------------
const A = "audit";
row(A, "officer", "get", "audit/a1", "officer reads an entry", "allow");
row(A, "officer", "list", "audit", "officer: a target's trail (getAuditTrail's query)", "allow", {
  where: [["target", "==", "users/alice"]],
  orderBy: ["at", "asc"],
});
row(A, "alice", "get", "audit/a1", "citizen reads an entry about her", "deny");
row(A, "alice", "list", "audit", "citizen lists her trail", "deny", { where: [["target", "==", "users/alice"]] });
row(A, "officer", "create", "audit/{fresh}", "officer appends an entry", "deny", { data: { action: "review" } });
row(A, "officer", "update", "audit/a1", "officer rewrites history", "deny", { data: { reason: "x" } });
row(A, "officer", "delete", "audit/a1", "officer deletes an entry", "deny");

// ---- usernames --------------------------------------------------------------------------
const UN = "usernames";
row(UN, "alice", "get", "usernames/alice", "look up her own name", "allow");
row(UN, "bob", "get", "usernames/alice", "look up one name (availability, find a partner)", "allow");
row(UN, "bob", "get", "usernames/nobody_here", "look up a free name", "allow");
row(UN, "anon", "get", "usernames/alice", "look up a name signed out", "deny");
row(UN, "bob", "list", "usernames", "list the whole directory", "deny");
row(UN, "bob", "list", "usernames", "find a uid's name by query (uid == alice)", "deny", { where: [["uid", "==", "alice"]] });
row(UN, "officer", "list", "usernames", "officer lists the directory", "deny");
row(UN, "alice", "create", "usernames/sneaky", "claim a name by writing it", "deny", { data: { uid: "alice" } });
row(UN, "bob", "update", "usernames/alice", "take over a held name", "deny", { data: { uid: "bob" } });
row(UN, "alice", "delete", "usernames/alice", "release a name by deleting it", "deny");

// ---- messages -----------------------------------------------------------------------------
/**
 * @param {string} from
 * @param {string} to
 */
const message = (from, to) => ({
  sender: from,
  receiver: to,
  content: "Are we still meeting at five?",
  timestamp: SERVER_TIME,
  is_read: false,
  participants: [from, to],
  conversationId: from < to ? `${from}_${to}` : `${to}_${from}`,
  status: "pending",
});
const M = "messages";
row(M, "alice", "create", "messages/{fresh}", "send a pending message to bob", "allow", { data: message("alice", "bob") });
row(M, "alice", "create", "messages/{fresh}", "content of exactly 2000 chars", "allow", {
  data: { ...message("alice", "bob"), content: BIG(2000) },
});
row(M, "anon", "create", "messages/{fresh}", "send signed out", "deny", { data: message("alice", "bob") });
row(M, "blocky", "create", "messages/{fresh}", "blocked citizen sends", "deny", { data: message("blocky", "bob") });
row(M, "carol", "create", "messages/{fresh}", "send as alice (spoofed sender)", "deny", { data: message("alice", "bob") });
row(M, "alice", "create", "messages/{fresh}", "send to herself", "deny", { data: message("alice", "alice") });
row(M, "alice", "create", "messages/{fresh}", "send to a uid with no account", "deny", { data: message("alice", "ghost") });
row(M, "alice", "create", "messages/{fresh}", "receiver is a path (bob/notifications/n1)", "deny", {
  data: { ...message("alice", "bob"), receiver: "bob/notifications/n1", participants: ["alice", "bob/notifications/n1"] },
});
row(M, "alice", "create", "messages/{fresh}", "receiver is a number (type confusion)", "deny", {
  data: { ...message("alice", "bob"), receiver: 7 },
});
row(M, "alice", "create", "messages/{fresh}", "empty receiver", "deny", { data: message("alice", "") });
for (const [field, value] of /** @type {Array<[string, unknown]>} */ ([
  ["status", "delivered"],
  ["status", "blocked"],
  ["is_read", true],
  ["is_bullying", false],
  ["bullying_probability", 0],
  ["found_lexical", []],
  ["blocked_reason", "bullying"],
  ["moderation", "unsupported_language"],
  ["moderation_error", "x"],
  ["moderated_at", SERVER_TIME],
  ["language", "en"],
])) {
  const shown = typeof value === "string" && !value.startsWith("<") ? ` = '${value}'` : "";
  row(M, "alice", "create", "messages/{fresh}", `forge \`${field}\`${shown} on create`, "deny", {
    data: { ...message("alice", "bob"), [field]: value },
  });
  row(M, "alice", "update", "messages/m_withheld", `forge \`${field}\`${shown} on update`, "deny", { data: { [field]: value } });
}
row(M, "alice", "create", "messages/{fresh}", "participants without the receiver", "deny", {
  data: { ...message("alice", "bob"), participants: ["alice"] },
});
row(M, "alice", "create", "messages/{fresh}", "conversationId of another pair", "deny", {
  data: { ...message("alice", "bob"), conversationId: "bob_carol" },
});
row(M, "alice", "create", "messages/{fresh}", "timestamp chosen by the phone", "deny", {
  data: { ...message("alice", "bob"), timestamp: CLIENT_TIME },
});
row(M, "alice", "create", "messages/{fresh}", "empty content", "deny", { data: { ...message("alice", "bob"), content: "" } });
row(M, "alice", "create", "messages/{fresh}", "content of 2001 chars", "deny", {
  data: { ...message("alice", "bob"), content: BIG(2001) },
});
row(M, "alice", "create", "messages/{fresh}", "content is a map (type confusion)", "deny", {
  data: { ...message("alice", "bob"), content: { text: "hi" } },
});
for (const id of ["café", "😀", "a.b", "__x__"]) {
  row(M, "alice", "create", `messages/${id}`, `client-chosen id '${id}'`, "deny", {
    data: message("alice", "bob"),
    reservedId: id === "__x__",
  });
}
row(M, "alice", "get", "messages/m_pending", "sender reads her pending message", "allow");
row(M, "alice", "get", "messages/m_withheld", "sender reads her withheld message (and why)", "allow");
row(M, "bob", "get", "messages/m_delivered", "receiver reads a delivered message", "allow");
row(M, "bob", "get", "messages/m_pending", "receiver reads a pending message", "deny");
row(M, "bob", "get", "messages/m_withheld", "receiver reads a withheld message", "deny");
row(M, "carol", "get", "messages/m_delivered", "a third citizen reads a message", "deny");
row(M, "officer", "get", "messages/m_delivered", "officer reads a private message", "deny");
row(M, "anon", "get", "messages/m_delivered", "signed out reads a message", "deny");
row(M, "alice", "list", "messages", "sender lists what she sent", "allow", {
  where: [["sender", "==", "alice"]],
  orderBy: ["timestamp", "desc"],
});
row(M, "bob", "list", "messages", "receiver lists delivered messages to him", "allow", {
  where: [
    ["receiver", "==", "bob"],
    ["status", "==", "delivered"],
  ],
  orderBy: ["timestamp", "desc"],
});
row(M, "bob", "list", "messages", "receiver lists without the status filter", "deny", { where: [["receiver", "==", "bob"]] });
row(M, "bob", "list", "messages", "lists by conversationId only", "deny", { where: [["conversationId", "==", "alice_bob"]] });
row(M, "bob", "list", "messages", "lists by participants array-contains", "deny", {
  where: [["participants", "array-contains", "bob"]],
});
row(M, "carol", "list", "messages", "lists bob's delivered messages", "deny", {
  where: [
    ["receiver", "==", "bob"],
    ["status", "==", "delivered"],
  ],
});
row(M, "officer", "list", "messages", "officer lists all messages", "deny");
row(M, "alice", "update", "messages/m_delivered", "sender edits content", "deny", { data: { content: "edited" } });
row(M, "bob", "update", "messages/m_delivered", "receiver flips is_read (markAsRead only)", "deny", { data: { is_read: true } });
row(M, "bob", "update", "messages/m_withheld", "receiver un-withholds", "deny", { data: { status: "delivered" } });
row(M, "alice", "delete", "messages/m_withheld", "sender deletes the evidence", "deny");

const C = "conversations";
row(C, "alice", "get", "conversations/alice_bob", "participant reads the summary", "allow");
row(C, "bob", "get", "conversations/alice_bob", "other participant reads it", "allow");
row(C, "carol", "get", "conversations/alice_bob", "a third citizen reads it", "deny");
row(C, "officer", "get", "conversations/alice_bob", "officer reads it", "deny");
row(C, "anon", "get", "conversations/alice_bob", "signed out reads it", "deny");
row(C, "alice", "list", "conversations", "her inbox (participants array-contains me)", "allow", {
  where: [["participants", "array-contains", "alice"]],
  orderBy: ["lastMessageAt", "desc"],
});
row(C, "alice", "list", "conversations", "every conversation", "deny");
row(C, "alice", "update", "conversations/alice_bob", "reset her unread count", "deny", { data: { unread: { alice: 0 } } });
row(C, "alice", "create", "conversations/alice_carol", "create a summary", "deny", { data: { participants: ["alice", "carol"] } });

// ---- posts ----------------------------------------------------------------------------
/** @param {string} uid */
const post = (uid) => ({ author: uid, content: "Street lights out on 5th", timestamp: SERVER_TIME, status: "pending" });
const P = "posts";
row(P, "alice", "create", "posts/{fresh}", "create a pending post", "allow", { data: post("alice") });
row(P, "alice", "create", "posts/{fresh}", "content of exactly 5000 chars", "allow", { data: { ...post("alice"), content: BIG(5000) } });
row(P, "anon", "create", "posts/{fresh}", "post signed out", "deny", { data: post("alice") });
row(P, "blocky", "create", "posts/{fresh}", "blocked citizen posts", "deny", { data: post("blocky") });
row(P, "alice", "create", "posts/{fresh}", "post as bob", "deny", { data: post("bob") });
row(P, "alice", "create", "posts/{fresh}", "post without status (skip moderation)", "deny", {
  data: { author: "alice", content: "x", timestamp: SERVER_TIME },
});
for (const [field, value] of /** @type {Array<[string, unknown]>} */ ([
  ["status", "delivered"],
  ["status", "blocked"],
  ["is_bullying", false],
  ["bullying_probability", 0],
  ["found_lexical", []],
  ["blocked_reason", "bullying"],
  ["moderation", "unsupported_language"],
  ["moderation_error", "x"],
  ["moderated_at", SERVER_TIME],
  ["language", "en"],
])) {
  const shown = typeof value === "string" && !value.startsWith("<") ? ` = '${value}'` : "";
  row(P, "alice", "create", "posts/{fresh}", `forge \`${field}\`${shown} on create`, "deny", {
    data: { ...post("alice"), [field]: value },
  });
  row(P, "alice", "update", "posts/p_withheld", `forge \`${field}\`${shown} on update`, "deny", { data: { [field]: value } });
}
row(P, "alice", "create", "posts/{fresh}", "status is a bool (type confusion)", "deny", { data: { ...post("alice"), status: true } });
row(P, "alice", "create", "posts/{fresh}", "timestamp chosen by the phone", "deny", { data: { ...post("alice"), timestamp: CLIENT_TIME } });
row(P, "alice", "create", "posts/{fresh}", "empty content", "deny", { data: { ...post("alice"), content: "" } });
row(P, "alice", "create", "posts/{fresh}", "content of 5001 chars", "deny", { data: { ...post("alice"), content: BIG(5001) } });
row(P, "alice", "create", "posts/{fresh}", "content is a number", "deny", { data: { ...post("alice"), content: 1 } });
for (const id of ["café", "😀", "__x__"]) {
  row(P, "alice", "create", `posts/${id}`, `client-chosen id '${id}'`, "deny", { data: post("alice"), reservedId: id === "__x__" });
}
row(P, "bob", "get", "posts/p_delivered", "read a delivered post", "allow");
row(P, "bob", "get", "posts/p_pending", "read someone's pending post", "deny");
row(P, "bob", "get", "posts/p_withheld", "read someone's withheld post", "deny");
row(P, "alice", "get", "posts/p_pending", "author reads her pending post", "allow");
row(P, "alice", "get", "posts/p_withheld", "author reads her withheld post (and why)", "allow");
row(P, "officer", "get", "posts/p_withheld", "officer reads a withheld post", "allow");
row(P, "anon", "get", "posts/p_delivered", "signed out reads a post", "deny");
row(P, "bob", "list", "posts", "the feed (status == delivered, newest first)", "allow", {
  where: [["status", "==", "delivered"]],
  orderBy: ["timestamp", "desc"],
});
row(P, "bob", "list", "posts", "the feed without the status filter", "deny", { orderBy: ["timestamp", "desc"] });
row(P, "bob", "list", "posts", "withheld posts (status == blocked)", "deny", { where: [["status", "==", "blocked"]] });
row(P, "alice", "list", "posts", "her own posts (author == me), any status", "allow", { where: [["author", "==", "alice"]] });
row(P, "bob", "list", "posts", "alice's posts, any status", "deny", { where: [["author", "==", "alice"]] });
row(P, "officer", "list", "posts", "officer lists every post", "allow");
row(P, "alice", "update", "posts/p_delivered", "author edits content after moderation", "deny", { data: { content: "edited" } });
row(P, "alice", "update", "posts/p_withheld", "author un-withholds her post", "deny", { data: { status: "delivered" } });
row(P, "officer", "update", "posts/p_withheld", "officer changes a post's status directly", "deny", { data: { status: "delivered" } });
row(P, "alice", "delete", "posts/p_delivered", "author deletes a post", "deny");

/** @param {string} uid */
const comment = (uid) => ({ author: uid, content: "Reported it to the council", timestamp: SERVER_TIME, status: "pending" });
const PC = "posts/{id}/comments";
row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", "comment pending on a delivered post", "allow", { data: comment("bob") });
row(PC, "bob", "create", "posts/p_pending/comments/{fresh}", "comment on a post still pending", "deny", { data: comment("bob") });
row(PC, "bob", "create", "posts/p_withheld/comments/{fresh}", "comment on a withheld post", "deny", { data: comment("bob") });
row(PC, "alice", "create", "posts/p_pending/comments/{fresh}", "author comments on her own pending post", "deny", {
  data: comment("alice"),
});
row(PC, "bob", "create", "posts/no_such_post/comments/{fresh}", "comment under a post that does not exist", "deny", {
  data: comment("bob"),
});
row(PC, "anon", "create", "posts/p_delivered/comments/{fresh}", "comment signed out", "deny", { data: comment("bob") });
row(PC, "blocky", "create", "posts/p_delivered/comments/{fresh}", "blocked citizen comments", "deny", { data: comment("blocky") });
row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", "comment as alice", "deny", { data: comment("alice") });
for (const [field, value] of /** @type {Array<[string, unknown]>} */ ([
  ["status", "delivered"],
  ["is_bullying", false],
  ["bullying_probability", 0],
  ["blocked_reason", "bullying"],
  ["moderation", "unsupported_language"],
  ["moderated_at", SERVER_TIME],
  ["language", "en"],
])) {
  const shown = typeof value === "string" && !value.startsWith("<") ? ` = '${value}'` : "";
  row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", `forge \`${field}\`${shown} on create`, "deny", {
    data: { ...comment("bob"), [field]: value },
  });
  row(PC, "bob", "update", "posts/p_delivered/comments/c_withheld", `forge \`${field}\`${shown} on update`, "deny", {
    data: { [field]: value },
  });
}
row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", "content of 2001 chars", "deny", {
  data: { ...comment("bob"), content: BIG(2001) },
});
row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", "content is a list", "deny", { data: { ...comment("bob"), content: ["x"] } });
row(PC, "bob", "create", "posts/p_delivered/comments/{fresh}", "timestamp chosen by the phone", "deny", {
  data: { ...comment("bob"), timestamp: CLIENT_TIME },
});
for (const id of ["café", "__x__"]) {
  row(PC, "bob", "create", `posts/p_delivered/comments/${id}`, `client-chosen id '${id}'`, "deny", {
    data: comment("bob"),
    reservedId: id === "__x__",
  });
}
row(PC, "alice", "get", "posts/p_delivered/comments/c_delivered", "read a delivered comment", "allow");
row(PC, "alice", "get", "posts/p_delivered/comments/c_pending", "read someone's pending comment", "deny");
row(PC, "alice", "get", "posts/p_delivered/comments/c_withheld", "read someone's withheld comment", "deny");
row(PC, "bob", "get", "posts/p_delivered/comments/c_withheld", "author reads his withheld comment", "allow");
row(PC, "officer", "get", "posts/p_delivered/comments/c_withheld", "officer reads a withheld comment", "allow");
row(PC, "anon", "get", "posts/p_delivered/comments/c_delivered", "signed out reads a comment", "deny");
row(PC, "alice", "list", "posts/p_delivered/comments", "a post's delivered comments, newest first", "allow", {
  where: [["status", "==", "delivered"]],
  orderBy: ["timestamp", "desc"],
});
row(PC, "alice", "list", "posts/p_delivered/comments", "a post's comments without the status filter", "deny");
row(PC, "bob", "list", "posts/p_delivered/comments", "his own comments on a post, any status", "allow", {
  where: [["author", "==", "bob"]],
});
row(PC, "officer", "list", "posts/p_delivered/comments", "officer lists every comment on a post", "allow");
row(PC, "alice", "group", "comments", "collection group `comments`, delivered only", "deny", {
  where: [["status", "==", "delivered"]],
});
row(PC, "bob", "group", "comments", "collection group `comments`, his own", "deny", { where: [["author", "==", "bob"]] });
row(PC, "officer", "group", "comments", "collection group `comments` (officer)", "deny");
row(PC, "bob", "update", "posts/p_delivered/comments/c_withheld", "author un-withholds his comment", "deny", {
  data: { status: "delivered" },
});
row(PC, "bob", "update", "posts/p_delivered/comments/c_delivered", "author edits after moderation", "deny", {
  data: { content: "edited" },
});
row(PC, "bob", "delete", "posts/p_delivered/comments/c_withheld", "author deletes a withheld comment", "deny");

// ---- presence and typing ----------------------------------------------------------------
const S = "status (presence)";
row(S, "alice", "create", "status/alice", "her heartbeat", "allow", { data: { online: true, lastSeen: SERVER_TIME } });
row(S, "alice", "create", "status/bob", "a heartbeat for bob", "deny", { data: { online: true, lastSeen: SERVER_TIME } });
row(S, "alice", "create", "status/alice", "online is a string", "deny", { data: { online: "yes", lastSeen: SERVER_TIME } });
row(S, "alice", "create", "status/alice", "lastSeen chosen by the phone", "deny", { data: { online: true, lastSeen: CLIENT_TIME } });
row(S, "alice", "create", "status/alice", "an extra field", "deny", {
  data: { online: true, lastSeen: SERVER_TIME, location: "home" },
});
row(S, "anon", "create", "status/{fresh}", "heartbeat signed out", "deny", { data: { online: true, lastSeen: SERVER_TIME } });
row(S, "alice", "get", "status/bob", "one user's presence", "allow");
row(S, "anon", "get", "status/bob", "presence signed out", "deny");
row(S, "bob", "list", "status", "everyone's presence", "deny");
row(S, "bob", "list", "status", "who is online (online == true)", "deny", { where: [["online", "==", true]] });
row(S, "officer", "list", "status", "officer lists presence", "deny");
row(S, "alice", "delete", "status/alice", "delete her presence", "deny");

const T = "typing";
row(T, "alice", "create", "typing/alice_carol", "her own typing field", "allow", { data: { alice: SERVER_TIME } });
row(T, "bob", "update", "typing/alice_bob", "other participant's own field", "allow", { data: { bob: SERVER_TIME } });
row(T, "bob", "update", "typing/alice_bob", "write the other participant's field", "deny", { data: { alice: SERVER_TIME } });
row(T, "alice", "create", "typing/alice_dave", "create with the other's field too", "deny", {
  data: { alice: SERVER_TIME, dave: SERVER_TIME },
});
row(T, "alice", "create", "typing/carol_alice", "unsorted conversation id", "deny", { data: { alice: SERVER_TIME } });
row(T, "alice", "create", "typing/alice_bob_x", "three-part conversation id", "deny", { data: { alice: SERVER_TIME } });
row(T, "alice", "create", "typing/alice", "one-part conversation id", "deny", { data: { alice: SERVER_TIME } });
row(T, "alice", "create", "typing/alice_erin", "time chosen by the phone", "deny", { data: { alice: CLIENT_TIME } });
row(T, "alice", "get", "typing/alice_bob", "participant reads", "allow");
row(T, "carol", "get", "typing/alice_bob", "a third citizen reads", "deny");
row(T, "carol", "update", "typing/alice_bob", "a third citizen writes her own field", "deny", { data: { carol: SERVER_TIME } });
row(T, "alice", "list", "typing", "list every typing document", "deny");
row(T, "alice", "delete", "typing/alice_bob", "delete", "deny");

// ---- officers' dashboard ----------------------------------------------------------------
const D = "dashboard, flagged_reports, duty";
row(D, "officer", "get", "dashboard/summary", "officer reads the KPIs", "allow");
row(D, "alice", "get", "dashboard/summary", "citizen reads the KPIs", "deny");
row(D, "roleAdmin", "get", "dashboard/summary", "role 'admin' reads the KPIs", "deny");
row(D, "officer", "update", "dashboard/summary", "officer edits a count", "deny", { data: { flaggedReports: 0 } });
row(D, "officer", "list", "flagged_reports", "officer lists flagged reports, newest first", "allow", {
  orderBy: ["flaggedAt", "desc"],
});
row(D, "alice", "get", "flagged_reports/r_bob", "citizen reads another's flag", "deny");
row(D, "alice", "list", "flagged_reports", "citizen lists flags filtered to herself", "deny", { where: [["userId", "==", "alice"]] });
row(D, "officer", "create", "flagged_reports/{fresh}", "officer flags a report directly", "deny", { data: { reportId: "x" } });
row(D, "officer", "delete", "flagged_reports/r_bob", "officer clears a flag directly", "deny");
row(D, "officer", "create", "duty/officer", "officer's own duty heartbeat", "allow", { data: { lastSeen: SERVER_TIME } });
row(D, "officer", "create", "duty/alice", "officer writes another's heartbeat", "deny", { data: { lastSeen: SERVER_TIME } });
row(D, "officer", "create", "duty/officer", "duty time chosen by the browser", "deny", { data: { lastSeen: CLIENT_TIME } });
row(D, "officer", "create", "duty/officer", "duty with an extra field", "deny", { data: { lastSeen: SERVER_TIME, shift: "night" } });
row(D, "alice", "create", "duty/alice", "citizen goes on duty", "deny", { data: { lastSeen: SERVER_TIME } });
row(D, "roleOfficerCaps", "create", "duty/roleOfficerCaps", "role 'Officer' goes on duty", "deny", { data: { lastSeen: SERVER_TIME } });
row(D, "alice", "get", "duty/officer", "citizen reads who is on duty", "deny");
row(D, "officer", "list", "duty", "officer counts who is on duty", "allow");

// ---- everything else is closed ------------------------------------------------------------
const X = "unmatched (rate_limits, anything else)";
row(X, "alice", "get", "rate_limits/alice_message", "read her own flood-limit stamps", "deny");
row(X, "alice", "update", "rate_limits/alice_message", "clear her flood-limit stamps", "deny", { data: { stamps: [] } });
row(X, "officer", "get", "rate_limits/alice_message", "officer reads flood-limit stamps", "deny");
row(X, "alice", "create", "roles/alice", "a roles collection", "deny", { data: { role: "officer" } });
row(X, "officer", "create", "admins/officer", "an admins collection", "deny", { data: { admin: true } });
row(X, "alice", "list", "rate_limits", "list flood limits", "deny");
