// The private pain log: saves each answer to the pain question (on My progress, and before and
// after a routine) in this browser's storage, and on My progress shows the entries as a table and
// a chart, the readings the log calls for, and a sheet to print for a doctor; it exports, imports
// and deletes them. Nothing leaves the device. Every word comes from the page (acupoints/pain_log.py);
// the logic is in lib/ (tested by node --test), so this file only reads and writes the page.

import { parseCsv, toCsv } from "./lib/pain-csv.js";
import { chartLayout } from "./lib/pain-chart.js";
import { bounds, instant, localTime, sameness } from "./lib/pain-entries.js";
import { readings } from "./lib/pain-readings.js";
import { openPainLog } from "./lib/pain-store.js";
import { byDay, columns, lastDays, series } from "./lib/pain-summary.js";
import { browserStorage, siteScope } from "./lib/storage.js";
import { counted, fill } from "./lib/words.js";

const forms = [...document.querySelectorAll(".pain-question")];
const root = document.getElementById("pain-log");
const settingsOf = (element) => JSON.parse(element.textContent);
const lang = document.documentElement.lang || undefined;
const SVG = "http://www.w3.org/2000/svg";
const canvas = document.createElement("canvas").getContext("2d"); // measures the charts' labels

if (forms.length) {
  const { firstDay, store } = settingsOf(forms[0].querySelector(".pain-question__settings"));
  const log = openPainLog(browserStorage(), siteScope(globalThis, store), () => bounds(firstDay, Date.now()));
  // The entries this tab saved: if another tab's save overwrote one, it is written again.
  const mine = [];
  const changed = () => document.dispatchEvent(new Event("pain-log-change"));

  for (const form of forms) ask(form, log, mine, changed);
  window.addEventListener("storage", (event) => {
    if (event.key !== log.key && event.key !== null) return; // null: all site data was cleared
    if (event.newValue === null) mine.length = 0; // deleted in another tab: so be it
    else if (mine.length) {
      const stored = new Set(log.load().entries.map(sameness));
      if (mine.some((entry) => !stored.has(sameness(entry)))) log.save(mine);
    }
    changed();
  });
  if (root) showLog(root, log, mine);
}

// One pain question: Save stores the chosen score, or says, on the spot, why it could not.
function ask(form, log, mine, changed) {
  const { words } = settingsOf(form.querySelector(".pain-question__settings"));
  const saved = form.querySelector(".pain-question__saved");
  const failed = form.querySelector(".pain-question__failed");
  form.querySelector(".pain-question__no-script").hidden = true;
  form.addEventListener("submit", (event) => event.preventDefault());
  form.querySelector(".pain-question__save").addEventListener("click", () => {
    const chosen = form.querySelector("input:checked");
    saved.textContent = failed.textContent = "";
    if (!chosen) {
      saved.textContent = words.choose;
      return;
    }
    const entry = { time: localTime(Date.now()), score: Number(chosen.value), when: form.dataset.when };
    if (log.save([entry])) {
      mine.push(entry);
      saved.textContent = fill(words.saved, { score: entry.score });
      changed();
    } else {
      failed.textContent = fill(words.notSaved, { score: entry.score });
    }
  });
}

// ---- My progress.
function showLog(root, log, mine) {
  const { firstDay, sheetDays, rules, words, locale, dates, store } = settingsOf(document.getElementById("pain-log-settings"));
  const part = (selector) => root.querySelector(selector);
  const summary = part(".pain-log__summary");
  const chart = part(".pain-chart");
  const svg = chart.querySelector("svg");
  const table = part(".pain-log__table");
  const status = part(".pain-log__tools-status");
  const sheet = part(".pain-sheet");
  // The date formats the page gives: dates as its language writes them (acupoints/pain_log.py).
  const [date, time, dayName, axisDate] = ["date", "time", "day", "axis"].map((name) => new Intl.DateTimeFormat(locale, dates[name]));
  const dateTime = (moment) => fill(words.dateTime, { date: date.format(moment), time: time.format(moment) });
  // The day a moment falls on in the reader's time, as the table and the sheet show it.
  const dayOf = (moment) => localTime(moment).slice(0, 10);
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const number = (value) => (typeof value === "number" ? oneDecimal.format(value) : value);
  let entries = [], damaged = [];

  document.querySelector(".pain-log__no-script").hidden = true;
  // Where other sites share this address (a project site under <owner>.github.io), they can read
  // what this browser keeps for it: the page says so.
  if (siteScope(globalThis, store) !== "/") {
    part(".pain-log__shared").textContent = fill(words.sharedAddress, { origin: location.host });
    part(".pain-log__shared").hidden = false;
  }

  function render() {
    const state = log.load();
    ({ entries, damaged } = state);
    part(".pain-log__problem").hidden = !state.blocked;
    part(".pain-log__problem").textContent = state.blocked ? words.blocked : "";
    part(".pain-log__damaged").hidden = !damaged.length;
    part(".pain-log__damaged-text").textContent = counted(words.damaged, damaged.length, lang);

    table.querySelector("tbody").replaceChildren(...entries.map((entry) => row(
      [dateTime(instant(entry.time)), String(entry.score), words.when[entry.when]])));
    table.hidden = chart.hidden = !entries.length;
    summary.textContent = describe();
    svg.querySelector("desc").textContent = summary.textContent;
    if (entries.length) drawScreenChart();
    showReadings();
    drawSheet();
  }

  function describe() {
    if (!entries.length) return words.empty;
    const count = counted(words.entries, entries.length, lang);
    const parts = series(entries, dayOf).map((one) => fill(words.series, {
      when: words.when[one.when], first: one.first, last: one.last, days: counted(words.days, one.days, lang),
    }));
    return parts.length ? fill(words.summary, { entries: count, series: parts.join(words.separator) })
      : fill(words.summaryShort, { entries: count });
  }

  function showReadings() {
    const found = new Map(readings(entries, rules).map((reading) => [reading.rule, reading]));
    for (const box of root.querySelectorAll(".pain-reading")) {
      const reading = found.get(box.dataset.reading);
      box.hidden = !reading;
      box.querySelector(".pain-reading__text").textContent = reading
        ? fill(rules.readings[reading.rule].text, Object.fromEntries(Object.entries(reading).map(([k, v]) => [k, number(v)])))
        : "";
    }
    part(".pain-log__readings").hidden = !found.size;
  }

  // ---- The chart: on screen, one unit is one CSS pixel and labels are the text's size.
  function drawScreenChart() {
    const width = Math.max(chart.clientWidth, 200);
    const fontSize = parseFloat(getComputedStyle(svg).fontSize);
    draw(svg, chartLayout(entries, { width, fontSize, label: axisDate.format, measure: measurer(svg, fontSize) }), chart.querySelector("figcaption"));
  }
  new ResizeObserver(() => { if (entries.length) drawScreenChart(); }).observe(chart.querySelector("figcaption"));

  // ---- The sheet printed for a doctor: one A4 page for up to sheetDays days.
  function drawSheet() {
    const shown = lastDays(entries, sheetDays);
    sheet.querySelector(".pain-sheet__longer").hidden = !shown.cut;
    sheet.querySelector(".pain-sheet__longer").textContent = fill(words.sheetLonger, { days: sheetDays });
    stampPrintDate();
    sheet.querySelector(".pain-sheet__range").textContent = shown.entries.length ? fill(words.sheetRange, {
      from: date.format(instant(shown.entries[0].time)),
      to: date.format(instant(shown.entries[shown.entries.length - 1].time)),
    }) : words.empty;
    const chartOnSheet = sheet.querySelector(".pain-sheet__chart");
    chartOnSheet.replaceChildren();
    if (shown.entries.length) {
      const layout = chartLayout(shown.entries, { width: 680, fontSize: 15, label: axisDate.format, measure: measurer(chartOnSheet, 15) });
      draw(chartOnSheet, layout, sheet.querySelector(".pain-sheet__key"));
    }
    const days = byDay(shown.entries, dayOf);
    const template = sheet.querySelector("template.pain-sheet__table");
    sheet.querySelector(".pain-sheet__tables").replaceChildren(...columns(days, days.length > 14 ? 2 : 1).map((part) => {
      const copy = template.content.firstElementChild.cloneNode(true);
      copy.querySelector("tbody").replaceChildren(...part.map((day) => row([dayName.format(day.moment),
        ...Object.values(day.scores).map((scores) => scores.join(words.listSeparator))])));
      return copy;
    }));
  }
  const stampPrintDate = () => {
    sheet.querySelector(".pain-sheet__printed").textContent = fill(words.printed, { date: date.format(Date.now()) });
  };
  window.addEventListener("beforeprint", stampPrintDate);

  // ---- Keep or move the log: CSV out, CSV in, delete.
  function download(text, type, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
    status.textContent = fill(words.exported, { file: name });
  }
  part("[data-action=export]").addEventListener("click", () => download(toCsv(entries), "text/csv", words.exportFile));
  part("[data-action=export-damaged]").addEventListener("click", () =>
    download(JSON.stringify(damaged, null, 2), "application/json", words.damagedFile));
  part("[data-action=import]").addEventListener("change", async (event) => {
    const [file] = event.target.files;
    event.target.value = "";
    if (!file) return;
    let text;
    try {
      text = await file.text();
    } catch {
      status.textContent = words.loadProblems.unreadable;
      return;
    }
    const { entries: loaded, error } = parseCsv(text, bounds(firstDay, Date.now()));
    if (error) {
      status.textContent = fill(words.loadProblems[error.problem], { line: error.line });
      return;
    }
    const known = new Set(entries.map(sameness));
    const fresh = loaded.filter((entry) => !known.has(sameness(entry)));
    if (!log.save(fresh)) {
      status.textContent = words.loadNotSaved;
      return;
    }
    mine.push(...fresh);
    status.textContent = counted(words.loaded, fresh.length, lang, { file: file.name });
    render();
  });
  part("[data-action=print]").addEventListener("click", () => {
    stampPrintDate();
    window.print();
  });
  part("[data-action=delete]").addEventListener("click", () => {
    if (!window.confirm(words.deleteConfirm)) return;
    if (log.clear()) {
      mine.length = 0;
      status.textContent = words.deleted;
    } else {
      status.textContent = words.deleteFailed;
    }
    render();
  });

  document.addEventListener("pain-log-change", render);
  render();
}

// How wide a chart's label is, in its units: its text drawn `fontSize` units high in the chart's font.
function measurer(svg, fontSize) {
  const style = getComputedStyle(svg);
  canvas.font = `${style.fontWeight} ${fontSize}px ${style.fontFamily}`;
  return (text) => canvas.measureText(text).width;
}

function row(values) {
  const tr = document.createElement("tr");
  for (const value of values) tr.append(Object.assign(document.createElement("td"), { textContent: value }));
  return tr;
}

// Draws a chart layout (lib/pain-chart.js) into an <svg>, keeping its <title> and <desc>.
// `keys` holds the chart's key: a key only for the kinds drawn.
function draw(svg, layout, keys) {
  for (const [kind, points] of Object.entries(layout.series)) keys.querySelector(`.pain-chart__key--${kind}`).hidden = !points.length;
  for (const child of [...svg.children]) if (!["title", "desc"].includes(child.tagName)) child.remove();
  svg.setAttribute("viewBox", `0 0 ${layout.width} ${layout.height}`);
  const add = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    svg.append(element);
  };
  const label = { class: "pain-chart__label", "font-size": layout.fontSize };
  for (const line of layout.grid) {
    add("line", { class: "pain-chart__grid", x1: layout.left, x2: layout.right, y1: line.y, y2: line.y });
    add("text", { ...label, x: line.labelX, y: line.labelY, "text-anchor": "end" }, line.text);
  }
  for (const date of layout.dates) add("text", { ...label, x: date.x, y: date.y, "text-anchor": date.anchor }, date.text);
  for (const at of layout.routineDays) {
    add("line", { class: "pain-chart__routine-day", x1: at, x2: at, y1: layout.bottom, y2: layout.bottom + layout.tick });
  }
  const radius = Math.max(4, layout.fontSize * 0.3);
  for (const [kind, points] of Object.entries(layout.series)) {
    if (!points.length) continue;
    add("polyline", { class: `pain-chart__line pain-chart__line--${kind}`, points: points.map((p) => `${p.x},${p.y}`).join(" ") });
    for (const p of points) add("circle", { class: `pain-chart__point pain-chart__point--${kind}`, cx: p.x, cy: p.y, r: radius });
  }
}
