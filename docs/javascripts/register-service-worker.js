// Registers the service worker (sw.js, written by the build: hooks/offline_site.py), which saves the
// whole guide on this device so it works without a network. It registers after the page has loaded,
// so saving never slows the first visit, and then:
// - says "Ready to use offline" once everything is saved (also after a repair);
// - asks the worker, on every page, whether the saved copy is whole: a reader who cleared the
//   site's storage gets it saved again while online;
// - offers a reload when a new version has been saved, and never forces one, so a routine in
//   progress is not cut short. Reload works in every tab that shows the offer, also after another
//   tab has already let the new version take over.
// The words are in the page (overrides/main.html); this script only shows them. `mkdocs serve`
// leaves this script out.
const workers = navigator.serviceWorker;
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
  const firstCopy = !registration.active; // nothing saved on this device yet: this visit saves it

  const offerUpdate = () => {
    if (registration.waiting && workers.controller) show("update-notice");
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
    else if (action === "dismiss") event.target.closest("[data-offline-notice]").hidden = true;
  });
  // Material's instant navigation (if it is turned on) swaps the page's body: show the offer again.
  window.document$?.subscribe?.(offerUpdate);

  const { active } = await workers.ready;
  // A message to a worker that is still activating gets no answer in Chromium: wait till it is active.
  if (active.state !== "activated") {
    await new Promise((resolve) => active.addEventListener("statechange", () => {
      if (active.state === "activated") resolve();
    }));
  }
  const { complete, repaired } = await ask(active, { type: "CHECK_OFFLINE_COPY" });
  document.documentElement.dataset.offlineCopy = complete ? "whole" : "incomplete"; // for the tests
  if (complete && (firstCopy || repaired > 0)) show("offline-ready");
}

function reload(registration) {
  if (registration.waiting) {
    reloading = true; // the new version takes over, then the page reloads (controllerchange)
    registration.waiting.postMessage({ type: "SKIP_WAITING" });
  } else {
    window.location.reload(); // another tab has let the new version take over already
  }
}

function show(id) {
  const notice = document.getElementById(id);
  if (notice) notice.hidden = false;
}

// Posts a message to the worker and resolves to its answer.
function ask(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}
