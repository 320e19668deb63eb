"""Safety text wherever a reader acts: cautions, the warning-sign tiers, the short emergency box,
the message about leg symptoms, painkillers and the sources behind them."""

from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .language import N_, Language
from .links import point_link, url_between
from .text import escape

OWN_ADVICE = N_("(This is our own advice, not a published source's.)")
OWN_ADVICE_SHORT = N_("(Our own advice.)")


def caution_text(language: Language, caution: dict, short: bool = False) -> str:
    """A caution's words, saying so where the advice is this guide's own rather than a source's."""
    text = caution["short"] if short else caution["text"]
    if caution.get("own_advice"):
        text += " " + language.gettext(OWN_ADVICE_SHORT if short else OWN_ADVICE)
    return text


def caution(catalog: Catalog, key: str) -> Markup:
    """One caution's words, for a page that gives the same rule in a sentence of its own."""
    if key not in catalog.cautions:
        raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    return escape(caution_text(catalog.language, catalog.cautions[key]))


def caution_items(catalog: Catalog, point: dict, short: bool = False) -> Markup:
    """A point's cautions as HTML list items."""
    cautions = [{"title": caution["title"], "words": caution_text(catalog.language, caution, short)}
                for caution in catalog.cautions_of(point)]
    return templating.render("caution-items.html", catalog.language, cautions=cautions)


def _joined(language: Language, signs: list[str]) -> str:
    """Signs as one sentence part: 'a; b; or c' (the signs have commas of their own)."""
    return language.joined(signs, N_("{items}; or {last}"), separator=N_("; "))


def _help_macro(language: Language, name: str):
    return getattr(templating.macros("help.html", language), name)


def _get_help_now_parts(catalog: Catalog) -> tuple[Markup, Markup]:
    """The emergency signs in short form with where to go, and the numbers to call, as HTML."""
    emergency = catalog.get_help["emergency"]
    signs = _joined(catalog.language, [item["text"] for item in emergency["short"]])
    return (Markup(_help_macro(catalog.language, "get_help_now_signs")(signs, emergency["where"])),
            Markup(_help_macro(catalog.language, "numbers_line")(emergency["numbers"])))


def get_help_now_text(catalog: Catalog) -> Markup:
    """The emergency signs in short form, with the numbers to call, as HTML for one paragraph: cards."""
    return Markup(" ").join(_get_help_now_parts(catalog))


def see_doctor_text(catalog: Catalog) -> Markup:
    """When to see a doctor (not urgent), in short form, as HTML for one paragraph: cards."""
    tier = catalog.get_help["see_doctor"]
    signs = _joined(catalog.language, [item["text"] for item in tier["short"]])
    return Markup(_help_macro(catalog.language, "see_doctor_text")(signs))


def get_help_now(catalog: Catalog, from_page: str) -> Markup:
    """The short emergency box for the pages where readers press."""
    link = url_between(from_page, "precautions.md") + "#when-to-get-medical-help"
    signs, numbers = _get_help_now_parts(catalog)
    return templating.render("get-help-now.html", catalog.language, signs=signs, numbers=numbers, link=link)


HELP_TIER_STYLE = {"emergency": "danger", "urgent": "warning", "see_doctor": "note"}


def help_tier(catalog: Catalog, key: str) -> Markup:
    """One tier of 'when to get medical help', in full, as a box."""
    if key not in catalog.get_help:
        raise KeyError(f"unknown help tier {key!r}; known tiers: {', '.join(catalog.get_help)}")
    tier = catalog.get_help[key]
    return templating.render("help-tier.html", catalog.language, tier=tier, style=HELP_TIER_STYLE[key],
                             ident=key.replace("_", "-"), source_names=catalog.source_names(tier))


def leg_symptoms(catalog: Catalog) -> Markup:
    """The one message about leg symptoms: one leg (often sciatica), then every emergency sign in
    short form (both legs among them), with the numbers to call."""
    signs, numbers = _get_help_now_parts(catalog)
    return templating.render("leg-symptoms.html", catalog.language, message=catalog.leg_symptoms, signs=signs,
                             numbers=numbers, source_names=catalog.source_names(catalog.leg_symptoms))


def painkillers(catalog: Catalog) -> Markup:
    """Who must ask a pharmacist or doctor before taking an anti-inflammatory painkiller."""
    return templating.render("painkillers.html", catalog.language, painkillers=catalog.painkillers,
                             source_names=catalog.source_names(catalog.painkillers))


def sources(catalog: Catalog, *keys: str) -> Markup:
    """A 'Sources' line naming the given sources, for a page's own words (the self-care page)."""
    if not keys:
        raise ValueError("sources() needs at least one source key")
    for key in keys:
        if key not in catalog.sources:
            raise KeyError(f"unknown source {key!r}; known sources: {', '.join(catalog.sources)}")
    return Markup(_help_macro(catalog.language, "sources")([catalog.sources[key] for key in keys]))


def point_cautions(catalog: Catalog, point: dict) -> Markup:
    """The cautions of one point, as a warning box, with their sources."""
    cautions = catalog.cautions_of(point)
    return templating.render("point-cautions.html", catalog.language, items=caution_items(catalog, point),
                             source_names=catalog.source_names(*cautions))


def points_with_caution(catalog: Catalog, key: str, from_page: str) -> str:
    """Links to the points that carry a caution, joined as in a sentence: 'A, B and C'."""
    if key not in catalog.cautions:
        raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    links = [point_link(point, from_page) for point in catalog.points if key in point["cautions"]]
    if not links:  # the data checks let no caution go unused (checks.caution_use_problems)
        raise ValueError(f"no point carries the caution {key!r}, so there is no point to name")
    return catalog.language.joined(links, N_("{items} and {last}"))


def caution_overview(catalog: Catalog, from_page: str) -> str:
    """Every caution once, with the points it applies to, as a Markdown list, and its sources."""
    lines, shown = [], []
    for key, caution in catalog.cautions.items():
        count = sum(key in point["cautions"] for point in catalog.points)
        shown.append(caution)
        applies = (catalog.language.gettext("every point") if count == len(catalog.points)
                   else points_with_caution(catalog, key, from_page))
        lines.append(f"- **{escape(caution['title'])}** ({applies}): {escape(caution_text(catalog.language, caution))}")
    # Markdown, not the HTML sources line: the list may sit indented in an admonition, where Markdown
    # would wrap raw HTML in a paragraph of its own.
    names = catalog.source_names(*shown)
    if names:
        # Citations stay as published, in English, in every edition.
        before, after = catalog.language.gettext("Sources: {names}.").split("{names}")
        cited = f'<span lang="en">{escape("; ".join(names))}</span>'
        lines += ["", f"{escape(before)}{cited}{escape(after)}", "{: .sources }"]
    return "\n".join(lines)
