// How readers type the edition's words, as the build decided it (acupoints/spellings.py): the page
// embeds the spellings as JSON, {pairs: [[as the pages write it, as a reader may type it], ...],
// groups: [[words that find each other], ...]}; these apply them.

// Text with every mark a reader may leave out left out, in lower case, as spellings.py folds it.
export function fold(text, pairs) {
  let folded = text.normalize("NFC").toLowerCase();
  for (const [written, typed] of pairs) folded = folded.replaceAll(written, typed);
  return folded;
}

// A finder for one text: finder(text)(word) is true when the word, typed any of the ways the pairs
// allow, is in the text, or when it begins a word of a group another of whose words is in the text
// (it is still being typed, as in the site's search).
export function finderFor({ pairs, groups }) {
  const foldedGroups = groups.map((group) => group.map((member) => fold(member, pairs)));
  return (text) => {
    const folded = fold(text, pairs);
    return (word) => {
      const typed = fold(word, pairs);
      return folded.includes(typed) || foldedGroups.some(
        (group) => group.some((member) => member.startsWith(typed)) && group.some((member) => folded.includes(member)),
      );
    };
  };
}
