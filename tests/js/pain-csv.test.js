import assert from "node:assert/strict";
import { test } from "node:test";

import { neutralised, parseCsv, toCsv } from "../../docs/javascripts/lib/pain-csv.js";
import { bounds } from "../../docs/javascripts/lib/pain-entries.js";

const LIMITS = bounds("2026-11-24", Date.parse("2026-12-10T12:00:00Z"));
const problem = (text) => parseCsv(text, LIMITS).error;

test("what toCsv writes, parseCsv reads back", () => {
  const entries = [{ time: "2026-12-01T19:34:00.742+05:30", score: 7, when: "before" },
    { time: "2026-12-01T14:10:00.000Z", score: 4, when: "after" }];
  const text = toCsv(entries, (moment) => new Date(moment).toISOString());
  assert.equal(text, "time,score,when\r\n2026-12-01T14:04:00.742Z,7,before\r\n2026-12-01T14:10:00.000Z,4,after\r\n");
  assert.deepEqual(parseCsv(text, LIMITS).entries.map((e) => [Date.parse(e.time), e.score, e.when]),
    entries.map((e) => [Date.parse(e.time), e.score, e.when]));
});

test("the log's first export (UTC times ending in Z, LF line ends) still loads", () => {
  const { entries } = parseCsv("time,score,when\n2026-12-01T19:34:00.742Z,6,other\n", LIMITS);
  assert.deepEqual(entries, [{ time: "2026-12-01T19:34:00.742Z", score: 6, when: "other" }]);
});

test("quoted headings and cells, CR-only line ends, a byte order mark and blank lines are fine", () => {
  const text = '\uFEFF"time","score","when"\r\r"2026-12-01T08:00:00+01:00", "5" ,other\r';
  assert.deepEqual(parseCsv(text, LIMITS).entries, [{ time: "2026-12-01T08:00:00+01:00", score: 5, when: "other" }]);
});

test("each problem is named with its line, counted after blank lines", () => {
  const head = "time,score,when\n";
  assert.deepEqual(problem(""), { line: 1, problem: "empty" });
  assert.deepEqual(problem("date,pain\n"), { line: 1, problem: "header" });
  assert.deepEqual(problem(`${head}\n\n2026-12-01T08:00:00Z,,before\n`), { line: 4, problem: "empty-score" });
  assert.deepEqual(problem(`${head}05/11/2026 08:00,5,other\n`), { line: 2, problem: "time" });
  assert.deepEqual(problem(`${head}2026-02-30T08:00:00Z,5,other\n`), { line: 2, problem: "time" });
  assert.deepEqual(problem(`${head}<img src=x onerror=alert(1)>,5,other\n`), { line: 2, problem: "time" });
  assert.deepEqual(problem(`${head}10000-01-01T00:00:00Z,5,other\n`), { line: 2, problem: "time" });
  assert.deepEqual(problem(`${head}2020-01-01T00:00:00Z,5,other\n`), { line: 2, problem: "early" });
  assert.deepEqual(problem(`${head}2027-06-01T00:00:00Z,5,other\n`), { line: 2, problem: "future" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,7.5,other\n`), { line: 2, problem: "score" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,11,other\n`), { line: 2, problem: "score" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,5,later\n`), { line: 2, problem: "when" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,5\n`), { line: 2, problem: "cells" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,5,other,x\n`), { line: 2, problem: "cells" });
  assert.deepEqual(problem(`${head}2026-12-01T08:00:00Z,"5,other\n`), { line: 2, problem: "cells" });
});

test("a cell a spreadsheet would run as a formula is written as text", () => {
  for (const cell of ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
    assert.ok(neutralised(cell).replace(/^"/, "").startsWith("'"), cell);
  }
  assert.equal(neutralised("2026-12-01T08:00:00-05:00"), "2026-12-01T08:00:00-05:00");
  assert.equal(neutralised('a,"b"'), '"a,""b"""');
});
