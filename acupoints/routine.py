"""The guided routine: its steps, made from the data, and the page that runs them.

Everything is decided here, at build time: the order, the sides, every duration for short and long
holds, and the words each step shows and announces. docs/javascripts/routine-player.js only runs the
steps it is given (a JSON plan in the page) against the clock.
"""
from .catalog import Catalog
from .figures import point_svg
from .pain_log import pain_question
from .render import (caution_text, figure_description, figure_note, get_help_now, page_path, point_title,
                     url_between)
from .text import escape, script_json, seconds_range

LENGTHS = {"short": "min", "long": "max"}  # the reader's choice -> the end of each hold range it takes


def routine_points(catalog: Catalog) -> list[tuple[dict, list[str]]]:
    """(point, its sides as the routine names them), in the routine's order."""
    return [(catalog.find(step["point"]), step["sides"]) for step in catalog.routine["steps"]]


def steps(catalog: Catalog, length: str) -> list[dict]:
    """Every step of the routine for short or long holds: before each point a 'find' step that waits
    for the reader, then a 'hold' for each side, with a timed 'switch' between two sides."""
    end = LENGTHS[length]
    plan = []
    for point, sides in routine_points(catalog):
        code, title = point["code"], f"{point['code']} {point['pinyin']}"
        seconds = point["hold_seconds"][end]
        plan.append({"kind": "find", "point": code, "title": title,
                     "say": f"Find {title}, then press Ready."})
        for number, side in enumerate(sides):
            if number:
                switch = catalog.routine["switch_seconds"]
                plan.append({"kind": "switch", "point": code, "title": title, "seconds": switch,
                             "say": f"Let go. Change to the {side}."})
            plan.append({"kind": "hold", "point": code, "title": title, "side": side, "seconds": seconds,
                         "say": f"{title}, {side}: press and hold for {seconds_range({'min': seconds, 'max': seconds})}."})
    return plan


def total_seconds(plan: list[dict]) -> int:
    return sum(step.get("seconds", 0) for step in plan)


def _point_panel(catalog: Catalog, point: dict) -> str:
    """What a step shows of its point: title, drawing, where it is and how to press, in short."""
    code = point["code"].lower()
    note = figure_note(catalog, point)
    spine = f'<p class="routine-point__note"><strong>{escape(note)}</strong></p>' if note else ""
    return (
        f'<div class="routine-point" data-point="{escape(point["code"])}" hidden>'
        f'<div class="routine-point__figure">'
        f'{point_svg(point, figure_description(catalog, point), f"routine-{code}-figure", labels=False)}</div>'
        f'<p><strong>Where:</strong> {escape(point["location"]["plain"])}</p>'
        f'<p><strong>How:</strong> {escape(point["press"]["position"])} {escape(point["press"]["method"])}</p>'
        f"{spine}</div>"
    )


def _step_list(catalog: Catalog) -> str:
    """The steps as a plain ordered list: what a reader without JavaScript follows."""
    items = []
    for point, sides in routine_points(catalog):
        hold = seconds_range(point["hold_seconds"])
        pressed = ", then ".join(f"the {side}" for side in sides)
        items.append(f"<li><strong>{point_title(point)}</strong>: hold {escape(hold)} on {escape(pressed)}.</li>")
    return "".join(items)


def _total_line(catalog: Catalog, plan: list[dict]) -> str:
    """What the page says of the default choice (every point, short holds) before the player runs;
    the player says the same of the reader's own choice, in the same words."""
    count = len(catalog.routine["steps"])
    return f"{count} point{'s' if count > 1 else ''}, about {_minutes(total_seconds(plan))} of pressing."


def _minutes(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def routine_page(catalog: Catalog, from_page: str) -> str:
    """The whole routine as one HTML block: the safety check and choices, the player, the end, and the
    plain list of steps. The plan for both hold lengths is embedded as JSON for the player."""
    plans = {length: steps(catalog, length) for length in LENGTHS}
    link = url_between(from_page, "precautions.md")
    choices = "".join(
        f'<li><label><input type="checkbox" name="point" value="{escape(point["code"])}" checked> '
        f'{point_title(point)}: {escape(seconds_range(point["hold_seconds"]))}'
        f'{" on each side" if len(sides) > 1 else ""}</label></li>'
        for point, sides in routine_points(catalog)
    )
    lengths = "".join(
        f'<label><input type="radio" name="hold" value="{length}"{" checked" if length == "short" else ""}> '
        f"{'Short' if length == 'short' else 'Long'} holds, about {_minutes(total_seconds(plan))} in all</label>"
        for length, plan in plans.items()
    )
    panels = "".join(_point_panel(catalog, point) for point, _ in routine_points(catalog))
    plan_json = script_json(plans)
    return (
        '<div class="routine" id="routine" data-search-exclude>'
        # Before starting: the safety check in one screen, and the choices.
        '<section class="routine-setup" aria-labelledby="routine-setup-title">'
        '<h2 id="routine-setup-title">Before you start</h2>'
        f"{get_help_now(catalog, from_page)}"
        '<ul class="routine-check">'
        "<li>Ask a doctor first if you are pregnant, bleed or bruise easily, take blood thinners, have weak "
        "bones or cancer that affects the bones, or if your skin does not feel touch as well as it should.</li>"
        f"<li>{escape(caution_text(catalog.cautions['pain-or-dizziness']))}</li>"
        f'<li>Read <a href="{escape(link)}">safety first</a> if you have not yet.</li></ul>'
        '<details class="routine-pain"><summary>Log your pain first (you can skip this)</summary>'
        f"{pain_question(catalog, 'before', 'pain-before')}</details>"
        '<form class="routine-form" novalidate>'
        f'<fieldset><legend>Points, in this order</legend><ul class="routine-choices">{choices}</ul>'
        "<p class=\"routine-hint\">Untick a point to leave it out. This device remembers your choice.</p></fieldset>"
        f'<fieldset><legend>How long to hold</legend><div class="routine-lengths">{lengths}</div></fieldset>'
        '<fieldset><legend>Cues</legend><label><input type="checkbox" name="sound"> '
        "A soft sound at each change</label></fieldset>"
        f'<p class="routine-total" aria-live="polite">{escape(_total_line(catalog, plans["short"]))}</p>'
        '<button type="submit" class="md-button md-button--primary routine-start">Start</button></form></section>'
        # The player: one step at a time.
        '<section class="routine-player" aria-labelledby="routine-step-title" hidden>'
        '<p class="routine-progress"></p><h2 id="routine-step-title" tabindex="-1"></h2>'
        '<p class="routine-side"></p>'
        '<p class="routine-countdown" aria-hidden="true"></p>'
        '<div class="routine-controls">'
        '<button type="button" class="md-button md-button--primary" data-action="ready" hidden>Ready</button>'
        '<button type="button" class="md-button md-button--primary" data-action="pause" aria-pressed="false">Pause</button>'
        '<button type="button" class="md-button" data-action="back">Back</button>'
        '<button type="button" class="md-button" data-action="next">Next</button>'
        '<button type="button" class="md-button" data-action="stop">Stop</button></div>'
        f"{panels}"
        '<p class="routine-keys">Keys: Space pauses or goes on, the arrow keys move back and on.</p></section>'
        # The end.
        '<section class="routine-done" aria-labelledby="routine-done-title" hidden>'
        '<h2 id="routine-done-title" tabindex="-1">Done</h2>'
        "<p>That is the whole routine. Let go slowly, and sit or lie still for a moment.</p>"
        "<p>If your pain is worse than before, do not do the routine again today. If it keeps getting worse, "
        f'or you notice any warning sign, read <a href="{escape(link)}#when-to-get-medical-help">when to get '
        "medical help</a>.</p>"
        f"{pain_question(catalog, 'after', 'pain-after')}"
        f'<p>See your pain over the days in <a href="{escape(url_between(from_page, "progress.md"))}">my progress</a>.</p>'
        '<button type="button" class="md-button" data-action="again">Back to the start</button></section>'
        '<p class="routine-announcer visually-hidden" role="status" aria-live="polite"></p>'
        f'<script type="application/json" id="routine-plan">{plan_json}</script>'
        "</div>"
        # Without JavaScript: the steps as a list.
        '<section class="routine-list" aria-labelledby="routine-list-title">'
        '<h2 id="routine-list-title">The steps</h2>'
        f"<ol>{_step_list(catalog)}</ol>"
        f"<p>Between the two sides of a point, take about "
        f"{escape(seconds_range({'min': catalog.routine['switch_seconds'], 'max': catalog.routine['switch_seconds']}))} "
        "to change sides.</p></section>"
    )


def start_here(catalog: Catalog, from_page: str) -> str:
    """The first thing on the home page: is it safe for me, where do I start, how long does it take."""
    points = ", then ".join(
        f'<a href="{escape(url_between(from_page, page_path(point)))}">{point_title(point)}</a>'
        for point, _ in routine_points(catalog)
    )
    short, long = (_minutes(total_seconds(steps(catalog, length))) for length in LENGTHS)
    return (
        '<div class="start-here"><p class="start-here__title"><strong>Where to start</strong></p><ol>'
        f'<li><a href="{escape(url_between(from_page, "precautions.md"))}">Safety first</a>: check that '
        "acupressure is safe for you, and learn the warning signs.</li>"
        f"<li>Press the points in this order: {points}. "
        f'<a href="{escape(url_between(from_page, "routine.md"))}"><strong>Start the routine</strong></a> '
        "to be taken through them with a timer, or read the "
        f'<a href="{escape(url_between(from_page, "guide.md"))}">step-by-step guide</a>.</li>'
        f"<li>The whole routine takes about {escape(short)} with short holds, or {escape(long)} with long "
        f"ones. {escape(catalog.routine['how_often'])}</li></ol></div>"
    )
