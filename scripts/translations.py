"""Keep the translations in step with English (acupoints/language.py, acupoints/editions.py).

    python scripts/translations.py update        every message of the site into each messages.po
    python scripts/translations.py check         fail if a messages.po lacks a message or has one too many
    python scripts/translations.py done PAGE...  a translated page now says what its English page says

`update` reads the words marked for translation in the core (N_, gettext, Plural, counted), in the
templates ({% trans %}, _()), in data/points.json (acupoints/data_words.py), and the disclaimer and
the settings' words in mkdocs.yml (acupoints/editions.py, settings_words), and says how many
messages each catalogue has to translate. A new message, or one whose English changed, comes in
empty: the old pair stays at the end of the file (#~) for the translator.
"""
import io
import sys
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po, write_po
from jinja2.ext import babel_extract

from acupoints import data_words
from acupoints.editions import ENGLISH_DOCS, blob_id, settings_words, stamped
from acupoints.loading import read_json

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"N_": None, "_": None, "gettext": None, "ngettext": (1, 2), "Plural": (1, 2), "counted": (2, 3)}
JINJA = {"extensions": "jinja2.ext.i18n", "trimmed": "true", "trim_blocks": "true", "lstrip_blocks": "true"}
SAFETY_FLAG = "safety"  # the build stops while a message flagged so has no current translation
# The words around the safety text of the data: the warning-sign boxes, the cautions, the painkillers'
# box, the disclaimer notice ("Get help now if", "Emergency numbers:", "(Our own advice.)").
SAFETY_SOURCES = {"acupoints/safety.py", "acupoints/cautions.py", "acupoints/templates/help.html",
                  "acupoints/templates/get-help-now.html",
                  "acupoints/templates/help-tier.html", "acupoints/templates/leg-symptoms.html",
                  "acupoints/templates/painkillers.html", "acupoints/templates/point-cautions.html",
                  "acupoints/templates/caution-items.html", "overrides/partials/disclaimer-notice.html"}


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml's !ENV tags read as nothing: only extra.disclaimer is wanted."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def _add(catalog: Catalog, message, where: str, line: int, comments=(), flags=()):
    existing = catalog.get(message if isinstance(message, str) else message[0])
    if existing is not None:
        existing.locations.append((where, line))
        existing.flags.update(flags)
        return
    catalog.add(message, locations=[(where, line)], auto_comments=list(comments), flags=flags)


def template_catalog() -> Catalog:
    """Every message of the site, in English, in the order it is found."""
    catalog = Catalog(project="acupoints", charset="utf-8")
    sources = [(path, "python", {}) for path in sorted((ROOT / "acupoints").rglob("*.py"))]
    sources += [(path, babel_extract, JINJA) for path in sorted((ROOT / "acupoints" / "templates").glob("*.html"))]
    sources += [(path, babel_extract, JINJA) for path in sorted((ROOT / "overrides").rglob("*.html"))]
    for path, method, options in sources:
        where = path.relative_to(ROOT).as_posix()
        with path.open("rb") as file:
            for line, message, comments, _ in extract(method, file, KEYWORDS, options=options):
                if isinstance(message, tuple) and len(message) == 1:
                    message = message[0]
                if message:
                    _add(catalog, message, where, line, comments, {SAFETY_FLAG} if where in SAFETY_SOURCES else set())
    data = read_json(ROOT / "data" / "points.json", "data/points.json")
    for path, text in data_words.messages(data):
        flags = {SAFETY_FLAG} if data_words.is_safety(path) else set()
        _add(catalog, text, "data/points.json", 0, ["/" + "/".join(map(str, path))], flags)
    settings = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    _add(catalog, settings["extra"]["disclaimer"], "mkdocs.yml", 0, ["extra.disclaimer"], {SAFETY_FLAG})
    for where, text in settings_words(settings):
        _add(catalog, text, "mkdocs.yml", 0, [where])
    return catalog


def catalogues() -> list[Path]:
    return sorted((ROOT / "translations").glob("*/messages.po"))


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=path.parent.name)


def updated(path: Path, template: Catalog) -> bytes:
    """The catalogue with the site's messages: new and changed ones empty (no guessing from similar
    messages: a guess for a safety sentence could be published unread), ones the site no longer has
    kept at the end as obsolete (#~), where a translator finds the old translation of a changed one."""
    catalog = _read(path)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False, update_creation_date=False)
    for message in catalog:
        message.user_comments = [comment for comment in message.user_comments if not comment.startswith("| ")]
    output = io.BytesIO()
    # Unwrapped: a message is one line, found by searching for the words a build error quotes.
    write_po(output, catalog, width=None, include_lineno=False)
    return output.getvalue()


def _key(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def in_step(path: Path, template: Catalog) -> list[str]:
    """What keeps a catalogue from being in step with the site: messages it lacks or has too many, and
    safety flags that differ. How its lines are wrapped or ordered does not matter."""
    catalog = _read(path)
    wanted = {_key(message): message for message in template if message.id}
    have = {_key(message): message for message in catalog if message.id}
    problems = [f"lacks {key!r}" for key in wanted if key not in have]
    problems += [f"has {key!r}, which the site no longer uses" for key in have if key not in wanted]
    problems += [f"{key!r} should {'' if SAFETY_FLAG in message.flags else 'not '}be flagged {SAFETY_FLAG}"
                 for key, message in wanted.items()
                 if key in have and (SAFETY_FLAG in message.flags) != (SAFETY_FLAG in have[key].flags)]
    return problems


def to_translate(path: Path) -> list[tuple[str, bool]]:
    """(English, is safety text) for every message with no current translation."""
    return [(_key(message), SAFETY_FLAG in message.flags) for message in _read(path)
            if message.id and (message.fuzzy or not all(message.string if isinstance(message.string, tuple)
                                                        else [message.string]))]


def stamp(page: str) -> str | None:
    """Mark a translated page as translating the English page as it is now; or say why it cannot."""
    path = Path(page).resolve()
    parts = path.relative_to(ROOT).parts if path.is_relative_to(ROOT) else ()
    if len(parts) < 4 or (parts[0], parts[2]) != ("translations", "docs") or not path.is_file():
        return f"{page} is not a translated page: give its path, such as translations/hi/docs/faq.md"
    english = ROOT / ENGLISH_DOCS / Path(*parts[3:])
    if not english.is_file():
        return f"{page} translates {english.relative_to(ROOT)}, which does not exist"
    path.write_text(stamped(path.read_text(encoding="utf-8"), blob_id(english.read_bytes())), encoding="utf-8")
    return None


def main(command: str, *pages: str) -> int:
    if command == "update":
        template = template_catalog()
        for path in catalogues():
            path.write_bytes(updated(path, template))
            missing = to_translate(path)
            safety = [english for english, is_safety in missing if is_safety]
            stops = " (the build stops until these are translated)" if safety else ""
            print(f"{path.relative_to(ROOT)}: {len(missing)} messages to translate, {len(safety)} of them safety "
                  f"text{stops}")
            for english in safety:
                print(f"  safety: {english}")
        return 0
    if command == "check":
        template = template_catalog()
        stale = [(path, problems) for path in catalogues() if (problems := in_step(path, template))]
        for path, problems in stale:
            print(f"{path.relative_to(ROOT)} is not in step with the site's messages ({problems[0]}, and "
                  f"{len(problems) - 1} more): run make translations", file=sys.stderr)
        return 1 if stale else 0
    if command == "done":
        if not pages:
            print("name the translated page: make translated PAGE=translations/hi/docs/faq.md", file=sys.stderr)
            return 2
        for page in pages:
            if problem := stamp(page):
                print(problem, file=sys.stderr)
                return 2
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]) if len(sys.argv) > 1 else main(""))
