// The pain log's entries: {time, score, when}, checked the same way whether they come from this
// browser's storage or from a loaded file, so a damaged entry never passes for a real one.
//
// A time is ISO 8601 with its offset: what this log writes ("2026-12-01T19:34:00+05:30") and what
// its first version wrote ("2026-12-01T19:34:00.742Z"). Nothing else: a browser's date parser
// guesses at "05/11/2026" or "2026-02-30" instead of refusing them.

export const KINDS = ["before", "after", "other"];
const HOUR = 3600000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

// The moment an ISO 8601 time names, in ms, or NaN when the text is not one or names no real moment.
export function instant(text) {
  const parts = typeof text === "string" && ISO.exec(text);
  if (!parts) return NaN;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = Number((parts[7] ?? "").padEnd(3, "0"));
  const [sign, offsetHours, offsetMinutes] = [parts[9], Number(parts[10] ?? 0), Number(parts[11] ?? 0)];
  const local = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
  const back = new Date(local);
  // Date.UTC rolls 30 February over into March; a real date comes back as it went in.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day
    || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return NaN;
  const offset = (offsetHours * 60 + offsetMinutes) * 60000 * (sign === "-" ? -1 : 1);
  return local - offset;
}

const two = (number) => String(number).padStart(2, "0");

// A moment as the reader's clock shows it, with its offset: "2026-12-01T19:34:00.742+05:30".
// `offsetMinutes` is Date's getTimezoneOffset() (minutes behind UTC).
export function localTime(moment, offsetMinutes = new Date(moment).getTimezoneOffset()) {
  const shifted = new Date(moment - offsetMinutes * 60000);
  const ahead = -offsetMinutes;
  const sign = ahead < 0 ? "-" : "+";
  return `${shifted.toISOString().slice(0, 23)}${sign}${two(Math.floor(Math.abs(ahead) / 60))}:${two(Math.abs(ahead) % 60)}`;
}

// The moments an entry may have: from the first day the guide was published (anywhere on Earth)
// to now, with an hour's grace for a clock that runs a little fast.
export function bounds(firstDay, now) {
  return { earliest: instant(`${firstDay}T00:00+14:00`), latest: now + HOUR };
}

// {entry} for a sound entry (a fresh object with only its three fields), or {problem} naming what
// is wrong: "shape", "time", "score", "when", "early" or "future".
export function checkEntry(value, { earliest, latest }) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { problem: "shape" };
  const moment = instant(value.time);
  if (Number.isNaN(moment)) return { problem: "time" };
  if (!Number.isInteger(value.score) || value.score < 0 || value.score > 10) return { problem: "score" };
  if (!KINDS.includes(value.when)) return { problem: "when" };
  if (moment < earliest) return { problem: "early" };
  if (moment > latest) return { problem: "future" };
  return { entry: { time: value.time, score: value.score, when: value.when } };
}

// Stored items sorted out: the sound entries, and the rest exactly as they were.
export function sortOut(items, limits) {
  const entries = [], damaged = [];
  for (const item of items) {
    const { entry } = checkEntry(item, limits);
    if (entry) entries.push(entry);
    else damaged.push(item);
  }
  return { entries, damaged };
}

// One entry per moment, score and kind: the same entry from two tabs, a file loaded twice, or the
// old store and the new one counts once. Oldest first.
export const sameness = (entry) => `${instant(entry.time)}|${entry.score}|${entry.when}`;

export function merged(...lists) {
  const seen = new Map();
  for (const entry of lists.flat()) if (!seen.has(sameness(entry))) seen.set(sameness(entry), entry);
  return [...seen.values()].sort((a, b) => instant(a.time) - instant(b.time));
}
