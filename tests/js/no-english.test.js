// No script holds reader-facing English: every word a reader sees comes from the page's JSON (the
// Python core and data/points.json), where a translator finds it. This fails when a sentence or a
// word a reader would see is written into any script in docs/javascripts/ as a string.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

const SCRIPTS = new URL("../../docs/javascripts/", import.meta.url);
const FILES = readdirSync(SCRIPTS, { recursive: true }).filter((name) => name.endsWith(".js")).sort();
// Names the platform defines, which look like words but are never shown.
const PLATFORM = new Set(["ArrowLeft", "ArrowRight", "Escape"]);

// The string literals of a script (template literals without their ${...} parts), skipping
// comments and regular expressions.
export function literals(source) {
  const found = [];
  const braces = []; // for each open ${, the depth of { at which it closes
  let depth = 0, last = "(", i = 0;
  const readString = (quote) => {
    let text = "";
    for (i += 1; i < source.length && source[i] !== quote; i += 1) {
      if (source[i] === "\\") { text += source[i + 1]; i += 1; continue; }
      if (quote === "`" && source.startsWith("${", i)) { braces.push(depth); depth += 1; i += 1; found.push(text); return null; }
      text += source[i];
    }
    return text;
  };
  while (i < source.length) {
    const char = source[i];
    if (source.startsWith("//", i)) { i = source.indexOf("\n", i); if (i < 0) break; continue; }
    if (source.startsWith("/*", i)) { i = source.indexOf("*/", i) + 2; continue; }
    if (char === "/" && /[(,=:[!&|?{};]|^return$/.test(last)) { // a regular expression
      for (i += 1; source[i] !== "/"; i += 1) {
        if (source[i] === "\\") i += 1;
        else if (source[i] === "[") while (source[++i] !== "]") if (source[i] === "\\") i += 1;
      }
      i += 1; last = "x"; continue;
    }
    if (char === "}" && braces.length && braces[braces.length - 1] === depth - 1) {
      depth = braces.pop(); // back inside a template literal
      const text = readString("`");
      if (text !== null) last = "x";
      if (text !== null) found.push(text);
      i += 1;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") {
      const text = readString(char);
      if (text !== null) { found.push(text); i += 1; last = "x"; }
      else i += 1;
      continue;
    }
    if (char === "{") depth += 1;
    if (char === "}") depth -= 1;
    if (!/\s/.test(char)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(source.slice(i));
      last = word ? word[0] : char;
      i += word ? word[0].length : 1;
    } else i += 1;
  }
  return found;
}

const FUNCTION_WORDS = new Set(("the and or of is are was were be been not no your you this that it its for from with has have " +
  "had will can could would please yet so than then there here an to in on at by entry entries saved loaded nothing " +
  "deleted every out").split(" "));

// A literal a reader would read: three words in a row, a capitalised word, or words with spaces
// among which a common English one (a name, a selector or a path has no spaces).
export function looksEnglish(text) {
  if (PLATFORM.has(text)) return false;
  if (/(^|[\s(])[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/.test(text)) return true;
  if (/(^|\s)[A-Z][a-z]+(\s|[.!?:]?$)/.test(text)) return true;
  return /\s/.test(text) && text.split(/[^A-Za-z]+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()));
}

test("the detector finds English in strings, and not in comments, regular expressions or names", () => {
  const source = `// Every word of this comment is fine.
    const a = "Saved: 7 out of 10.", b = 'Delete', c = \`\${count} entries\`, d = \`No \${x} yet\`;
    const e = /the (and) "of"/g, f = ".pain-log__table tbody", g = { type: "text/csv" }, h = "input:checked";
    const k = "ArrowRight", m = 'Change sides';
    return /[",]/.test(x) ? "x" : "Choose a number";`;
  const flagged = literals(source).filter(looksEnglish);
  assert.deepEqual(flagged, ["Saved: 7 out of 10.", "Delete", " entries", "No ", " yet", "Change sides",
    "Choose a number"]);
});

test("no script shows English of its own", () => {
  assert.ok(FILES.includes("pain-log.js") && FILES.includes("lib/routine-run.js"), FILES.join(", "));
  for (const name of FILES) {
    const flagged = literals(readFileSync(new URL(name, SCRIPTS), "utf8")).filter(looksEnglish);
    assert.deepEqual(flagged, [], `${name} holds words a reader sees; put them in the Python core or the data`);
  }
});
