// The routine page: runs the steps the page was built with (acupoints/routine.py), one at a time.
// Time comes from the clock (lib/routine-run.js), so a phone that slows a background tab still ends
// each hold on time. Every word shown or announced comes from the page's JSON. Nothing leaves the
// device; the reader's choices stay in this browser's storage (lib/storage.js).
import { browserStorage, openStore, siteScope } from "./lib/storage.js";
import { checkRead, rememberCheck } from "./lib/routine-check.js";
import { CHOICES, chosenSteps, fill, keyAction, loadChoices, totalWords } from "./lib/routine-choices.js";
import { CUES, TONE_GAP, pickVoice } from "./lib/routine-cues.js";
import * as clock from "./lib/routine-run.js";

function main() {
  const root = document.getElementById("routine");
  if (!root) return;
  const { plans, words, locale, store: shared, check: checkVersion } = JSON.parse(
    document.getElementById("routine-plan").textContent);
  const setup = root.querySelector(".routine-setup");
  const check = root.querySelector(".routine-check");
  const shortCheck = check.querySelector(".routine-check__short");
  const fullCheck = check.querySelector(".routine-check__full");
  const player = root.querySelector(".routine-player");
  const done = root.querySelector(".routine-done");
  const title = player.querySelector("#routine-step-title");
  const progress = player.querySelector(".routine-progress");
  const sideLine = player.querySelector(".routine-side");
  const countdown = player.querySelector(".routine-countdown");
  const announcer = root.querySelector(".routine-announcer");
  const notice = player.querySelector(".routine-notice");
  const awakeNote = player.querySelector(".routine-awake");
  const voiceNote = player.querySelector(".routine-voice");
  const total = root.querySelector(".routine-total");
  const savedNote = root.querySelector(".routine-saved");
  const buttons = Object.fromEntries([...root.querySelectorAll("[data-action]")].map((b) => [b.dataset.action, b]));
  const startButton = root.querySelector(".routine-start");
  const pointBoxes = [...root.querySelectorAll("input[name=point]")];
  const lengthRadios = [...root.querySelectorAll("input[name=hold]")];
  const soundBox = root.querySelector("input[name=sound]");
  const speechBox = root.querySelector("input[name=speech]");

  // ---- The reader's choices, remembered on this device. Every point is in unless they left it out.
  const storage = browserStorage();
  const store = openStore(storage, siteScope(globalThis, shared));
  const saved = loadChoices(store, storage, pointBoxes.map((box) => box.value), Object.keys(plans));
  for (const box of pointBoxes) box.checked = !saved.leftOut.includes(box.value);
  for (const radio of lengthRadios) radio.checked = radio.value === saved.length;
  soundBox.checked = saved.sound;
  speechBox.checked = saved.speech;

  const choices = () => ({
    leftOut: pointBoxes.filter((box) => !box.checked).map((box) => box.value),
    length: (lengthRadios.find((radio) => radio.checked) || lengthRadios[0]).value,
    sound: soundBox.checked,
    speech: speechBox.checked,
  });
  function showTotal() {
    const chosen = chosenSteps(plans, choices());
    total.textContent = totalWords(words, chosen);
    startButton.disabled = chosen.length === 0;
  }
  setup.addEventListener("change", (event) => {
    if (!event.target.closest(".routine-form")) return; // the pain question saves itself
    savedNote.textContent = store.write(CHOICES, choices()) ? "" : words.not_saved;
    showTotal();
  });
  showTotal();

  // ---- Running: which step, and how much of it has passed (lib/routine-run.js).
  let run = null;
  let timer = null;
  let wakeLock = null;
  let audio = null;
  let speaking = false;
  const now = () => performance.now();

  // A change the reader can feel and hear: the pattern for its kind (lib/routine-cues.js), and the
  // step's words spoken when they chose that.
  function cue(kind, text) {
    const pattern = CUES[kind];
    if (navigator.vibrate) navigator.vibrate(pattern.vibrate);
    if (audio) {
      let at = audio.currentTime;
      for (const [hertz, seconds] of pattern.tones) {
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.frequency.value = hertz;
        volume.gain.setValueAtTime(0.3, at);
        volume.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
        tone.connect(volume).connect(audio.destination);
        tone.start(at);
        tone.stop(at + seconds);
        at += seconds + TONE_GAP;
      }
    }
    if (speaking) {
      speechSynthesis.cancel(); // the newest step, not a queue of old ones
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = locale;
      const voice = pickVoice(speechSynthesis.getVoices(), locale);
      if (voice) utterance.voice = voice;
      speechSynthesis.speak(utterance);
    }
  }

  // Speech when chosen and a voice speaks the page's language (browsers may list no voices yet: then
  // the browser picks one by the language); otherwise say so, and sound instead.
  function chooseCues() {
    const { sound, speech } = choices();
    const voices = "speechSynthesis" in window ? speechSynthesis.getVoices() : null;
    speaking = speech && voices !== null && (voices.length === 0 || pickVoice(voices, locale) !== null);
    voiceNote.textContent = speech && !speaking ? words.no_voice : "";
    // Browsers allow sound only when it starts from a tap: this is that tap.
    const wantSound = sound || (speech && !speaking);
    if (wantSound && !audio && window.AudioContext) audio = new AudioContext();
    if (!wantSound) audio = null;
  }

  const cueStep = () => cue(clock.current(run).kind, clock.current(run).say);

  async function keepAwake(on) {
    try {
      if (on && !wakeLock && "wakeLock" in navigator && document.visibilityState === "visible") {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => { wakeLock = null; });
      } else if (!on && wakeLock) {
        await wakeLock.release();
      }
      if (on && !("wakeLock" in navigator)) awakeNote.textContent = words.no_wake_lock;
    } catch {
      awakeNote.textContent = words.no_wake_lock; // refused: say so, the screen may go off
    }
  }

  // Show one part, bring its top (below the sticky header) into view, and put the focus on its
  // heading, so a screen reader starts there.
  function show(section, heading = section.querySelector("h2")) {
    for (const part of [setup, check, player, done]) part.hidden = part !== section;
    section.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }

  function render() {
    const left = clock.secondsLeft(run, now());
    countdown.textContent = left === null ? "" : String(left);
    countdown.hidden = left === null;
    buttons.ready.hidden = left !== null;
    buttons.pause.hidden = left === null;
    const paused = clock.isPaused(run);
    buttons.pause.textContent = paused ? words.resume : words.pause;
    buttons.pause.setAttribute("aria-pressed", String(paused));
    buttons.back.disabled = run.index === 0;
    player.classList.toggle("routine-player--paused", paused);
  }

  // Show the step the run is on: its words, its point's panel, and in the drawing the markers it
  // presses (site.css sets them apart by size, outline and colour, and fades the other).
  function showStep(message = "") {
    const step = clock.current(run);
    progress.textContent = fill(words.progress, { step: run.index + 1, steps: run.steps.length });
    title.textContent = step.heading;
    sideLine.textContent = step.detail;
    notice.textContent = message;
    for (const panel of player.querySelectorAll(".routine-point")) {
      panel.hidden = panel.dataset.point !== step.point;
      panel.querySelectorAll(".marker").forEach((marker, number) => {
        marker.classList.toggle("marker--pressed", step.markers.includes(number));
        marker.classList.toggle("marker--idle", !step.markers.includes(number));
      });
    }
    announcer.textContent = message ? `${message} ${step.say}` : step.say;
    render();
  }

  function finish() {
    stopTimer();
    keepAwake(false);
    run = null;
    show(done);
    announcer.textContent = words.done;
    cue("done", words.done);
  }

  // While the page is hidden (the screen went off, another app) nothing moves on: the reader could
  // not see or hear the change. See comeBack.
  function tick() {
    if (!run || document.visibilityState === "hidden") return;
    const { moved, done: ended } = clock.catchUp(run, now());
    if (ended) { finish(); return; }
    if (moved) { showStep(); cueStep(); } else render();
  }

  // Back from a hidden page: if the step that was on ended meanwhile, go to the next one only, hold
  // it at its start and say what happened, never skip a side silently.
  function comeBack() {
    const interrupted = clock.current(run);
    const { moved, done: ended } = clock.catchUp(run, now(), 1);
    if (ended) { finish(); return; }
    if (!moved) { render(); return; }
    clock.holdAtStart(run);
    showStep(fill(words.screen_off, { step: interrupted.heading }));
    cueStep();
  }

  function startTimer() { if (!timer) timer = setInterval(tick, 250); }
  function stopTimer() { clearInterval(timer); timer = null; }

  function go(index) {
    if (clock.goTo(run, index, now()) === "done") { finish(); return; }
    showStep();
    cueStep();
  }

  function togglePause() {
    if (!run) return;
    const result = clock.togglePause(run, now());
    if (!result) return;
    announcer.textContent = result === "paused" ? words.paused : words.going_on;
    render();
  }

  function stop() {
    stopTimer();
    keepAwake(false);
    run = null;
    show(setup, startButton);
    announcer.textContent = words.stopped;
  }

  // Start leads to the safety check; the timer begins from there. A reader who has begun from this
  // check before sees its short form, with the full check folded under it (lib/routine-check.js).
  startButton.addEventListener("click", () => {
    if (!chosenSteps(plans, choices()).length) return;
    const read = checkRead(store, checkVersion);
    shortCheck.hidden = !read;
    fullCheck.hidden = read;
    buttons["full-check"].hidden = !read;
    buttons["full-check"].setAttribute("aria-expanded", String(!read));
    show(check);
  });
  buttons["full-check"].addEventListener("click", () => {
    fullCheck.hidden = !fullCheck.hidden;
    buttons["full-check"].setAttribute("aria-expanded", String(!fullCheck.hidden));
  });
  buttons.setup.addEventListener("click", () => show(setup, startButton));
  buttons.begin.addEventListener("click", () => {
    const chosen = chosenSteps(plans, choices());
    if (!chosen.length) return;
    rememberCheck(store, checkVersion); // refused: the full check shows again next time, nothing else changes
    chooseCues();
    run = clock.startRun(chosen, now());
    showStep();
    cueStep();
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
    if (!run) return;
    const target = event.target instanceof Element ? event.target : document.body;
    const action = keyAction(event.key, {
      modifier: event.altKey || event.ctrlKey || event.metaKey,
      typing: Boolean(target.closest("input, textarea, select")) || (target instanceof HTMLElement && target.isContentEditable),
      // An open dialog, or Material's search (its toggle is a checkbox with the id __search).
      inDialog: Boolean(target.closest("dialog, [role=dialog]") || document.querySelector("dialog[open]")
        || document.getElementById("__search")?.checked),
      onControl: Boolean(target.closest("button, a")),
    });
    if (!action) return;
    event.preventDefault();
    if (action === "pause") togglePause();
    if (action === "next") go(run.index + 1);
    if (action === "back") go(run.index - 1);
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible" || !run) return;
    comeBack(); // at once, not at the next interval
    keepAwake(true); // browsers release the lock when the tab is hidden
  });

  root.classList.add("routine--started"); // site.css: Start shows, the "needs JavaScript" note goes
}

main();
