// The routine's cues for a reader who is not looking at the screen: a vibration and a tone pattern
// for each kind of change, all different, and the voice to say each step in. Pure: the player plays
// them. No words here: what is said is each step's own text from the page.

// What a step's start is to the reader: a new point to find, getting ready, pressing, changing
// sides; and the end of the routine. Vibration in ms (on, off, on...); tones as [hertz, seconds].
export const CUES = {
  find: { vibrate: [600, 150, 200], tones: [[440, 0.3], [330, 0.5]] }, // next point: long, then falling
  ready: { vibrate: [100, 100, 100], tones: [[660, 0.12], [660, 0.12]] }, // get ready: two short
  hold: { vibrate: [500], tones: [[880, 0.6]] }, // press now: one long, high
  switch: { vibrate: [150, 100, 150, 100, 150], tones: [[587, 0.12], [784, 0.12], [587, 0.12]] }, // change sides: three
  done: { vibrate: [200, 100, 200, 100, 800], tones: [[523, 0.2], [659, 0.2], [784, 0.6]] }, // rising, the last long
};

// The gap between two tones of a pattern, in seconds.
export const TONE_GAP = 0.08;

// A voice for the page's language: one on the device (it works offline) before an online one, the
// exact language before another region of it; null when none speaks it.
export function pickVoice(voices, lang) {
  const wanted = lang.toLowerCase();
  const base = wanted.split("-")[0];
  const speaks = voices.filter((voice) => voice.lang && voice.lang.toLowerCase().replace("_", "-").split("-")[0] === base);
  const rank = (voice) => (voice.localService ? 0 : 2) + (voice.lang.toLowerCase().replace("_", "-") === wanted ? 0 : 1);
  return speaks.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
