// The routine page: runs the steps the page was built with (acupoints/routine.py), one at a time.
// Time comes from the clock, not from counting ticks, so a phone that slows a background tab still
// ends each hold on time, and coming back shows the right step. Nothing leaves the device; the
// reader's choices stay in this browser's storage.
"use strict";

(function () {
  const root = document.getElementById("routine");
  if (!root) return;
  const plans = JSON.parse(document.getElementById("routine-plan").textContent);
  const form = root.querySelector(".routine-form");
  const setup = root.querySelector(".routine-setup");
  const player = root.querySelector(".routine-player");
  const done = root.querySelector(".routine-done");
  const title = player.querySelector("#routine-step-title");
  const progress = player.querySelector(".routine-progress");
  const sideLine = player.querySelector(".routine-side");
  const countdown = player.querySelector(".routine-countdown");
  const announcer = root.querySelector(".routine-announcer");
  const total = root.querySelector(".routine-total");
  const buttons = Object.fromEntries([...root.querySelectorAll("[data-action]")].map((b) => [b.dataset.action, b]));
  const startButton = form.querySelector(".routine-start");
  const STORE = "acupressure-routine";

  // ---- The reader's choices, remembered on this device. Every point is in unless they left it out.
  const saved = (() => { try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch { return {}; } })();
  for (const box of form.elements.point) box.checked = !(saved.leftOut || []).includes(box.value);
  if (saved.length) form.elements.hold.value = saved.length;
  form.elements.sound.checked = saved.sound === true;

  const choices = () => ({
    leftOut: [...form.elements.point].filter((box) => !box.checked).map((box) => box.value),
    length: form.elements.hold.value || "short",
    sound: form.elements.sound.checked,
  });
  const chosenSteps = () => {
    const { leftOut, length } = choices();
    return plans[length].filter((step) => !leftOut.includes(step.point));
  };
  const minutes = (seconds) => Math.max(1, Math.round(seconds / 60));
  function showTotal() {
    const chosen = chosenSteps();
    const seconds = chosen.reduce((sum, step) => sum + (step.seconds || 0), 0);
    const points = new Set(chosen.map((step) => step.point)).size;
    total.textContent = points
      ? `${points} point${points > 1 ? "s" : ""}, about ${minutes(seconds)} minute${minutes(seconds) > 1 ? "s" : ""} of pressing.`
      : "Tick at least one point to start.";
    startButton.disabled = points === 0;
  }
  form.addEventListener("change", () => {
    try { localStorage.setItem(STORE, JSON.stringify(choices())); } catch { /* private mode: not remembered */ }
    showTotal();
  });
  showTotal();

  // ---- Running: which step, and how much of it has passed, measured on the clock.
  let run = null; // {steps, index, spent (ms before startedAt), startedAt (ms or null when paused)}
  let timer = null;
  let wakeLock = null;
  let audio = null;

  const now = () => performance.now();
  const elapsed = () => run.spent + (run.startedAt === null ? 0 : now() - run.startedAt);
  const current = () => run.steps[run.index];

  function cue() {
    if (navigator.vibrate) navigator.vibrate(150);
    if (!audio) return;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 528;
    volume.gain.setValueAtTime(0.08, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
  }

  async function keepAwake(on) {
    try {
      if (on && !wakeLock && "wakeLock" in navigator && document.visibilityState === "visible") {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => { wakeLock = null; });
      } else if (!on && wakeLock) {
        await wakeLock.release();
      }
    } catch { /* not allowed here: the screen may dim, nothing else changes */ }
  }

  // Show one part, bring its top (below the sticky header) into view, and put the focus on its
  // heading, so a screen reader starts there.
  function show(section, heading = section.querySelector("h2")) {
    for (const part of [setup, player, done]) part.hidden = part !== section;
    section.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }

  function render() {
    const step = current();
    const timed = step.kind !== "find";
    const remaining = timed ? Math.max(0, Math.ceil((step.seconds * 1000 - elapsed()) / 1000)) : null;
    countdown.textContent = timed ? String(remaining) : "";
    countdown.hidden = !timed;
    buttons.ready.hidden = timed;
    buttons.pause.hidden = !timed;
    const paused = run.startedAt === null && timed;
    buttons.pause.textContent = paused ? "Resume" : "Pause";
    buttons.pause.setAttribute("aria-pressed", String(paused));
    buttons.back.disabled = run.index === 0;
    player.classList.toggle("routine-player--paused", paused);
  }

  function enter(index, spent = 0) {
    run.index = index;
    run.spent = spent;
    run.startedAt = current().kind === "find" ? null : now();
    const step = current();
    progress.textContent = `Step ${index + 1} of ${run.steps.length}`;
    title.textContent = step.kind === "find" ? `Find ${step.title}` : step.kind === "switch" ? "Change sides" : step.title;
    const side = step.side ? step.side[0].toUpperCase() + step.side.slice(1) : "";
    sideLine.textContent = step.kind === "hold" ? side : step.kind === "switch" ? step.say : "";
    for (const panel of player.querySelectorAll(".routine-point")) panel.hidden = panel.dataset.point !== step.point;
    announcer.textContent = step.say;
    render();
  }

  function finish() {
    stopTimer();
    keepAwake(false);
    run = null;
    show(done);
    announcer.textContent = "Done. That is the whole routine.";
    cue();
  }

  // Move on by the clock: a hold that ended while the tab slept carries its extra time into the
  // next step, until a step that waits for the reader.
  function tick() {
    if (!run) return;
    let moved = false;
    while (current().kind !== "find" && run.startedAt !== null && elapsed() >= current().seconds * 1000) {
      const extra = elapsed() - current().seconds * 1000;
      if (run.index + 1 >= run.steps.length) { finish(); return; }
      enter(run.index + 1, extra);
      moved = true;
    }
    if (moved) cue();
    render();
  }

  function startTimer() { if (!timer) timer = setInterval(tick, 250); }
  function stopTimer() { clearInterval(timer); timer = null; }

  function go(index) {
    if (index >= run.steps.length) { finish(); return; }
    enter(Math.max(0, index));
    cue();
  }

  function togglePause() {
    if (!run || current().kind === "find") return;
    if (run.startedAt === null) {
      run.startedAt = now();
      announcer.textContent = "Going on.";
    } else {
      run.spent = elapsed();
      run.startedAt = null;
      announcer.textContent = "Paused.";
    }
    render();
  }

  function stop() {
    stopTimer();
    keepAwake(false);
    run = null;
    show(setup, startButton);
    announcer.textContent = "Stopped.";
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = chosenSteps();
    if (!chosen.length) return;
    // Browsers allow sound only when it starts from a tap: this is that tap.
    if (choices().sound && !audio && window.AudioContext) audio = new AudioContext();
    if (!choices().sound) audio = null;
    run = { steps: chosen, index: 0, spent: 0, startedAt: null };
    enter(0);
    show(player, title);
    startTimer();
    keepAwake(true);
  });
  buttons.ready.addEventListener("click", () => { go(run.index + 1); buttons.pause.focus(); });
  buttons.pause.addEventListener("click", togglePause);
  buttons.next.addEventListener("click", () => go(run.index + 1));
  buttons.back.addEventListener("click", () => go(run.index - 1));
  buttons.stop.addEventListener("click", stop);
  buttons.again.addEventListener("click", () => show(setup, startButton));

  document.addEventListener("keydown", (event) => {
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    const onControl = event.target.closest("button, input, a, select, textarea");
    if (event.key === " " && !onControl) { event.preventDefault(); togglePause(); }
    if (event.key === "ArrowRight") { event.preventDefault(); go(run.index + 1); }
    if (event.key === "ArrowLeft") { event.preventDefault(); go(run.index - 1); }
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible" || !run) return;
    tick(); // the right step at once, not at the next interval
    keepAwake(true); // browsers release the lock when the tab is hidden
  });
})();
