import assert from "node:assert/strict";
import { test } from "node:test";

import { openStore, siteScope } from "../../docs/javascripts/lib/storage.js";
import { memory } from "./fake-storage.js";

test("keys carry the site's path, so two guides on one address keep apart", () => {
  const storage = memory();
  openStore(storage, "/guide-a/").write("log", [1]);
  openStore(storage, "/guide-b/").write("log", [2]);
  assert.deepEqual(openStore(storage, "/guide-a/").read("log"), { found: true, value: [1] });
  assert.deepEqual([...storage.items.keys()], ["/guide-a/.log", "/guide-b/.log"]);
});

test("a write the browser refuses says so", () => {
  assert.equal(openStore(memory({}, { refuseWrites: true }), "/").write("log", []), false);
  assert.equal(openStore(memory(), "/").write("log", []), true);
});

test("nothing stored, unreadable text and blocked storage are told apart", () => {
  const storage = memory();
  const store = openStore(storage, "/");
  assert.deepEqual(store.read("log"), { found: false });
  storage.setItem("/.log", "{not json");
  assert.deepEqual(store.read("log"), { found: true, broken: "{not json" });
  assert.deepEqual(openStore(memory({}, { refuseReads: true }), "/").read("log"), { found: false, blocked: true });
});

test("every edition keeps the reader's data under the English edition's path", () => {
  assert.equal(siteScope({ __md_scope: new URL("https://example.org/guide/") }), "/guide/");
  assert.equal(siteScope({ __md_scope: new URL("https://example.org/guide/hi/") }, "../"), "/guide/");
  assert.equal(siteScope({ __md_scope: new URL("https://example.org/hi/") }, "../"), "/");
  assert.equal(siteScope({}), "/");
});
