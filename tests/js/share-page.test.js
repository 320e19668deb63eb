import assert from "node:assert/strict";
import test from "node:test";

import { sharePage } from "../../docs/javascripts/lib/share-page.js";

const data = { title: "LI4 Hegu", text: "How to find it", url: "https://example.org/points/li4/" };
const refuse = (name) => async () => { throw Object.assign(new Error(name), { name }); };

test("where the browser can share, the page goes to its share sheet and nothing is copied", async () => {
  const shared = [], copied = [];
  const outcome = await sharePage({ share: async (what) => shared.push(what), copy: async (url) => copied.push(url) }, data);
  assert.equal(outcome, "shared");
  assert.deepEqual(shared, [data]);
  assert.deepEqual(copied, []);
});

test("a reader who closes the share sheet is told nothing and nothing is copied", async () => {
  const copied = [];
  assert.equal(await sharePage({ share: refuse("AbortError"), copy: async (url) => copied.push(url) }, data), "cancelled");
  assert.deepEqual(copied, []);
});

test("without the Web Share API, or where it refuses, the link is copied", async () => {
  for (const browser of [{}, { share: refuse("NotAllowedError") }, { share: async () => {}, canShare: () => false }]) {
    const copied = [];
    assert.equal(await sharePage({ ...browser, copy: async (url) => copied.push(url) }, data), "copied");
    assert.deepEqual(copied, [data.url]);
  }
});

test("when the link cannot be copied either, the reader is told so", async () => {
  assert.equal(await sharePage({ copy: refuse("NotAllowedError") }, data), "failed");
  assert.equal(await sharePage({}, data), "failed");
});
