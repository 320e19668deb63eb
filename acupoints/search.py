"""What the search index gets beyond the page text, and how it is written."""
import html
import json

from .catalog import Catalog
from .links import point_at


def search_tags(catalog: Catalog, page: str) -> list[str]:
    """Hidden search keywords for a point page: every code and name readers type. Material puts
    tags into its results as HTML without escaping them, so <, > and & are escaped here; quotes
    are left alone so that "Will's Chamber" still matches what a reader types."""
    point = point_at(catalog, page)
    if point is None:
        return []
    words = [point["code"], *point["aliases"], point["pinyin"], *point["english_names"]]
    return [html.escape(word, quote=False) for word in words]


def utf8_index(index: str) -> str:
    """Material's search index (JSON text) with every letter as itself, not as a \\u escape: an escape
    takes six bytes where UTF-8 takes three for Devanagari. Each edition's pages fetch their index;
    the Hindi one went from 372 KB to 205 KB (gzip: 31 KB to 25 KB)."""
    return json.dumps(json.loads(index), ensure_ascii=False, separators=(",", ":"))
