"""The words of one edition: English as written in the templates, the core and the data, or their
translation from a gettext catalogue (translations/<code>/messages.po), read with Babel and keyed by
the English text. A changed English text has no translation until someone translates it again: a
message that is missing, empty or marked fuzzy is not current, and gives the English back."""
import gettext as gettext_module
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.messages.pofile import PoFileError, read_po

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


@dataclass(eq=False)  # one object per edition, hashable by identity (templating caches by it)
class Language:
    """An edition's language. `current` maps each English message to its translation (a tuple of forms
    for a plural message); `missing` collects the English messages asked for that had none."""

    code: str = ENGLISH
    current: dict = field(default_factory=dict)
    plural_index: Callable[[int], int] = lambda n: int(n != 1)  # noqa: E731 (English: one, other)
    missing: set = field(default_factory=set)

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
        if message not in self.current:
            self.missing.add(message)
            return message
        return self.current[message]

    def ngettext(self, one: str, other: str, count: int) -> str:
        if not self.is_english:
            forms = self.current.get(one)
            if isinstance(forms, tuple):
                return forms[min(self.plural_index(count), len(forms) - 1)]
            self.missing.add(one)
        return one if count == 1 else other

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


def load_language(project_dir: Path, code: str) -> Language:
    """English, or the language whose catalogue is translations/<code>/messages.po."""
    if code == ENGLISH:
        return Language()
    path = catalogue_path(project_dir, code)
    shown_as = str(path.relative_to(project_dir))
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise DataError(shown_as, "", f"{code!r} is not a language code Babel knows") from None
    try:
        with path.open("rb") as file:
            catalog = read_po(file, locale=code, abort_invalid=True)
    except FileNotFoundError:
        raise DataError(shown_as, "", f"no translation catalogue for the language {code!r}") from None
    except (PoFileError, UnicodeDecodeError) as error:
        raise DataError(shown_as, "", f"not a readable PO file: {error}") from None
    current = {}
    for message in catalog:
        if "safety" in message.flags and (message.fuzzy or not all(message.string if isinstance(message.string, tuple)
                                                                   else [message.string])):
            english = message.id if isinstance(message.id, str) else message.id[0]
            raise DataError(shown_as, "", f"the safety text {english!r} has no current translation (it is empty or "
                                          "marked fuzzy): translate it, and clear the fuzzy mark")
        if not message.id or message.fuzzy:
            continue
        for text in (message.string if isinstance(message.string, tuple) else (message.string,)):
            if text and (problem := character_problem(text.replace("%%", "%"))):
                english = message.id if isinstance(message.id, str) else message.id[0]
                raise DataError(shown_as, "", f"the translation of {english!r}: {problem}")
        if isinstance(message.id, tuple):
            if all(message.string):
                current[message.id[0]] = tuple(message.string)
        elif message.string:
            current[message.id] = message.string
    return Language(code=code, current=current, plural_index=gettext_module.c2py(catalog.plural_expr))


_FIELDS = re.compile(r"\{(\w*)\}|%\((\w+)\)s")  # str.format's, and Jinja's {% trans %}


# Names a translation may fill in that its English leaves out: the body place in a point's title
# (acupoints/links.py, TITLE), for readers who do not read the Latin names.
OPTIONAL_NAMES = {"place"}


def placeholder_problems(language: Language):
    """(English, reason) for translations whose {names} differ from their English: a build would stop on
    a name the English does not fill in, and a reader would miss a number the translation left out."""
    for english, translated in language.current.items():
        forms = translated if isinstance(translated, tuple) else (translated,)
        wanted = _names(english)
        for form in forms:
            if _names(form) - wanted - OPTIONAL_NAMES or (wanted - {"count", "num"}) - _names(form):
                yield english, f"its translation {form!r} must use the same {{names}} as the English"


def _names(message: str) -> set[str]:
    return {"".join(match) for match in _FIELDS.findall(message)}
