// Whether the reader has already begun the routine from its safety check on this device: then the
// page shows the check's short form first, the full check one tap away. The page names the check it
// asks (acupoints/routine_page.py, check_version), so a check that gains or drops a warning sign or
// caution is shown in full again. Pure: storage through lib/storage.js.

export const CHECK_READ = "routine-check"; // the name under the site's scope in storage

// True only when this device remembers this very check; nothing stored, a blocked or damaged value,
// or another check all mean "show it in full".
export function checkRead(store, version) {
  const stored = store.read(CHECK_READ);
  return stored.found === true && stored.value === version;
}

// Remember that the reader began from this check. false when the browser refused: the full check
// then shows again next time, and the routine goes on as before.
export function rememberCheck(store, version) {
  return store.write(CHECK_READ, version);
}
