// The service worker: keeps the whole guide on the reader's device, so it works without a network.
// This is its source; the build (site_plugin/offline.py, scripts/offline.mjs) writes it to the site as
// sw.js, with Workbox's precache list put in below (PRECACHE): every file of the offline
// copy, with its revision, or with none where the file's name already carries a hash.
//
// Why not Workbox's own worker: it saves files one at a time (on slow 3G that took 90 seconds), it
// cannot refill a precache the reader has cleared, and bundling it costs seconds on every build.
"use strict";

const PRECACHE = self.__WB_MANIFEST;
const OFFLINE_PAGE = "offline/index.html"; // docs/offline.md; the build stops without it
const DOWNLOADS_AT_ONCE = 6; // what a browser opens to one HTTP/1.1 server
// One cache for every version: a new version adds only the files that changed, and the version
// before it keeps working from the same cache until the new one takes over.
const CACHE = `offline-guide:${self.registration.scope}`;

// A file's cache key is its address, with its revision when its name carries none.
const files = PRECACHE.map(({ url, revision }) => {
  const address = new URL(url, self.location).href;
  return { address, revision, key: revision ? `${address}?revision=${revision}` : address };
});
const keyOf = new Map(files.map((file) => [file.address, file.key]));

// Saves every file that is not saved yet; resolves to how many it saved, or fails if any failed.
// One fill at a time, so two tabs asking for a repair do not download twice.
let filling = null;
function fill() {
  filling ??= (async () => {
    const cache = await caches.open(CACHE);
    const saved = new Set((await cache.keys()).map((request) => request.url));
    const missing = files.filter((file) => !saved.has(file.key));
    const queue = [...missing];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await save(cache, file);
    };
    await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, worker));
    return missing.length;
  })().finally(() => { filling = null; });
  return filling;
}

async function save(cache, { address, revision, key }) {
  // A file with a revision must be this revision, not an older copy from the browser's HTTP cache.
  // A file whose name carries a hash is the same wherever it comes from: a first visit has just
  // downloaded it, and the HTTP cache gives it again without a second download.
  let response = await fetch(address, { cache: revision ? "reload" : "default", credentials: "same-origin" });
  if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
  // A response that followed a redirect cannot answer a page's own request later.
  if (response.redirected) response = new Response(await response.blob(), response);
  await cache.put(key, response);
}

self.addEventListener("install", (event) => event.waitUntil(fill()));

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  const cache = await caches.open(CACHE);
  const current = new Set(keyOf.values());
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
  // The precache of the Workbox worker this one replaces.
  for (const name of await caches.keys()) {
    if (name.startsWith("workbox-precache")) await caches.delete(name);
  }
  // Take charge of the open pages at once, so the first visit already works offline.
  await self.clients.claim();
})()));

self.addEventListener("message", (event) => {
  const { type } = event.data ?? {};
  if (type === "SKIP_WAITING") {
    // The reader chose Reload: this version takes over (docs/javascripts/register-service-worker.js).
    self.skipWaiting();
  } else if (type === "CHECK_OFFLINE_COPY") {
    // A page asks whether everything is still saved (the reader may have cleared the site's storage)
    // and, if not, to save it again. The answer goes back on the message's port.
    const reply = (answer) => event.ports[0]?.postMessage(answer);
    event.waitUntil(fill().then(
      (repaired) => reply({ complete: true, repaired }),
      () => reply({ complete: false, repaired: 0 }),
    ));
  }
});

// The address of the file a request asks for: the query and the fragment make no new page, and a
// folder's address is its index.html.
function fileAddress(url) {
  const address = `${url.origin}${url.pathname}`;
  return address.endsWith("/") ? `${address}index.html` : address;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const key = keyOf.get(fileAddress(url));
  if (key) {
    event.respondWith(fromCopy(key, request));
  } else if (request.mode === "navigate") {
    event.respondWith(pageOrOfflinePage(url, request));
  }
});

async function fromCopy(key, request) {
  // When the reader has cleared the site's storage the copy is gone: the network, until the next
  // page asks for a repair.
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(request);
}

// An address that is not a saved page: a folder's address without its last "/" goes to the
// folder; anything else to the network, and offline to the offline page.
async function pageOrOfflinePage(url, request) {
  if (keyOf.has(`${fileAddress(url)}/index.html`)) {
    return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
  }
  try {
    return await fetch(request);
  } catch (error) {
    const page = await caches.match(keyOf.get(new URL(OFFLINE_PAGE, self.location).href), { cacheName: CACHE });
    if (page) return page;
    throw error;
  }
}
