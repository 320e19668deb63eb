"""The points as frozen objects, built once per edition from the checked data in the
edition's words: a point knows its title, its page and its hold in words, so no module makes them
again. The data's other parts (the routine, the warning signs, the pain log) stay read as they are."""
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .body_regions import region_place
from .cautions import Caution
from .language import N_, Language
from .text import seconds_range

# A point's name on pages, menus, cards and in the routine. An edition may add {place}, the body area in
# a word, where its readers do not read the Latin names ("LI4 (हाथ) Hegu"); English does not need it.
TITLE = N_("{code} {pinyin}")


@dataclass(frozen=True)
class Hold:
    """How long a point is held, in seconds and in words: '30 seconds to 1 minute', and where the time
    goes on the sides (' on each side', ' on both sides at once' or nothing)."""

    min: int
    max: int
    words: str
    sides: str

    @property
    def with_sides(self) -> str:
        return self.words + self.sides


@dataclass(frozen=True)
class Point:
    """One point in the edition's words. Groups of words (chinese, figure, location, press) are
    read-only mappings with the data's keys, so templates read them as point.location.plain."""

    code: str
    article_label: str
    aliases: tuple[str, ...]
    pinyin: str
    chinese: Mapping[str, str]
    english_names: tuple[str, ...]
    meridian: str
    region: str
    figure: Mapping
    location: Mapping[str, str]
    press: Mapping[str, str]
    hold: Hold
    how_often: str
    traditional_uses: tuple[str, ...]
    cautions: tuple[Caution, ...]
    both_sides: bool
    title: str  # its name as plain text: "LI4 Hegu"
    page_path: str  # where its page is inside docs/

    def has_caution(self, key: str) -> bool:
        return any(caution.key == key for caution in self.cautions)


def _hold_sides(language: Language, entry: dict, routine: dict) -> str:
    """How the hold time is spent on the sides: on each side, on both at once where the routine presses
    both together (BL23 on two tennis balls), or nothing for a point found once."""
    step = next((step for step in routine["steps"] if step["point"] == entry["code"]), None)
    if step and "together" in step:
        return language.gettext(" on both sides at once")
    return language.gettext(" on each side") if entry["both_sides"] else ""


def _frozen(value):
    """Lists as tuples and objects as read-only mappings, all the way down."""
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value


def build_points(data: dict, cautions: dict[str, Caution], language: Language) -> tuple[Point, ...]:
    """The data's points, already in the edition's words, with what every page says of them made once."""
    points = []
    for entry in data["points"]:
        span = entry["hold_seconds"]
        title = language.gettext(TITLE).format(code=entry["code"], pinyin=entry["pinyin"],
                                               place=language.gettext(region_place(entry["region"])))
        points.append(Point(
            code=entry["code"], article_label=entry["article_label"], aliases=tuple(entry["aliases"]),
            pinyin=entry["pinyin"], chinese=_frozen(entry["chinese"]), english_names=tuple(entry["english_names"]),
            meridian=entry["meridian"], region=entry["region"], figure=_frozen(entry["figure"]),
            location=_frozen(entry["location"]), press=_frozen(entry["press"]),
            hold=Hold(min=span["min"], max=span["max"], words=seconds_range(span, language),
                      sides=_hold_sides(language, entry, data["routine"])),
            how_often=entry["how_often"], traditional_uses=tuple(entry["traditional_uses"]),
            cautions=tuple(cautions[key] for key in entry["cautions"]), both_sides=entry["both_sides"],
            title=title, page_path=f"points/{entry['code'].lower()}.md",
        ))
    return tuple(points)
