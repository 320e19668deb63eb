"""Checks on a built page's HTML: what a page mistake leaves behind when the build itself goes on."""
from html.parser import HTMLParser

# Template syntax that reached the page (a macro in the title, a page that turned macros off, a stray
# bracket), and what Python prints for a function or method that was named but not called.
_LEFTOVERS = {"{{": "template syntax '{{' left in the page", "{%": "template syntax '{%' left in the page",
              "<function ": "a macro named but not called (a Python function in the page)",
              "&lt;function ": "a macro named but not called (a Python function in the page)",
              "&lt;bound method ": "a macro named but not called (a Python method in the page)"}


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.seen: set[str] = set()
        self.repeated: list[str] = []

    def handle_starttag(self, tag, attrs):
        ident = dict(attrs).get("id")
        if ident is None:
            return
        if ident in self.seen and ident not in self.repeated:
            self.repeated.append(ident)
        self.seen.add(ident)


def page_problems(html: str) -> list[str]:
    """What is wrong with a built page, one short phrase each; empty when nothing is."""
    problems = [reason for text, reason in _LEFTOVERS.items() if text in html]
    ids = _Ids()
    ids.feed(html)
    problems += [f"the id {ident!r} is used twice (two questions, cards or headings with one name?)"
                 for ident in ids.repeated]
    return list(dict.fromkeys(problems))
