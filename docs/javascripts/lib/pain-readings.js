// The pain log's readings: when a reader's own log should send them to a doctor. The same rules as
// acupoints/pain_readings.py (read that file's notes), applied here to the entries in this browser;
// both are tested against tests/cases/pain-readings.json. `painLog` is the data's pain_log object,
// which the page embeds.

export const DAY = 86400000;

const ms = (entry) => Date.parse(entry.time);
const mean = (entries) => entries.reduce((sum, entry) => sum + entry.score, 0) / entries.length;

// "2026-12-01" minus n days, as a date string.
function daysBefore(day, n) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date - n)).toISOString().slice(0, 10);
}

// Comparable entries: those not taken just after a routine, then those that were.
const groups = (entries) => [entries.filter((e) => e.when !== "after"), entries.filter((e) => e.when === "after")];

function severe(entries, rule) {
  // Calendar days as the entries were written, in the reader's time then.
  const since = daysBefore(entries[entries.length - 1].time.slice(0, 10), rule.within_days - 1);
  const days = new Set(entries
    .filter((entry) => entry.time.slice(0, 10) >= since && entry.score >= rule.score_at_least)
    .map((entry) => entry.time.slice(0, 10)));
  if (days.size < rule.days_at_least) return null;
  return { rule: "severe", days: days.size, score: rule.score_at_least, within: rule.within_days };
}

// One score this high is enough: a reader who logs 10 out of 10 once is not left without advice.
function veryBad(entries, rule) {
  const since = ms(entries[entries.length - 1]) - rule.within_days * DAY;
  if (!entries.some((entry) => ms(entry) >= since && entry.score >= rule.score_at_least)) return null;
  return { rule: "very_bad", score: rule.score_at_least, within: rule.within_days };
}

function rising(group, rule) {
  if (!group.length) return null;
  const window = group.filter((entry) => ms(entry) >= ms(group[group.length - 1]) - rule.within_days * DAY);
  const span = ms(window[window.length - 1]) - ms(window[0]);
  if (window.length < rule.entries_at_least || span < rule.span_days_at_least * DAY) return null;
  const half = Math.floor(window.length / 2);
  const early = mean(window.slice(0, half)), recent = mean(window.slice(-half));
  if (recent - early < rule.rise_at_least) return null;
  return { rule: "rising", days: Math.floor(span / DAY), early, recent };
}

const longEnough = (group, reviewAfterDays) =>
  group.length > 0 && ms(group[group.length - 1]) - ms(group[0]) >= reviewAfterDays * DAY;

// Judged on the first group that covers the review period: scores just after a routine only when
// the others do not (they stay low for reasons of their own).
function notImproving(groupList, rule, reviewAfterDays) {
  const group = groupList.find((candidate) => longEnough(candidate, reviewAfterDays));
  if (!group) return null;
  const first = ms(group[0]), last = ms(group[group.length - 1]);
  const early = mean(group.filter((entry) => ms(entry) < first + rule.compare_days * DAY));
  const recent = mean(group.filter((entry) => ms(entry) > last - rule.compare_days * DAY));
  if (early - recent >= rule.drop_at_least || recent < rule.still_at_least) return null;
  return { rule: "not_improving", days: Math.floor((last - first) / DAY), early, recent, compare: rule.compare_days };
}

// Pain going up in the entries not taken after a routine, else in those taken after one: steady
// scores in one group must not hide a rise in the other.
function risingInAny(groupList, rule) {
  for (const group of groupList) {
    const reading = rising(group, rule);
    if (reading) return reading;
  }
  return null;
}

// What the log calls for, most serious first: [{rule, ...the numbers its text shows}].
export function readings(entries, painLog) {
  if (!entries.length) return [];
  const sorted = [...entries].sort((a, b) => ms(a) - ms(b));
  const rules = painLog.readings, split = groups(sorted);
  return [
    severe(sorted, rules.severe) ?? veryBad(sorted, rules.very_bad),
    risingInAny(split, rules.rising),
    notImproving(split, rules.not_improving, painLog.review_after_days),
  ].filter(Boolean);
}
