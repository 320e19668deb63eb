"""An edition's glossary (translations/<code>/glossary.yml): one word for each English term, used on
every page and in every message. Wherever the English has the term, the translation has the
glossary's word, and never a word the glossary says to avoid; the build names the first place that
does not (editions.edition_problems), for every published edition that has a glossary."""
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Not words: the names a message fills in ({score}) and the pain log's CSV columns, the same in every edition.
_NOT_WORDS = re.compile(r"\{\w*\}|%\(\w+\)s|time, ?score, ?when")
_CALLS = re.compile(r"\{\{.*?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Term:
    english: str
    word: str  # the edition's word for it
    avoid: tuple[str, ...] = ()


def terms_of(glossary: dict, code: str, shown_as: str) -> tuple[list[Term], str | None]:
    """The glossary's terms, and the first problem with them (a term without the edition's word, or a
    term written twice), as one line naming the file and the entry."""
    terms, seen = [], {}
    for index, entry in enumerate(glossary.get("terms") or []):
        english, word = (entry or {}).get("en"), (entry or {}).get(code)
        if not isinstance(english, str) or not isinstance(word, str) or not english.strip() or not word.strip():
            return terms, f"{shown_as}: /terms/{index}: a term needs `en` and `{code}`, each a word or words"
        if english.lower() in seen:
            return terms, (f"{shown_as}: /terms/{index}: {english!r} is in the glossary twice (first at "
                           f"/terms/{seen[english.lower()]}); keep one word for each term")
        seen[english.lower()] = index
        terms.append(Term(english, word, tuple(entry.get("avoid") or ())))
    return terms, None


def page_words(markdown: str) -> str:
    """A page's own words: without front matter and macro calls (their words are in messages.po)."""
    return _CALLS.sub(" ", markdown.split("---", 2)[-1] if markdown.startswith("---") else markdown)


def _has_term(english: str, term: str) -> bool:
    return re.search(rf"\b{re.escape(term)}\b", _NOT_WORDS.sub(" ", english), re.IGNORECASE) is not None


def glossary_problems(terms: list[Term], glossary_file: str,
                      pairs: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    """One line for each place, of (where, English, translation), whose translation leaves the glossary."""
    for where, english, translated in pairs:
        for term in terms:
            # A term the translation keeps in English is part of a name kept as published ("European Spine
            # Journal"), not a word translated another way.
            if (_has_term(english, term.english) and not _has_term(translated, term.english)
                    and term.word not in translated):
                yield (f"{where}: the English says {term.english!r}, which is {term.word!r} in {glossary_file}; "
                       "use that word, or change the glossary for every page")
            for avoid in term.avoid:
                if avoid in translated:
                    yield (f"{where}: {avoid!r} is a word {glossary_file} avoids for {term.english!r}; "
                           f"write {term.word!r}")
