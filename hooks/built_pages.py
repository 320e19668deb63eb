"""MkDocs hook: a built page that still holds template syntax, a Python function's address or a
repeated id stops the build with one line naming the page and, where it can, the line (the checks are
acupoints.build_checks.built_pages)."""
import logging

from acupoints.build_checks.built_pages import page_problems


def on_post_page(output, page, config):
    problems = page_problems(output, page.file.content_string)
    if problems:
        line, problem = problems[0]
        where = f"docs/{page.file.src_uri}" + (f", line {line}" if line else "")
        # One line, as an error: an exception here would make MkDocs print a second line of its own.
        logging.getLogger("mkdocs").error(f"{where}: {problem}")
        raise SystemExit(1)
    return output
