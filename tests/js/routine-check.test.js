import assert from "node:assert/strict";
import { test } from "node:test";

import { openStore } from "../../docs/javascripts/lib/storage.js";
import { CHECK_READ, checkRead, rememberCheck } from "../../docs/javascripts/lib/routine-check.js";
import { memory } from "./fake-storage.js";

test("a check is read once the reader has begun from it on this device", () => {
  const store = openStore(memory(), "/guide/");
  assert.equal(checkRead(store, "abc123"), false);
  assert.equal(rememberCheck(store, "abc123"), true);
  assert.equal(checkRead(store, "abc123"), true);
});

test("a check that asks something new is shown in full again", () => {
  const store = openStore(memory(), "/guide/");
  rememberCheck(store, "abc123");
  assert.equal(checkRead(store, "def456"), false);
});

test("damaged, blocked or refused storage means the full check, and never an error", () => {
  const damaged = memory();
  damaged.items.set(`/guide/.${CHECK_READ}`, "{not json");
  assert.equal(checkRead(openStore(damaged, "/guide/"), "abc123"), false);
  const other = memory();
  other.items.set(`/guide/.${CHECK_READ}`, JSON.stringify({ version: "abc123" }));
  assert.equal(checkRead(openStore(other, "/guide/"), "abc123"), false);
  assert.equal(checkRead(openStore(memory({}, { refuseReads: true }), "/guide/"), "abc123"), false);
  const full = openStore(memory({}, { refuseWrites: true }), "/guide/");
  assert.equal(rememberCheck(full, "abc123"), false);
  assert.equal(checkRead(full, "abc123"), false);
});
