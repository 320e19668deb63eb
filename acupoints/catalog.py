"""The validated point data, with look-ups by code or alias."""
from dataclasses import dataclass, field

from .errors import UnknownPointError
from .language import Language
from .lookup import normalise


@dataclass(frozen=True)
class Catalog:
    """Read-only view of data/points.json after it passed every check, in the edition's language."""

    routine: dict
    cautions: dict[str, dict]
    get_help: dict[str, dict]
    leg_symptoms: dict
    painkillers: dict
    pain_log: dict
    sources: dict[str, str]
    points: list[dict]
    language: Language = field(default_factory=Language)  # the edition's: the data is already in it
    _by_alias: dict[str, dict] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        by_alias = {}
        for point in self.points:
            for name in [point["code"], *point["aliases"]]:
                by_alias[normalise(name)] = point
        object.__setattr__(self, "_by_alias", by_alias)

    @property
    def codes(self) -> list[str]:
        return [point["code"] for point in self.points]

    def find(self, alias: str) -> dict:
        """The point a code or alias names, ignoring case, spaces and hyphens."""
        try:
            return self._by_alias[normalise(str(alias))]
        except KeyError:
            raise UnknownPointError(str(alias), self.codes) from None

    def source_names(self, *entries: dict) -> list[str]:
        """The names of the sources the entries (cautions, tiers, messages) cite, each once, in order."""
        keys = dict.fromkeys(key for entry in entries for key in entry.get("sources", []))
        return [self.sources[key] for key in keys]

    def cautions_of(self, point: dict) -> list[dict]:
        return [self.cautions[key] for key in point["cautions"]]
