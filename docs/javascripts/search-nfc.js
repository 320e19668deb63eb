// What a reader types into search, in the form the pages are written in (Unicode NFC). A keyboard may
// type the same Hindi letter two ways (ज़ as one code point or as ज and a dot), and the search index
// matches code points: without this the other way would find nothing. It runs before Material's own
// handler reads the field (the capture phase, on the document).
document.addEventListener(
  "input",
  (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.matches(".md-search__input")) return;
    const normal = field.value.normalize("NFC");
    if (normal !== field.value) field.value = normal;
  },
  true,
);
