"""The guided routine's plan: its steps, made from the data, and how long a session takes.

Everything is decided here, at build time: the order, the sides, every duration for short and long
holds, and the words each step shows and says. docs/javascripts/routine-player.js only runs the steps
it is given (a JSON plan in the page, acupoints/routine_page.py) against the clock.
"""
from .catalog import Catalog
from .language import N_, Plural
from .model import Point
from .text import minutes_range, seconds_range

LENGTHS = {"short": "min", "long": "max"}  # the reader's choice -> the end of each hold range it takes


def routine_points(catalog: Catalog) -> list[tuple[Point, dict]]:
    """(point, its routine step from the data), in the routine's order."""
    return [(catalog.find(step["point"]), step) for step in catalog.routine["steps"]]


def _step_time(catalog: Catalog, step: dict, name: str) -> int:
    """A step's own get_ready_seconds or switch_seconds, or the routine's."""
    return step.get(name, catalog.routine[name])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _seconds(catalog: Catalog, seconds: int) -> str:
    return seconds_range({"min": seconds, "max": seconds}, catalog.language)


def holds(step: dict) -> list[tuple[str, list[int]]]:
    """What one point's step presses, hold by hold: (the words for it, the markers of the point's
    drawing it presses, 0 the left and 1 the right, as figures.marker_positions orders them). Two
    sides one after the other, or both at once where the way of pressing does that."""
    if "together" in step:
        return [(step["together"], list(range(len(step["sides"]))))]
    return [(side, [number]) for number, side in enumerate(step["sides"])]


def steps(catalog: Catalog, length: str) -> list[dict]:
    """Every step of the routine for short or long holds. Before each point a 'find' step that waits
    for the reader (its seconds are only an estimate, for the session's length), then a 'ready' count
    to get into position, then a 'hold' for each side, with a timed 'switch' between two sides.
    Each step carries the words the player shows (heading, detail) and announces (say), and the
    markers of the point's drawing it presses (markers)."""
    end, _ = LENGTHS[length], catalog.language.gettext
    plan = []
    for point, entry in routine_points(catalog):
        code, title = point.code, point.title
        seconds = getattr(point.hold, end)
        pressed = holds(entry)
        first_markers = pressed[0][1]
        plan.append({"kind": "find", "point": code, "seconds": catalog.routine["find_seconds"], "markers": first_markers,
                     "heading": _("Find {title}").format(title=title), "detail": "",
                     "say": _("Find {title}, then press Ready.").format(title=title)})
        ready = _step_time(catalog, entry, "get_ready_seconds")
        plan.append({"kind": "ready", "point": code, "seconds": ready, "markers": first_markers,
                     "heading": _("Get ready"), "detail": point.press["position"],
                     "say": _("Get ready. {position}").format(position=point.press["position"])})
        for number, (side, markers) in enumerate(pressed):
            if number:
                plan.append({"kind": "switch", "point": code, "seconds": _step_time(catalog, entry, "switch_seconds"),
                             "markers": markers, "heading": _("Change sides"),
                             "detail": _("Let go. Change to the {side}.").format(side=side),
                             "say": _("Let go. Change to the {side}.").format(side=side)})
            plan.append({"kind": "hold", "point": code, "seconds": seconds, "markers": markers, "heading": title,
                         "detail": _capital(side),
                         "say": _("{side}. {cue} for {time}.").format(
                             side=_capital(side), cue=point.press["cue"], time=_seconds(catalog, seconds))})
    return plan


def total_seconds(plan: list[dict]) -> int:
    """How long the steps take, finding each point included."""
    return sum(step["seconds"] for step in plan)


def whole_minutes(seconds: int) -> int:
    """Seconds to whole minutes, halves rounded up, at least 1. Integer arithmetic, written the same
    in lib/routine-choices.js (wholeMinutes), so the page and the player never round differently."""
    return max(1, (seconds + 30) // 60)


def session_minutes(catalog: Catalog) -> dict:
    """How long a whole session takes, in minutes: {'min': short holds, 'max': long holds}."""
    return {name: whole_minutes(total_seconds(steps(catalog, length))) for length, name in LENGTHS.items()}


def session_words(catalog: Catalog) -> str:
    """'9 to 14 minutes': what the guide says a session takes."""
    return minutes_range(session_minutes(catalog), catalog.language)


POINTS = Plural("{count} point", "{count} points")
MINUTES = Plural("{count} minute", "{count} minutes")

# Every word the player shows or says that is not a step's own.
PLAYER_WORDS = {
    "progress": N_("Step {step} of {steps}"),
    "total": N_("{points}, about {minutes} in all, with time to find each point and change sides."),
    "none_chosen": N_("Tick at least one point to start."),
    "pause": N_("Pause"),
    "resume": N_("Resume"),
    "paused": N_("Paused."),
    "going_on": N_("Going on."),
    "stopped": N_("Stopped."),
    "done": N_("Done. That is the whole routine."),
    "not_saved": N_("This device could not remember your choice. The routine still works."),
    "screen_off": N_("While the screen was off, \u201c{step}\u201d ended. The routine waits here for you."),
    "no_voice": N_("This device has no voice for this page's language, so the routine plays sounds instead."),
    "no_wake_lock": N_("This device did not let the page keep the screen on. If the screen goes off, the routine "
                       "waits for you at the next step."),
}


def player_words(catalog: Catalog) -> dict:
    """Every word the player shows or says that is not a step's own, for the page's JSON. Counts are
    looked up, not made in the script: points[n] and minutes[m] are the words for n points and m
    minutes; the script fills {points} and {minutes} into the total, and {step} and {steps} into the
    progress."""
    language = catalog.language
    most = whole_minutes(total_seconds(steps(catalog, "long")))
    count = len(catalog.routine["steps"])
    return {
        **language.words(PLAYER_WORDS),
        "points": [language.counted(n, POINTS.one, POINTS.other) for n in range(count + 1)],
        "minutes": [language.counted(m, MINUTES.one, MINUTES.other) for m in range(most + 1)],
    }
