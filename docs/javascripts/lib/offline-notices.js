// What the service worker's notices (overrides/main.html) say, and when: the decisions of
// docs/javascripts/register-service-worker.js, which only shows the one chosen. Pure: the workers
// come in as plain objects with a scriptURL, so node can test every case.

// A new version is ready when a new worker of this registration waits and the page runs on this
// registration's active worker. A page of the Hindi edition (its worker's scope /hi/) that the
// English edition's worker (scope /) controls while its own first worker installs is being saved
// for the first time: its waiting worker is no new version.
export function newVersionReady({ controller, active, waiting }) {
  return Boolean(waiting && active && controller?.scriptURL === active.scriptURL);
}

// Whether to say the copy is saved: once the whole copy is there, on the visit that saved it first
// or that repaired it, not on every page.
export function copyJustSaved({ complete, firstCopy, repaired }) {
  return complete && (firstCopy || repaired > 0);
}

// The id of the one notice to show, or null: one at a time, so two never stack. The offer of a new
// version replaces the news that the copy is saved, and a notice the reader closed stays closed.
export function shownNotice({ newVersion, copySaved, closed }) {
  if (newVersion) return closed.has("update-notice") ? null : "update-notice";
  return copySaved && !closed.has("offline-ready") ? "offline-ready" : null;
}
