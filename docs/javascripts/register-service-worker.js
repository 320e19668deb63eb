// Registers the service worker (sw.js, written by the build: site_plugin/offline.py), which saves the
// whole guide on this device so it works without a network. It registers after the page has loaded,
// so saving never slows the first visit, and then:
// - says "Ready to use offline" once everything is saved (also after a repair);
// - asks the worker, on every page, whether the saved copy is whole: a reader who cleared the
//   site's storage gets it saved again while online;
// - offers a reload when a new version has been saved, and never forces one, so a routine in
//   progress is not cut short. Reload works in every tab that shows the offer, also after another
//   tab has already let the new version take over.
// One notice at a time, and the reader can close each (lib/offline-notices.js decides which). The
// words are in the page (overrides/main.html); this script only shows them. `mkdocs serve` leaves
// this script out.
import { copyJustSaved, newVersionReady, shownNotice } from "./lib/offline-notices.js";

const workers = navigator.serviceWorker;
const notices = { newVersion: false, copySaved: false, closed: new Set() };
let reloading = false;

if (workers) start();

async function start() {
  if (document.readyState !== "complete") {
    await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  }
  let registration;
  try {
    registration = await workers.register(new URL("../sw.js", import.meta.url));
  } catch {
    return; // no worker here (blocked site data, a private window): the guide works as a website
  }
  if (!registration) return; // registration refused without an error (a browser set to block workers)
  const firstCopy = !registration.active; // nothing of this edition saved on this device yet: this visit saves it

  const offerUpdate = () => {
    // Once offered, the offer stays: another tab may let the new version take over meanwhile.
    notices.newVersion ||= newVersionReady({ controller: workers.controller, active: registration.active,
      waiting: registration.waiting });
    showNotice();
  };
  offerUpdate();
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offerUpdate();
    });
  });
  workers.addEventListener("controllerchange", () => {
    if (reloading) window.location.reload();
  });
  document.addEventListener("click", (event) => {
    const action = event.target.closest?.("[data-offline-action]")?.dataset.offlineAction;
    if (action === "reload") reload(registration);
    else if (action === "dismiss") {
      const notice = event.target.closest("[data-offline-notice]");
      notice.hidden = true;
      notices.closed.add(notice.id);
      // Keyboard focus would fall back to the top of the page: the page's title, just below, keeps it.
      const title = document.querySelector(".md-content h1");
      if (title) {
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
    }
  });
  // Material's instant navigation (if it is turned on) swaps the page's body: show the offer again.
  window.document$?.subscribe?.(offerUpdate);

  const active = await activeWorker(registration);
  const { complete, repaired } = await ask(active, { type: "CHECK_OFFLINE_COPY" });
  document.documentElement.dataset.offlineCopy = complete ? "whole" : "incomplete"; // for the tests
  notices.copySaved = copyJustSaved({ complete, firstCopy, repaired });
  showNotice();
}

// This registration's own worker, once it is active, so the answer is about this edition's copy.
// Not `workers.ready`: on a page of the Hindi edition that the English edition's worker runs while
// the Hindi one installs, that promise gives the English registration if anything asked for it
// before this registration was made. A message to a worker that is still activating gets no answer
// in Chromium: hence the wait till it is active.
function activeWorker(registration) {
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  return new Promise((resolve) => {
    const resolveIfActive = () => {
      if (worker.state === "activated") resolve(worker);
    };
    worker.addEventListener("statechange", resolveIfActive);
    resolveIfActive();
  });
}

function reload(registration) {
  if (registration.waiting) {
    reloading = true; // the new version takes over, then the page reloads (controllerchange)
    registration.waiting.postMessage({ type: "SKIP_WAITING" });
  } else {
    window.location.reload(); // another tab has let the new version take over already
  }
}

// Shows the notice lib/offline-notices.js chooses, in place of the other.
function showNotice() {
  const shown = shownNotice(notices);
  if (!shown) return;
  for (const notice of document.querySelectorAll("[data-offline-notice]")) notice.hidden = notice.id !== shown;
}

// Posts a message to the worker and resolves to its answer.
function ask(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}
