import assert from "node:assert/strict";
import { test } from "node:test";

import { chartLayout } from "../../docs/javascripts/lib/pain-chart.js";
import { localTime } from "../../docs/javascripts/lib/pain-entries.js";
import { byDay, columns, lastDays, series } from "../../docs/javascripts/lib/pain-summary.js";

const at = (day, hour, score, when) => ({ time: `2026-12-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+00:00`, score, when });
const log = [at(1, 8, 7, "before"), at(1, 9, 5, "after"), at(2, 8, 6, "before"), at(3, 12, 4, "other"), at(4, 8, 5, "before")];

// The calendar day of a moment in a time zone `ahead` minutes ahead of UTC, as the page names it.
const dayIn = (ahead) => (moment) => localTime(moment, -ahead).slice(0, 10);
const utcDay = dayIn(0);

test("series: each kind with two or more entries, first and last score, calendar days from first to last", () => {
  assert.deepEqual(series(log, utcDay), [{ when: "before", count: 3, first: 7, last: 5, days: 4 }]);
});

test("entries on 6, 7 and 8 December are over 3 days, though 47 hours apart", () => {
  const three = [at(6, 9, 7, "other"), at(7, 12, 6, "other"), at(8, 8, 5, "other")];
  assert.deepEqual(series(three, utcDay), [{ when: "other", count: 3, first: 7, last: 5, days: 3 }]);
  assert.equal(series([at(6, 8, 7, "other"), at(6, 20, 5, "other")], utcDay)[0].days, 1);
});

test("the days are the reader's: late evening in India is already the next day there", () => {
  // 18:45 UTC on 5 December is 00:15 on 6 December in India; 10:00 UTC on 8 December is 15:30 there.
  const entries = [{ time: "2026-12-05T18:45:00+00:00", score: 7, when: "other" }, at(8, 10, 5, "other")];
  assert.equal(series(entries, utcDay)[0].days, 4); // 5 to 8 December, in London
  assert.equal(series(entries, dayIn(330))[0].days, 3); // 6 to 8 December, in India
  // The day a reader wrote in one zone is counted in the zone they read in: New York, 5 hours behind.
  const written = [{ time: "2026-12-06T00:30:00+05:30", score: 6, when: "after" },
    { time: "2026-12-08T23:30:00+05:30", score: 4, when: "after" }];
  assert.equal(series(written, dayIn(330))[0].days, 3);
  assert.equal(series(written, dayIn(-300))[0].days, 4); // 5 December 14:00 to 8 December 13:00
});

test("the sheet's days: one row per day, scores by kind; long logs keep their last days", () => {
  const rows = byDay(log, (moment) => new Date(moment).toISOString().slice(0, 10));
  assert.deepEqual(rows.map((row) => [row.day, row.scores]), [
    ["2026-12-01", { before: [7], after: [5], other: [] }], ["2026-12-02", { before: [6], after: [], other: [] }],
    ["2026-12-03", { before: [], after: [], other: [4] }], ["2026-12-04", { before: [5], after: [], other: [] }]]);
  assert.deepEqual(lastDays(log, 2), { entries: log.slice(3), cut: true });
  assert.deepEqual(lastDays(log, 56), { entries: log, cut: false });
  assert.deepEqual(columns([1, 2, 3, 4, 5], 2), [[1, 2, 3], [4, 5]]);
  assert.deepEqual(columns([1], 2), [[1]]);
});

// A label's width as a font of that size roughly draws it.
const roughly = (fontSize) => (text) => text.length * fontSize * 0.55;

test("the chart's labels are the size asked for, and everything fits inside the chart", () => {
  for (const [width, fontSize] of [[350, 16], [350, 32], [680, 15]]) {
    const layout = chartLayout(log, { width, fontSize, label: (moment) => new Date(moment).toISOString().slice(5, 10), measure: roughly(fontSize) });
    assert.equal(layout.fontSize, fontSize);
    const points = Object.values(layout.series).flat();
    assert.ok(points.every((p) => p.x >= layout.left && p.x <= layout.right && p.y >= layout.top && p.y <= layout.bottom));
    assert.ok(layout.dates.every((date) => date.y <= layout.height) && layout.right <= width);
    assert.equal(layout.dates.length, 2);
  }
  const bigger = chartLayout(log, { width: 350, fontSize: 32, label: String, measure: () => 10 });
  assert.ok(bigger.height > chartLayout(log, { width: 350, fontSize: 16, label: String, measure: () => 10 }).height);
});

test("the first and last days stand side by side where they fit, else the last on a line below", () => {
  const days = (moment) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(moment);
  const roomy = chartLayout(log, { width: 358, fontSize: 16, label: days, measure: roughly(16) });
  assert.deepEqual(roomy.dates.map((date) => [date.text, date.y]), [["1 December", roomy.dates[0].y], ["4 December", roomy.dates[0].y]]);
  const large = chartLayout(log, { width: 288, fontSize: 32, label: days, measure: roughly(32) });
  const [first, last] = large.dates;
  assert.ok(last.y >= first.y + 32, "the last day is on a line of its own");
  assert.ok(last.y <= large.height && large.height > large.bottom + 32 * 2.2);
});
