// The pain log in this browser's storage. What is read back goes through the same checks as a
// loaded file: sound entries are used, anything else is kept exactly as it was (and can be saved
// as a file), never dropped. Every save reads the store again first and merges, so two tabs that
// save at once both keep their entry. The log of the first version, stored under a key without
// the site's path, moves into this store without losing an entry.

import { merged, sortOut } from "./pain-entries.js";
import { openStore, openUnscopedStore } from "./storage.js";

export const NAME = "pain-log";
export const OLD_KEY = "acupressure-pain-log";

// What a stored value holds: its items, or the value itself as one item when it is not a list
// (text that is not JSON stays text, so it is kept as it was).
function items(result) {
  if (!result.found) return [];
  if ("broken" in result) return [result.broken];
  return Array.isArray(result.value) ? result.value : [result.value];
}

// `limits()` gives the moments an entry may have now (pain-entries.js `bounds`).
export function openPainLog(storage, scope, limits) {
  const store = openStore(storage, scope);
  const old = openUnscopedStore(storage);

  // {entries, damaged, blocked, hasOld}: blocked when the browser refuses to read site data.
  function load() {
    const current = store.read(NAME), previous = old.read(OLD_KEY);
    if (current.blocked || previous.blocked) return { entries: [], damaged: [], blocked: true, hasOld: false };
    const { entries, damaged } = sortOut([...items(current), ...items(previous)], limits());
    const unique = [...new Map(damaged.map((item) => [JSON.stringify(item), item])).values()];
    return { entries: merged(entries), damaged: unique, blocked: false, hasOld: previous.found };
  }

  // Adds entries; true when the browser stored them. The damaged items are written back too.
  function save(added) {
    const now = load();
    if (now.blocked) return false;
    if (!store.write(NAME, [...merged(now.entries, added), ...now.damaged])) return false;
    if (now.hasOld) old.remove(OLD_KEY); // moved: it is in the new store now
    return true;
  }

  // Deletes everything, the old store included; true when it is gone.
  function clear() {
    return store.remove(NAME) && old.remove(OLD_KEY);
  }

  return { load, save, clear, key: store.key(NAME), oldKey: OLD_KEY };
}
