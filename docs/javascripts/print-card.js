// "Print this card" and "Print all cards" buttons. The print styles show only the card the URL points
// to (:target), so "Print this card" moves to the card, prints, and gives the focus back to the
// button. Without JavaScript the buttons are hidden (overrides/main.html); a link to the card stays.
"use strict";

for (const button of document.querySelectorAll("[data-print-card]")) {
  button.addEventListener("click", () => {
    location.hash = button.dataset.printCard;
    window.print();
    button.focus();
  });
}
for (const button of document.querySelectorAll("[data-print-all]")) {
  button.addEventListener("click", () => window.print());
}
