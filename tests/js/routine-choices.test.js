import assert from "node:assert/strict";
import { test } from "node:test";

import { openStore } from "../../docs/javascripts/lib/storage.js";
import {
  CHOICES, UNSCOPED, chosenSteps, fill, keyAction, loadChoices, totalWords, validChoices, wholeMinutes,
} from "../../docs/javascripts/lib/routine-choices.js";
import { memory } from "./fake-storage.js";

const CODES = ["LI4", "BL23", "KI1"];
const LENGTHS = ["short", "long"];
const DEFAULTS = { leftOut: [], length: "short", sound: false, speech: false };

test("stored choices of the wrong shape fall back to the defaults, keeping what is valid", () => {
  for (const value of [null, 5, "short", [], { leftOut: 5 }, { leftOut: {} }, { leftOut: "LI4" }]) {
    assert.deepEqual(validChoices(value, CODES, LENGTHS), DEFAULTS, JSON.stringify(value));
  }
  assert.deepEqual(validChoices({ leftOut: ["KI1", 7, "XX9", "KI1"], length: "forever", sound: "yes" }, CODES, LENGTHS),
    { leftOut: ["KI1"], length: "short", sound: false, speech: false });
  assert.deepEqual(validChoices({ leftOut: ["BL23"], length: "long", sound: true, speech: true }, CODES, LENGTHS),
    { leftOut: ["BL23"], length: "long", sound: true, speech: true });
});

test("choices under the old unscoped key are moved under the site's scope", () => {
  const storage = memory({ [UNSCOPED]: JSON.stringify({ leftOut: ["BL23"], length: "long", sound: true }) });
  const store = openStore(storage, "/guide/");
  const moved = { leftOut: ["BL23"], length: "long", sound: true, speech: false };
  assert.deepEqual(loadChoices(store, storage, CODES, LENGTHS), moved);
  assert.deepEqual(store.read(CHOICES).value, moved);
  assert.equal(storage.getItem(UNSCOPED), null);
});

test("the old key stays when the move cannot be stored, and the scoped key wins once there", () => {
  const storage = memory({ [UNSCOPED]: JSON.stringify({ leftOut: ["KI1"] }) });
  const refusing = { ...openStore(storage, "/"), write: () => false, read: () => ({ found: false }) };
  assert.deepEqual(loadChoices(refusing, storage, CODES, LENGTHS).leftOut, ["KI1"]);
  assert.notEqual(storage.getItem(UNSCOPED), null);
  const store = openStore(storage, "/");
  store.write(CHOICES, { leftOut: ["LI4"] });
  assert.deepEqual(loadChoices(store, storage, CODES, LENGTHS).leftOut, ["LI4"]);
});

test("unreadable or blocked storage gives the defaults", () => {
  const storage = memory({ "/.routine": "{not json" });
  assert.deepEqual(loadChoices(openStore(storage, "/"), storage, CODES, LENGTHS), DEFAULTS);
  const blocked = { getItem() { throw new Error("SecurityError"); }, setItem() { throw new Error("SecurityError"); }, removeItem() {} };
  assert.deepEqual(loadChoices(openStore(blocked, "/"), blocked, CODES, LENGTHS), DEFAULTS);
});

const PLANS = {
  short: [{ point: "LI4", seconds: 20 }, { point: "LI4", seconds: 30 }, { point: "KI1", seconds: 20 }, { point: "KI1", seconds: 80 }],
};
const WORDS = {
  total: "{points}, about {minutes} in all.",
  points: ["0 p", "1 p", "2 p"],
  minutes: ["0 m", "1 m", "2 m", "3 m"],
  none_chosen: "none",
};

test("the steps of a choice leave out every step of a left-out point", () => {
  assert.deepEqual(chosenSteps(PLANS, { leftOut: ["LI4"], length: "short" }), PLANS.short.slice(2));
});

test("whole minutes round halves up, as the Python core does, never Math.round's way", () => {
  const cases = [[0, 1], [29, 1], [89, 1], [90, 2], [149, 2], [150, 3], [151, 3], [210, 4], [509, 8], [510, 9]];
  for (const [seconds, minutes] of cases) assert.equal(wholeMinutes(seconds), minutes, `${seconds} s`);
});

test("the total fills the page's words, and says so when nothing is chosen", () => {
  assert.equal(totalWords(WORDS, PLANS.short), "2 p, about 3 m in all.");
  assert.equal(totalWords(WORDS, PLANS.short.slice(0, 2)), "1 p, about 1 m in all.");
  assert.equal(totalWords(WORDS, []), "none");
  assert.equal(fill("Step {step} of {steps} {other}", { step: 2, steps: 9 }), "Step 2 of 9 {other}");
});

test("keys typed into a text field or an open dialog never move the routine", () => {
  assert.equal(keyAction("ArrowRight"), "next");
  assert.equal(keyAction("ArrowLeft"), "back");
  assert.equal(keyAction(" "), "pause");
  assert.equal(keyAction(" ", { onControl: true }), null); // Space presses the button itself
  for (const where of [{ typing: true }, { inDialog: true }, { modifier: true }]) {
    for (const key of ["ArrowRight", "ArrowLeft", " "]) assert.equal(keyAction(key, where), null, `${key} ${JSON.stringify(where)}`);
  }
  assert.equal(keyAction("a"), null);
});
