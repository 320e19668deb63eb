// The private pain log: saves each answer to "How bad is your back pain right now?" in this browser's
// storage, and on "My progress" shows the entries as a table and a chart, reads them honestly, and
// exports, imports and deletes them. Nothing leaves the device. The words and the number of days
// come from the page (acupoints/pain_log.py).
"use strict";

(function () {
  const STORE = "acupressure-pain-log";
  const KINDS = ["before", "after", "other"];
  const DAY = 86400000;

  const read = () => {
    try {
      const entries = JSON.parse(localStorage.getItem(STORE));
      return Array.isArray(entries) ? entries : [];
    } catch {
      return [];
    }
  };
  const write = (entries) => {
    entries.sort((a, b) => a.time.localeCompare(b.time));
    localStorage.setItem(STORE, JSON.stringify(entries));
    document.dispatchEvent(new Event("pain-log-change"));
  };

  // Every question on the page (My progress, and before and after a routine) saves an entry.
  for (const form of document.querySelectorAll(".pain-question")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const chosen = form.querySelector("input:checked");
      const saved = form.querySelector(".pain-question__saved");
      if (!chosen) {
        saved.textContent = "Choose a number from 0 to 10 first.";
        return;
      }
      write([...read(), { time: new Date().toISOString(), score: Number(chosen.value), when: form.dataset.when }]);
      saved.textContent = `Saved: ${chosen.value} out of 10.`;
    });
  }

  const root = document.getElementById("pain-log");
  if (!root) return;
  const settings = JSON.parse(document.getElementById("pain-log-settings").textContent);
  const summary = root.querySelector(".pain-log__summary");
  const chart = root.querySelector(".pain-chart");
  const svg = chart.querySelector("svg");
  const description = svg.querySelector("desc");
  const table = root.querySelector(".pain-log__table");
  const advice = root.querySelector(".pain-log__advice");
  const status = root.querySelector(".pain-log__tools-status");
  const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
  const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
  const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

  // "before sessions, pain went from 7 to 4 over 12 days": what each series shows, in words.
  function describe(entries) {
    const parts = [];
    for (const kind of KINDS) {
      const series = entries.filter((entry) => entry.when === kind);
      if (series.length < 2) continue;
      const first = series[0], last = series[series.length - 1];
      parts.push(`${settings.when[kind]}, pain went from ${first.score} to ${last.score} over ${plural(days(first.time, last.time), "day")}`);
    }
    const count = plural(entries.length, "entry", "entries");
    const said = parts.join("; ");
    return parts.length ? `${count}. ${said[0].toUpperCase()}${said.slice(1)}.` : `${count} so far.`;
  }

  // An honest reading: never a cure, never a cause; only what the numbers did, and when to see a GP.
  function reading(entries) {
    if (entries.length < 2) return "";
    const first = entries[0], last = entries[entries.length - 1];
    const span = days(first.time, last.time);
    const recent = entries.slice(-3).map((entry) => entry.score);
    if (last.score > first.score && recent.length === 3 && recent[0] < recent[1] && recent[1] < recent[2]) {
      return `Your pain is getting worse: it went from ${first.score} to ${last.score}, and it has gone up in each of your last three entries.`;
    }
    if (span >= settings.reviewAfterDays && last.score >= first.score) {
      return `Your log covers ${plural(span, "day")}, and your pain has not gone down: it went from ${first.score} to ${last.score}.`;
    }
    return "";
  }

  const SVG = "http://www.w3.org/2000/svg";
  const draw = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    svg.append(element);
    return element;
  };

  function drawChart(entries) {
    for (const child of [...svg.children]) if (!["title", "desc"].includes(child.tagName)) child.remove();
    const left = 48, right = 620, top = 16, bottom = 250;
    const start = entries[0].time;
    const span = Math.max(1, days(start, entries[entries.length - 1].time));
    const x = (entry) => left + ((Date.parse(entry.time) - Date.parse(start)) / DAY / span) * (right - left);
    const y = (score) => bottom - (score / 10) * (bottom - top);
    for (const score of [0, 5, 10]) {
      draw("line", { class: "pain-chart__grid", x1: left, x2: right, y1: y(score), y2: y(score) });
      draw("text", { class: "pain-chart__label", x: left - 8, y: y(score) + 4, "text-anchor": "end" }, String(score));
    }
    draw("text", { class: "pain-chart__label", x: left, y: 290 }, dateOnly.format(new Date(start)));
    draw("text", { class: "pain-chart__label", x: right, y: 290, "text-anchor": "end" },
      dateOnly.format(new Date(entries[entries.length - 1].time)));
    // The days a routine was done, marked along the bottom.
    const routineDays = new Set(entries.filter((e) => e.when !== "other").map((e) => Math.round(x(e))));
    for (const at of routineDays) draw("line", { class: "pain-chart__routine-day", x1: at, x2: at, y1: bottom, y2: bottom + 10 });
    for (const kind of KINDS) {
      const series = entries.filter((entry) => entry.when === kind);
      chart.querySelector(`.pain-chart__key--${kind}`).hidden = !series.length; // a key only for what is drawn
      if (!series.length) continue;
      draw("polyline", { class: `pain-chart__line pain-chart__line--${kind}`, points: series.map((e) => `${x(e)},${y(e.score)}`).join(" ") });
      for (const entry of series) {
        draw("circle", { class: `pain-chart__point pain-chart__point--${kind}`, cx: x(entry), cy: y(entry.score), r: 5 });
      }
    }
  }

  function render() {
    const entries = read();
    const body = table.querySelector("tbody");
    body.replaceChildren(...entries.map((entry) => {
      const row = document.createElement("tr");
      for (const value of [dateTime.format(new Date(entry.time)), String(entry.score), settings.when[entry.when]]) {
        row.append(Object.assign(document.createElement("td"), { textContent: value }));
      }
      return row;
    }));
    table.hidden = chart.hidden = entries.length === 0;
    summary.textContent = entries.length ? describe(entries)
      : "No entries yet. Answer the question above, or before and after a routine.";
    description.textContent = summary.textContent;
    if (entries.length) drawChart(entries);
    const honest = reading(entries);
    advice.hidden = !honest;
    advice.querySelector(".pain-log__advice-text").textContent = honest;
  }

  // ---- Keep or move the log: CSV out, CSV in, delete.
  const csv = (entries) => ["time,score,when", ...entries.map((e) => `${e.time},${e.score},${e.when}`)].join("\n") + "\n";

  function parse(text) {
    const lines = text.trim().split(/\r?\n/);
    if (lines.shift()?.trim() !== "time,score,when") throw new Error("the first line must be: time,score,when");
    return lines.filter((line) => line.trim()).map((line, index) => {
      const [time, score, when] = line.split(",").map((part) => part.trim());
      const number = Number(score);
      if (Number.isNaN(Date.parse(time)) || !Number.isInteger(number) || number < 0 || number > 10 || !KINDS.includes(when)) {
        throw new Error(`line ${index + 2} is not an entry: ${line.slice(0, 60)}`);
      }
      return { time: new Date(time).toISOString(), score: number, when };
    });
  }

  root.querySelector("[data-action=export]").addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv(read())], { type: "text/csv" }));
    link.download = "pain-log.csv";
    link.click();
    URL.revokeObjectURL(link.href);
    status.textContent = "Saved pain-log.csv.";
  });
  root.querySelector("[data-action=import]").addEventListener("change", async (event) => {
    const [file] = event.target.files;
    if (!file) return;
    try {
      const loaded = parse(await file.text());
      const known = new Set(read().map((entry) => JSON.stringify(entry)));
      const fresh = loaded.filter((entry) => !known.has(JSON.stringify(entry)));
      write([...read(), ...fresh]);
      status.textContent = `Loaded ${plural(fresh.length, "new entry", "new entries")} from ${file.name}.`;
    } catch (error) {
      status.textContent = `Nothing was loaded: ${error.message}.`;
    }
    event.target.value = "";
  });
  root.querySelector("[data-action=print]").addEventListener("click", () => window.print());
  root.querySelector("[data-action=delete]").addEventListener("click", () => {
    if (!window.confirm("Delete every entry from this device? This cannot be undone.")) return;
    localStorage.removeItem(STORE);
    document.dispatchEvent(new Event("pain-log-change"));
    status.textContent = "Every entry is deleted.";
  });

  document.addEventListener("pain-log-change", render);
  window.addEventListener("storage", (event) => { if (event.key === STORE) render(); });
  render();
})();
