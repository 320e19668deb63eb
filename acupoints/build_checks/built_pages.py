"""Checks on a built page's HTML: what a page mistake leaves behind when the build itself goes on.
Each problem names the line of the page's source where it can be fixed, when that can be told."""
import re
from html.parser import HTMLParser

# What Python prints for a function or method that was named but not called.
_UNCALLED = re.compile(r"<(?:function|bound method) ([\w.]+)")
_SYNTAX = ("{{", "}}", "{%", "%}")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Page(HTMLParser):
    """The text a reader sees (not scripts or styles, whose JSON may hold braces), the title apart, and
    every element that has an id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[str, str]] = []  # (where: "title" or "body", text)
        self.ids: dict[str, list[dict]] = {}
        self._skip = self._in_title = False
        self._heading: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("function", "bound"):  # a function's repr that Markdown passed on as a tag
            self.texts.append(("body", " ".join([f"<{tag}", *(name for name, _ in attrs)])))
        self._skip = tag in ("script", "style")
        self._in_title = tag == "title"
        self.texts += [("body", value) for value in attributes.values() if value]
        if (ident := attributes.get("id")) is not None:
            element = {"tag": tag, "class": attributes.get("class") or "", "text": ""}
            self.ids.setdefault(ident, []).append(element)
            if tag in _HEADINGS:
                self._heading = element

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip = self._in_title = False
        if self._heading is not None and tag == self._heading["tag"]:
            self._heading = None

    def handle_data(self, data):
        if self._skip:
            return
        self.texts.append(("title" if self._in_title else "body", data))
        if self._heading is not None:
            self._heading["text"] += data


def _body_lines(source: str) -> list[tuple[int, str]]:
    """(line number, line) of a page's source after its front matter."""
    lines = source.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), 0)
    return [(number, line) for number, line in enumerate(lines, start=1) if number > start]


def _syntax_line(source: str, token: str, text: str) -> int | None:
    """The source line a leftover came from: one holding the token, best one that also holds the word
    before it in the page and whose brackets do not pair up."""
    before = re.findall(r"\w+", text[:text.index(token)])
    word = before[-1] if before else ""
    other = {"{{": "}}", "}}": "{{", "{%": "%}", "%}": "{%"}[token]
    candidates = [(number, line) for number, line in _body_lines(source) if token in line]
    if not candidates:
        return None
    return max(candidates, key=lambda item: (bool(word) and word in item[1],
                                             item[1].count(token) != item[1].count(other), -item[0]))[0]


def _title_line(source: str) -> int | None:
    lines = source.splitlines()
    return next((number for number, line in enumerate(lines, start=1) if line.startswith("title:")), None)


def _macro_line(source: str, macro: str) -> int | None:
    named = re.compile(r"\b" + re.escape(macro) + r"\b(?!\s*\()")
    return next((number for number, line in _body_lines(source) if "{{" in line and named.search(line)), None)


def _snippet(text: str, token: str) -> str:
    at = text.index(token)
    return " ".join(text[max(0, at - 40):at + 40].split())


def _leftover(where: str, text: str, source: str) -> tuple[int | None, str] | None:
    if match := _UNCALLED.search(text):
        macro = match.group(1).rsplit(".", 1)[-1]
        return _macro_line(source, macro), f"the macro {macro} is named but not called: write {macro}(...)"
    token = next((token for token in _SYNTAX if token in text), None)
    if token is None:
        return None
    if where == "title":
        return _title_line(source), (f"template syntax {token!r} in the page's title: macros do not run in "
                                     "front matter or in mkdocs.yml's nav, so write the title as plain text")
    hint = ("a closing bracket with no opening one? A macro is written {{ name(...) }}" if token in ("}}", "%}")
            else "macros did not run here: is render_macros: false in the front matter?")
    return _syntax_line(source, token, text), (
        f"template syntax {token!r} left in the page, in \"{_snippet(text, token)}\" ({hint})")


def _element(element: dict) -> str:
    if element["tag"] in _HEADINGS:
        return f"the heading {' '.join(element['text'].split())!r}"
    classes = f' class="{element["class"]}"' if element["class"] else ""
    return f"a <{element['tag']}{classes}>"


def _repeated_id(ident: str, elements: list[dict], source: str) -> tuple[int | None, str]:
    headings = [element for element in elements if element["tag"] in _HEADINGS]
    by = " and ".join(dict.fromkeys(_element(element) for element in elements))
    if len(elements) > 1 and all(_element(element) == _element(elements[0]) for element in elements):
        by = f"{_element(elements[0])}, {len(elements)} times"
    if headings and len(headings) < len(elements):
        advice = ("a heading takes its id from its words, and a macro on the page already uses this one: "
                  "give the heading an id of its own ({ #another-name } after its words)")
    elif headings:
        advice = "give each heading or question an id of its own"
    else:
        advice = "is the same macro on the page twice?"
    line = None
    for element in headings:
        words = " ".join(element["text"].split())
        line = next((number for number, text in _body_lines(source)
                     if text.startswith("#") and words and words in text), line)
    return line, f"the id {ident!r} is used twice: by {by}; {advice}"


def page_problems(html: str, source: str = "") -> list[tuple[int | None, str]]:
    """What is wrong with a built page, as (line in its source or None, reason); empty when nothing is.
    `source` is the page's Markdown file, front matter included."""
    page = _Page()
    page.feed(html)
    page.close()
    problems = [found for where, text in page.texts if (found := _leftover(where, text, source))]
    problems += [_repeated_id(ident, elements, source) for ident, elements in page.ids.items() if len(elements) > 1]
    return list(dict.fromkeys(problems))
