"""The site's core: load and validate the point data, look points up, render page fragments.

Pure Python with no MkDocs imports; macros.py at the project root adapts it to mkdocs-macros.
"""
from .catalog import Catalog
from .errors import DataError, UnknownPointError
from .loading import load_catalog
from .page_macros import page_macros

__all__ = ["Catalog", "DataError", "UnknownPointError", "load_catalog", "page_macros"]
