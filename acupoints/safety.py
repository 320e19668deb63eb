"""Safety text wherever a reader acts: cautions, the warning-sign tiers, the short emergency box,
the message about leg symptoms, painkillers and the sources behind them."""

import re

from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .cautions import Caution
from .language import N_, Language
from .links import point_link, url_between
from .model import Point
from .text import english_runs, escape


def caution(catalog: Catalog, key: str) -> Markup:
    """One caution's words, for a page that gives the same rule in a sentence of its own."""
    if key not in catalog.cautions:
        raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    return escape(catalog.cautions[key].words())


def caution_items(language: Language, point: Point, short: bool = False) -> Markup:
    """A point's cautions as HTML list items."""
    cautions = [{"title": caution.title, "words": caution.words(short)} for caution in point.cautions]
    return templating.render("caution-items.html", language, cautions=cautions)


def _joined(language: Language, signs: list[str]) -> str:
    """Signs as one sentence part: 'a; b; or c' (the signs have commas of their own)."""
    return language.joined(signs, N_("{items}; or {last}"), separator=N_("; "))


def _help_macro(language: Language, name: str):
    return getattr(templating.macros("help.html", language), name)


# A phone number inside a note ("108 for an ambulance"): two to four digits standing alone.
_PHONE_NUMBER = re.compile(r"(?<!\d)(\d{2,4})(?!\d)")


def _dialled(language: Language, text: str) -> Markup:
    """A note with every phone number in it as a link that calls it."""
    parts = _PHONE_NUMBER.split(text)  # the numbers are at the odd places
    call = _help_macro(language, "call")
    return Markup("").join(Markup(call(part)) if i % 2 else escape(part) for i, part in enumerate(parts))


def _numbers(language: Language, numbers: list[dict], dial: bool) -> Markup:
    """The emergency numbers line; on screen each number is a link that calls it, on paper plain."""
    if dial:
        numbers = [{**entry, "also": _dialled(language, entry["also"])} if "also" in entry else entry
                   for entry in numbers]
    return Markup(_help_macro(language, "numbers_line")(numbers, dial))


def short_signs(catalog: Catalog, tier: str) -> str:
    """A tier's signs in short form, as one sentence part."""
    return _joined(catalog.language, [item["text"] for item in catalog.get_help[tier]["short"]])


def emergency_numbers(catalog: Catalog, dial: bool) -> Markup:
    """The numbers to call in an emergency, as HTML: links that call them on screen, plain on paper."""
    return _numbers(catalog.language, catalog.get_help["emergency"]["numbers"], dial)


def _get_help_now_parts(catalog: Catalog, dial: bool) -> tuple[Markup, Markup]:
    """The emergency signs in short form with where to go, and the numbers to call, as HTML."""
    return (Markup(_help_macro(catalog.language, "get_help_now_signs")(short_signs(catalog, "emergency"),
                                                                        catalog.get_help["emergency"]["where"])),
            emergency_numbers(catalog, dial))


def see_doctor_today_text(catalog: Catalog) -> Markup:
    """When to see a doctor today (urgent), every sign in short form, as HTML for one paragraph: cards."""
    return Markup(_help_macro(catalog.language, "see_doctor_today_text")(short_signs(catalog, "urgent")))


def get_help_now_text(catalog: Catalog) -> Markup:
    """The emergency signs in short form, with the numbers to call, as HTML for one paragraph: cards,
    which are printed, so the numbers are plain text."""
    return Markup(" ").join(_get_help_now_parts(catalog, dial=False))


def see_doctor_text(catalog: Catalog) -> Markup:
    """When to see a doctor (not urgent), in short form, as HTML for one paragraph: cards."""
    return Markup(_help_macro(catalog.language, "see_doctor_text")(short_signs(catalog, "see_doctor")))


def get_help_now(catalog: Catalog, from_page: str, legs: bool = False) -> Markup:
    """The short warning box for the pages where readers press: the emergency signs and numbers, and
    the signs to see a doctor today; with `legs`, the message about leg symptoms first."""
    link = url_between(from_page, "precautions.md") + "#when-to-get-medical-help"
    signs, numbers = _get_help_now_parts(catalog, dial=True)
    return templating.render("get-help-now.html", catalog.language, signs=signs, numbers=numbers,
                             today=catalog.get_help["urgent"]["short"], link=link,
                             legs=catalog.leg_symptoms if legs else None)


HELP_TIER_STYLE = {"emergency": "danger", "urgent": "warning", "see_doctor": "note"}


def help_tier(catalog: Catalog, key: str) -> Markup:
    """One tier of 'when to get medical help', in full, as a box."""
    if key not in catalog.get_help:
        raise KeyError(f"unknown help tier {key!r}; known tiers: {', '.join(catalog.get_help)}")
    tier = catalog.get_help[key]
    numbers = _numbers(catalog.language, tier["numbers"], dial=True) if "numbers" in tier else ""
    return templating.render("help-tier.html", catalog.language, tier=tier, numbers=numbers, style=HELP_TIER_STYLE[key],
                             ident=key.replace("_", "-"), source_names=catalog.source_names(*tier.get("sources", ())))


def leg_symptoms(catalog: Catalog) -> Markup:
    """The one message about leg symptoms: one leg (often sciatica), then every emergency sign in
    short form (both legs among them) with the numbers to call, and every sign to see a doctor today
    (a reader over 50 with new sciatica must not read "wait a few weeks" alone)."""
    signs, numbers = _get_help_now_parts(catalog, dial=True)
    return templating.render("leg-symptoms.html", catalog.language, message=catalog.leg_symptoms, signs=signs,
                             numbers=numbers, today=catalog.get_help["urgent"]["short"],
                             source_names=catalog.source_names(*catalog.leg_symptoms.get("sources", ())))


def painkillers(catalog: Catalog) -> Markup:
    """Who must ask a pharmacist or doctor before taking an anti-inflammatory painkiller."""
    return templating.render("painkillers.html", catalog.language, painkillers=catalog.painkillers,
                             source_names=catalog.source_names(*catalog.painkillers.get("sources", ())))


def sources(catalog: Catalog, *keys: str) -> Markup:
    """A 'Sources' line naming the given sources, for a page's own words (the self-care page)."""
    if not keys:
        raise ValueError("sources() needs at least one source key")
    for key in keys:
        if key not in catalog.sources:
            raise KeyError(f"unknown source {key!r}; known sources: {', '.join(catalog.sources)}")
    return Markup(_help_macro(catalog.language, "sources")([catalog.sources[key] for key in keys]))


# The rule for while pressing: it matters at every point, so it stays in view with the point's own cautions.
PRESS_CAUTION = "pain-or-dizziness"


def point_cautions(catalog: Catalog, point: Point) -> Markup:
    """The cautions of one point before its steps. In view: its own (those not every point carries) and
    the rule for while pressing, in short form with the full words a tap away; one tap opens the rest,
    which every point carries, in full. Their sources are at the foot of the page (point_sources)."""
    def words(caution: Caution) -> dict:
        return {"title": caution.title, "short": caution.words(short=True), "words": caution.words()}
    everywhere = [caution for caution in point.cautions
                  if caution.key != PRESS_CAUTION and all(other.has_caution(caution.key) for other in catalog.points)]
    own = [words(caution) for caution in point.cautions if caution not in everywhere]
    rest = [words(caution) for caution in everywhere]
    return templating.render("point-cautions.html", catalog.language, own=own, rest=rest,
                             titles=", ".join(caution["title"] for caution in rest))


LEG_CAUTION = "leg-pain"  # a point that carries it is pressed for pain down the leg: its page says when to get help


def point_warning_signs(catalog: Catalog, point: Point, from_page: str) -> Markup:
    """The warning box of a point page; for a point pressed for leg pain, with the message about legs
    in the same box, so no sign is said twice on the page."""
    return get_help_now(catalog, from_page, legs=point.has_caution(LEG_CAUTION))


def point_sources(catalog: Catalog, point: Point) -> Markup:
    """The sources line at the foot of a point page: its cautions' and warning signs' sources."""
    keys = [key for caution in point.cautions for key in caution.sources]
    for entry in [catalog.get_help["emergency"], catalog.get_help["urgent"]] + (
            [catalog.leg_symptoms] if point.has_caution(LEG_CAUTION) else []):
        keys += entry.get("sources", ())
    return Markup(_help_macro(catalog.language, "sources")(catalog.source_names(*keys)))


def points_with_caution(catalog: Catalog, key: str, from_page: str) -> str:
    """Links to the points that carry a caution, joined as in a sentence: 'A, B and C'."""
    if key not in catalog.cautions:
        raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    links = [point_link(point, from_page) for point in catalog.points if point.has_caution(key)]
    if not links:  # the data checks let no caution go unused (checks.caution_use_problems)
        raise ValueError(f"no point carries the caution {key!r}, so there is no point to name")
    return catalog.language.joined(links, N_("{items} and {last}"))


def caution_overview(catalog: Catalog, from_page: str, *said_elsewhere: str) -> str:
    """Every caution once, with the points it applies to, as a Markdown list, and its sources. A page
    that says some cautions by caution(), beside the step they guard, names them here and they are
    left out of the list (each caution once on a page: build_checks/page_rules.py); the sources line
    still names their sources, as the page says them."""
    for key in said_elsewhere:
        if key not in catalog.cautions:
            raise KeyError(f"unknown caution {key!r}; known cautions: {', '.join(catalog.cautions)}")
    lines = []
    for key, caution in catalog.cautions.items():
        if key in said_elsewhere:
            continue
        count = sum(point.has_caution(key) for point in catalog.points)
        applies = (catalog.language.gettext("every point") if count == len(catalog.points)
                   else points_with_caution(catalog, key, from_page))
        lines.append(f"- **{escape(caution.title)}** ({applies}): {escape(caution.words(many=count > 1))}")
    # Markdown, not the HTML sources line: the list may sit indented in an admonition, where Markdown
    # would wrap raw HTML in a paragraph of its own.
    names = catalog.source_names(*(key for caution in catalog.cautions.values() for key in caution.sources))
    if names:
        before, after = catalog.language.gettext("Sources: {names}.").split("{names}")
        cited = "; ".join(english_runs(catalog.language, name) for name in names)
        lines += ["", f"{escape(before)}{cited}{escape(after)}", "{: .sources }"]
    return "\n".join(lines)
