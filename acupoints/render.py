"""Render point data as Markdown and HTML fragments for pages. Every data value goes through escape().

Links are written as Markdown links to the point's source file, so MkDocs resolves and validates them.
"""
import html
import posixpath
import re

from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .checks import SPINE_CAUTION
from .figures import REGIONS
from .lookup import normalise
from .routine import session_words
from .text import escape, seconds_range

def page_path(point: dict) -> str:
    """Where a point's page lives inside docs/."""
    return f"points/{point['code'].lower()}.md"


def page_url(page: str) -> str:
    """The URL MkDocs gives a page (use_directory_urls): 'faq.md' -> 'faq/', 'index.md' -> ''."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def url_between(from_page: str, to_page: str) -> str:
    """A relative URL from one page to another, for links in raw HTML that MkDocs does not rewrite."""
    relative = posixpath.relpath(page_url(to_page) or ".", page_url(from_page) or ".")
    return "./" if relative == "." else relative + "/"


def point_at(catalog: Catalog, page: str) -> dict | None:
    """The point whose page this is, if it is a point page."""
    return next((point for point in catalog.points if page_path(point) == page), None)


def search_tags(catalog: Catalog, page: str) -> list[str]:
    """Hidden search keywords for a point page: every code and name readers type. Material puts
    tags into its results as HTML without escaping them, so <, > and & are escaped here; quotes
    are left alone so that "Will's Chamber" still matches what a reader types."""
    point = point_at(catalog, page)
    if point is None:
        return []
    words = [point["code"], *point["aliases"], point["pinyin"], *point["english_names"]]
    return [html.escape(word, quote=False) for word in words]


def point_title(point: dict) -> str:
    return escape(f"{point['code']} {point['pinyin']}")


def point_link(point: dict, from_page: str) -> str:
    target = posixpath.relpath(page_path(point), posixpath.dirname(from_page) or ".")
    return f"[{point_title(point)}]({target})"


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


NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()


def _sides(points: list[dict]) -> str:
    """Which points are pressed on both sides: a whole answer to "one side or both?", whichever set is
    empty."""
    on_both = sum(point["both_sides"] for point in points)
    if on_both == len(points):
        return ("Every point in this guide is on both sides of the body. Press both sides, one after the "
                "other, for the same length of time.")
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


def caution_text(caution: dict, short: bool = False) -> str:
    """A caution's words, saying so where the advice is this guide's own rather than a source's."""
    text = caution["short"] if short else caution["text"]
    if caution.get("own_advice"):
        text += " (Our own advice.)" if short else " (This is our own advice, not a published source's.)"
    return text


def caution_items(catalog: Catalog, point: dict, short: bool = False) -> Markup:
    """A point's cautions as HTML list items."""
    cautions = [{"title": caution["title"], "words": caution_text(caution, short)}
                for caution in catalog.cautions_of(point)]
    return templating.render("caution-items.html", cautions=cautions)


def _joined(signs: list[str]) -> str:
    """Signs as one sentence part: 'a; b; or c' (the signs have commas of their own)."""
    return "; ".join(signs[:-1]) + ("; or " if len(signs) > 1 else "") + signs[-1]


def _help_macro(name: str):
    return getattr(templating.macros("help.html"), name)


def _get_help_now_parts(catalog: Catalog) -> tuple[Markup, Markup]:
    """The emergency signs in short form with where to go, and the numbers to call, as HTML."""
    emergency = catalog.get_help["emergency"]
    signs = _joined([item["text"] for item in emergency["short"]])
    return (Markup(_help_macro("get_help_now_signs")(signs, emergency["where"])),
            Markup(_help_macro("numbers_line")(emergency["numbers"])))


def get_help_now_text(catalog: Catalog) -> Markup:
    """The emergency signs in short form, with the numbers to call, as HTML for one paragraph: cards."""
    return Markup(" ").join(_get_help_now_parts(catalog))


def see_doctor_text(catalog: Catalog) -> Markup:
    """When to see a doctor (not urgent), in short form, as HTML for one paragraph: cards."""
    tier = catalog.get_help["see_doctor"]
    return Markup(_help_macro("see_doctor_text")(_joined([item["text"] for item in tier["short"]])))


def get_help_now(catalog: Catalog, from_page: str) -> Markup:
    """The short emergency box for the pages where readers press."""
    link = url_between(from_page, "precautions.md") + "#when-to-get-medical-help"
    signs, numbers = _get_help_now_parts(catalog)
    return templating.render("get-help-now.html", signs=signs, numbers=numbers, link=link)


HELP_TIER_STYLE = {"emergency": "danger", "urgent": "warning", "see_doctor": "note"}


def help_tier(catalog: Catalog, key: str) -> Markup:
    """One tier of 'when to get medical help', in full, as a box."""
    if key not in catalog.get_help:
        raise KeyError(f"unknown help tier {key!r}; known tiers: {', '.join(catalog.get_help)}")
    tier = catalog.get_help[key]
    return templating.render("help-tier.html", tier=tier, style=HELP_TIER_STYLE[key], ident=key.replace("_", "-"),
                             source_names=catalog.source_names(tier))


def leg_symptoms(catalog: Catalog) -> Markup:
    """The one message about leg symptoms: one leg (often sciatica), and the emergency in both."""
    return templating.render("leg-symptoms.html", message=catalog.leg_symptoms,
                             emergency_numbers=catalog.get_help["emergency"]["numbers"],
                             source_names=catalog.source_names(catalog.leg_symptoms))


def painkillers(catalog: Catalog) -> Markup:
    """Who must ask a pharmacist or doctor before taking an anti-inflammatory painkiller."""
    return templating.render("painkillers.html", painkillers=catalog.painkillers,
                             source_names=catalog.source_names(catalog.painkillers))


def sources(catalog: Catalog, *keys: str) -> Markup:
    """A 'Sources' line naming the given sources, for a page's own words (the self-care page)."""
    if not keys:
        raise ValueError("sources() needs at least one source key")
    for key in keys:
        if key not in catalog.sources:
            raise KeyError(f"unknown source {key!r}; known sources: {', '.join(catalog.sources)}")
    return Markup(_help_macro("sources")([catalog.sources[key] for key in keys]))


def figure_note(catalog: Catalog, point: dict) -> str:
    """What a point's figure must say beside the drawing: for a point on the back, where to press."""
    return caution_text(catalog.cautions[SPINE_CAUTION]) if SPINE_CAUTION in point["cautions"] else ""


def figure_description(catalog: Catalog, point: dict) -> str:
    """The text alternative of a point's drawing: where the point is, and where to press."""
    return " ".join(filter(None, [point["location"]["plain"], figure_note(catalog, point)]))


def point_cautions(catalog: Catalog, point: dict) -> Markup:
    """The cautions of one point, as a warning box, with their sources."""
    cautions = catalog.cautions_of(point)
    return templating.render("point-cautions.html", items=caution_items(catalog, point),
                             source_names=catalog.source_names(*cautions))


def points_table(catalog: Catalog, from_page: str) -> str:
    """The points at a glance, as a Markdown table linking to each point's page."""
    lines = ["| Point | Body area | How long |", "| --- | --- | --- |"]
    for point in catalog.points:
        lines.append(
            f"| {point_link(point, from_page)}<br>{escape(point['english_names'][0])} "
            f"| {escape(REGIONS[point['region']].name)} | {escape(seconds_range(point['hold_seconds']))} |"
        )
    return "\n".join(lines)


def points_with_caution(catalog: Catalog, key: str, from_page: str) -> str:
    """Links to the points that carry a caution, joined as in a sentence: 'A, B and C'."""
    if key not in catalog.cautions:
        raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    links = [point_link(point, from_page) for point in catalog.points if key in point["cautions"]]
    if not links:  # the data checks let no caution go unused (checks.caution_use_problems)
        raise ValueError(f"no point carries the caution {key!r}, so there is no point to name")
    return " and ".join(filter(None, [", ".join(links[:-1]), links[-1]]))


def caution_overview(catalog: Catalog, from_page: str) -> str:
    """Every caution once, with the points it applies to, as a Markdown list, and its sources."""
    lines, shown = [], []
    for key, caution in catalog.cautions.items():
        count = sum(key in point["cautions"] for point in catalog.points)
        shown.append(caution)
        applies = "every point" if count == len(catalog.points) else points_with_caution(catalog, key, from_page)
        lines.append(f"- **{escape(caution['title'])}** ({applies}): {escape(caution_text(caution))}")
    # Markdown, not the HTML sources line: the list may sit indented in an admonition, where Markdown
    # would wrap raw HTML in a paragraph of its own.
    names = catalog.source_names(*shown)
    if names:
        lines += ["", f"Sources: {escape('; '.join(names))}.", "{: .sources }"]
    return "\n".join(lines)
