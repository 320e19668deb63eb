"""The routine's markup: the routine page and the home page's start box, from Jinja templates
(templates/routine.html, templates/start-here.html). The plan and its words come from routine.py."""
import hashlib
import json

from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .checks import SPINE_CAUTION
from .figures import point_svg
from .language import N_, Language
from .links import url_between
from .model import Point
from .pain_log import pain_question
from .point_page import figure_description, figure_note
from .routine import (
    LENGTHS,
    MINUTES,
    player_words,
    routine_points,
    session_minutes,
    steps,
    total_seconds,
    whole_minutes,
)
from .safety import emergency_numbers, get_help_now, see_doctor_today_text, short_signs
from .text import script_json

# The tiers of warning signs the check gives in short form: call now, and see a doctor today.
SHORT_TIERS = ("emergency", "urgent")
LENGTH_NAMES = {"short": N_("Short holds, about {minutes} in all"), "long": N_("Long holds, about {minutes} in all")}


def safety_check(catalog: Catalog) -> list[dict]:
    """Every caution the routine's points carry, once, in full and in short, with the points it applies
    to when not all of them: the rules a reader checks before Start."""
    points = [point for point, _ in routine_points(catalog)]
    check = []
    for key, caution in catalog.cautions.items():
        applies = [point.code for point in points if point.has_caution(key)]
        if applies:
            many = len(applies) > 1
            check.append({"key": key, "title": caution.title, "text": caution.words(many=many),
                          "short": caution.words(short=True, many=many),
                          "points": "" if len(applies) == len(points) else ", ".join(applies)})
    return check


def check_version(catalog: Catalog, check: list[dict]) -> str:
    """What the safety check asks, as a short name: the keys of its warning signs and cautions, the same
    in every edition. A reader who has read the check sees its short form from then on, until a sign or
    caution is added or dropped: then the full check again (routine-player.js)."""
    asked = {"signs": {tier: [sign["key"] for sign in catalog.get_help[tier]["signs"]] for tier in SHORT_TIERS},
             "cautions": [caution["key"] for caution in check]}
    return hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()[:12]


def _panel(language: Language, point: Point) -> dict:
    """What the player shows of a point while the reader finds and presses it: the drawing, the
    point's cautions in short (the spine caution stands in full beside the drawing instead), where it
    is and how to press."""
    note = figure_note(point)
    cautions = [{"title": caution.title, "text": caution.words(short=True)}
                for caution in point.cautions if not (note and caution.key == SPINE_CAUTION)]
    figure = point_svg(language, point, figure_description(point),
                       f"routine-{point.code.lower()}-figure", labels=False)
    press = point.press
    return {"code": point.code, "figure": Markup(figure), "note": note, "cautions": cautions,
            "where": point.location["plain"], "position": press["position"], "with": press["with"],
            "method": press["method"]}


def _pressed(catalog: Catalog, step: dict) -> str:
    """For the plain list: what is pressed, side by side ('the left hand, then the right hand'), or
    both sides at once in the data's words."""
    _ = catalog.language.gettext
    if "together" in step:
        return _(", {together}").format(together=step["together"])
    return _(" on {sides}").format(sides=_(", then ").join(_("the {side}").format(side=side) for side in step["sides"]))


def total_sentence(words: dict, points: int, seconds: int) -> str:
    """The player's total for a choice, from its words: the page shows it for the default choice
    before the script runs, and the script fills the same template for the reader's own."""
    return words["total"].replace("{points}", words["points"][points]).replace(
        "{minutes}", words["minutes"][whole_minutes(seconds)])


def routine_page(catalog: Catalog, from_page: str, store: str) -> Markup:
    """The whole routine: the safety check and choices, the player, the end, and the plain list of
    steps. The plan for both hold lengths, and the player's words, are embedded as JSON."""
    plans = {length: steps(catalog, length) for length in LENGTHS}
    words = player_words(catalog)
    chosen = routine_points(catalog)
    get_help = get_help_now(catalog, from_page)
    check = safety_check(catalog)
    language = catalog.language
    return templating.render(
        "routine.html", language,
        get_help=get_help,
        done_caution=catalog.cautions[catalog.routine["done_caution"]].words(),
        safety=check,
        emergency_signs=short_signs(catalog, "emergency"),
        numbers=emergency_numbers(catalog, dial=True),
        see_doctor_today=see_doctor_today_text(catalog),
        precautions=url_between(from_page, "precautions.md"),
        progress=url_between(from_page, "progress.md"),
        pain_before=Markup(pain_question(catalog, "before", "pain-before", store)),
        pain_after=Markup(pain_question(catalog, "after", "pain-after", store)),
        choices=[{"code": point.code, "title": point.title, "hold": point.hold.with_sides} for point, _ in chosen],
        lengths=[{"value": length, "checked": length == "short",
                  "label": language.gettext(LENGTH_NAMES[length]).format(
                      minutes=words["minutes"][whole_minutes(total_seconds(plan))])}
                 for length, plan in plans.items()],
        total=total_sentence(words, len(chosen), total_seconds(plans["short"])),
        panels=[_panel(language, point) for point, _ in chosen],
        plan_json=Markup(script_json({"plans": plans, "words": words, "locale": language.locale, "store": store,
                                      "check": check_version(catalog, check)})),
        step_list=[{"title": point.title,
                    "pressed": language.gettext("{cue}, {time}{pressed}.").format(
                        cue=point.press["cue"], time=point.hold.words,
                        pressed=_pressed(catalog, step))}
                   for point, step in chosen],
    )


def start_here(catalog: Catalog, from_page: str) -> Markup:
    """The first thing on the home page: is it safe for me, where do I start, how long does it take."""
    minutes = session_minutes(catalog)
    language = catalog.language
    return templating.render(
        "start-here.html", language,
        precautions=url_between(from_page, "precautions.md"),
        guide=url_between(from_page, "guide.md"),
        routine=url_between(from_page, "routine.md"),
        points=[{"title": point.title, "link": url_between(from_page, point.page_path)}
                for point, _ in routine_points(catalog)],
        short=language.counted(minutes["min"], MINUTES.one, MINUTES.other),
        long=language.counted(minutes["max"], MINUTES.one, MINUTES.other),
        how_often=catalog.routine["how_often"],
    )
