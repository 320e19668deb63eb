"""Where pages live and how one links to another: point pages, relative URLs, links to points.

Links to points are Markdown links to the point's source file, so MkDocs resolves and validates them.
"""
import posixpath

from .catalog import Catalog
from .text import escape


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


def point_title(point: dict) -> str:
    return escape(f"{point['code']} {point['pinyin']}")


def point_link(point: dict, from_page: str) -> str:
    target = posixpath.relpath(page_path(point), posixpath.dirname(from_page) or ".")
    return f"[{point_title(point)}]({target})"
