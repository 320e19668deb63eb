import assert from "node:assert/strict";
import { test } from "node:test";

import { CUES, pickVoice } from "../../docs/javascripts/lib/routine-cues.js";

test("every kind of change has its own vibration and its own tones", () => {
  const kinds = ["find", "ready", "hold", "switch", "done"];
  assert.deepEqual(Object.keys(CUES).sort(), [...kinds].sort());
  for (const field of ["vibrate", "tones"]) {
    const patterns = kinds.map((kind) => JSON.stringify(CUES[kind][field]));
    assert.equal(new Set(patterns).size, kinds.length, field);
  }
});

const voice = (name, lang, localService) => ({ name, lang, localService });

test("a voice on the device in the page's language comes first", () => {
  const voices = [voice("online GB", "en-GB", false), voice("local US", "en-US", true), voice("local GB", "en-GB", true),
    voice("local FR", "fr-FR", true)];
  assert.equal(pickVoice(voices, "en-GB").name, "local GB");
  assert.equal(pickVoice(voices, "en").name, "local US");
  assert.equal(pickVoice([voice("online GB", "en-GB", false)], "en").name, "online GB");
  assert.equal(pickVoice(voices, "hi"), null);
  assert.equal(pickVoice([voice("local Hindi", "hi_IN", true)], "hi").name, "local Hindi");
  assert.equal(pickVoice([], "en"), null);
});
