"""How readers type an edition's words: the spellings search and the FAQ filter accept besides the pages'
own. They come from the edition's glossary (translations/<code>/glossary.yml): `typed` says which marks
a reader's keyboard leaves out or writes another way (ज़ typed as ज, ॉ as ा), and a term's `also` lists
other words readers use for it (प्रेगनेंसी for गर्भावस्था); the term's English and its own word belong with
them. English has no glossary, so nothing but the pages' words."""
import itertools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .characters import character_problem
from .errors import DataError, json_pointer
from .language import ENGLISH


@dataclass(frozen=True)
class Spellings:
    """`pairs`: (as the pages write it, as a reader may type it), literal text; `groups`: words that
    find each other, each in lower case."""

    pairs: tuple[tuple[str, str], ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()

    def fold(self, text: str) -> str:
        """Text with every mark a reader may leave out left out, in lower case: two spellings of a word
        fold to the same text. docs/javascripts/lib/spellings.js folds the same way."""
        text = unicodedata.normalize("NFC", text).lower()
        for written, typed in self.pairs:
            text = text.replace(written, typed)
        return text

    def forms(self, word: str) -> set[str]:
        """The other ways a reader may type a word: each mark of the pairs it holds left as it is or
        typed the other way (फ़ॉर: फॉर, फ़ार, फार). Search gets these, as it cannot fold what is typed."""
        present = [pair for pair in self.pairs if pair[0] in word]
        found = set()
        for count in range(1, len(present) + 1):
            for chosen in itertools.combinations(present, count):
                form = word
                for written, typed in chosen:
                    form = form.replace(written, typed)
                found.add(form)
        found.discard(word)
        return found

    def others(self, words: list[str]) -> set[str]:
        """The words a reader may type to find these words (as a separator splits a text): their other
        forms, and the members of every group one of whose members they hold, in their forms too."""
        folded = self.fold(" ".join(words))
        found = set(words)
        for group in self.groups:
            if any(self.fold(member) in folded for member in group):
                found.update(word for member in group for word in member.split())
        found.update(*(self.forms(word) for word in list(found)))
        return found - set(words)

    def for_script(self) -> dict:
        """What the FAQ filter needs to fold as this module does (rendered into the page as JSON)."""
        return {"pairs": [list(pair) for pair in self.pairs], "groups": [list(group) for group in self.groups]}


NO_SPELLINGS = Spellings()


def glossary_path(project_dir: Path, code: str) -> Path:
    return Path(project_dir, "translations", code, "glossary.yml")


def load_spellings(project_dir: Path, code: str) -> Spellings:
    """The edition's spellings from its glossary; none for English or an edition without a glossary."""
    path = glossary_path(project_dir, code)
    if code == ENGLISH or not path.is_file():
        return NO_SPELLINGS
    shown_as = str(path.relative_to(project_dir))
    try:
        glossary = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise DataError(shown_as, "", f"not readable YAML: {str(error).splitlines()[0]}") from None
    return spellings_from(glossary, code, shown_as)


def spellings_from(glossary, code: str, shown_as: str) -> Spellings:
    """The spellings a glossary (as YAML gives it) describes, checked: a mistake names where it is."""
    if not isinstance(glossary, dict):
        raise DataError(shown_as, "", "must be a mapping with `terms` (and `typed`)")
    rules, terms = glossary.get("typed", []), glossary.get("terms")
    if not isinstance(rules, list):
        raise DataError(shown_as, "/typed", "must be a list of spellings")
    if not isinstance(terms, list):
        raise DataError(shown_as, "/terms", "must be a list of terms")
    pairs = [pair for index, rule in enumerate(rules) for pair in _rule_pairs(rule, ["typed", index], shown_as)]
    groups = [_group(term, code, ["terms", index], shown_as) for index, term in enumerate(terms)
              if isinstance(term, dict) and "also" in term]
    return Spellings(tuple(pairs), tuple(groups))


def _text(value, path: list, shown_as: str, empty: bool = False) -> str:
    if not isinstance(value, str) or not (value or empty):
        raise DataError(shown_as, json_pointer(path), "must be text" if empty else "must be text, not empty")
    if problem := character_problem(value):
        raise DataError(shown_as, json_pointer(path), problem)
    if value != unicodedata.normalize("NFC", value):
        raise DataError(shown_as, json_pointer(path), "must be in Unicode NFC, as the pages are (ज़ as ज and a nukta)")
    return value


def _rule_pairs(rule, where: list, shown_as: str) -> list[tuple[str, str]]:
    """A `typed` rule as literal pairs, one for each letter it must come before; its example checked."""
    if not isinstance(rule, dict) or set(rule) - {"written", "typed", "before", "example"}:
        raise DataError(shown_as, json_pointer(where),
                        "must have `written`, `typed`, `example` and, if needed, `before`, and nothing else")
    written = _text(rule.get("written"), where + ["written"], shown_as)
    typed = _text(rule.get("typed"), where + ["typed"], shown_as, empty=True)
    if written == typed:
        raise DataError(shown_as, json_pointer(where), "`typed` must differ from `written`")
    before = _text(rule["before"], where + ["before"], shown_as) if "before" in rule else None
    pairs = [(written + letter, typed + letter) for letter in before] if before else [(written, typed)]
    example = rule.get("example")
    if not (isinstance(example, list) and len(example) == 2):
        raise DataError(shown_as, json_pointer(where + ["example"]),
                        "must be a word as the pages write it and as a reader types it: [ज़ोर, जोर]")
    page_word, reader_word = (_text(word, where + ["example", place], shown_as) for place, word in enumerate(example))
    applied = page_word
    for pair in pairs:
        applied = applied.replace(*pair)
    if applied != reader_word:
        raise DataError(shown_as, json_pointer(where + ["example"]),
                        f"the rule makes {page_word!r} into {applied!r}, not {reader_word!r}")
    return pairs


def _group(term: dict, code: str, where: list, shown_as: str) -> tuple[str, ...]:
    """A term with `also`: its English, its word in the edition's language and its other words."""
    also = term["also"]
    if not (isinstance(also, list) and also):
        raise DataError(shown_as, json_pointer(where + ["also"]),
                        "must be a list of the other words readers type for the term")
    members = [_text(term.get("en"), where + ["en"], shown_as), _text(term.get(code), where + [code], shown_as)]
    members += [_text(word, where + ["also", place], shown_as) for place, word in enumerate(also)]
    return tuple(dict.fromkeys(member.lower() for member in members))
