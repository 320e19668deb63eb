"""MkDocs hook: a page file MkDocs cannot read stops the build with one line naming the page and the
line, before MkDocs fails with a traceback of its own (the checks are acupoints.build_checks.page_files)."""
from pathlib import Path

from acupoints.build_checks.page_files import encoding_problem
from acupoints.editions import shown_path
from site_plugin.errors import stop


def on_files(files, config):
    for file in files.documentation_pages():
        if found := encoding_problem(Path(file.abs_src_path).read_bytes()):
            line, problem = found
            stop(f"{shown_path(file.abs_src_path)}, line {line}: {problem}")
    return files
