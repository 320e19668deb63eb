"""Read data/points.json, validate it against its schema and the cross-entry rules."""
import json
import re
from dataclasses import replace
from pathlib import Path

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import SchemaError, best_match

from . import data_words
from .catalog import Catalog
from .cautions import build_cautions
from .checks import consistency_problems, schema_problems
from .errors import DataError, json_pointer
from .language import Language
from .model import build_points
from .pain_readings import rule_problems

SCHEMA_NAME = "points.schema.json"


class _Repeated(dict):
    """An object in which a key appeared twice; remembers which, so the loader can say where."""

    repeated: str


def _note_repeated_keys(pairs):
    keys = [key for key, _ in pairs]
    repeated = next((key for key in keys if keys.count(key) > 1), None)
    if repeated is None:
        return dict(pairs)
    found = _Repeated(pairs)
    found.repeated = repeated
    return found


def _find_repeated(value, path=()):
    """The path of the first object with a repeated key, and the key."""
    if isinstance(value, _Repeated):
        return path, value.repeated
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        if (found := _find_repeated(child, path + (key,))) is not None:
            return found
    return None


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def read_json(path: Path, shown_as: str):
    """Parse a JSON file strictly: UTF-8 only, no repeated keys, no NaN or Infinity, not absurdly deep."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DataError(shown_as, "", "file not found") from None
    except UnicodeDecodeError as error:
        reason = f"not valid UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start})"
        raise DataError(shown_as, "", reason) from None
    try:
        data = json.loads(text, object_pairs_hook=_note_repeated_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        reason = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise DataError(shown_as, "", reason) from None
    except ValueError as error:  # NaN, Infinity, or a number too long to read
        raise DataError(shown_as, "", f"invalid JSON: {error}") from None
    except RecursionError:
        raise DataError(shown_as, "", "invalid JSON: nested too deeply to read") from None
    if (found := _find_repeated(data)) is not None:
        where, key = found
        raise DataError(shown_as, json_pointer(where), f"key {key!r} appears twice in this object")
    return data


# JSON Schema counts 30.0 as an integer; here a whole number must be written as one.
_Strict = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda checker, value: isinstance(value, int) and not isinstance(value, bool)),
)


def check_schema(schema, shown_as: str) -> None:
    """A broken schema stops the build with one line too, naming the schema file."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        raise DataError(shown_as, json_pointer(error.absolute_path), f"not a valid JSON Schema: {error.message}") from None


def validate(data, shown_as: str, schema: dict) -> None:
    """Raise DataError for the most relevant schema error, else for the first broken rule."""
    try:
        error = best_match(_Strict(schema).iter_errors(data))
    except (re.error, RecursionError) as problem:  # a schema that checks out but cannot be applied
        raise DataError(shown_as, "", f"the schema cannot be applied: {problem}") from None
    if error is not None:
        raise DataError(shown_as, json_pointer(error.absolute_path), error.message)
    for path, reason in consistency_problems(data):
        raise DataError(shown_as, json_pointer(path), reason)
    for path, reason in rule_problems(data["pain_log"]):
        raise DataError(shown_as, json_pointer(("pain_log", *path)), reason)


def load_catalog(path: Path, shown_as: str | None = None, language: Language | None = None) -> Catalog:
    """Load and validate the point data; the schema sits next to the data file. The data is checked in
    English, then its words are given in the language (English by default). The catalog's language is
    that language, knowing too the data's words it has no translation for."""
    path = Path(path)
    shown_as = shown_as or str(path)
    schema_shown_as = str(Path(shown_as).with_name(SCHEMA_NAME))
    schema = read_json(path.with_name(SCHEMA_NAME), schema_shown_as)
    check_schema(schema, schema_shown_as)
    for where, reason in schema_problems(schema):
        raise DataError(schema_shown_as, json_pointer(where), reason)
    data = read_json(path, shown_as)
    validate(data, shown_as, schema)
    language = language or Language()
    # A draft edition shows the English of what it has not translated yet; a published one stops here.
    for where, english in data_words.safety_gaps(data, language) if not language.draft else ():
        raise DataError(shown_as, json_pointer(where),
                        f"this safety text has no current {language.code!r} translation; translate {english!r} "
                        f"in translations/{language.code}/messages.po (make translations adds it there)")
    # The data's words with no translation are shown in English: a page that shows one says so.
    gaps = frozenset(text for _, text in data_words.messages(data) if not language.has(text))
    if gaps - language.untranslated:
        language = replace(language, untranslated=language.untranslated | gaps)
    data = data_words.translated(data, language)
    cautions = build_cautions(data, language)
    return Catalog(routine=data["routine"], cautions=cautions, get_help=data["get_help"],
                   leg_symptoms=data["leg_symptoms"], painkillers=data["painkillers"], pain_log=data["pain_log"],
                   sources=data["sources"], points=build_points(data, cautions, language), language=language)
