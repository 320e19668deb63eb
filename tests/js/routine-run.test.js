import assert from "node:assert/strict";
import { test } from "node:test";

import { catchUp, current, goTo, holdAtStart, isPaused, secondsLeft, startRun, togglePause } from "../../docs/javascripts/lib/routine-run.js";

const STEPS = [
  { kind: "find", point: "A", seconds: 20 },
  { kind: "ready", point: "A", seconds: 5 },
  { kind: "hold", point: "A", seconds: 30 },
  { kind: "switch", point: "A", seconds: 5 },
  { kind: "hold", point: "A", seconds: 30 },
  { kind: "find", point: "B", seconds: 20 },
  { kind: "hold", point: "B", seconds: 10 },
];

test("finding a point waits for the reader, however long", () => {
  const run = startRun(STEPS, 0);
  assert.equal(secondsLeft(run, 0), null);
  assert.deepEqual(catchUp(run, 3_600_000), { moved: 0, done: false });
  assert.equal(run.index, 0);
});

test("timed steps count down on the clock and hand over their extra time", () => {
  const run = startRun(STEPS, 0);
  goTo(run, 1, 1000);
  assert.equal(secondsLeft(run, 1000), 5);
  assert.equal(secondsLeft(run, 1001), 5);
  assert.equal(secondsLeft(run, 2000), 4);
  // 5 s of getting ready, 30 s of holding, and 2 s into the switch: three steps on at once.
  assert.deepEqual(catchUp(run, 1000 + 37_000), { moved: 2, done: false });
  assert.equal(current(run).kind, "switch");
  assert.equal(secondsLeft(run, 38_000), 3);
  // ... and it stops at the next point's find step.
  assert.deepEqual(catchUp(run, 10_000_000), { moved: 2, done: false });
  assert.equal(current(run).kind, "find");
});

test("a limit moves at most that many steps", () => {
  const run = startRun(STEPS, 0);
  goTo(run, 1, 0);
  assert.deepEqual(catchUp(run, 60_000, 1), { moved: 1, done: false });
  assert.equal(run.index, 2);
});

test("a paused step keeps its time until it goes on", () => {
  const run = startRun(STEPS, 0);
  goTo(run, 2, 0);
  assert.equal(togglePause(run, 10_000), "paused");
  assert.ok(isPaused(run));
  assert.deepEqual(catchUp(run, 900_000), { moved: 0, done: false });
  assert.equal(secondsLeft(run, 900_000), 20);
  assert.equal(togglePause(run, 900_000), "resumed");
  assert.equal(secondsLeft(run, 905_000), 15);
  goTo(run, 0, 905_000);
  assert.equal(togglePause(run, 906_000), null); // nothing to pause while finding a point
});

test("the run is done after the last step, by the clock or by moving on", () => {
  const run = startRun(STEPS, 0);
  goTo(run, 6, 0);
  assert.deepEqual(catchUp(run, 10_000), { moved: 0, done: true });
  assert.equal(goTo(run, 7, 0), "done");
  assert.equal(goTo(run, -1, 0), "moved");
  assert.equal(run.index, 0);
});

test("a step held at its start waits, whole, until the reader goes on", () => {
  const run = startRun(STEPS, 0);
  goTo(run, 2, 0);
  catchUp(run, 40_000, 1); // the hold ended while the page was hidden: on to the switch, once
  holdAtStart(run);
  assert.equal(current(run).kind, "switch");
  assert.ok(isPaused(run));
  assert.equal(secondsLeft(run, 99_000), 5);
  assert.equal(togglePause(run, 99_000), "resumed");
  assert.equal(secondsLeft(run, 100_000), 4);
});
