import assert from "node:assert/strict";
import test from "node:test";

import { copyJustSaved, newVersionReady, shownNotice } from "../../docs/javascripts/lib/offline-notices.js";

const english = { scriptURL: "https://example.org/sw.js" };
const hindi = { scriptURL: "https://example.org/hi/sw.js" };
const newHindi = { scriptURL: "https://example.org/hi/sw.js" }; // the next version: the same script's address

test("a new worker waiting behind the one that runs the page is a new version", () => {
  assert.equal(newVersionReady({ controller: hindi, active: hindi, waiting: newHindi }), true);
  assert.equal(newVersionReady({ controller: english, active: english, waiting: { ...english } }), true);
});

test("a Hindi page run by the English worker while its own first worker installs is offered nothing", () => {
  // Installed, and for a moment waiting before it activates, with nothing active yet.
  assert.equal(newVersionReady({ controller: english, active: null, waiting: hindi }), false);
  // Active, before the page has heard that it took over.
  assert.equal(newVersionReady({ controller: english, active: hindi, waiting: newHindi }), false);
});

test("nothing waiting, or a page no worker runs (a first visit, a hard reload), is offered nothing", () => {
  assert.equal(newVersionReady({ controller: hindi, active: hindi, waiting: null }), false);
  assert.equal(newVersionReady({ controller: null, active: hindi, waiting: newHindi }), false);
});

test("the copy is said to be saved on the visit that saved it or repaired it, and only when whole", () => {
  assert.equal(copyJustSaved({ complete: true, firstCopy: true, repaired: 0 }), true);
  assert.equal(copyJustSaved({ complete: true, firstCopy: false, repaired: 3 }), true);
  assert.equal(copyJustSaved({ complete: true, firstCopy: false, repaired: 0 }), false);
  assert.equal(copyJustSaved({ complete: false, firstCopy: true, repaired: 0 }), false);
});

test("one notice at a time: the offer of a new version replaces the news that the copy is saved", () => {
  const none = new Set();
  assert.equal(shownNotice({ newVersion: false, copySaved: true, closed: none }), "offline-ready");
  assert.equal(shownNotice({ newVersion: true, copySaved: false, closed: none }), "update-notice");
  assert.equal(shownNotice({ newVersion: true, copySaved: true, closed: none }), "update-notice");
  assert.equal(shownNotice({ newVersion: false, copySaved: false, closed: none }), null);
});

test("a notice the reader closed stays closed, and the one it replaced does not come back", () => {
  assert.equal(shownNotice({ newVersion: false, copySaved: true, closed: new Set(["offline-ready"]) }), null);
  assert.equal(shownNotice({ newVersion: true, copySaved: true, closed: new Set(["update-notice"]) }), null);
  assert.equal(shownNotice({ newVersion: true, copySaved: true, closed: new Set(["offline-ready"]) }),
    "update-notice");
});
