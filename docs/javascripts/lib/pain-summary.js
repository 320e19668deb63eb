// What the pain log shows, as numbers the page puts into its own words: each kind of entry as a
// series, the days of the doctor's sheet, and which entries the sheet holds.

import { instant, KINDS } from "./pain-entries.js";
import { DAY } from "./pain-readings.js";

// Each kind of entry with two or more entries: {when, count, first, last, days}. `days` counts the
// calendar days from the first entry to the last, both included, as `dayOf(moment)` names them
// ("2026-12-06", in the reader's time): entries on 6, 7 and 8 December are over 3 days, however
// few hours apart they are.
export function series(entries, dayOf) {
  return KINDS.map((when) => entries.filter((entry) => entry.when === when))
    .filter((list) => list.length >= 2)
    .map((list) => ({
      when: list[0].when,
      count: list.length,
      first: list[0].score,
      last: list[list.length - 1].score,
      days: calendarDays(dayOf(instant(list[0].time)), dayOf(instant(list[list.length - 1].time))),
    }));
}

// The days from one date ("2026-12-06") to another, both counted.
function calendarDays(first, last) {
  return Math.round((instant(`${last}T00:00Z`) - instant(`${first}T00:00Z`)) / DAY) + 1;
}

// The entries of the last `days` days of the log (all of them when it is shorter), and whether
// older ones were left out.
export function lastDays(entries, days) {
  if (!entries.length) return { entries, cut: false };
  const since = instant(entries[entries.length - 1].time) - days * DAY;
  const kept = entries.filter((entry) => instant(entry.time) > since);
  return { entries: kept, cut: kept.length < entries.length };
}

// One row per day, oldest first: {day, moment, scores: {before: [..], after: [..], other: [..]}}.
// `dayOf(moment)` names the day a moment falls on, in the reader's time.
export function byDay(entries, dayOf) {
  const rows = new Map();
  for (const entry of entries) {
    const moment = instant(entry.time), day = dayOf(moment);
    if (!rows.has(day)) rows.set(day, { day, moment, scores: Object.fromEntries(KINDS.map((kind) => [kind, []])) });
    rows.get(day).scores[entry.when].push(entry.score);
  }
  return [...rows.values()];
}

// Rows split into `parts` columns of near-equal length, so a long sheet prints side by side.
export function columns(rows, parts) {
  const size = Math.ceil(rows.length / parts) || 1;
  return Array.from({ length: parts }, (_, index) => rows.slice(index * size, (index + 1) * size)).filter((part) => part.length);
}
