// A run of the routine: which step it is on and how much of it has passed, measured on a clock
// (`now`, in milliseconds: performance.now in the page), never by counting ticks. Pure: the player
// (routine-player.js) shows what this says.

// A step the reader ends (finding the point: Ready), not the clock.
export const waitsForReader = (step) => step.kind === "find";

export function startRun(steps, now) {
  return enter({ steps, index: 0, spent: 0, startedAt: null }, 0, 0, now);
}

// Go to step `index`, with `spent` ms of it already passed; a timed step starts running at `now`.
export function enter(run, index, spent, now) {
  run.index = index;
  run.spent = spent;
  run.startedAt = waitsForReader(run.steps[index]) ? null : now;
  return run;
}

export const current = (run) => run.steps[run.index];

export const elapsed = (run, now) => run.spent + (run.startedAt === null ? 0 : now - run.startedAt);

export const isPaused = (run) => run.startedAt === null && !waitsForReader(current(run));

// Whole seconds left of a timed step, counting down; null while waiting for the reader.
export function secondsLeft(run, now) {
  const step = current(run);
  if (waitsForReader(step)) return null;
  return Math.max(0, Math.ceil((step.seconds * 1000 - elapsed(run, now)) / 1000));
}

// Pause a running step, or go on with a paused one. Returns "paused", "resumed", or null when
// there is nothing to pause (the reader is finding a point).
export function togglePause(run, now) {
  if (waitsForReader(current(run))) return null;
  if (run.startedAt === null) {
    run.startedAt = now;
    return "resumed";
  }
  run.spent = elapsed(run, now);
  run.startedAt = null;
  return "paused";
}

// Hold the step at its start until the reader goes on (a paused step, or one that waits anyway).
export function holdAtStart(run) {
  run.spent = 0;
  run.startedAt = null;
}

// Step `index` from its start; "done" past the last step.
export function goTo(run, index, now) {
  if (index >= run.steps.length) return "done";
  enter(run, Math.max(0, index), 0, now);
  return "moved";
}

// Move on by the clock: a timed step that has ended gives way to the next, which keeps the time
// that passed since, until a step that waits for the reader. At most `limit` steps. Returns how many
// steps it moved and whether the run is done.
export function catchUp(run, now, limit = Infinity) {
  let moved = 0;
  while (moved < limit && run.startedAt !== null && elapsed(run, now) >= current(run).seconds * 1000) {
    const extra = elapsed(run, now) - current(run).seconds * 1000;
    if (run.index + 1 >= run.steps.length) return { moved, done: true };
    enter(run, run.index + 1, extra, now);
    moved += 1;
  }
  return { moved, done: false };
}
