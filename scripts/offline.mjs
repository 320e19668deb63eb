// Writes the service worker of a built site: scripts/service-worker.js, with Workbox's precache list
// (workbox-build's getManifest; pinned in package.json) in place of self.__WB_MANIFEST, as
// <site>/sw.js. The list is every page, the search index, the figures, the scripts, the styles and
// the icons, each with a revision, so a new version of the guide downloads only what changed; files
// whose names carry a hash (Material's) need none.
//
//   node scripts/offline.mjs <site folder>
//
// The MkDocs build runs it (site_plugin/offline.py). On success it prints the precache list as JSON
// for the hook's checks; on a problem, one line on stderr and exit code 1.
import { readFile, writeFile } from "node:fs/promises";

const site = process.argv[2];
const fail = (line) => {
  console.error(line);
  process.exit(1);
};
if (!site) fail("usage: node scripts/offline.mjs <site folder>");

let getManifest;
try {
  ({ getManifest } = await import("workbox-build"));
} catch {
  fail("workbox-build is not installed: run `make node_modules/.installed` (npm ci)");
}

const { manifestEntries, warnings } = await getManifest({
  globDirectory: site,
  globPatterns: ["**/*.{html,css,js,json,svg,png,webmanifest}"],
  globIgnores: [
    "sw.js",
    "assets/javascripts/lunr/**", // search in other languages; this site is in English only
    "**/*.map",
    "assets/previews/**", // the pictures a shared link shows in chat apps; no page shows them
  ],
  // Material's files: bundle.a5f9d56c.min.js, main.57a0d79d.min.css and the like.
  dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.min\.(?:js|css)$/,
}).catch((error) => fail(`${site}/sw.js: ${error.message.split("\n")[0]}`));
// Workbox warns when it leaves a file out (too big, for one): then the guide is not whole offline.
if (warnings.length) fail(`${site}/sw.js: ${warnings[0].replace(/\s+/g, " ").trim()}`);

const entries = manifestEntries.map(({ url, revision }) => ({ url, revision }));
const source = await readFile(new URL("service-worker.js", import.meta.url), "utf8");
await writeFile(`${site}/sw.js`, source.replace("self.__WB_MANIFEST", () => JSON.stringify(entries)));
console.log(JSON.stringify(entries));
