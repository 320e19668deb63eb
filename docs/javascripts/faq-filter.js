// FAQ page: the filter box and the question links. Every control is already in the page, so nothing
// moves when this runs; without JavaScript the box is hidden (overrides/main.html) and every
// question shows.
import { finderFor } from "./lib/spellings.js";
import { counted, fill } from "./lib/words.js";

const box = document.getElementById("faq-filter");
const words = box && JSON.parse(document.getElementById("faq-filter-words").textContent);
const lang = document.documentElement.lang || undefined;

// FAQ: the filter box narrows the questions as you type; Escape clears it.
if (box) {
  const input = box.querySelector("input");
  const status = box.querySelector("[role=status]");
  const siteSearch = box.querySelector(".faq-filter__search");
  const article = box.closest("article");
  // A word is found however a reader types it (ज़ोर or जोर), or by another word for it.
  const finder = finderFor(JSON.parse(document.getElementById("faq-filter-spellings").textContent));

  // A question is its h3 plus everything up to the next heading; a group is an h2 and its questions.
  const groups = [];
  for (const heading of article.querySelectorAll("h2, h3")) {
    if (heading.tagName === "H2") {
      groups.push({ heading, questions: [] });
    } else if (groups.length) {
      const parts = [heading];
      for (let next = heading.nextElementSibling; next && !/^H[23]$/.test(next.tagName); next = next.nextElementSibling) {
        if (!next.classList.contains("review-dates")) parts.push(next);
      }
      const searchable = parts.filter((part) => !part.querySelector(".faq-link"));
      const has = finder(searchable.map((part) => part.textContent).join(" "));
      groups[groups.length - 1].questions.push({ parts, has });
    }
  }
  const total = groups.reduce((count, group) => count + group.questions.length, 0);

  function applyFilter() {
    const typed = input.value.split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const group of groups) {
      let groupShown = 0;
      for (const question of group.questions) {
        const matches = typed.every(question.has);
        for (const part of question.parts) part.hidden = !matches;
        if (matches) groupShown += 1;
      }
      group.heading.hidden = groupShown === 0;
      shown += groupShown;
    }
    const query = input.value.trim();
    siteSearch.hidden = !query || shown > 0;
    if (!query) {
      status.textContent = "";
    } else if (shown === 0) {
      status.textContent = fill(words.noMatch, { query });
      siteSearch.href = "?q=" + encodeURIComponent(query);
      siteSearch.textContent = fill(words.searchSite, { query });
    } else {
      status.textContent = counted(words.matching, shown, lang, { total });
    }
  }

  input.addEventListener("input", applyFilter);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value) {
      input.value = "";
      applyFilter();
      event.stopPropagation(); // keep Material from treating it as its own shortcut
    }
  });
}

// FAQ: "Link to this question" also copies the question's address (the words come with the filter).
for (const link of words ? document.querySelectorAll(".faq-link") : []) {
  link.addEventListener("click", () => {
    if (!navigator.clipboard) return;
    // Only the visible words change; the hidden rest of the link's name still says which question.
    navigator.clipboard.writeText(link.href).then(() => { link.firstChild.textContent = words.linkCopied; }, () => {});
  });
}
