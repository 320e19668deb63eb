"""Rules every page of every edition keeps, read from the macros it calls (translated_pages.macro_calls),
so a new page is held to them as soon as it is written, with no list of pages to keep up to date."""
from ..page_macros import GIVES_FACTS_TO_ACT_ON, SHOWS_WARNING_SIGNS
from .translated_pages import macro_calls

POINT_PAGES = "points/"


def warning_signs_problem(page: str, source: str) -> tuple[int | None, str] | None:
    """(line, reason) when a page tells a reader how to press (it calls a macro with a point's facts, or
    is a point's page under points/) but shows no warning signs; None otherwise. page is its path in
    the docs folder: 'points/li4.md'."""
    calls = macro_calls(source)
    if any(call.name in SHOWS_WARNING_SIGNS for call in calls):
        return None
    acting = next((call for call in calls if call.name in GIVES_FACTS_TO_ACT_ON), None)
    if acting is None and not page.startswith(POINT_PAGES):
        return None
    why = f"{acting} gives a reader facts to press by" if acting else "it is a point's page"
    return (acting.line if acting else None,
            f"{why}, but the page shows no warning signs: add {{{{ get_help_now() }}}} near the top (or "
            f"another macro that shows them: {', '.join(sorted(SHOWS_WARNING_SIGNS))})")
