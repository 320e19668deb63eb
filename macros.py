"""mkdocs-macros adapter: load and validate the point data, then register the core's macros."""
from pathlib import Path

from mkdocs.exceptions import PluginError

from acupoints import DataError, load_catalog, page_macros

DATA_FILE = "data/points.json"


def define_env(env):
    try:
        catalog = load_catalog(Path(env.project_dir, DATA_FILE), shown_as=DATA_FILE)
    except DataError as error:  # MkDocs prints a PluginError as one line and stops the build
        raise PluginError(str(error)) from None
    for name, function in page_macros(catalog, lambda: env.page.file.src_uri).items():
        env.macro(function, name)
