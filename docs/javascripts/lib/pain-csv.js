// The pain log as a CSV file, `time,score,when`: written from sound entries only, and read back
// strictly, line by line, with the line number of the first problem.

import { checkEntry, instant, localTime } from "./pain-entries.js";

export const HEADER = ["time", "score", "when"];

// A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula
// (OWASP's CSV injection rule): such a cell gets a leading apostrophe, which shows it as text.
export function neutralised(cell) {
  const text = String(cell);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// The file's text. Times are written as the reader's clock shows them, with the offset.
export function toCsv(entries, timeOf = (moment) => localTime(moment)) {
  const rows = entries.map((entry) => [timeOf(instant(entry.time)), entry.score, entry.when]);
  return [HEADER, ...rows].map((row) => row.map(neutralised).join(",")).join("\r\n") + "\r\n";
}

// One line's cells: commas split them; a cell in double quotes may hold commas and "" for a quote.
function cells(line) {
  const found = [];
  let rest = line;
  for (;;) {
    const quoted = /^\s*"((?:[^"]|"")*)"\s*(,|$)/.exec(rest);
    const plain = quoted ? null : /^([^,"]*)(,|$)/.exec(rest);
    const match = quoted ?? plain;
    if (!match) return null; // a stray quote
    found.push(quoted ? match[1].replaceAll('""', '"') : match[1].trim());
    rest = rest.slice(match[0].length);
    if (match[2] === "") return found;
  }
}

const SCORE = /^\d{1,2}$/;

// {entries} when every line is sound, else {error: {line, problem}}: problem is "empty", "header",
// "cells", "empty-score", or one of checkEntry's. Blank lines are skipped but still counted; line
// ends may be CRLF, LF or CR alone; a byte order mark is ignored.
export function parseCsv(text, limits) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const numbered = lines.map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => line.trim());
  if (!numbered.length) return { error: { line: 1, problem: "empty" } };
  const [header, ...rows] = numbered;
  const names = cells(header.line);
  if (!names || names.map((name) => name.toLowerCase()).join(",") !== HEADER.join(",")) {
    return { error: { line: header.number, problem: "header" } };
  }
  const entries = [];
  for (const { line, number } of rows) {
    const row = cells(line);
    if (!row || row.length !== HEADER.length) return { error: { line: number, problem: "cells" } };
    const [time, score, when] = row;
    if (score === "") return { error: { line: number, problem: "empty-score" } };
    const { entry, problem } = checkEntry({ time, score: SCORE.test(score) ? Number(score) : NaN, when }, limits);
    if (problem) return { error: { line: number, problem } };
    entries.push(entry);
  }
  return { entries };
}
