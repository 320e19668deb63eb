"""A translated page against its English page, read from the two files: it calls the same macros with
the same arguments, as often (so no caution, warning sign or emergency number is left out or shown
twice), and its headings have the ids of the English headings (so a link to a part of a page, and
the language menu, lead to the same part in both)."""
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from jinja2 import Environment, TemplateSyntaxError, nodes

# The arguments that are words, which a translation translates: the FAQ's question(anchor, text).
WORDS_ARGUMENTS = {"question": {1}}


@dataclass(frozen=True)
class MacroCall:
    name: str
    arguments: tuple[str, ...]  # as written: '"LI4"', 'legs=True', … for words and expressions
    line: int  # in the file, front matter included

    def __str__(self) -> str:
        return f"{{{{ {self.name}({', '.join(self.arguments)}) }}}}"


def macro_calls(source: str) -> list[MacroCall]:
    """Every macro call on a page, with its arguments as written (… for one that is not a literal, and for
    the words of WORDS_ARGUMENTS). A page Jinja cannot read has none here: its build says why."""
    try:
        tree = Environment().parse(source)
    except TemplateSyntaxError:
        return []
    calls = []
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name):
            words = WORDS_ARGUMENTS.get(call.node.name, set())
            arguments = [_written(argument, index in words) for index, argument in enumerate(call.args)]
            arguments += [f"{keyword.key}={_written(keyword.value, False)}" for keyword in call.kwargs]
            calls.append(MacroCall(call.node.name, tuple(arguments), call.lineno))
    return sorted(calls, key=lambda call: call.line)


def _written(argument: nodes.Expr, words: bool) -> str:
    if words or not isinstance(argument, nodes.Const):
        return "…"
    return json.dumps(argument.value, ensure_ascii=False) if isinstance(argument.value, str) else repr(argument.value)


def _times(count: int) -> str:
    return {0: "not at all", 1: "once", 2: "twice"}.get(count, f"{count} times")


def macro_problem(english: str, translated: str, english_file: str) -> tuple[int | None, str] | None:
    """(line in the translation, reason) for the first macro call the translation leaves out, adds or
    repeats, or None when both pages call the same macros as often."""
    english_calls, translated_calls = macro_calls(english), macro_calls(translated)
    english_count = Counter((call.name, call.arguments) for call in english_calls)
    translated_count = Counter((call.name, call.arguments) for call in translated_calls)
    for call in english_calls:
        key = (call.name, call.arguments)
        if translated_count[key] < english_count[key]:
            extra = [other for other in translated_calls
                     if translated_count[(other.name, other.arguments)] > english_count[(other.name, other.arguments)]]
            instead = next((other for other in extra if other.name == call.name), None)
            return (instead.line if instead else None,
                    f"{call} is missing: {english_file} calls it {_times(english_count[key])} (first on line "
                    f"{call.line}), this page {_times(translated_count[key])}"
                    + (f", and {instead} here instead" if instead else "")
                    + "; the translation must show all its English page shows, every caution and warning sign with it")
    seen = Counter()
    for call in translated_calls:
        key = (call.name, call.arguments)
        seen[key] += 1
        if seen[key] > english_count[key]:
            return call.line, (f"{call} is called {_times(translated_count[key])} here, but {english_file} calls it "
                               f"{_times(english_count[key])}; show it where the English page does")
    return None


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_EXPLICIT_ID = re.compile(r"\s*\{\s*[^}]*#([\w-]+)[^}]*\}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str | None  # written in the page ({ #id }), else None
    line: int


def headings(source: str) -> list[Heading]:
    """The Markdown headings of a page, front matter and fenced code left out."""
    lines, found, fenced = source.splitlines(), [], False
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), 0)
    for number, line in enumerate(lines[start:], start=start + 1):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := _HEADING.match(line)):
            text, explicit = match.group(2), _EXPLICIT_ID.search(match.group(2))
            found.append(Heading(len(match.group(1)), _EXPLICIT_ID.sub("", text), explicit and explicit.group(1),
                                 number))
    return found


def slug(text: str) -> str:
    """The id MkDocs' table of contents gives a heading (Python-Markdown's toc slugify)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def heading_problem(english: str, translated: str, english_file: str) -> tuple[int | None, str] | None:
    """(line in the translation, reason) for the first heading that is not the translation of the English
    heading in its place, with its id (written, or the one MkDocs makes from its words); None when every
    heading matches. A heading that is a macro call
    (a point's title) is the same call in both."""
    english_headings, translated_headings = headings(english), headings(translated)
    if len(english_headings) != len(translated_headings):
        ids = {heading.id or slug(heading.text) for heading in translated_headings}
        lost = next((heading for heading in english_headings if "{{" not in heading.text
                     and (heading.id or slug(heading.text)) not in ids), None)
        if lost:
            return None, (f"the English heading {lost.text!r} ({english_file}, line {lost.line}) has no translation "
                          f"here: add it, ending with {{ #{lost.id or slug(lost.text)} }}")
        extra = translated_headings[len(english_headings):]
        return (extra[0].line if extra else None,
                f"this page has {len(translated_headings)} headings, {english_file} has {len(english_headings)}: "
                "every English heading needs its translation, in the same order")
    for english_heading, heading in zip(english_headings, translated_headings):
        if "{{" in english_heading.text:
            if heading.text != english_heading.text:
                return heading.line, (f"this heading must be {english_heading.text}, as in {english_file} "
                                      f"(line {english_heading.line})")
        elif (heading.id or slug(heading.text)) != (wanted := english_heading.id or slug(english_heading.text)):
            return heading.line, (f"the heading {heading.text!r} needs the id of its English heading "
                                  f"{english_heading.text!r} ({english_file}, line {english_heading.line}): "
                                  f"end it with {{ #{wanted} }}")
        if heading.level != english_heading.level:
            return heading.line, (f"the heading {heading.text!r} is level {heading.level}, its English heading "
                                  f"({english_file}, line {english_heading.line}) level {english_heading.level}")
    return None
