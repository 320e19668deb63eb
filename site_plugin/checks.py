"""The build's checks that need MkDocs' objects, each a thin call of the core's (acupoints/build_checks/)
that stops the build with one line naming the file and, where it can, the line."""
import logging
from pathlib import Path

from acupoints.build_checks.anchors import anchor_problems
from acupoints.build_checks.built_pages import page_problems
from acupoints.build_checks.page_files import encoding_problem
from acupoints.build_checks.page_rules import caution_said_twice_problem, warning_signs_problem
from acupoints.build_checks.settings import config_problem
from acupoints.editions import shown_path
from acupoints.page_scripts import PageScriptError, deferred_theme_bundle
from acupoints.site_address import is_local

from .errors import stop


def check_settings(config) -> None:
    """Settings in mkdocs.yml the site cannot work with, before any plugin trips over them."""
    if problem := config_problem(config):
        stop(problem)


def warn_of_a_local_address(config) -> None:
    """A build for a local address (SITE_URL=http://127.0.0.1/...): cards and the sitemap leave the
    address out, so no reader is sent where they cannot go; under `strict` the warning stops the build."""
    if config.site_url and is_local(config.site_url):
        logging.getLogger("mkdocs").warning(
            f"mkdocs.yml: site_url {config.site_url} is a local address, so cards and the sitemap leave it out; "
            "set SITE_URL to the published address, or leave it unset")


def check_page_files(files) -> None:
    """Each page file before MkDocs reads it: one MkDocs cannot read (before its own traceback), and one
    that tells a reader how to press but shows no warning signs."""
    for file in files.documentation_pages():
        where = shown_path(file.abs_src_path)
        raw = Path(file.abs_src_path).read_bytes()
        if found := encoding_problem(raw):
            line, problem = found
            stop(f"{where}, line {line}: {problem}")
        text = raw.decode("utf-8")
        if found := warning_signs_problem(file.src_uri, text) or caution_said_twice_problem(text):
            line, problem = found
            stop(f"{where}, line {line}: {problem}" if line else f"{where}: {problem}")


def check_built_page(output: str, page) -> None:
    """A built page that still holds template syntax, a Python function's address or a repeated id."""
    if problems := page_problems(output, page.file.content_string):
        line, problem = problems[0]
        where = shown_path(page.file.abs_src_path) + (f", line {line}" if line else "")
        stop(f"{where}: {problem}")


def check_anchors(config) -> None:
    """A link to a part of a page (#part) that the page does not have, once every page is written."""
    site = Path(config["site_dir"])
    pages = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    if problems := anchor_problems(pages):
        stop(f"site/{problems[0]}")


def _deferred(scripts):
    try:
        return deferred_theme_bundle(scripts)
    except PageScriptError as error:
        stop(str(error))


def add_theme_script_filter(env) -> None:
    """overrides/main.html defers Material's own script (acupoints.page_scripts); if Material writes it
    differently one day, the build stops with one line saying so."""
    env.filters["deferred_theme_bundle"] = _deferred
