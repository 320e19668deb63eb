import assert from "node:assert/strict";
import test from "node:test";

import { offeredEdition } from "../../docs/javascripts/lib/edition-offer.js";

test("a browser that prefers Hindi is offered the Hindi edition of an English page", () => {
  assert.equal(offeredEdition(["hi-IN", "en-GB"], "en", ["hi"]), "hi");
  assert.equal(offeredEdition(["HI"], "en", ["hi"]), "hi");
});

test("a browser that puts the page's language first is offered nothing", () => {
  assert.equal(offeredEdition(["en-IN", "hi"], "en", ["hi"]), null);
  assert.equal(offeredEdition(["hi-IN", "en"], "hi", ["en"]), null);
});

test("a language the guide is not written in is passed over", () => {
  assert.equal(offeredEdition(["ta-IN", "hi", "en"], "en", ["hi"]), "hi");
  assert.equal(offeredEdition(["ta-IN", "fr"], "en", ["hi"]), null);
  assert.equal(offeredEdition([], "en", ["hi"]), null);
});

test("an English reader of a Hindi page is offered the English edition", () => {
  assert.equal(offeredEdition(["en-US"], "hi", ["en"]), "en");
});
