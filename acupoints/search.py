"""What the search index gets beyond the page text."""
import html

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
