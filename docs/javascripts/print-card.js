// "Print this card" and "Print all cards". The print styles show only the card the URL points to
// (:target), so a single card also prints without JavaScript: follow the link, then print.
(function () {
  "use strict";

  for (const control of document.querySelectorAll("[data-print-card]")) {
    control.addEventListener("click", (event) => {
      event.preventDefault();
      location.hash = control.getAttribute("href");
      window.print();
    });
  }

  for (const control of document.querySelectorAll("[data-print-all]")) {
    control.hidden = false;
    control.addEventListener("click", () => window.print());
  }
})();
