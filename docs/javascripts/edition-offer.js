// Shows the one-line offer of another edition (overrides/partials/edition-offer.html) when the
// browser prefers that edition's language to the page's. It never leaves the page by itself: the
// reader follows the link or not. The words are in the page.
import { offeredEdition } from "./lib/edition-offer.js";

const offers = [...document.querySelectorAll("[data-edition-offer]")];
const chosen = offeredEdition(navigator.languages ?? [navigator.language], document.documentElement.lang,
  offers.map((offer) => offer.dataset.editionOffer));
for (const offer of offers) offer.hidden = offer.dataset.editionOffer !== chosen;
