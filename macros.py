"""mkdocs-macros adapter: load and validate the point data, register the core's macros, and give each
page its data-driven metadata."""
from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError

from acupoints import DataError, load_catalog, page_macros
from acupoints.render import search_tags
from acupoints.review import ReviewError, review_dates

DATA_FILE = "data/points.json"


def define_env(env):
    try:
        catalog = load_catalog(Path(env.project_dir, DATA_FILE), shown_as=DATA_FILE)
    except DataError as error:  # MkDocs prints a PluginError as one line and stops the build
        raise PluginError(str(error)) from None
    address = env.conf["site_url"].split("://", 1)[-1].rstrip("/")
    macros = page_macros(catalog, lambda: env.page.file.src_uri, env.conf["extra"]["disclaimer"], address)
    for name, function in macros.items():
        env.macro(function, name)
    env.variables["search_tags_for"] = partial(search_tags, catalog)


def on_post_page_macros(env):
    """Check the page's review dates, and tag point pages with their codes and names for search."""
    page = env.page  # a copy whose meta is the page's own dict, which Material's search reads
    try:
        review_dates(page.meta)
    except ReviewError as error:
        raise PluginError(f"docs/{page.file.src_uri}: {error}") from None
    tags = env.variables["search_tags_for"](page.file.src_uri)
    if tags:
        page.meta["tags"] = tags
