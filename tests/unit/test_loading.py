"""The schema and the cross-entry checks accept the real data and the frozen fixture, and reject one broken
edit per rule (made to the real data: tests/broken_edits.py, shared with the build tests). The real data is
held to rules drawn from itself, not to its values; only its short warning signs are checked for words a
reader must always be given."""
import json
import re

import pytest
from jsonschema import Draft202012Validator

from acupoints import DataError, load_catalog
from broken_edits import BROKEN_EDITS, UNREADABLE
from helpers import ROOT, real_data


def test_schema_is_valid_2020_12():
    schema = json.loads((ROOT / "data" / "points.schema.json").read_text())
    Draft202012Validator.check_schema(schema)


def test_real_data_loads_every_point_findable_by_its_code_and_aliases(live_catalog):
    points = real_data()["points"]
    assert live_catalog.codes == [point["code"] for point in points]
    for point in points:
        for name in [point["code"], *point["aliases"]]:
            assert live_catalog.find(name).code == point["code"], name


def test_the_frozen_fixture_still_fits_the_schema(points_file):
    """After a change to the schema, change tests/fixtures/data/points.json to match (its README)."""
    assert load_catalog(points_file, shown_as="tests/fixtures/data/points.json").codes == ["BL23", "BL52", "GB30"]


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


def test_the_short_warning_signs_cover_every_full_sign(live_catalog):
    """The real data: every emergency sign, tingling and 'hard to start peeing' included, is in the
    short list that cards and inline boxes show."""
    emergency = live_catalog.get_help["emergency"]
    covered = {key for item in emergency["short"] for key in item["covers"]}
    assert covered == {sign["key"] for sign in emergency["signs"]}
    short = " ".join(item["text"] for item in emergency["short"])
    for words in ["tingling", "numbness", "both legs", "genitals", "hard to start peeing", "pee or poo",
                  "chest pain", "serious fall"]:
        assert words in short, words
