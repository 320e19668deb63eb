// After `mkdocs build`: make the built site work offline and installable. Workbox (workbox-build,
// pinned in package.json) writes site/sw.js, a service worker with a revisioned precache of the
// whole site: every page, the search index, the figures, the routine and the cards. A changed file
// gets a new revision, so the next visit fetches just what changed.
//
//   node scripts/offline.mjs [site folder]      (make build runs it)
import { generateSW } from "workbox-build";

const site = process.argv[2] ?? "site";

const { count, size, warnings } = await generateSW({
  globDirectory: site,
  globPatterns: ["**/*.{html,css,js,json,svg,png,webmanifest}"],
  globIgnores: [
    "sw.js",
    "assets/javascripts/lunr/**", // search in other languages; this site is in English only
    "**/*.map",
  ],
  swDest: `${site}/sw.js`,
  inlineWorkboxRuntime: true, // one file, no extra request
  mode: "production",
  sourcemap: false,
  // A page's address is its folder: /guide/ is guide/index.html; ?q= and other parameters do not
  // make a new page.
  directoryIndex: "index.html",
  ignoreURLParametersMatching: [/.*/],
  // Take charge of the open page at once, so the first visit already works offline; but wait with a
  // new version until the reader chooses to reload (docs/javascripts/service-worker.js).
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
  // An address that is not part of the guide: the network, or offline the guide's offline page.
  runtimeCaching: [{
    urlPattern: ({ request }) => request.mode === "navigate",
    handler: "NetworkOnly",
    options: { precacheFallback: { fallbackURL: "offline/index.html" } },
  }],
});
for (const warning of warnings) console.warn(warning);
console.log(`${site}/sw.js: ${count} files precached, ${(size / 1024).toFixed(0)} KiB before compression`);
