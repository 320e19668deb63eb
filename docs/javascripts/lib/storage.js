// What a reader keeps in this browser (pain-log entries, routine choices), read and written in one
// guarded place: storage can be full, blocked or switched off, and every write says whether it
// worked so the page can tell the reader. Keys carry the site's path, as Material's __md_get and
// __md_set do, so two guides published on one address do not read each other's data.

// `storage` is window.localStorage (or a stand-in in tests); `scope` is the site's base path.
export function openStore(storage, scope) {
  return guarded(storage, (name) => `${scope}.${name}`);
}

// Keys as they are, for data an earlier version stored before keys carried the site's path: read
// it, move it into the scoped store, and only then remove it.
export function openUnscopedStore(storage) {
  return guarded(storage, (name) => name);
}

function guarded(storage, key) {
  return {
    key,
    // {found: false} when nothing is stored; {found: true, value} when it reads as JSON;
    // {found: true, broken: text} when it does not: the caller must not overwrite it blindly.
    read(name) {
      let text;
      try {
        text = storage.getItem(key(name));
      } catch {
        return { found: false, blocked: true };
      }
      if (text === null) return { found: false };
      try {
        return { found: true, value: JSON.parse(text) };
      } catch {
        return { found: true, broken: text };
      }
    },
    // true when the value was stored; false when the browser refused (full, blocked, private mode).
    write(name, value) {
      try {
        storage.setItem(key(name), JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(name) {
      try {
        storage.removeItem(key(name));
        return true;
      } catch {
        return false;
      }
    },
  };
}

// window.localStorage, or a stand-in that refuses everything where the browser blocks it (reading
// the property itself throws when a reader has blocked site data).
export function browserStorage(win = globalThis) {
  try {
    if (win.localStorage) return win.localStorage;
  } catch {
    // blocked: fall through to the stand-in
  }
  const refuse = () => { throw new DOMException("", "SecurityError"); }; // as a browser that blocks site data
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

// The site's base path, for openStore: Material puts it in __md_scope on every page.
// `shared` is where the guide's English edition is from this edition (the page's settings say:
// "../" in the Hindi edition), so a reader's log is the same in every edition.
export function siteScope(win = globalThis, shared = "./") {
  return win.__md_scope ? new URL(shared, win.__md_scope).pathname : "/";
}
