"""MkDocs hook: the search index Material writes, rewritten in UTF-8 (acupoints.search.utf8_index).
Hooks run after plugins, so the index is there, and before the offline copy (hooks/offline_site.py,
last of all), so the service worker saves this file."""
from pathlib import Path

from acupoints.search import utf8_index


def on_post_build(config):
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.is_file():  # a site built without Material's search has none
        index.write_text(utf8_index(index.read_text(encoding="utf-8")), encoding="utf-8")
