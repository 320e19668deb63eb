"""The one way a check stops the build: a PluginError, which MkDocs logs as one ERROR line and turns
into its Abort. Under `mkdocs serve` an Abort ends only that rebuild, so the server keeps serving the
last good site and builds again at the next save; the SystemExit the hooks raised before ended it."""
import logging
import re

from mkdocs.exceptions import PluginError

# MkDocs logs "Error reading page 'guide.md':" before a page's PluginError, then the error itself.
# Every message here names the page (and the line) already, so that first line would only double it.
_PAGE_ONLY = re.compile(r"Error (reading|building) page '[^']*':")


class _PageNamedOnce(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not _PAGE_ONLY.fullmatch(record.getMessage())


_FILTER = _PageNamedOnce()


def stop(message: str):
    """Stop the build with this one line: what is wrong and where (file, line or JSON pointer)."""
    build_log = logging.getLogger("mkdocs.commands.build")
    if _FILTER not in build_log.filters:
        build_log.addFilter(_FILTER)
    raise PluginError(message)
