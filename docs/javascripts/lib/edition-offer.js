// Which other edition of the guide to offer a reader: the first of their browser's languages that the
// guide is written in, when that is not the page's own. A reader whose browser puts the page's
// language first, or names no language the guide has, is offered nothing. Pure.

const primary = (tag) => String(tag).toLowerCase().split("-")[0];

// offeredEdition(["hi-IN", "en-GB"], "en", ["hi"]) -> "hi"; offeredEdition(["en-IN", "hi"], "en", ["hi"]) -> null
export function offeredEdition(readerLanguages, pageLanguage, offered) {
  for (const tag of readerLanguages) {
    if (primary(tag) === primary(pageLanguage)) return null;
    const edition = offered.find((lang) => primary(lang) === primary(tag));
    if (edition) return edition;
  }
  return null;
}
