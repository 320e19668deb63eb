"""Facts about the guide as a whole, for sentences and tables: how many points, which sides, how
long a session takes; the points table and the FAQ's questions."""
import re

from .body_regions import REGIONS
from .catalog import Catalog
from .links import point_link
from .routine import session_words
from .text import escape, seconds_range

NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()


def _sides(points: list[dict]) -> str:
    """Which points are pressed on both sides: a whole answer to "one side or both?", whichever set is
    empty."""
    on_both = sum(point["both_sides"] for point in points)
    if on_both == len(points):
        return ("Every point in this guide is on both sides of the body. Press both sides for the same length "
                "of time.")
    if on_both == 0:
        return "Each point in this guide is found once, in the middle of the body, so there is one side to press."
    return ("Some points are on both sides of the body; each point's page says which. Press both sides of "
            "those, for the same length of time.")


def guide_fact(catalog: Catalog, name: str) -> str:
    """A fact about the whole guide: the routine, or something true of all the points together."""
    count = len(catalog.points)
    facts = {
        "point_count": lambda: NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count),
        "sides": lambda: _sides(catalog.points),
        "session": lambda: session_words(catalog),  # from the routine's plan, so it is its real length
        "how_often": lambda: catalog.routine["how_often"],
        "hold_range": lambda: seconds_range({
            "min": min(p["hold_seconds"]["min"] for p in catalog.points),
            "max": max(p["hold_seconds"]["max"] for p in catalog.points),
        }),
    }
    if name not in facts:
        raise KeyError(f"unknown guide fact {name!r}; known facts: {', '.join(facts)}")
    return escape(facts[name]())


def question(anchor: str, text: str) -> str:
    """An FAQ question: its heading with a stable anchor, and a visible link to it."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", anchor):
        raise ValueError(f"question anchor {anchor!r} must be lower-case words joined by hyphens")
    # The link's visible words are the same under every question; its hidden rest names the question.
    return (f"### {text} {{ #{anchor} }}\n\n"
            f'[Link to this question<span class="visually-hidden">: {text}</span>](#{anchor}){{ .faq-link }}')


def points_table(catalog: Catalog, from_page: str) -> str:
    """The points at a glance, as a Markdown table linking to each point's page."""
    lines = ["| Point | Body area | How long |", "| --- | --- | --- |"]
    for point in catalog.points:
        lines.append(
            f"| {point_link(point, from_page)}<br>{escape(point['english_names'][0])} "
            f"| {escape(REGIONS[point['region']].name)} | {escape(seconds_range(point['hold_seconds']))} |"
        )
    return "\n".join(lines)
