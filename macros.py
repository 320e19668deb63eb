"""mkdocs-macros adapter: load the edition's language and the point data in it, validate them, register
the core's macros, and give each page its data-driven metadata."""
import logging
import traceback
from functools import partial
from pathlib import Path

from jinja2.exceptions import TemplateSyntaxError, UndefinedError
from mkdocs_macros.errors import format_error

from acupoints import DataError, load_catalog, page_macros
from acupoints.build_checks.literal_facts import literal_fact_problem, literal_facts
from acupoints.build_checks.page_files import front_matter_problem
from acupoints.build_checks.settings import config_problem
from acupoints.editions import ENGLISH_DOCS, english_root, shown_path
from acupoints.language import load_language
from acupoints.page_scripts import ScriptNeeds, bundle_problem, front_matter_scripts_problem
from acupoints.previews import description_problem
from acupoints.review import ReviewError, review_dates
from acupoints.search import search_tags
from acupoints.site_address import printed_address
from acupoints.spellings import load_spellings
from site_plugin.errors import stop

DATA_FILE = "data/points.json"
MANIFEST = "manifest.webmanifest"


def define_env(env):
    # site_plugin/checks.py checks the settings first; this catches the hooks themselves gone.
    if problem := config_problem(env.conf):
        stop(problem)
    disclaimer = env.conf["extra"]["disclaimer"]
    try:
        language = load_language(Path(env.project_dir), env.conf["theme"]["language"], env.conf["extra"]["draft"])
        for line, english in language.stale:
            logging.getLogger("mkdocs").info(
                f"translations/{language.code}/messages.po, line {line}: {english!r} is marked fuzzy, so pages show "
                "it in English until a translator checks it and clears the mark")
        if not language.has(disclaimer) and not language.draft:
            stop(f"translations/{language.code}/messages.po: the disclaimer (extra.disclaimer in "
                 f"mkdocs.yml) has no current translation; translate {disclaimer!r}")
        catalog = load_catalog(Path(env.project_dir, DATA_FILE), shown_as=DATA_FILE, language=language)
        spellings = load_spellings(Path(env.project_dir), language.code)
    except DataError as error:
        stop(str(error))
    address = printed_address(env.conf["site_url"])
    needs = ScriptNeeds()
    store = english_root(language.code)
    macros = page_macros(catalog, lambda: env.page.file.src_uri, disclaimer, address, needs, store, spellings)
    for name, function in macros.items():
        function.__name__ = function.__qualname__ = name  # "point_link() missing 1 required argument"
        env.macro(function, name)
    env.variables["search_tags_for"] = partial(search_tags, catalog)
    env.variables["scripts_needed"] = needs
    env.variables["language"] = catalog.language  # with the data words it lacks
    env.variables["literal_facts"] = facts = literal_facts(catalog)
    # The words outside the pages a reader sees too: in search results, and on a phone's home screen.
    manifest = Path(env.conf["docs_dir"], MANIFEST)
    for where, text in ((f"{Path(env.conf.config_file_path).name}: site_description", env.conf["site_description"]),
                        (shown_path(str(manifest)), manifest.read_text("utf-8") if manifest.is_file() else "")):
        if found := literal_fact_problem(text or "", facts):
            stop(f"{where}: {found[1]}")


def on_pre_page_macros(env):
    """Refuse a fact of the data typed into the page's file (its front matter too: a description is
    shown in search results and shared links), before its macros run."""
    if found := literal_fact_problem(env.page.file.content_string, env.variables["literal_facts"]):
        line, problem = found
        stop(f"{_shown(env.page)}, line {line}: {problem}")
    env.variables["scripts_needed"].start(env.page.file.src_uri)


def on_post_page_macros(env):
    """Check the page's review dates, give it the scripts its macros need (overrides/main.html loads
    them) and tag point pages with their codes and names for search."""
    page = env.page  # a copy whose meta is the page's own dict, which Material's search reads
    needs = env.variables["scripts_needed"].of(page.file.src_uri)
    # An edition in another language uses English's scripts (site_plugin/edition.py).
    available = {path.stem for folder in (env.conf["docs_dir"], Path(env.project_dir, ENGLISH_DOCS))
                 for path in Path(folder, "javascripts").glob("*.js")}
    minify = env.conf["plugins"].get("minify")
    bundled = set(minify.config["js_files"] or []) if minify is not None else set()
    where = _shown(page)
    # MkDocs reads front matter it cannot parse as no front matter at all: say what is wrong.
    if not page.meta and (found := front_matter_problem(page.file.content_string)):
        line, problem = found
        stop(f"{where}, line {line}: {problem}" if line else f"{where}: {problem}")
    try:
        review_dates(page.meta)
    except ReviewError as error:
        stop(f"{where}: {error}")
    if problem := (description_problem(page.meta) or front_matter_scripts_problem(page.meta)
                   or bundle_problem(needs, available, bundled)):
        stop(f"{where}: {problem}")
    page.meta["scripts"] = list(needs)
    # Words the catalogue has no current translation for stay in English, and the page says so
    # (overrides/main.html). Safety text never gets here: the build stops without it.
    page.meta["untranslated"] = env.variables["language"].in_english(env.markdown)
    tags = env.variables["search_tags_for"](page.file.src_uri)
    if tags:
        page.meta["tags"] = tags


def _shown(page) -> str:
    """The page's file as the editor knows it: its path in the project."""
    return shown_path(page.file.abs_src_path)


def _front_matter_lines(markdown: str, page) -> int:
    return len(page.file.content_string.splitlines()) - len(markdown.splitlines())


def _where(error: Exception, markdown: str, page) -> str:
    """docs/<page>, line <n>: the line in the file, front matter included (translations/<code>/docs/<page>
    for an edition in another language)."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        line = error.lineno
    else:
        lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
        if not lines:
            return _shown(page)
        line = lines[-1]
    return f"{_shown(page)}, line {line + _front_matter_lines(markdown, page)}"


# mkdocs-macros formats a failing page through format_error (a singledispatch function); without
# these, an editor's mistake comes with a Python traceback, or as a warning, and mkdocs-macros then
# ends the process (on_error_fail), `mkdocs serve` too. Each gives one line naming the page and the
# line, and stops the build (site_plugin.errors.stop).
@format_error.register
def _any_error(error: Exception, markdown: str, page) -> str:  # a run-time error in an expression
    stop(f"{_where(error, markdown, page)}: {type(error).__name__}: {error}")


@format_error.register
def _macro_error(error: LookupError, markdown: str, page) -> str:  # unknown point, fact or caution
    stop(f"{_where(error, markdown, page)}: {error.args[0] if error.args else error}")  # KeyError would quote it


@format_error.register
def _bad_argument(error: ValueError, markdown: str, page) -> str:
    stop(f"{_where(error, markdown, page)}: {error}")


@format_error.register
def _wrong_arguments(error: TypeError, markdown: str, page) -> str:  # too few or too many
    stop(f"{_where(error, markdown, page)}: {error}")


@format_error.register
def _undefined(error: UndefinedError, markdown: str, page) -> str:
    stop(f"{_where(error, markdown, page)}: {error.message} (a misspelt macro or variable name?)")


@format_error.register
def _syntax(error: TemplateSyntaxError, markdown: str, page) -> str:  # a missing bracket, an unclosed block
    stop(f"{_where(error, markdown, page)}: template syntax: {error.message}")
