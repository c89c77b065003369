// Pure formatting: what a field of the contract looks like on the page.

export interface Badge {
  label: string;
  className: string;
}

// Colours are the product's (VERIFIED #27AE60, FAKE #E74C3C, VERIFYING #95A5A6); the text on
// them is near-black, which keeps every badge above 4.5:1 contrast (white would not).
const STATUS_BADGES: Record<string, Badge> = {
  pending: { label: "VERIFYING", className: "badge-verifying" },
  verified: { label: "VERIFIED", className: "badge-verified" },
  fake: { label: "FAKE", className: "badge-fake" },
  needs_review: { label: "NEEDS REVIEW", className: "badge-review" },
  error: { label: "NOT JUDGED", className: "badge-neutral" },
  rate_limited: { label: "RATE LIMITED", className: "badge-neutral" },
};

export function statusBadge(status: unknown): Badge {
  if (typeof status === "string" && status in STATUS_BADGES) {
    return STATUS_BADGES[status] as Badge;
  }
  return { label: "UNKNOWN", className: "badge-neutral" };
}

export function riskBadge(level: unknown): Badge {
  switch (level) {
    case "HIGH":
      return { label: "HIGH", className: "badge-high" };
    case "MEDIUM":
      return { label: "MEDIUM", className: "badge-medium" };
    case "LOW":
      return { label: "LOW", className: "badge-low" };
    default:
      return { label: "NOT ASSESSED", className: "badge-neutral" };
  }
}

/** "domestic_violence" -> "Domestic violence"; "Citizen Post" stays as it is. */
export function humanize(code: unknown): string {
  if (typeof code !== "string" || code === "") return "";
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function percent(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value)
    ? `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%`
    : "";
}

export function crimeTypeText(crimeType: unknown, confidence: unknown): string {
  const label = humanize(crimeType);
  if (!label) return "";
  const pct = percent(confidence);
  return pct ? `${label} (${pct})` : label;
}

interface GeoLocation {
  latitude?: unknown;
  longitude?: unknown;
  city?: unknown;
}

/** A location is free text or `{latitude, longitude, city?}`. */
export function locationText(location: unknown): string {
  if (typeof location === "string") return location;
  if (location && typeof location === "object") {
    const geo = location as GeoLocation;
    if (typeof geo.city === "string" && geo.city) return geo.city;
    if (typeof geo.latitude === "number" && typeof geo.longitude === "number") {
      return `${geo.latitude.toFixed(4)}, ${geo.longitude.toFixed(4)}`;
    }
  }
  return "";
}

/** Firestore Timestamps, Dates and ISO strings to a Date. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (value && typeof value === "object" && "toDate" in value) {
    const fn = (value as { toDate: unknown }).toDate;
    if (typeof fn === "function") return fn.call(value) as Date;
  }
  if (typeof value === "string") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

const TIME_FORMAT = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

export function timeText(date: Date | null): string {
  return date ? TIME_FORMAT.format(date) : "";
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function asNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function asText(value: unknown): string {
  return typeof value === "string" ? value : "";
}
