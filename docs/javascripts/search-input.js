// Search reads what a reader typed, however it was typed. Material reads the search field on each
// key released, but Hindi often arrives without one: voice typing, a word chosen from the keyboard's
// suggestions, text pasted from the menu. And a keyboard may type one Hindi letter two ways (ज़ as one
// code point, or as ज and a dot) while the search index holds the form the pages are written in,
// Unicode NFC. So on every change: the text in NFC, then a key-release event for Material to read it
// (it ignores a value it has already searched for). Runs before Material's own handlers (capture).
document.addEventListener(
  "input",
  (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.matches(".md-search__input")) return;
    const normal = field.value.normalize("NFC");
    if (normal !== field.value) field.value = normal;
    field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  },
  true,
);
