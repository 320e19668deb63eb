"""The facts of one point, for its page: single facts for sentences, the facts box, where the
standard location comes from, and what its drawing says. Every data value goes through escape()."""
import re

from .body_regions import REGIONS
from .catalog import Catalog
from .checks import SPINE_CAUTION
from .lookup import normalise
from .safety import caution_text
from .text import escape, seconds_range


def point_fact(point: dict, name: str) -> str:
    """One fact, formatted for use inside a sentence."""
    facts = {
        "code": lambda: point["code"],
        "article_label": lambda: point["article_label"],
        "pinyin": lambda: point["pinyin"],
        "english_name": lambda: point["english_names"][0],
        "title": lambda: f"{point['code']} {point['pinyin']}",
        "region": lambda: REGIONS[point["region"]].name.lower(),
        "hold": lambda: seconds_range(point["hold_seconds"]),
        "how_often": lambda: point["how_often"],
    }
    if name not in facts:
        raise KeyError(f"unknown fact {name!r} for {point['code']}; known facts: {', '.join(facts)}")
    return escape(facts[name]())


def chinese_name(point: dict) -> str:
    """The Chinese characters as HTML, each form tagged with its script, so browsers pick a Chinese
    font for it (not a Japanese one) and screen readers read it as Chinese. The traditional form is
    shown only where it differs."""
    simplified, traditional = point["chinese"]["simplified"], point["chinese"]["traditional"]
    name = f'<span lang="zh-Hans">{escape(simplified)}</span>'
    if traditional != simplified:
        name += f' (traditional: <span lang="zh-Hant">{escape(traditional)}</span>)'
    return name


def _aliases(point: dict) -> str:
    return ", ".join(escape(alias) for alias in point["aliases"]) or "none"


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


MERIDIAN_NOTE = "Traditional teaching puts points on lines called meridians, named after parts of the body."


CUN_NOTE = (
    "A B-cun is a body inch, measured on your own body. Your thumb at its knuckle is about 1 B-cun wide, "
    "two fingers side by side about 1.5, and four fingers about 3. These are only rough guides, so feel "
    "for the tender spot around the area."
)


def point_facts(point: dict) -> str:
    """The facts box of a point page, as one raw HTML block."""
    location, press = point["location"], point["press"]
    sides = "Yes: press one side, then the other." if point["both_sides"] else "No: there is only one."
    rows = [
        ("Standard code", f"<strong>{escape(point['code'])}</strong>"),
        ("Also written as", _aliases(point)),
        ("Chinese name", f"{escape(point['pinyin'])} {chinese_name(point)}"),
        ("English names", escape("; ".join(point["english_names"]))),
        ("Meridian", f"{escape(point['meridian'])}. {MERIDIAN_NOTE}"),
        ("Body area", escape(REGIONS[point["region"]].name)),
        ("Where it is", escape(location["plain"])),
        ("How to find it", escape(location["landmark"])),
        ("Position", escape(press["position"])),
        ("Press with", escape(press["with"])),
        ("How to press", escape(press["method"])),
        ("How long", escape(seconds_range(point["hold_seconds"]))),
        ("How often", escape(point["how_often"])),
        ("On both sides of the body", sides),
        ("Traditionally used for", _list(point["traditional_uses"])),
    ]
    # Spaces between the elements keep words apart in the search index's plain text.
    items = " ".join(f"<dt>{label}</dt> <dd>{value}</dd>" for label, value in rows)
    return f'<dl class="point-facts" id="facts-{escape(point["code"].lower())}">{items}</dl>'


def _label_note(point: dict) -> str:
    """Explain the article's label when it is not the standard code."""
    label, code = point["article_label"], point["code"]
    if normalise(label) == normalise(code):
        return ""
    if re.sub(r"\D", "", label) != re.sub(r"\D", "", code):
        return (
            f"<p>The article this guide grew from calls it {escape(label)}. That label comes from an older "
            f"way of numbering the points. Today the standard code is {escape(code)}. In the standard "
            f"numbering, the old number belongs to a different point, so always look for {escape(code)}.</p>"
        )
    return (
        f"<p>The article this guide grew from writes it as {escape(label)}, a short form of the same code. "
        f"The standard form is {escape(code)}.</p>"
    )


def standard_location(point: dict) -> str:
    """Where the location comes from, any doubt about it, and what the article's label means,
    as an HTML block."""
    location = point["location"]
    note = f"<p>{escape(location['note'])}</p>" if "note" in location else ""
    if "B-cun" in location["standard"]:
        note += f"<p>{CUN_NOTE}</p>"
    return (
        '<div class="admonition info standard-location"><p class="admonition-title">Where this comes from</p>'
        "<p>Point names and places follow the World Health Organization (WHO) standard from 2008. "
        f"<strong>Standard location:</strong> {escape(location['standard'])}</p>{note}{_label_note(point)}</div>"
    )


def figure_note(catalog: Catalog, point: dict) -> str:
    """What a point's figure must say beside the drawing: for a point on the back, where to press."""
    return caution_text(catalog.cautions[SPINE_CAUTION]) if SPINE_CAUTION in point["cautions"] else ""


def figure_description(catalog: Catalog, point: dict) -> str:
    """The text alternative of a point's drawing: where the point is, and where to press."""
    return " ".join(filter(None, [point["location"]["plain"], figure_note(catalog, point)]))
