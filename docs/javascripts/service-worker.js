// Registers the service worker that keeps the whole guide on the device for offline use
// (made by `make build`: scripts/offline.mjs, Workbox). It registers after the page has loaded, so
// saving the site never slows the first visit. When a new version has been saved, it offers a
// reload and never forces one, so a routine in progress is not cut short. Where there is no worker
// (`make serve`), registering fails quietly and nothing else changes.
"use strict";

(function () {
  if (!("serviceWorker" in navigator)) return;
  const script = document.currentScript.src;
  const notice = document.getElementById("update-notice");

  window.addEventListener("load", async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register(new URL("../sw.js", script), {
        scope: new URL("../", script).pathname,
      });
    } catch {
      return;
    }
    let reloading = false;
    const offer = (waiting) => {
      notice.hidden = false;
      notice.querySelector("button").addEventListener("click", () => {
        reloading = true;
        waiting.postMessage({ type: "SKIP_WAITING" }); // Workbox's worker then takes over
      }, { once: true });
    };
    navigator.serviceWorker.addEventListener("controllerchange", () => { if (reloading) location.reload(); });
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const installing = registration.installing;
      installing.addEventListener("statechange", () => {
        if (installing.state === "installed" && navigator.serviceWorker.controller) offer(installing);
      });
    });
  });
})();
