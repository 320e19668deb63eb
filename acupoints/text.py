"""Turn data values into safe text for pages, and numbers into plain words."""
import json
import re

from .language import Language, Plural

# HTML's special characters, plus those that Markdown, pymdown-extensions or Jinja could read as
# syntax, and line breaks, which would start new Markdown blocks (the loader rejects them in the
# data; this holds even where it is bypassed). As numeric character references they show as
# themselves and mean nothing to any of them.
_SPECIAL = "&<>\"'\\`*_{}[]()#+!|~^=:\n\r"
_INERT = str.maketrans({char: f"&#{ord(char)};" for char in _SPECIAL})
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def escape(value) -> str:
    """Escape a data value for HTML and make it inert in Markdown and Jinja."""
    return str(value).translate(_INERT)


# A run of Latin script inside other words: a name or journal a translation keeps as published.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’.,&\- ]*[A-Za-z0-9.]|[A-Za-z]")


def english_runs(language: Language, text: str) -> str:
    """Escaped text in which, outside English, each run of Latin script is marked as English, so a
    screen reader says "European Spine Journal" in English inside a Hindi sentence."""
    if language.is_english:
        return escape(text)
    parts = _LATIN_RUN.split(text)
    runs = _LATIN_RUN.findall(text)
    marked = [escape(parts[0])]
    for run, after in zip(runs, parts[1:]):
        marked += [f'<span lang="en">{escape(run)}</span>', escape(after)]
    return "".join(marked)


_TITLE_INERT = {**_INERT, ord("("): "(", ord(")"): ")"}


def escape_title(value) -> str:
    """escape() for a heading or a link's words, which MkDocs also takes as the page's title: brackets
    stay as they are ("LI4 (हाथ) Hegu"), since a round bracket means something to Markdown only after
    a square one, which stays inert; an entity there would be escaped again in the menu."""
    return str(value).translate(_TITLE_INERT)


def _unless_printable(match: re.Match) -> str:
    """A character as itself if it prints; as a JSON escape if it does not (a joiner, a line separator,
    an unpaired surrogate)."""
    char = match.group()
    return char if char.isprintable() else json.dumps(char)[1:-1]


def script_json(value) -> str:
    """JSON to embed in a <script> element: '<' escaped so a value cannot end the element, and the '{'
    of '{{' or '{%' escaped so no template syntax from the data reaches the page. JSON's own braces
    never stand like that (json.dumps puts a space after ':'), so only text inside strings changes.
    Letters stay themselves (a \\u escape of a Devanagari letter takes six bytes, UTF-8 three: the
    Hindi routine's plan was 28 KB, now 18); characters that print nothing are escaped."""
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
    text = _BEYOND_ASCII.sub(_unless_printable, text)
    return text.replace("{{", "{\\u007b").replace("{%", "\\u007b%")


_UNITS = {"minute": Plural("{count} minute", "{count} minutes"),
          "second": Plural("{count} second", "{count} seconds")}


def _amount(seconds: int) -> tuple[int, str]:
    """Whole minutes read better than seconds: 60 -> (1, 'minute'), 90 -> (90, 'second')."""
    return (seconds // 60, "minute") if seconds % 60 == 0 else (seconds, "second")


def seconds_range(span: dict, language: Language) -> str:
    """{'min': 30, 'max': 60} -> '30 seconds to 1 minute'; 60..120 -> '1 to 2 minutes'."""
    (low, low_unit), (high, high_unit) = _amount(span["min"]), _amount(span["max"])
    high_words = language.counted(high, _UNITS[high_unit].one, _UNITS[high_unit].other)
    if span["min"] == span["max"]:
        return high_words
    low_unit = _UNITS[low_unit] if low_unit != high_unit else None
    low_words = language.counted(low, low_unit.one, low_unit.other) if low_unit else str(low)
    return language.gettext("{low} to {high}").format(low=low_words, high=high_words)


def minutes_range(span: dict, language: Language) -> str:
    """{'min': 5, 'max': 10} -> '5 to 10 minutes'."""
    return seconds_range({"min": span["min"] * 60, "max": span["max"] * 60}, language)
