import assert from "node:assert/strict";
import { test } from "node:test";

import { finderFor, fold } from "../../docs/javascripts/lib/spellings.js";

// A small table in the shape the page embeds (acupoints/spellings.py for_script), not the glossary's.
const SPELLINGS = {
  pairs: [["\u093C", ""], ["ॉ", "ा"], ["म्ब", "ंब"]],
  groups: [["pregnancy", "गर्भावस्था", "प्रेगनेंसी"]],
};

test("fold leaves out what a reader may leave out, whichever way the text was typed", () => {
  assert.equal(fold("कमज़ोरी", SPELLINGS.pairs), "कमजोरी");
  assert.equal(fold("\u095B" + "ोर", SPELLINGS.pairs), "जोर"); // ज़ as one code point: NFC first
  assert.equal(fold("डॉक्टर एम्बुलेंस Pain", SPELLINGS.pairs), "डाक्टर एंबुलेंस pain");
});

test("a word is found typed with or without its marks, in either direction", () => {
  const has = finderFor(SPELLINGS)("इतने ज़ोर से दबाएँ। डॉक्टर से पूछें।");
  for (const word of ["जोर", "ज़ोर", "\u095Bोर", "डाक्टर", "डॉक्टर"]) assert.ok(has(word), word);
  assert.ok(finderFor(SPELLINGS)("एंबुलेंस")("एम्बुलेंस"));
  assert.ok(!has("कमजोरी"));
});

test("a word of a group finds the text that has another word of it, also while it is typed", () => {
  const has = finderFor(SPELLINGS)("गर्भावस्था में इन पॉइंट से बचें।");
  assert.ok(has("प्रेगनेंसी"));
  assert.ok(has("Pregnancy"));
  assert.ok(has("pregn"));
  assert.ok(!finderFor(SPELLINGS)("कमर दर्द")("pregnancy"));
});

test("without spellings the filter finds what it always did: the typed text in the question", () => {
  const has = finderFor({ pairs: [], groups: [] })("How hard should I press?");
  assert.ok(has("HARD") && has("pres"));
  assert.ok(!has("pressure"));
});
