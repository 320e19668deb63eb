"""MkDocs hook: checks each page file before MkDocs reads it. A file MkDocs cannot read stops the build
with one line naming the page and the line, before MkDocs fails with a traceback of its own
(acupoints.build_checks.page_files); so does a page that tells a reader how to press but shows no
warning signs (acupoints.build_checks.page_rules)."""
from pathlib import Path

from acupoints.build_checks.page_files import encoding_problem
from acupoints.build_checks.page_rules import warning_signs_problem
from acupoints.editions import shown_path
from site_plugin.errors import stop


def on_files(files, config):
    for file in files.documentation_pages():
        where = shown_path(file.abs_src_path)
        raw = Path(file.abs_src_path).read_bytes()
        if found := encoding_problem(raw):
            line, problem = found
            stop(f"{where}, line {line}: {problem}")
        if found := warning_signs_problem(file.src_uri, raw.decode("utf-8")):
            line, problem = found
            stop(f"{where}, line {line}: {problem}" if line else f"{where}: {problem}")
    return files
