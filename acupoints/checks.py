"""Rules on the point data that JSON Schema cannot express, reported like schema errors."""
import unicodedata
from collections.abc import Iterator

from .figures import REGIONS, marker_positions
from .lookup import normalise

BACK_REGIONS = {"lower-back"}
SPINE_CAUTION = "beside-spine"


# Characters a reader cannot see or that change how text around them shows: control characters,
# format characters (zero-width spaces and joiners, right-to-left overrides), private-use,
# unpaired surrogate and unassigned code points, and line or paragraph separators.
_HIDDEN = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
_UNNAMED = {"Cs": "an unpaired surrogate", "Co": "a private-use character", "Cn": "an unassigned code point"}


def _character_problem(text: str) -> str | None:
    for char in text:
        if char in "\n\r":
            return "a line break in a one-line field; every text field is one line"
        if (category := unicodedata.category(char)) in _HIDDEN:
            name = unicodedata.name(char, _UNNAMED.get(category, "a control character"))
            return (f"hidden character U+{ord(char):04X} ({name}); text must hold only characters a reader "
                    "can see, so remove it")
    return None


def text_problems(value, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Yield (path, reason) for every key or string in the data with a hidden character or a line break."""
    if isinstance(value, str):
        if (reason := _character_problem(value)) is not None:
            yield path, reason
    elif isinstance(value, dict):
        for key, child in value.items():
            if (reason := _character_problem(key)) is not None:
                yield path + (key,), "in this key: " + reason
            yield from text_problems(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from text_problems(child, path + (index,))


def consistency_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """Yield (path, reason) for each cross-entry rule the data breaks, in file order."""
    yield from text_problems(data)
    ranges = [(("points", i, "hold_seconds"), p["hold_seconds"]) for i, p in enumerate(data["points"])]
    for path, span in ranges:
        if span["min"] > span["max"]:
            yield path + ("min",), f"min ({span['min']}) is above max ({span['max']})"

    owner_of: dict[str, str] = {}  # normalised code or alias -> code of the point that has it
    for i, point in enumerate(data["points"]):
        code = point["code"]
        if normalise(code) in owner_of:
            yield ("points", i, "code"), f"code {code!r} is already used by another point"
        owner_of.setdefault(normalise(code), code)
    for i, point in enumerate(data["points"]):
        for j, alias in enumerate(point["aliases"]):
            owner = owner_of.setdefault(normalise(alias), point["code"])
            if owner != point["code"]:
                yield ("points", i, "aliases", j), f"alias {alias!r} already names {owner}"
    # The article's label is something readers type too: it must not name another point.
    for i, point in enumerate(data["points"]):
        owner = owner_of.setdefault(normalise(point["article_label"]), point["code"])
        if owner != point["code"]:
            yield ("points", i, "article_label"), f"label {point['article_label']!r} already names {owner}"

    for i, point in enumerate(data["points"]):
        for j, key in enumerate(point["cautions"]):
            if key not in data["cautions"]:
                known = ", ".join(sorted(data["cautions"]))
                yield ("points", i, "cautions", j), f"unknown caution {key!r}; known cautions: {known}"

    yield from _routine_problems(data)

    for i, point in enumerate(data["points"]):
        if point["region"] in BACK_REGIONS and SPINE_CAUTION not in point["cautions"]:
            yield ("points", i, "cautions"), (
                f"a point on the back must carry the {SPINE_CAUTION!r} caution: press beside the spine, never on it")

    for i, point in enumerate(data["points"]):
        region = REGIONS[point["region"]]
        for x, y in marker_positions(point):
            if not region.contains(x, y):
                yield ("points", i, "figure"), (
                    f"marker at ({x:g}, {y:g}) is off the drawing of {region.label}; it must lie inside "
                    f"the outline ({region.width} wide, {region.height} high; see acupoints/figures.py)"
                )


def _routine_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """The routine names every point once, by its code, with one side per side of the body."""
    points = {point["code"]: point for point in data["points"]}
    seen = set()
    for i, step in enumerate(data["routine"]["steps"]):
        code = step["point"]
        if code not in points:
            yield ("routine", "steps", i, "point"), f"unknown point {code!r}; known codes: {', '.join(points)}"
            continue
        if code in seen:
            yield ("routine", "steps", i, "point"), f"{code} is already in the routine"
        seen.add(code)
        wanted = 2 if points[code]["both_sides"] else 1
        if len(step["sides"]) != wanted:
            yield ("routine", "steps", i, "sides"), (
                f"{code} needs {wanted} side{'s' if wanted > 1 else ''} (both_sides is "
                f"{str(points[code]['both_sides']).lower()}), not {len(step['sides'])}")
    for code in points:
        if code not in seen:
            yield ("routine", "steps"), f"{code} is missing from the routine; add it where it should be pressed"
