"""Facts about the guide as a whole, for sentences and tables: how many points, which sides, how
long a session takes; the points table and the FAQ's questions."""
import re

from .body_regions import region_name
from .catalog import Catalog
from .language import N_, Language
from .links import point_link
from .model import Point
from .routine import session_words
from .text import escape, seconds_range

NUMBER_WORDS = [N_("zero"), N_("one"), N_("two"), N_("three"), N_("four"), N_("five"), N_("six"), N_("seven"),
                N_("eight"), N_("nine"), N_("ten")]


def _sides(points: tuple[Point, ...]) -> str:
    """Which points are pressed on both sides: a whole answer to "one side or both?", whichever set is
    empty."""
    on_both = sum(point.both_sides for point in points)
    if on_both == len(points):
        return N_("Every point in this guide is on both sides of the body. Press both sides for the same length "
                  "of time.")
    if on_both == 0:
        return N_("Each point in this guide is found once, in the middle of the body, so there is one side to "
                  "press.")
    return N_("Some points are on both sides of the body; each point's page says which. Press both sides of "
              "those, for the same length of time.")


def guide_fact(catalog: Catalog, name: str) -> str:
    """A fact about the whole guide: the routine, or something true of all the points together."""
    count, language = len(catalog.points), catalog.language
    facts = {
        "point_count": lambda: language.gettext(NUMBER_WORDS[count]) if count < len(NUMBER_WORDS) else str(count),
        "sides": lambda: language.gettext(_sides(catalog.points)),
        "session": lambda: session_words(catalog),  # from the routine's plan, so it is its real length
        "how_often": lambda: catalog.routine["how_often"],
        "hold_range": lambda: seconds_range({
            "min": min(point.hold.min for point in catalog.points),
            "max": max(point.hold.max for point in catalog.points),
        }, language),
    }
    if name not in facts:
        raise KeyError(f"unknown guide fact {name!r}; known facts: {', '.join(facts)}")
    return escape(facts[name]())


def question(language: Language, anchor: str, text: str) -> str:
    """An FAQ question: its heading with a stable anchor, and a visible link to it."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", anchor):
        raise ValueError(f"question anchor {anchor!r} must be lower-case words joined by hyphens")
    # The link's visible words are the same under every question; its hidden rest names the question.
    link = language.gettext("Link to this question")
    return (f"### {text} {{ #{anchor} }}\n\n"
            f'[{link}<span class="visually-hidden">: {text}</span>](#{anchor}){{ .faq-link }}')


def points_table(catalog: Catalog, from_page: str) -> str:
    """The points at a glance, as a Markdown table linking to each point's page."""
    _ = catalog.language.gettext
    headings = [_("Point"), _("Body area"), _("How long")]
    lines = ["| " + " | ".join(escape(heading) for heading in headings) + " |", "| --- | --- | --- |"]
    for point in catalog.points:
        lines.append(
            f"| {point_link(point, from_page)}<br>{escape(point.english_names[0])} "
            f"| {escape(_(region_name(point.region)))} "
            f"| {escape(point.hold.words)} |"
        )
    return "\n".join(lines)
