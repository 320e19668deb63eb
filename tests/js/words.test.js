import assert from "node:assert/strict";
import { test } from "node:test";

import { counted, fill } from "../../docs/javascripts/lib/words.js";

test("fill puts values in and leaves unknown names visible", () => {
  assert.equal(fill("Saved: {score} out of 10.", { score: 7 }), "Saved: 7 out of 10.");
  assert.equal(fill("{a} and {b}", { a: 1 }), "1 and {b}");
  assert.equal(fill("{a}", { a: "$&" }), "$&"); // no replacement patterns from a value
});

test("counted picks the plural form of the page's language", () => {
  const forms = { one: "{count} entry", other: "{count} entries" };
  assert.equal(counted(forms, 1, "en"), "1 entry");
  assert.equal(counted(forms, 0, "en"), "0 entries");
  assert.equal(counted(forms, 1200, "en"), "1,200 entries");
  assert.equal(counted({ other: "{count} {name}" }, 2, "en", { name: "x" }), "2 x");
});
