"""MkDocs hook: a built page that still holds template syntax, a Python function's address or a
repeated id stops the build with one line naming the page and, where it can, the line (the checks are
acupoints.build_checks.built_pages); so does a link to a part of a page (#part) that the page does not
have (acupoints.build_checks.anchors), once every page is written."""
from pathlib import Path

from acupoints.build_checks.anchors import anchor_problems
from acupoints.build_checks.built_pages import page_problems
from acupoints.editions import shown_path
from site_plugin.errors import stop


def on_post_page(output, page, config):
    problems = page_problems(output, page.file.content_string)
    if problems:
        line, problem = problems[0]
        where = shown_path(page.file.abs_src_path) + (f", line {line}" if line else "")
        stop(f"{where}: {problem}")
    return output


def on_post_build(config):
    site = Path(config["site_dir"])
    pages = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    if problems := anchor_problems(pages):
        stop(f"site/{problems[0]}")
