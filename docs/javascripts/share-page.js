// The share button at the top of the home page, the routine and the point pages
// (overrides/partials/share-page.html). The words it says afterwards are in the button's data.
import { sharePage } from "./lib/share-page.js";

for (const button of document.querySelectorAll("[data-share-page]")) {
  const status = document.getElementById(button.getAttribute("aria-describedby"));
  button.addEventListener("click", async () => {
    const { title, text } = button.dataset;
    const url = document.querySelector("link[rel=canonical]")?.href ?? location.href.split("#")[0];
    const outcome = await sharePage({
      share: navigator.share?.bind(navigator),
      canShare: navigator.canShare?.bind(navigator),
      copy: navigator.clipboard && ((link) => navigator.clipboard.writeText(link)),
    }, { title, text, url });
    status.textContent = { copied: button.dataset.copied, failed: button.dataset.failed }[outcome] ?? "";
  });
  // The line under the header goes at the reader's next touch, click or Escape, so it hides nothing for long.
  const clear = (event) => {
    const leaves = event.type === "keydown" ? event.key === "Escape" : !button.contains(event.target);
    if (status.textContent && leaves) {
      status.textContent = "";
    }
  };
  document.addEventListener("pointerdown", clear);
  document.addEventListener("keydown", clear);
}
