"""Keep the translations in step with English (acupoints/language.py, acupoints/editions.py).

    python scripts/translations.py update        every message of the site into each messages.po
    python scripts/translations.py check         fail if a messages.po lacks a message or has one too many
    python scripts/translations.py done PAGE...  a translated page now says what its English page says

`update` reads the words marked for translation in the core (N_, gettext, Plural, counted), in the
templates ({% trans %}, _()), in data/points.json (acupoints/data_words.py) and the disclaimer in
mkdocs.yml. A message whose English changed comes back marked fuzzy, with its old translation shown
to the translator: fuzzy counts as untranslated until a translator clears the mark.
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
from acupoints.editions import ENGLISH_DOCS, blob_id, stamped
from acupoints.loading import read_json

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"N_": None, "_": None, "gettext": None, "ngettext": (1, 2), "Plural": (1, 2), "counted": (2, 3)}
JINJA = {"extensions": "jinja2.ext.i18n", "trimmed": "true", "trim_blocks": "true", "lstrip_blocks": "true"}
SAFETY_FLAG = "safety"  # the build stops while a message flagged so has no current translation
# The words around the safety text of the data: the warning-sign boxes, the cautions, the painkillers'
# box, the disclaimer notice ("Get help now if", "Emergency numbers:", "(Our own advice.)").
SAFETY_SOURCES = {"acupoints/safety.py", "acupoints/templates/help.html", "acupoints/templates/get-help-now.html",
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
    disclaimer = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)["extra"]["disclaimer"]
    _add(catalog, disclaimer, "mkdocs.yml", 0, ["extra.disclaimer"], {SAFETY_FLAG})
    return catalog


def catalogues() -> list[Path]:
    return sorted((ROOT / "translations").glob("*/messages.po"))


def updated(path: Path, template: Catalog) -> bytes:
    with path.open("rb") as file:
        catalog = read_po(file, locale=path.parent.name)
    catalog.update(template, update_header_comment=False, update_creation_date=False)
    catalog.obsolete.clear()  # the old translations a translator needs are kept as "previous" on fuzzy ones
    output = io.BytesIO()
    write_po(output, catalog, width=100, include_previous=True, include_lineno=False)
    return output.getvalue()


def main(command: str, *pages: str) -> int:
    if command in ("update", "check"):
        template = template_catalog()
        stale = []
        for path in catalogues():
            content = updated(path, template)
            if path.read_bytes() != content:
                stale.append(path)
                if command == "update":
                    path.write_bytes(content)
        if command == "check" and stale:
            for path in stale:
                print(f"{path.relative_to(ROOT)} is not in step with the site's messages: run make translations",
                      file=sys.stderr)
            return 1
        return 0
    if command == "done":
        for page in pages:
            path = Path(page).resolve()
            top, _code, docs, *rest = path.relative_to(ROOT).parts
            if (top, docs) != ("translations", "docs") or not rest:
                print(f"{page} is not a translated page (translations/<language>/docs/...)", file=sys.stderr)
                return 2
            english = ROOT / ENGLISH_DOCS / Path(*rest)
            path.write_text(stamped(path.read_text(encoding="utf-8"), blob_id(english.read_bytes())), encoding="utf-8")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]) if len(sys.argv) > 1 else main(""))
