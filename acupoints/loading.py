"""Read data/points.json, validate it against its schema and the cross-entry rules."""
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from .catalog import Catalog
from .checks import consistency_problems
from .errors import DataError, json_pointer

SCHEMA_NAME = "points.schema.json"


def _reject_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise ValueError(f"key {key!r} appears twice in one object")
    return dict(pairs)


def read_json(path: Path, shown_as: str):
    """Parse a JSON file strictly: UTF-8 only, no repeated keys."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DataError(shown_as, "", "file not found") from None
    except UnicodeDecodeError as error:
        reason = f"not valid UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start})"
        raise DataError(shown_as, "", reason) from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as error:
        reason = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise DataError(shown_as, "", reason) from None
    except ValueError as error:  # a repeated key; json gives no position for it
        raise DataError(shown_as, "", str(error)) from None


def validate(data, shown_as: str, schema: dict) -> None:
    """Raise DataError for the most relevant schema error, else for the first broken rule."""
    error = best_match(Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        raise DataError(shown_as, json_pointer(error.absolute_path), error.message)
    for path, reason in consistency_problems(data):
        raise DataError(shown_as, json_pointer(path), reason)


def load_catalog(path: Path, shown_as: str | None = None) -> Catalog:
    """Load and validate the point data; the schema sits next to the data file."""
    path = Path(path)
    shown_as = shown_as or str(path)
    schema = read_json(path.with_name(SCHEMA_NAME), str(Path(shown_as).with_name(SCHEMA_NAME)))
    data = read_json(path, shown_as)
    validate(data, shown_as, schema)
    return Catalog(routine=data["routine"], cautions=data["cautions"], get_help=data["get_help"], points=data["points"])
