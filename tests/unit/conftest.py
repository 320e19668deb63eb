"""The unit tests run on the frozen fixtures in tests/fixtures/ (see its README), so a content edit to the
site's data breaks none of them: `catalog` here stands in for the site's catalog of tests/conftest.py.
A test of the site's own data asks for `live_catalog`, and states its expectations as rules drawn from
that data, never as the data's values."""
import json
import shutil
from pathlib import Path

import pytest

from acupoints import load_catalog
from acupoints.language import load_language
from helpers import DATA_FILE, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SCHEMA = ROOT / "data" / "points.schema.json"
FROZEN_POINTS = "tests/fixtures/data/points.json"


def _frozen_points() -> dict:
    return json.loads((ROOT / FROZEN_POINTS).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixture_project() -> Path:
    """The fixtures' folder, laid out as a project: data/points.json and translations/hi/messages.po."""
    return FIXTURES


@pytest.fixture
def points_data() -> dict:
    """The fixture's points file as a fresh dict, for a test to change."""
    return _frozen_points()


def _beside_the_schema(folder: Path, data: dict) -> Path:
    # The loader reads the schema next to the data file: the site's own, so the fixture is held to it.
    shutil.copy(SCHEMA, folder / SCHEMA.name)
    path = folder / "points.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def write_points(tmp_path):
    """Write a points dict beside the site's schema; gives the file's path, for load_catalog."""
    return lambda data: _beside_the_schema(tmp_path, data)


@pytest.fixture(scope="session")
def points_file(tmp_path_factory) -> Path:
    """The fixture's points file, as it is, beside the site's schema."""
    return _beside_the_schema(tmp_path_factory.mktemp("fixture-data"), _frozen_points())


@pytest.fixture(scope="session")
def catalog(points_file):
    return load_catalog(points_file, shown_as=FROZEN_POINTS)


@pytest.fixture(scope="session")
def hindi():
    """The fixture's Hindi: its safety text and a few other messages translated, the rest missing."""
    return load_language(FIXTURES, "hi")


@pytest.fixture(scope="session")
def live_catalog():
    """The site's own data, for the tests that check it."""
    return load_catalog(DATA_FILE, shown_as="data/points.json")
