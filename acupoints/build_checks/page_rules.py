"""Rules every page of every edition keeps, read from the macros it calls (translated_pages.macro_calls),
so a new page is held to them as soon as it is written, with no list of pages to keep up to date."""
import json

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


def caution_said_twice_problem(source: str) -> tuple[int, str] | None:
    """(line, reason) when a page says a caution twice: by caution() twice, or by caution() and in a
    caution_overview() that does not name it among the cautions the page says elsewhere; or when an
    overview leaves out a caution the page does not say. None otherwise."""
    calls = macro_calls(source)
    said, overviews = {}, [call for call in calls if call.name == "caution_overview"]
    for call in calls:
        if call.name != "caution" or not call.arguments or not call.arguments[0].startswith('"'):
            continue
        key = json.loads(call.arguments[0])
        if key in said:
            return call.line, f"{call} says a caution the page says on line {said[key].line} already; keep one"
        said[key] = call
    for overview in overviews:
        left_out = {json.loads(argument) for argument in overview.arguments if argument.startswith('"')}
        for key, call in said.items():
            if key not in left_out:
                return call.line, (f"{call} says a caution that {overview} on line {overview.line} lists too; "
                                   f'name it there ({{{{ caution_overview("{key}") }}}}) so the list leaves it out')
        for key in sorted(left_out - set(said)):
            return overview.line, (f"{overview} leaves out {key!r}, but the page does not say it: call "
                                   f'{{{{ caution("{key}") }}}} beside the step it guards, or keep it in the list')
    return None
