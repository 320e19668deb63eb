"""Facts typed into a page's text, where a macro should put them: a point's code, alias, name or hold
time, the length of a session, a caution's words, the number of points. A page that types one would
disagree with the data after the next edit, and no test would notice; the build refuses it, naming
the page's line and the macro to use."""
import re
from dataclasses import dataclass

from ..catalog import Catalog
from ..guide import guide_fact
from ..routine import session_words

_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_QUESTION = re.compile(r'\{\{\s*question\("[^"]*",\s*"([^"]*)"\)\s*\}\}')  # its text is prose
# A macro call left without its brackets (a mistake the built-page check names better): code, not prose.
_CALL = re.compile(r"""\b\w+\(\s*(?:(?:"[^"]*"|'[^']*'|\w+)\s*,?\s*)*\)""")
# Any "N to M seconds/minutes" or "N-M secs" said in prose is a duration that belongs in the data.
_DURATION = re.compile(r"\b\d+\s*(?:-|–|—|to|से)\s*\d+\s*(?:seconds?|secs?|minutes?|mins?|सेकंड|मिनट)",
                       re.IGNORECASE)
# The number of points, said of the points: "these five points", "पाँच एक्यूप्रेशर पॉइंट".
_POINT_WORDS = r"(?:points?|पॉइंट)"


@dataclass(frozen=True)
class LiteralFact:
    what: str  # the fact as a page would type it
    pattern: re.Pattern
    macro: str  # what to write instead


def literal_facts(catalog: Catalog) -> list[LiteralFact]:
    """Every fact of the data a page could type, in the catalogue's language, as patterns for prose."""
    facts = []
    for point in catalog.points:
        code = point.code
        for word in [code, *point.aliases, point.pinyin, *point.english_names]:
            flexible = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", word))
            facts.append(LiteralFact(word, re.compile(rf"(?<![\w]){flexible}(?![\w])", re.IGNORECASE),
                                     f'{{{{ point_link("{code}") }}}} or {{{{ point_title("{code}") }}}}'))
        for characters in point.chinese.values():
            facts.append(LiteralFact(characters, re.compile(re.escape(characters)), f'{{{{ point_title("{code}") }}}}'))
        hold = point.hold.words
        facts.append(LiteralFact(hold, re.compile(re.escape(hold)), f'{{{{ point_fact("{code}", "hold") }}}}'))
    session = session_words(catalog)
    facts.append(LiteralFact(session, re.compile(re.escape(session)), '{{ guide_fact("session") }}'))
    for key, caution in catalog.cautions.items():
        for short in (False, True):
            words = caution.words(short=short)
            facts.append(LiteralFact(words, re.compile(re.escape(words)), f'{{{{ caution("{key}") }}}}'))
    for count in {guide_fact(catalog, "point_count"), str(len(catalog.points))}:
        facts.append(LiteralFact(f"{count} … points", re.compile(
            rf"(?<!\S){re.escape(count)}(?:\s+\S+){{0,2}}\s+{_POINT_WORDS}(?![\w])", re.IGNORECASE),
            '{{ guide_fact("point_count") }}'))
    return facts


def prose(markdown: str) -> str:
    """The page's text as a reader reads it, each macro call blanked but a question's words, with every
    character where it was, so a match gives its line."""
    def blank(match: re.Match, keep: tuple[int, int] | None = None) -> str:
        return "".join(char if char == "\n" or (keep and keep[0] <= index < keep[1]) else " "
                       for index, char in enumerate(match.group(0), start=match.start()))
    text = _QUESTION.sub(lambda match: blank(match, match.span(1)), markdown)
    return _CALL.sub(blank, _TEMPLATE.sub(blank, text))


def literal_fact_problem(markdown: str, facts: list[LiteralFact]) -> tuple[int, str] | None:
    """(line in the markdown, reason) for the first fact the page types, or None."""
    text = prose(markdown)
    found = [(match.start(), 0, fact.what, fact.macro) for fact in facts if (match := fact.pattern.search(text))]
    # Any other duration, after a fact of the data found at the same place: that one names its macro.
    found += [(match.start(), 1, match.group(0), "a point_fact or guide_fact macro")
              for match in _DURATION.finditer(text)]
    if not found:
        return None
    start, _, what, macro = min(found)
    return text.count("\n", 0, start) + 1, (f"{what!r} is a fact of data/points.json typed into the page; "
                                            f"write {macro}, so the page changes when the data does")
