// Sharing a page from the page: the phone's own share sheet (the Web Share API) where the browser has
// one, else the link copied for the reader to paste. Nothing leaves the device but what the reader
// sends. Pure: the browser's functions come in as arguments, so node can test every path.

// sharePage({ share, canShare, copy }, { title, text, url }) resolves to what happened:
// "shared", "cancelled" (the reader closed the share sheet), "copied" or "failed".
export async function sharePage({ share, canShare, copy }, data) {
  if (share && (!canShare || canShare(data))) {
    try {
      await share(data);
      return "shared";
    } catch (error) {
      if (error?.name === "AbortError") return "cancelled";
      // Anything else (no permission, a sheet that failed to open): copying still works.
    }
  }
  if (!copy) return "failed";
  try {
    await copy(data.url);
    return "copied";
  } catch {
    return "failed";
  }
}
