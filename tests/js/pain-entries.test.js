import assert from "node:assert/strict";
import { test } from "node:test";

import { bounds, checkEntry, instant, localTime, merged, sortOut } from "../../docs/javascripts/lib/pain-entries.js";

const NOW = Date.parse("2026-12-10T12:00:00Z");
const LIMITS = bounds("2026-11-24", NOW);

test("times: ISO 8601 with an offset, as this log writes and as its first version wrote", () => {
  assert.equal(instant("2026-12-01T19:34:00+05:30"), Date.parse("2026-12-01T14:04:00Z"));
  assert.equal(instant("2026-12-01T19:34:00.742Z"), Date.parse("2026-12-01T19:34:00.742Z"));
  assert.equal(instant("2026-12-01T08:30-05:00"), Date.parse("2026-12-01T13:30:00Z"));
});

test("times a browser would guess at are refused", () => {
  for (const text of ["05/11/2026 08:00", "2026-02-30T08:00:00Z", "2026-12-01T08:00:00", "2026-12-01",
    "<img src=x>", "10000-01-01T00:00:00Z", "2026-12-01T24:00:00Z", "2026-12-01T08:00:00+15:00", "", 5, null,
    "2026-12-01T08:00:00.7425Z", " 2026-12-01T08:00:00Z"]) {
    assert.ok(Number.isNaN(instant(text)), String(text));
  }
});

test("localTime writes the reader's clock time with its offset, and reads back as the same moment", () => {
  const moment = Date.parse("2026-12-01T14:04:00.742Z");
  assert.equal(localTime(moment, -330), "2026-12-01T19:34:00.742+05:30");
  assert.equal(localTime(moment, 300), "2026-12-01T09:04:00.742-05:00");
  assert.equal(localTime(moment, 0), "2026-12-01T14:04:00.742+00:00");
  assert.equal(instant(localTime(moment, -330)), moment);
});

test("checkEntry names what is wrong", () => {
  const good = { time: "2026-12-01T08:00:00+00:00", score: 7, when: "before" };
  assert.deepEqual(checkEntry({ ...good, extra: "<b>" }, LIMITS), { entry: good });
  const problems = [[null, "shape"], [[1], "shape"], ["text", "shape"], [{ ...good, time: 5 }, "time"],
    [{ ...good, time: "not a date" }, "time"], [{ ...good, score: "7" }, "score"], [{ ...good, score: 11 }, "score"],
    [{ ...good, score: 2.5 }, "score"], [{ ...good, when: "later" }, "when"],
    [{ ...good, time: "2026-11-01T08:00:00Z" }, "early"], [{ ...good, time: "2026-12-10T14:00:00Z" }, "future"]];
  for (const [value, problem] of problems) assert.deepEqual(checkEntry(value, LIMITS), { problem }, JSON.stringify(value));
});

test("the first day counts wherever the reader is; an hour's grace for a fast clock", () => {
  assert.ok(checkEntry({ time: "2026-11-24T00:00:00+14:00", score: 1, when: "other" }, LIMITS).entry);
  assert.ok(checkEntry({ time: "2026-12-10T12:59:00Z", score: 1, when: "other" }, LIMITS).entry);
});

test("sortOut keeps every damaged item exactly as it was", () => {
  const good = { time: "2026-12-01T08:00:00Z", score: 3, when: "other" };
  const items = [good, null, { time: 5 }, "=HYPERLINK(\"x\")", { ...good, score: 4 }];
  assert.deepEqual(sortOut(items, LIMITS), { entries: [good, { ...good, score: 4 }], damaged: [null, { time: 5 }, "=HYPERLINK(\"x\")"] });
});

test("merged: one entry per moment, score and kind, oldest first, whatever the time's spelling", () => {
  const a = { time: "2026-12-02T08:00:00.000Z", score: 3, when: "other" };
  const sameAsA = { time: "2026-12-02T13:30:00.000+05:30", score: 3, when: "other" };
  const b = { time: "2026-12-01T08:00:00Z", score: 3, when: "other" };
  assert.deepEqual(merged([a], [sameAsA, b]), [b, a]);
});
