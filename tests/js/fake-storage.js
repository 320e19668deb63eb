// A stand-in for localStorage for the unit tests: it starts with `initial` (key -> stored text) and
// can be made to refuse, as a full or blocked browser storage does. Not a test file itself.
export function memory(initial = {}, { refuseWrites = false, refuseReads = false } = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem(key) { if (refuseReads) throw new Error("SecurityError"); return items.has(key) ? items.get(key) : null; },
    setItem(key, value) { if (refuseWrites) throw new Error("QuotaExceededError"); items.set(key, String(value)); },
    removeItem(key) { if (refuseReads) throw new Error("SecurityError"); items.delete(key); },
  };
}
