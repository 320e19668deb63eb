import assert from "node:assert/strict";
import { test } from "node:test";

import { bounds } from "../../docs/javascripts/lib/pain-entries.js";
import { OLD_KEY, openPainLog } from "../../docs/javascripts/lib/pain-store.js";
import { memory } from "./fake-storage.js";

const limits = () => bounds("2026-11-24", Date.parse("2026-12-10T12:00:00Z"));
const entry = (day, score = 5, when = "other") => ({ time: `2026-12-0${day}T08:00:00.000+00:00`, score, when });
const stored = (storage, key = "/.pain-log") => JSON.parse(storage.items.get(key));

test("damaged items are set aside, said, and written back as they were with every save", () => {
  const storage = memory({ "/.pain-log": JSON.stringify([entry(1), null, { time: 5 }, "not a date", entry(2)]) });
  const log = openPainLog(storage, "/", limits);
  assert.deepEqual(log.load(), { entries: [entry(1), entry(2)], damaged: [null, { time: 5 }, "not a date"], blocked: false, hasOld: false });
  assert.equal(log.save([entry(3)]), true);
  assert.deepEqual(stored(storage), [entry(1), entry(2), entry(3), null, { time: 5 }, "not a date"]);
});

test("stored text that is not JSON is kept, as text, when the next entry is saved", () => {
  const storage = memory({ "/.pain-log": "{not json" });
  const log = openPainLog(storage, "/", limits);
  assert.deepEqual(log.load().damaged, ["{not json"]);
  log.save([entry(1)]);
  assert.deepEqual(stored(storage), [entry(1), "{not json"]);
});

test("the first version's log, under a key without the site's path, moves over without losing an entry", () => {
  const old = [{ time: "2026-12-01T08:00:00.000Z", score: 6, when: "other" }, { time: "2026-12-02T08:00:00.000Z", score: 4, when: "before" }];
  const storage = memory({ [OLD_KEY]: JSON.stringify(old) });
  const log = openPainLog(storage, "/guide/", limits);
  assert.deepEqual(log.load().entries, old);
  assert.equal(log.save([entry(3)]), true);
  assert.deepEqual(stored(storage, "/guide/.pain-log"), [...old, entry(3)]);
  assert.equal(storage.items.has(OLD_KEY), false);
});

test("a refused write is reported and leaves the old log where it was", () => {
  const old = JSON.stringify([entry(1)]);
  const storage = memory({ [OLD_KEY]: old }, { refuseWrites: true });
  assert.equal(openPainLog(storage, "/", limits).save([entry(2)]), false);
  assert.equal(storage.items.get(OLD_KEY), old);
});

test("blocked storage is told apart, and nothing is written over it", () => {
  const log = openPainLog(memory({}, { refuseReads: true }), "/", limits);
  assert.equal(log.load().blocked, true);
  assert.equal(log.save([entry(1)]), false);
});

test("two tabs: each save reads the store again and merges, so neither entry is lost", () => {
  const storage = memory();
  const first = openPainLog(storage, "/", limits), second = openPainLog(storage, "/", limits);
  first.save([entry(1)]);
  second.save([entry(2)]);
  first.save([entry(1)]); // saving an entry that is already there adds nothing
  assert.deepEqual(stored(storage), [entry(1), entry(2)]);
});

test("clear deletes the log and the first version's", () => {
  const storage = memory({ "/.pain-log": "[]", [OLD_KEY]: "[]" });
  assert.equal(openPainLog(storage, "/", limits).clear(), true);
  assert.equal(storage.items.size, 0);
});
