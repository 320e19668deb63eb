"""The facts of one point, for its page: single facts for sentences, the facts box, where the
standard location comes from, and what its drawing says. Every data value goes through escape()."""
import re

from markupsafe import Markup

from . import templating
from .body_regions import region_name
from .catalog import Catalog
from .checks import SPINE_CAUTION
from .language import Language
from .lookup import normalise
from .model import Point
from .text import escape


def point_fact(language: Language, point: Point, name: str) -> str:
    """One fact, formatted for use inside a sentence."""
    facts = {
        "code": lambda: point.code,
        "article_label": lambda: point.article_label,
        "pinyin": lambda: point.pinyin,
        "english_name": lambda: point.english_names[0],
        "title": lambda: point.title,
        "region": lambda: language.gettext(region_name(point.region)).lower(),
        "hold": lambda: point.hold.words,
        "how_often": lambda: point.how_often,
    }
    if name not in facts:
        raise KeyError(f"unknown fact {name!r} for {point.code}; known facts: {', '.join(facts)}")
    return escape(facts[name]())


def chinese_name(language: Language, point: Point) -> Markup:
    """The Chinese characters as HTML, each form tagged with its script."""
    return Markup(templating.macros("point-parts.html", language).chinese_name(point.chinese))


def point_facts(language: Language, point: Point) -> Markup:
    """What a point is called and where it belongs, for "About this point", as one raw HTML block.
    How to press it is in point_press, where to find it in the page's own steps."""
    return templating.render("point-facts.html", language, point=point,
                             region_name=language.gettext(region_name(point.region)))


def point_press(catalog: Catalog, point: Point) -> Markup:
    """How to press a point, from the data: position, what with, how, how long and how often."""
    return templating.render("point-press.html", catalog.language, press=point.press,
                             hold=point.hold.with_sides,
                             how_often=point.how_often)


def _label_kind(point: Point) -> str | None:
    """How the article's label differs from the standard code: an old number that now belongs to another
    point, a short form of the same code, or not at all (None)."""
    label, code = point.article_label, point.code
    if normalise(label) == normalise(code):
        return None
    return "old number" if re.sub(r"\D", "", label) != re.sub(r"\D", "", code) else "short form"


def standard_location(language: Language, point: Point) -> Markup:
    """Where the location comes from, any doubt about it, and what the article's label means,
    as an HTML block."""
    return templating.render("standard-location.html", language, point=point, label=_label_kind(point),
                             uses_cun="B-cun" in point.location["standard"])


def point_about(catalog: Catalog, point: Point) -> Markup:
    """What a point is called and where its place comes from, closed under one heading: reference for
    the curious, after what a reader came to do."""
    return templating.render("point-about.html", catalog.language, facts=point_facts(catalog.language, point),
                             location=standard_location(catalog.language, point))


def figure_note(point: Point) -> str:
    """What a point's figure must say beside the drawing: for a point on the back, where to press."""
    return next((caution.words() for caution in point.cautions if caution.key == SPINE_CAUTION), "")


def figure_description(point: Point) -> str:
    """The text alternative of a point's drawing: where the point is, and where to press."""
    return " ".join(filter(None, [point.location["plain"], figure_note(point)]))
