"""The validated point data, with look-ups by code or alias."""
from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import UnknownPointError
from .language import Language
from .lookup import normalise
from .model import Caution, Point


@dataclass(frozen=True)
class Catalog:
    """Read-only view of data/points.json after it passed every check, in the edition's language: the
    points and cautions as frozen objects (acupoints/model.py), the rest as the data has it."""

    routine: dict
    cautions: Mapping[str, Caution]
    get_help: dict[str, dict]
    leg_symptoms: dict
    painkillers: dict
    pain_log: dict
    sources: dict[str, str]
    points: tuple[Point, ...]
    language: Language = field(default_factory=Language)  # the edition's: the data is already in it
    _by_alias: dict[str, Point] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        by_alias = {}
        for point in self.points:
            for name in [point.code, *point.aliases]:
                by_alias[normalise(name)] = point
        object.__setattr__(self, "_by_alias", by_alias)

    @property
    def codes(self) -> list[str]:
        return [point.code for point in self.points]

    def find(self, alias: str) -> Point:
        """The point a code or alias names, ignoring case, spaces and hyphens."""
        try:
            return self._by_alias[normalise(str(alias))]
        except KeyError:
            raise UnknownPointError(str(alias), self.codes) from None

    def source_names(self, *keys: str) -> list[str]:
        """The names of the sources with these keys, each once, in order."""
        return [self.sources[key] for key in dict.fromkeys(keys)]
