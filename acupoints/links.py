"""Where pages live and how one links to another: point pages, relative URLs, links to points.

Links to points are Markdown links to the point's source file, so MkDocs resolves and validates them.
"""
import posixpath

from .catalog import Catalog
from .language import N_, Language
from .model import Point
from .text import escape_title


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


def point_at(catalog: Catalog, page: str) -> Point | None:
    """The point whose page this is, if it is a point page."""
    return next((point for point in catalog.points if point.page_path == page), None)


def point_title(point: Point) -> str:
    """A point's name for Markdown: its page's heading (and so its menu entry)."""
    return escape_title(point.title)


def point_link(point: Point, from_page: str) -> str:
    target = posixpath.relpath(point.page_path, posixpath.dirname(from_page) or ".")
    return f"[{point_title(point)}]({target})"


def point_links(language: Language, points: tuple[Point, ...], from_page: str) -> str:
    """A link to every point, in a sentence: 'LI4 Hegu, BL23 Shenshu and KI1 Yongquan'."""
    return language.joined([point_link(point, from_page) for point in points], N_("{items} and {last}"))
