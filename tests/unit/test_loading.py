"""The schema and the cross-entry checks accept the real data and reject one broken edit per rule."""
import json
import re

import pytest
from jsonschema import Draft202012Validator

from acupoints import DataError, load_catalog
from broken_edits import BROKEN_EDITS, UNREADABLE
from helpers import DATA_FILE, ROOT, real_data


def test_schema_is_valid_2020_12():
    schema = json.loads((ROOT / "data" / "points.schema.json").read_text())
    Draft202012Validator.check_schema(schema)


def test_real_data_loads():
    catalog = load_catalog(DATA_FILE)
    assert catalog.codes == ["LI4", "BL23", "BL52", "GB30", "KI1"]


@pytest.mark.parametrize("edit, pointer, reason", [case[1:] for case in BROKEN_EDITS],
                         ids=[case[0] for case in BROKEN_EDITS])
def test_broken_edit_is_rejected_with_file_pointer_and_reason(tmp_path, edit, pointer, reason):
    data = real_data()
    edit(data)
    broken = tmp_path / "points.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "points.schema.json").write_bytes((ROOT / "data" / "points.schema.json").read_bytes())

    with pytest.raises(DataError) as caught:
        load_catalog(broken, shown_as="data/points.json")

    assert caught.value.pointer == pointer
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"data/points.json: {pointer}: ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("raw, reason", [case[1:] for case in UNREADABLE], ids=[case[0] for case in UNREADABLE])
def test_unreadable_file_is_rejected_with_position(tmp_path, raw, reason):
    (tmp_path / "points.json").write_bytes(raw)
    (tmp_path / "points.schema.json").write_bytes((ROOT / "data" / "points.schema.json").read_bytes())
    with pytest.raises(DataError, match=re.escape(reason)):
        load_catalog(tmp_path / "points.json", shown_as="data/points.json")


def test_missing_file_is_named(tmp_path):
    (tmp_path / "points.schema.json").write_bytes((ROOT / "data" / "points.schema.json").read_bytes())
    with pytest.raises(DataError, match="^data/points.json: file not found$"):
        load_catalog(tmp_path / "points.json", shown_as="data/points.json")


def test_the_short_warning_signs_cover_every_full_sign(catalog):
    """The real data: every emergency sign, tingling and 'hard to start peeing' included, is in the
    short list that cards and inline boxes show."""
    emergency = catalog.get_help["emergency"]
    covered = {key for item in emergency["short"] for key in item["covers"]}
    assert covered == {sign["key"] for sign in emergency["signs"]}
    short = " ".join(item["text"] for item in emergency["short"])
    for words in ["tingling", "numbness", "both legs", "genitals", "hard to start peeing", "pee or poo",
                  "chest pain", "serious fall"]:
        assert words in short, words
