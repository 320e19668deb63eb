"""The cautions as frozen objects, built once per edition in its words (safety text: every word here
is flagged so in the catalogue, scripts/translations.py)."""
from dataclasses import dataclass

from .language import N_, Language

OWN_ADVICE = N_("(This is our own advice, not a published source's.)")
OWN_ADVICE_SHORT = N_("(Our own advice.)")


@dataclass(frozen=True)
class Caution:
    """One caution in the edition's words. `text` is for one point, `many` says it of several points
    at once, `short` is for cards and the routine; `note` and `short_note` say, where it is so, that the
    advice is this guide's own rather than a published source's (empty otherwise)."""

    key: str
    title: str
    text: str
    many: str
    short: str
    note: str
    short_note: str
    sources: tuple[str, ...]

    def words(self, short: bool = False, many: bool = False) -> str:
        """The caution as a reader reads it, with its own-advice note."""
        text, note = (self.short, self.short_note) if short else (self.many if many else self.text, self.note)
        return f"{text} {note}" if note else text


def build_cautions(data: dict, language: Language) -> dict[str, Caution]:
    """The data's cautions, already in the edition's words, by key."""
    return {
        key: Caution(key=key, title=entry["title"], text=entry["text"], many=entry.get("many", entry["text"]),
                     short=entry["short"], note=language.gettext(OWN_ADVICE) if entry.get("own_advice") else "",
                     short_note=language.gettext(OWN_ADVICE_SHORT) if entry.get("own_advice") else "",
                     sources=tuple(entry.get("sources", ())))
        for key, entry in data["cautions"].items()
    }
