// The reader's routine choices (points left out, hold length, sound, speech) and what follows from them:
// the steps to run and the total the page states. Pure: no DOM; the words come from the page's JSON
// (acupoints/routine.py, player_words), the storage from lib/storage.js.

export const CHOICES = "routine"; // the name under the site's scope in storage
// Where the routine kept the choices before storage was scoped to the site: read once, moved over.
export const UNSCOPED = "acupressure-routine";

// Stored choices of any shape, made valid: what is known is kept, anything else is the default
// (every point in, the first hold length, no sound, no speech), so a damaged value never stops the routine.
export function validChoices(value, codes, lengths) {
  const stored = value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  const leftOut = Array.isArray(stored.leftOut) ? stored.leftOut.filter((code) => codes.includes(code)) : [];
  return {
    leftOut: [...new Set(leftOut)],
    length: lengths.includes(stored.length) ? stored.length : lengths[0],
    sound: stored.sound === true,
    speech: stored.speech === true,
  };
}

// The reader's choices from `store` (lib/storage.js), or from the old unscoped key in `storage`,
// which is moved under the site's scope (and removed only once the move was stored).
export function loadChoices(store, storage, codes, lengths) {
  const stored = store.read(CHOICES);
  if (stored.found || stored.blocked) return validChoices(stored.value, codes, lengths);
  let old = null;
  try {
    old = storage.getItem(UNSCOPED);
  } catch {
    return validChoices(null, codes, lengths);
  }
  if (old === null) return validChoices(null, codes, lengths);
  let value = null;
  try {
    value = JSON.parse(old);
  } catch {
    // unreadable: the defaults, and the old text stays where it was
  }
  const choices = validChoices(value, codes, lengths);
  if (value !== null && store.write(CHOICES, choices)) {
    try {
      storage.removeItem(UNSCOPED);
    } catch {
      // it stays; the scoped copy is read first from now on
    }
  }
  return choices;
}

export function chosenSteps(plans, { leftOut, length }) {
  return plans[length].filter((step) => !leftOut.includes(step.point));
}

// Seconds to whole minutes, halves rounded up, at least 1: integer arithmetic, the same rule as
// acupoints/routine.py whole_minutes, so page and player never disagree (Math.round and Python's
// round do, at 2.5).
export function wholeMinutes(seconds) {
  return Math.max(1, Math.floor((seconds + 30) / 60));
}

// "{points}, about {minutes} …" with its places filled from `values`; unknown places stay as they are.
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (place, name) => (name in values ? String(values[name]) : place));
}

// What the page says of a choice's steps: how many points and about how long, finding included.
export function totalWords(words, steps) {
  const points = new Set(steps.map((step) => step.point)).size;
  if (points === 0) return words.none_chosen;
  const minutes = wholeMinutes(steps.reduce((sum, step) => sum + step.seconds, 0));
  return fill(words.total, {
    points: words.points[points] ?? points,
    minutes: words.minutes[minutes] ?? words.minutes[words.minutes.length - 1],
  });
}

// What a key does during a run: "pause", "next", "back" or null. Keys typed into a text field, or
// pressed while a dialog or the search is open, belong there and never move the routine.
export function keyAction(key, { modifier = false, typing = false, inDialog = false, onControl = false } = {}) {
  if (modifier || typing || inDialog) return null;
  if (key === " ") return onControl ? null : "pause";
  if (key === "ArrowRight") return "next";
  if (key === "ArrowLeft") return "back";
  return null;
}
