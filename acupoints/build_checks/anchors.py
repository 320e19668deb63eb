"""Every link between the site's own pages that names a part of a page (#part) finds that part.

LinkChecker checks that each linked file exists, but its anchor check is not reliable (it caches a
page by its address without the #part, so which anchors it checks depends on thread timing, and its
maintainers turned the check off by default). This check reads the built site itself, so it gives the
same answer on every run."""
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit


class _Anchors(HTMLParser):
    """A page's ids (and old-style names) and the addresses its links point to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.ids.update(value for name, value in attrs if name in ("id", "name") and value and tag != "meta")
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def _target(page: str, href: str) -> tuple[str, str] | None:
    """(the page a link leads to, as a path in the site, and its #part), for a link to a part of one of
    the site's own pages; None for any other link."""
    parts = urlsplit(urljoin("/" + page, href))
    if parts.scheme not in ("", "http", "https") or parts.netloc or not parts.fragment:
        return None
    path = unquote(parts.path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path, unquote(parts.fragment)


def anchor_problems(pages: dict[str, str]) -> list[str]:
    """One line per link whose #part is missing from the page it leads to. `pages` maps each built HTML
    page's path in the site (for example "faq/index.html") to its HTML."""
    read = {}
    for path, html in pages.items():
        parser = _Anchors()
        parser.feed(html)
        parser.close()
        read[path] = parser
    problems = []
    for path, parser in read.items():
        for href in dict.fromkeys(parser.links):
            target = _target(path, href)
            if target is None or target[0] not in read:  # a missing page is LinkChecker's to report
                continue
            page, part = target
            if part not in read[page].ids:
                problems.append(f"{path}: the link {href!r} leads to #{part}, which {page} does not have")
    return problems
