"""Where pages live and how one links to another: point pages, relative URLs, links to points.

Links to points are Markdown links to the point's source file, so MkDocs resolves and validates them.
"""
import posixpath

from .body_regions import region_place
from .catalog import Catalog
from .language import N_, Language
from .text import escape_title

# A point's name on pages, menus, cards and in the routine. An edition may add {place}, the body area in
# a word, where its readers do not read the Latin names ("LI4 (हाथ) Hegu"); English does not need it.
TITLE = N_("{code} {pinyin}")


def page_path(point: dict) -> str:
    """Where a point's page lives inside docs/."""
    return f"points/{point['code'].lower()}.md"


def page_url(page: str) -> str:
    """The URL MkDocs gives a page (use_directory_urls): 'faq.md' -> 'faq/', 'index.md' -> ''."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def url_between(from_page: str, to_page: str) -> str:
    """A relative URL from one page to another, for links in raw HTML that MkDocs does not rewrite."""
    relative = posixpath.relpath(page_url(to_page) or ".", page_url(from_page) or ".")
    return "./" if relative == "." else relative + "/"


def point_at(catalog: Catalog, page: str) -> dict | None:
    """The point whose page this is, if it is a point page."""
    return next((point for point in catalog.points if page_path(point) == page), None)


def point_name(language: Language, point: dict) -> str:
    """A point's name as plain text, in the edition's words."""
    return language.gettext(TITLE).format(code=point["code"], pinyin=point["pinyin"],
                                          place=language.gettext(region_place(point)))


def point_title(language: Language, point: dict) -> str:
    """A point's name for Markdown: its page's heading (and so its menu entry)."""
    return escape_title(point_name(language, point))


def point_link(language: Language, point: dict, from_page: str) -> str:
    target = posixpath.relpath(page_path(point), posixpath.dirname(from_page) or ".")
    return f"[{point_title(language, point)}]({target})"


def point_links(language: Language, points: list[dict], from_page: str) -> str:
    """A link to every point, in a sentence: 'LI4 Hegu, BL23 Shenshu and KI1 Yongquan'."""
    return language.joined([point_link(language, point, from_page) for point in points], N_("{items} and {last}"))
