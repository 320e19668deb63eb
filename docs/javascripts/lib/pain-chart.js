// Where everything on the pain chart goes, in the chart's own units. The page draws it twice: on
// screen one unit is one CSS pixel and the labels are the text's size, so they grow with the
// reader's text size and never shrink with a narrow screen; on the printed sheet the chart has a
// fixed width and label size chosen to print at 9 pt or more.

import { instant, KINDS } from "./pain-entries.js";
import { DAY } from "./pain-readings.js";

// `width` and `fontSize` in chart units; `label(moment)` writes a date for the axis and
// `measure(text)` says how wide it is, in chart units.
export function chartLayout(entries, { width, fontSize, label, measure }) {
  const left = fontSize * 2.2; // room for "10"
  const right = width - fontSize * 0.6;
  const top = fontSize * 0.8;
  const bottom = top + Math.min(Math.max((right - left) * 0.4, fontSize * 8), fontSize * 14);
  const start = instant(entries[0].time), end = instant(entries[entries.length - 1].time);
  const span = Math.max(end - start, DAY);
  const x = (entry) => left + ((instant(entry.time) - start) / span) * (right - left);
  const y = (score) => bottom - (score / 10) * (bottom - top);
  const grid = [0, 5, 10].map((score) => ({ y: y(score), labelX: left - fontSize * 0.4, labelY: y(score) + fontSize * 0.35, text: String(score) }));
  // The first and the last day under the chart's ends, side by side where they fit with a space
  // between them, else the last on a line of its own (large text, long month names).
  const first = label(start), last = label(end);
  const dateY = bottom + fontSize * 1.9;
  const dates = [{ x: left, y: dateY, anchor: "start", text: first }];
  if (last !== first) {
    const sideBySide = left + measure(first) + fontSize <= right - measure(last);
    dates.push({ x: right, y: sideBySide ? dateY : dateY + fontSize * 1.3, anchor: "end", text: last });
  }
  const height = dates[dates.length - 1].y + fontSize * 0.3; // the routine-day ticks and the dates below
  const routineDays = [...new Set(entries.filter((entry) => entry.when !== "other").map((entry) => Math.round(x(entry))))];
  const series = Object.fromEntries(KINDS.map((kind) => [kind,
    entries.filter((entry) => entry.when === kind).map((entry) => ({ x: x(entry), y: y(entry.score) }))]));
  return { width, height, left, right, top, bottom, fontSize, grid, dates, routineDays, tick: fontSize * 0.6, series };
}
