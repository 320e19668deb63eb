// The browser's copy of the pain log's readings against the same table of cases and the same data
// as acupoints/pain_readings.py (tests/unit/test_pain_readings.py).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { DAY, readings } from "../../docs/javascripts/lib/pain-readings.js";

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const table = read("../cases/pain-readings.json");
const painLog = read("../../data/points.json").pain_log;

const entries = (rows) => rows.map(([time, score, when]) => ({
  time: typeof time === "string" ? time : new Date(Date.parse(table.start) + Math.round(time * DAY)).toISOString(),
  score,
  when,
}));

for (const { name, entries: rows, readings: expected } of table.cases) {
  test(name, () => {
    const found = readings(entries(rows), painLog);
    assert.deepEqual(found.map((r) => r.rule), expected.map((r) => r.rule));
    found.forEach((reading, index) => {
      assert.deepEqual(Object.keys(reading).sort(), Object.keys(expected[index]).sort());
      for (const [key, value] of Object.entries(expected[index])) {
        if (key !== "rule") assert.ok(Math.abs(reading[key] - value) <= 0.001, `${key}: ${reading[key]} is not ${value}`);
      }
    });
  });
}
