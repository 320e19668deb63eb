"""Rules on the point data that JSON Schema cannot express, reported like schema errors."""
from collections.abc import Iterator

from .body_regions import REGIONS, marker_positions
from .characters import character_problem
from .errors import json_pointer
from .lookup import normalise

BACK_REGIONS = {"lower-back"}
SPINE_CAUTION = "beside-spine"


def text_problems(value, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Yield (path, reason) for every key or string in the data with a hidden character or a line break."""
    if isinstance(value, str):
        if (reason := character_problem(value)) is not None:
            yield path, reason
    elif isinstance(value, dict):
        for key, child in value.items():
            if (reason := character_problem(key)) is not None:
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

    known = ", ".join(sorted(data["cautions"]))
    for i, point in enumerate(data["points"]):
        for j, key in enumerate(point["cautions"]):
            if key not in data["cautions"]:
                yield ("points", i, "cautions", j), f"unknown caution {key!r}; known cautions: {known}"
    if (key := data["routine"]["done_caution"]) not in data["cautions"]:
        yield ("routine", "done_caution"), f"unknown caution {key!r}; known cautions: {known}"

    yield from _routine_problems(data)
    yield from _warning_sign_problems(data["get_help"])
    yield from _source_problems(data)
    yield from region_problems(data)
    yield from side_problems(data)
    yield from caution_use_problems(data)
    yield from caution_title_problems(data)
    yield from sign_text_problems(data["get_help"])

    for i, point in enumerate(data["points"]):
        if point["region"] in BACK_REGIONS and SPINE_CAUTION not in point["cautions"]:
            yield ("points", i, "cautions"), (
                f"a point on the back must carry the {SPINE_CAUTION!r} caution: press beside the spine, never on it")

    for i, point in enumerate(data["points"]):
        region = REGIONS.get(point["region"])
        if region is None:  # region_problems named it
            continue
        for x, y in marker_positions(point["region"], point["figure"], point["both_sides"]):
            if not region.contains(x, y):
                yield ("points", i, "figure"), (
                    f"marker at ({x:g}, {y:g}) is off the drawing of {region.label}; it must lie inside "
                    f"the outline ({region.width} wide, {region.height} high; see acupoints/body_regions.py)"
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
        if "together" in step and not points[code]["both_sides"]:
            yield ("routine", "steps", i, "together"), (
                f"{code} is pressed on one side only (both_sides is false), so there are no two sides to press "
                "together; remove 'together'")
    for code in points:
        if code not in seen:
            yield ("routine", "steps"), f"{code} is missing from the routine; add it where it should be pressed"


def _warning_sign_problems(tiers: dict) -> Iterator[tuple[tuple, str]]:
    """Each sign has its own key, and a short form keeps every sign of its full list: fewer words,
    never fewer signs (the first signs of an emergency are the ones that leave time to treat it)."""
    for name, tier in tiers.items():
        keys = [sign["key"] for sign in tier["signs"]]
        for j, key in enumerate(keys):
            if key in keys[:j]:
                yield ("get_help", name, "signs", j, "key"), f"sign key {key!r} is already used in this tier"
        covered = set()
        for j, item in enumerate(tier["short"]):
            for k, key in enumerate(item["covers"]):
                if key not in keys:
                    yield ("get_help", name, "short", j, "covers", k), (
                        f"unknown sign {key!r}; signs of this tier: {', '.join(keys)}")
                covered.add(key)
        for j, key in enumerate(keys):
            if key not in covered:
                yield ("get_help", name, "short"), (
                    f"the short list leaves out the sign {key!r} ({tier['signs'][j]['text']}); every sign of the "
                    "full list must be covered by a short item's 'covers'")


def _source_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """Every source a caution, tier or message names is one of the top-level sources."""
    named = [(("cautions", key), caution) for key, caution in data["cautions"].items()]
    named += [(("get_help", key), tier) for key, tier in data["get_help"].items()]
    named += [((key,), data[key]) for key in ("leg_symptoms", "painkillers")]
    for path, entry in named:
        for j, key in enumerate(entry.get("sources", [])):
            if key not in data["sources"]:
                yield path + ("sources", j), f"unknown source {key!r}; known sources: {', '.join(data['sources'])}"


def _regions() -> str:
    return ", ".join(REGIONS)


def region_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """Every point's body region has a drawing (acupoints/body_regions.py, REGIONS)."""
    for i, point in enumerate(data["points"]):
        if point["region"] not in REGIONS:
            yield ("points", i, "region"), (
                f"region {point['region']!r} has no drawing; regions drawn in acupoints/body_regions.py: {_regions()}")


REGION_ENUM = ("$defs", "point", "properties", "region", "enum")


def schema_problems(schema: dict) -> Iterator[tuple[tuple, str]]:
    """The schema's list of body regions is the list of drawings: a region in one and not the other
    would pass the schema and then have no drawing, or never be allowed."""
    enum = schema
    for key in REGION_ENUM:
        enum = enum.get(key) if isinstance(enum, dict) else None
    if not isinstance(enum, list):
        yield REGION_ENUM[:-1], "the point's region must be an enum of the regions drawn in acupoints/body_regions.py"
        return
    undrawn = [region for region in enum if region not in REGIONS]
    missing = [region for region in REGIONS if region not in enum]
    if undrawn:
        yield REGION_ENUM, (f"region {undrawn[0]!r} has no drawing in acupoints/body_regions.py (REGIONS: "
                            f"{_regions()}); draw it there first, or leave it out of the enum")
    elif missing:
        yield REGION_ENUM, (f"region {missing[0]!r} is drawn in acupoints/body_regions.py but missing here; the enum "
                            f"must list every drawn region: {_regions()}")


def _same(text: str) -> str:
    """Text as a reader tells it apart: case, spacing and a final full stop do not count."""
    return " ".join(text.casefold().split()).rstrip(".")


def side_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """The two sides of a step are two sides, not one written twice."""
    for i, step in enumerate(data["routine"]["steps"]):
        seen = {}
        for j, side in enumerate(step["sides"]):
            if _same(side) in seen:
                yield ("routine", "steps", i, "sides", j), (
                    f"{side!r} is the same side as {seen[_same(side)]!r} (they differ only in capitals or "
                    "spaces); name the two sides the reader presses")
            seen.setdefault(_same(side), side)


def caution_use_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """Every caution is carried by a point (a caution no point carries is shown nowhere, and the
    sentences built from its points would name none)."""
    carried = {key for point in data["points"] for key in point["cautions"]}
    for key in data["cautions"]:
        if key not in carried:
            yield ("cautions", key), (f"no point carries the caution {key!r}, so it is shown nowhere; add it to "
                                      "the cautions of the points it is for, or remove it")


def caution_title_problems(data: dict) -> Iterator[tuple[tuple, str]]:
    """A point carries one caution of each title: two (pregnancy-avoid and pregnancy-ask) would have its
    page, its card and the FAQ say two different things about it."""
    for i, point in enumerate(data["points"]):
        by_title: dict[str, str] = {}
        for j, key in enumerate(point["cautions"]):
            if key not in data["cautions"]:
                continue
            title = _same(data["cautions"][key]["title"])
            if (other := by_title.setdefault(title, key)) != key:
                yield ("points", i, "cautions", j), (
                    f"{point['code']} already carries {other!r}, which has the same title "
                    f"({data['cautions'][key]['title']!r}); keep the one that is true of this point")


def sign_text_problems(tiers: dict) -> Iterator[tuple[tuple, str]]:
    """Each warning sign is written once: not twice in a list, and not in two tiers, so the reader
    knows how soon to get help."""
    first_seen: dict[str, tuple] = {}
    for key, tier in tiers.items():
        for field in ("signs", "short"):
            seen: dict[str, int] = {}
            for j, item in enumerate(tier.get(field, [])):
                if _same(item["text"]) in seen:
                    yield ("get_help", key, field, j, "text"), (
                        f"{item['text']!r} is already in this list, at "
                        f"{json_pointer(('get_help', key, field, seen[_same(item['text'])]))}; list each sign once")
                seen.setdefault(_same(item["text"]), j)
        for j, sign in enumerate(tier["signs"]):
            if (other := first_seen.setdefault(_same(sign["text"]), (key, j)))[0] != key:
                yield ("get_help", key, "signs", j, "text"), (
                    f"{sign['text']!r} is already a sign of {other[0]}; a sign belongs to one tier, so the reader "
                    "knows how soon to get help")
