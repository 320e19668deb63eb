// Material opens its menu, its search and each navigation section by ticking a hidden checkbox
// through a label, which takes no keyboard focus and has no name. The overrides put real buttons
// there (data-toggles names the checkbox); this makes them tick it, and keeps aria-expanded in step,
// also when Material ticks a checkbox from its own code, which fires no change event.
"use strict";

(function () {
  const buttons = [...document.querySelectorAll("button[data-toggles]")]
    .map((button) => ({ button, toggle: document.getElementById(button.dataset.toggles) }))
    .filter(({ toggle }) => toggle);
  const sync = () => {
    for (const { button, toggle } of buttons) button.setAttribute("aria-expanded", String(toggle.checked));
  };
  for (const { button, toggle } of buttons) {
    button.addEventListener("click", () => {
      toggle.checked = !toggle.checked;
      toggle.dispatchEvent(new Event("change", { bubbles: true })); // Material follows the checkbox
    });
  }
  document.addEventListener("change", sync);
  document.addEventListener("click", () => setTimeout(sync));
  document.addEventListener("keyup", () => setTimeout(sync));
  sync();
})();
