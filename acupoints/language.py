"""The words of one edition: English as written in the templates, the core and the data, or their
translation from a gettext catalogue (translations/<code>/messages.po), read with Babel and keyed by
the English text. A changed English text has no translation until someone translates it again: a
message that is missing, empty or marked fuzzy is not current, and gives the English back."""
import gettext as gettext_module
import html
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.messages.pofile import PoFileError, read_po
from babel.plural import to_gettext

from .characters import character_problem
from .errors import DataError

ENGLISH = "en"


class Message(str):
    """English marked for translation (N_): Language.words translates these and leaves other strings
    of a structure (file names, keys) as they are."""


def N_(message: str) -> Message:
    """Marks a message for the catalogue where it is defined; it is translated where it is used."""
    return Message(message)


@dataclass(frozen=True)
class Plural:
    """A message with a form per number, marked for the catalogue where it is defined: Plural("{count}
    entry", "{count} entries"). Language.forms gives the forms a script picks from."""

    one: str
    other: str


@dataclass(frozen=True, eq=False)  # one object per edition, hashable by identity (templating caches by it)
class Language:
    """An edition's language, read once and never changed. `current` maps each English message to its
    translation (a tuple of forms for a plural message); `untranslated` holds the catalogue's messages
    that have none yet, which a page shows in English (in_english)."""

    code: str = ENGLISH
    current: Mapping = field(default_factory=dict)
    plural_index: Callable[[int], int] = lambda n: int(n != 1)  # noqa: E731 (English: one, other)
    untranslated: frozenset = frozenset()
    stale: tuple = ()  # (line, English) of messages marked fuzzy: shown in English until checked
    draft: bool = False  # a draft edition (extra.editions): its safety text may stay English for now
    _shown: tuple = field(init=False, repr=False)  # (message, the pattern of its English in a page)

    def __post_init__(self):
        object.__setattr__(self, "current", MappingProxyType(dict(self.current)))
        shown = tuple((message, pattern) for message in sorted(self.untranslated)
                      if (pattern := _english_pattern(message)) is not None)
        object.__setattr__(self, "_shown", shown)

    @property
    def locale(self) -> str:
        """The language with its most likely country, for dates and voices: 'hi' -> 'hi-IN'."""
        if self.is_english:
            return ENGLISH  # any English voice and date style the reader's browser prefers
        likely = get_global("likely_subtags").get(self.code, self.code)
        locale = Locale.parse(likely)
        return f"{locale.language}-{locale.territory}" if locale.territory else locale.language

    @property
    def date_locale(self) -> str:
        """The locale dates and times are written in: for Hindi a 24-hour clock, since CLDR's Hindi
        writes the 12-hour clock with the Latin words "am" and "pm"."""
        return self.locale if self.is_english else f"{self.locale}-u-hc-h23"

    @property
    def is_english(self) -> bool:
        return self.code == ENGLISH

    def has(self, message: str) -> bool:
        return self.is_english or message in self.current

    def gettext(self, message: str) -> str:
        if self.is_english or not message:
            return message
        return self.current.get(message, message)

    def ngettext(self, one: str, other: str, count: int) -> str:
        if not self.is_english:
            forms = self.current.get(one)
            if isinstance(forms, tuple):
                return forms[min(self.plural_index(count), len(forms) - 1)]
        return one if count == 1 else other

    def in_english(self, text: str) -> list[str]:
        """The messages without a current translation whose English a page's text shows: the page's
        record of words still in English, the data's words included (they were put in the edition's
        words once, when the catalogue was loaded, not while the page was made)."""
        shown = html.unescape(text)
        return [message for message, pattern in self._shown if pattern.search(shown)]

    def counted(self, count: int, one: str, other: str) -> str:
        """'3 entries': the message for the number, with {count} filled in."""
        return self.ngettext(one, other, count).format(count=count)

    def forms(self, plural: Plural) -> dict[str, str]:
        """The forms of a plural message by CLDR category ('one', 'other', ...), as
        Intl.PluralRules(code).select names them in the browser: a form for a number of each category."""
        rule = Locale.parse(self.code).plural_form
        samples = {}
        for number in range(0, 200):
            samples.setdefault(rule(number), number)
        return {category: self.ngettext(plural.one, plural.other, number) for category, number in samples.items()}

    def words(self, value):
        """A structure of messages (dicts and lists of N_ messages, Plurals and other strings) in this
        language; a Plural becomes its forms; other strings stay as they are."""
        if isinstance(value, Plural):
            return self.forms(value)
        if isinstance(value, dict):
            return {key: self.words(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.words(item) for item in value]
        return self.gettext(value) if isinstance(value, Message) else value

    def joined(self, items: list[str], pattern: str, separator: str = N_(", ")) -> str:
        """Items as in a sentence: 'A, B and C' with the pattern N_("{items} and {last}")."""
        items = list(items)
        if len(items) < 2:
            return "".join(items)
        return self.gettext(pattern).format(items=self.gettext(separator).join(items[:-1]), last=items[-1])


def catalogue_path(project_dir: Path, code: str) -> Path:
    return Path(project_dir, "translations", code, "messages.po")


def load_language(project_dir: Path, code: str, draft: bool = False) -> Language:
    """English, or the language whose catalogue is translations/<code>/messages.po. Every translation
    is checked against its English as it is read (translation_problem), and the catalogue's own form
    (po_file_problem, the Plural-Forms line): a mistake stops the build with its line in the file. A
    draft edition's safety text may be untranslated: it is shown in English, never left out."""
    if code == ENGLISH:
        return Language()
    path = catalogue_path(project_dir, code)
    shown_as = str(path.relative_to(project_dir))
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise DataError(shown_as, "", f"{code!r} is not a language code Babel knows") from None
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(shown_as, "", f"no translation catalogue for the language {code!r}") from None
    if found := po_file_problem(raw):
        line, problem = found
        raise DataError(f"{shown_as}, line {line}", "", problem)
    try:
        catalog = read_po(io.BytesIO(raw), locale=code, abort_invalid=True)
    except PoFileError as error:
        raise DataError(f"{shown_as}, line {error.lineno + 1}", "", f"not a readable PO file: {error}") from None
    except UnicodeDecodeError as error:
        raise DataError(shown_as, "", f"not a readable PO file: {error}") from None
    if problem := plural_forms_problem(catalog.num_plurals, catalog.plural_expr, locale):
        raise DataError(f"{shown_as}, line {_header_line(raw, 'Plural-Forms')}", "", problem)
    current, stale, untranslated = {}, [], set()
    for message in catalog:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        where = f"{shown_as}, line {message.lineno}"
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if "safety" in message.flags and (message.fuzzy or not all(forms)) and not draft:
            raise DataError(where, "", f"the safety text {english!r} has no current translation (it is empty or "
                                       "marked fuzzy): translate it, and clear the fuzzy mark")
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        if message.fuzzy:
            stale.append((message.lineno, english))
            untranslated.update(ids)
            continue
        for text in forms:
            if text and (problem := translation_problem(ids, text.replace("%%", "%"))):
                raise DataError(where, "", f"the translation of {english!r}: {problem}")
        if not all(forms):
            untranslated.update(ids)
        elif isinstance(message.id, tuple):
            current[english] = tuple(forms)
        else:
            current[english] = message.string
    return Language(code=code, current=current, plural_index=gettext_module.c2py(catalog.plural_expr),
                    untranslated=frozenset(untranslated), stale=tuple(stale), draft=draft)


_BOM = b"\xef\xbb\xbf"


def po_file_problem(raw: bytes) -> tuple[int, str] | None:
    """(line, reason) for what Babel would misread or read silently: a byte order mark, a line that is
    not PO (Babel reads a string without its closing quote as the string less its last letter), a
    Plural-Forms without a number, or a message written twice (Babel keeps the last, and a translator
    fixing the first sees no change)."""
    if raw.startswith(_BOM):
        return 1, "the file starts with a byte order mark (BOM); save it as UTF-8 without one"
    text = raw.decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not _PO_LINE.fullmatch(line.strip()):
            return number, f"not a line of a PO file ({line.strip()[:60]!r}): is a quote missing?"
        if line.startswith('"Plural-Forms:') and not _PLURAL_COUNT.search(line):
            return number, "the Plural-Forms header needs nplurals=<number>; and plural=<rule>; (TRANSLATING.md)"
    first_line = {}
    for line, key in _message_keys(text):
        if key in first_line:
            return line, (f"msgid {key[1]!r} is written twice (first on line {first_line[key]}); keep one "
                          "entry for it")
        first_line[key] = line
    return None


_STRING = r'"(?:[^"\\]|\\.)*"'
_PO_LINE = re.compile(rf'#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+{_STRING}|{_STRING}')
_PLURAL_COUNT = re.compile(r"nplurals\s*=\s*\d+\s*;")


def _message_keys(text: str):
    """(line, (context, msgid)) of every message in a PO file, obsolete (#~) ones left out."""
    context, lines = None, text.splitlines()
    for number, line in enumerate(lines, start=1):
        if line.startswith("msgctxt "):
            context = _po_string(lines, number - 1, "msgctxt ")
        elif line.startswith("msgid "):
            msgid = _po_string(lines, number - 1, "msgid ")
            if msgid:  # the header
                yield number, (context, msgid)
            context = None


def _po_string(lines: list[str], index: int, keyword: str) -> str:
    """The text of a keyword's string, continuation lines included, still escaped as in the file."""
    parts = [lines[index][len(keyword):].strip()]
    for line in lines[index + 1:]:
        if not line.startswith('"'):
            break
        parts.append(line.strip())
    return "".join(part[1:-1] for part in parts if len(part) >= 2)


def _header_line(raw: bytes, header: str) -> int:
    lines = raw.decode("utf-8", errors="replace").splitlines()
    return next((number for number, line in enumerate(lines, start=1) if line.startswith(f'"{header}:')), 1)


def plural_forms_problem(count: int, expression: str, locale: Locale) -> str | None:
    """Why a catalogue's Plural-Forms cannot stand for its language's plural rule (CLDR's, which the
    browser's Intl.PluralRules uses too), or None: it must give each CLDR category a form of its own.
    Each reason ends with a line that fits, written by Babel from CLDR's rule."""
    problem = _plural_forms_mismatch(count, expression, locale)
    if problem is None:
        return None
    return f"{problem}; for {locale.english_name} this one fits: Plural-Forms: {to_gettext(locale.plural_form)}"


def _plural_forms_mismatch(count: int, expression: str, locale: Locale) -> str | None:
    try:
        rule = gettext_module.c2py(expression)
    except (ValueError, SyntaxError) as error:
        return f"the Plural-Forms expression {expression!r} is not one gettext can read ({error})"
    forms = {}
    for number in range(200):
        index = rule(number)
        if not 0 <= index < count:
            return f"Plural-Forms gives {number} the form {index}, but nplurals={count}"
        category = locale.plural_form(number)
        if forms.setdefault(category, index) != index:
            return (f"Plural-Forms gives numbers that {locale.english_name} says alike ({category!r}) different "
                    f"forms, {forms[category]} and {index}")
    if len(set(forms.values())) != len(forms) or count != len(forms):
        return (f"Plural-Forms must have one form for each kind of number {locale.english_name} has "
                f"({', '.join(sorted(forms))})")
    return None


_FIELDS = re.compile(r"\{(\w*)\}|%\((\w+)\)s")  # str.format's, and Jinja's {% trans %}


# Names a translation may fill in that its English leaves out: the body place in a point's title
# (acupoints/model.py, TITLE), for readers who do not read the Latin names.
OPTIONAL_NAMES = {"place"}
_NUMBER = re.compile(r"\d+")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
# What would show as markup in a page, or as literal tags once escaped: HTML tags and entities, and
# Markdown's emphasis, code and links.
_MARKUP = re.compile(r"<[^<>]*>?|&#?\w+;|\*\*|__|`|\]\(")


_WORD = re.compile(r"[A-Za-z]{3,}")


def _english_pattern(message: str) -> re.Pattern | None:
    """How a message's English shows in a page: its words between the {names} it fills in, in order,
    however the lines break. None for one too short to tell from other English (a code, 'or')."""
    parts = [part for part in _FIELDS.split(message)[::3] if part.strip()]
    if not any(_WORD.search(part) for part in parts):
        return None
    words = ".{1,200}?".join(r"\s+".join(map(re.escape, part.split())) for part in parts)
    return re.compile(rf"(?<![A-Za-z]){words}(?![A-Za-z])", re.DOTALL)


def translation_problem(english_forms: tuple[str, ...], translated: str) -> str | None:
    """Why a translation cannot stand for its English (all of its forms, for a plural message), or None:
    a hidden character, other {names} (a name the English does not fill in stops the build, one left
    out loses a number), other numbers (an emergency number dropped or changed), or markup the English
    does not have."""
    if problem := character_problem(translated):
        return problem
    wanted = set().union(*(_names(form) for form in english_forms))
    names = _names(translated)
    if names - wanted - OPTIONAL_NAMES or (wanted - {"count", "num"}) - names:
        return f"{translated!r} must keep the English's {{names}} as they are ({', '.join(sorted(wanted)) or 'none'})"
    markup = sorted(_MARKUP.findall(translated))
    if all(markup != sorted(_MARKUP.findall(form)) for form in english_forms):
        return (f"{translated!r} adds markup the English does not have ({', '.join(markup)}); write it as plain "
                "text, as the English is")
    numbers = sorted(_NUMBER.findall(translated.translate(_DEVANAGARI_DIGITS)))
    if all(numbers != sorted(_NUMBER.findall(form)) for form in english_forms):
        english = sorted(_NUMBER.findall(english_forms[-1]))
        left_out, added = _less(english, numbers), _less(numbers, english)
        said = "; ".join(part for part in (left_out and f"it leaves out {', '.join(left_out)}",
                                           added and f"it has {', '.join(added)}, which the English does not") if part)
        return f"{translated!r} must keep every number of the English: {said}"
    return None


def _less(items: list[str], taken: list[str]) -> list[str]:
    """items without one of each of taken: ['108', '112'] less ['112'] is ['108']."""
    rest = list(items)
    for item in taken:
        if item in rest:
            rest.remove(item)
    return rest


def _names(message: str) -> set[str]:
    return {"".join(match) for match in _FIELDS.findall(message)}
