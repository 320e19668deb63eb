// The routine's scripts hold no reader-facing English: every word comes from the page's JSON
// (acupoints/routine.py), where a translator can reach it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const SCRIPTS = ["routine-player.js", "lib/routine-choices.js", "lib/routine-run.js"];
// Names the platform defines, which look like words but are never shown.
const PLATFORM = new Set(["ArrowLeft", "ArrowRight"]);

// The string literals of a script (quoted and template), with its comments left out.
export function literals(source) {
  const found = [];
  const token = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`|\/(?:\\.|[^/\\\n])+\/[a-z]*/g;
  for (const [text] of source.matchAll(token)) {
    if (/^["'`]/.test(text)) found.push(text.slice(1, -1));
  }
  return found;
}

// Two words with a space between them, a capitalised word, or a sentence's full stop.
export function looksEnglish(text) {
  const plain = text.replace(/\$\{[^}]*\}/g, " ");
  if (PLATFORM.has(plain)) return false;
  return /[A-Za-z]{2,} +[A-Za-z]{2,}/.test(plain) || /(^|[^\w.#-])[A-Z][a-z]+/.test(plain) || /[a-z][.!?]$/.test(plain);
}

test("the check finds English however it is written", () => {
  const source = `const a = "Paused."; const b = 'Change sides'; const c = \`Find \${x}\`; // "a comment"
    const d = "Resume"; const e = ".routine-side"; const f = "input, textarea"; const g = "ArrowRight";`;
  assert.deepEqual(literals(source).filter(looksEnglish), ["Paused.", "Change sides", "Find ${x}", "Resume"]);
});

for (const name of SCRIPTS) {
  test(`${name} shows no English of its own`, () => {
    const source = readFileSync(new URL(`../../docs/javascripts/${name}`, import.meta.url), "utf8");
    assert.deepEqual(literals(source).filter(looksEnglish), []);
  });
}
