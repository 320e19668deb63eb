import assert from "node:assert/strict";
import { test } from "node:test";

import { chartLayout } from "../../docs/javascripts/lib/pain-chart.js";
import { byDay, columns, lastDays, series } from "../../docs/javascripts/lib/pain-summary.js";

const at = (day, hour, score, when) => ({ time: `2026-12-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+00:00`, score, when });
const log = [at(1, 8, 7, "before"), at(1, 9, 5, "after"), at(2, 8, 6, "before"), at(3, 12, 4, "other"), at(4, 8, 5, "before")];

test("series: each kind with two or more entries, first and last score, whole days between", () => {
  assert.deepEqual(series(log), [{ when: "before", count: 3, first: 7, last: 5, days: 3 }]);
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

test("the chart's labels are the size asked for, and everything fits inside the chart", () => {
  for (const [width, fontSize] of [[350, 16], [350, 32], [680, 15]]) {
    const layout = chartLayout(log, { width, fontSize, label: (moment) => new Date(moment).toISOString().slice(5, 10) });
    assert.equal(layout.fontSize, fontSize);
    const points = Object.values(layout.series).flat();
    assert.ok(points.every((p) => p.x >= layout.left && p.x <= layout.right && p.y >= layout.top && p.y <= layout.bottom));
    assert.ok(layout.dates.every((date) => date.y <= layout.height) && layout.right <= width);
    assert.equal(layout.dates.length, 2);
  }
  const bigger = chartLayout(log, { width: 350, fontSize: 32, label: String });
  assert.ok(bigger.height > chartLayout(log, { width: 350, fontSize: 16, label: String }).height);
});
