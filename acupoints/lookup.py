"""Find a point by its code or any alias a reader might type."""
import re

_IGNORED = re.compile(r"[\s\-]+")


def normalise(alias: str) -> str:
    """'li-4', 'LI 4' and 'LI4' are the same code."""
    return _IGNORED.sub("", alias).upper()
