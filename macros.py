"""mkdocs-macros adapter: load and validate the point data, register the core's macros, and give each
page its data-driven metadata."""
import logging
import traceback
from functools import partial
from pathlib import Path

from jinja2.exceptions import TemplateSyntaxError, UndefinedError
from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error

from acupoints import DataError, load_catalog, page_macros
from acupoints.build_checks.page_files import front_matter_problem
from acupoints.build_checks.settings import config_problem
from acupoints.page_scripts import ScriptNeeds, bundle_problem, front_matter_scripts_problem
from acupoints.review import ReviewError, review_dates
from acupoints.search import search_tags
from acupoints.site_address import printed_address

DATA_FILE = "data/points.json"


def define_env(env):
    # hooks/site_config.py checks the settings first; this catches the hooks themselves gone.
    if problem := config_problem(env.conf):
        raise PluginError(problem)  # MkDocs prints a PluginError as one line and stops the build
    try:
        catalog = load_catalog(Path(env.project_dir, DATA_FILE), shown_as=DATA_FILE)
    except DataError as error:
        raise PluginError(str(error)) from None
    address = printed_address(env.conf["site_url"])
    needs = ScriptNeeds()
    macros = page_macros(catalog, lambda: env.page.file.src_uri, env.conf["extra"]["disclaimer"], address, needs)
    for name, function in macros.items():
        function.__name__ = function.__qualname__ = name  # "point_link() missing 1 required argument"
        env.macro(function, name)
    env.variables["search_tags_for"] = partial(search_tags, catalog)
    env.variables["scripts_needed"] = needs


def on_pre_page_macros(env):
    env.variables["scripts_needed"].start(env.page.file.src_uri)


def on_post_page_macros(env):
    """Check the page's review dates, give it the scripts its macros need (overrides/main.html loads
    them) and tag point pages with their codes and names for search."""
    page = env.page  # a copy whose meta is the page's own dict, which Material's search reads
    needs = env.variables["scripts_needed"].of(page.file.src_uri)
    available = {path.stem for path in Path(env.project_dir, env.conf["docs_dir"], "javascripts").glob("*.js")}
    minify = env.conf["plugins"].get("minify")
    bundled = set(minify.config["js_files"] or []) if minify is not None else set()
    where = f"docs/{page.file.src_uri}"
    # MkDocs reads front matter it cannot parse as no front matter at all: say what is wrong.
    if not page.meta and (found := front_matter_problem(page.file.content_string)):
        line, problem = found
        _stop(f"{where}, line {line}: {problem}" if line else f"{where}: {problem}")
    try:
        review_dates(page.meta)
    except ReviewError as error:
        _stop(f"{where}: {error}")
    if problem := front_matter_scripts_problem(page.meta) or bundle_problem(needs, available, bundled):
        _stop(f"{where}: {problem}")
    page.meta["scripts"] = list(needs)
    tags = env.variables["search_tags_for"](page.file.src_uri)
    if tags:
        page.meta["tags"] = tags


def _stop(message: str):
    """Report a page mistake as one error line and stop the build. mkdocs-macros would log it as a
    warning, which `mkdocs build -q` hides, and an exception would make MkDocs add a line of its own."""
    logging.getLogger("mkdocs").error(message)
    raise SystemExit(1)


def _front_matter_lines(markdown: str, page) -> int:
    return len(page.file.content_string.splitlines()) - len(markdown.splitlines())


def _where(error: Exception, markdown: str, page) -> str:
    """docs/<page>, line <n>: the line in the file, front matter included."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        line = error.lineno
    else:
        lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
        if not lines:
            return f"docs/{page.file.src_path}"
        line = lines[-1]
    return f"docs/{page.file.src_path}, line {line + _front_matter_lines(markdown, page)}"


# mkdocs-macros formats a failing page through format_error (a singledispatch function); without
# these, an editor's mistake comes with a Python traceback, or as a warning. Each gives one line
# naming the page and the line, and stops the build.
@format_error.register
def _any_error(error: Exception, markdown: str, page) -> str:  # a run-time error in an expression
    _stop(f"{_where(error, markdown, page)}: {type(error).__name__}: {error}")


@format_error.register
def _macro_error(error: LookupError, markdown: str, page) -> str:  # unknown point, fact or caution
    _stop(f"{_where(error, markdown, page)}: {error.args[0] if error.args else error}")  # KeyError would quote it


@format_error.register
def _bad_argument(error: ValueError, markdown: str, page) -> str:
    _stop(f"{_where(error, markdown, page)}: {error}")


@format_error.register
def _wrong_arguments(error: TypeError, markdown: str, page) -> str:  # too few or too many
    _stop(f"{_where(error, markdown, page)}: {error}")


@format_error.register
def _undefined(error: UndefinedError, markdown: str, page) -> str:
    _stop(f"{_where(error, markdown, page)}: {error.message} (a misspelt macro or variable name?)")


@format_error.register
def _syntax(error: TemplateSyntaxError, markdown: str, page) -> str:  # a missing bracket, an unclosed block
    _stop(f"{_where(error, markdown, page)}: template syntax: {error.message}")
