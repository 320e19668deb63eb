"""The pain log's readings (acupoints/pain_readings.py) against the table of cases the browser's
copy of the rules is tested with too (tests/js/pain-readings.test.js): both read the site's own rules, so
the table's cases run on the real data; the rules that stop the build are tried on the frozen fixture."""
import copy
import json
from datetime import datetime, timedelta, timezone

import pytest

from acupoints.errors import DataError
from acupoints.loading import load_catalog
from acupoints.pain_readings import DAY, readings
from helpers import ROOT

TABLE = json.loads((ROOT / "tests" / "cases" / "pain-readings.json").read_text(encoding="utf-8"))
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _entries(case: dict) -> list[dict]:
    start = (datetime.fromisoformat(TABLE["start"]) - EPOCH) // timedelta(milliseconds=1)
    entries = []
    for time, score, when in case["entries"]:
        if not isinstance(time, str):
            moment = EPOCH + timedelta(milliseconds=start + round(time * DAY))
            time = moment.isoformat(timespec="milliseconds")
        entries.append({"time": time, "score": score, "when": when})
    return entries


@pytest.mark.parametrize("case", TABLE["cases"], ids=[case["name"] for case in TABLE["cases"]])
def test_each_case_gives_its_readings(case, live_catalog):
    found = readings(_entries(case), live_catalog.pain_log)
    assert [reading["rule"] for reading in found] == [reading["rule"] for reading in case["readings"]]
    for reading, expected in zip(found, case["readings"]):
        assert reading.keys() == expected.keys()
        assert all(reading[key] == pytest.approx(value, abs=0.001) for key, value in expected.items() if key != "rule")


def test_the_table_holds_the_logs_that_must_give_a_reading():
    names = {case["name"] for case in TABLE["cases"] if case["readings"]}
    assert {"10 out of 10 every day for 20 days", "7 before and 5 after a routine every day for 28 days",
            "3, 5, 5, 7, 7 and 9 over 15 days", "one entry of 10 is enough for a reading",
            "4 on three days, then 3, 4, 6 and 8 after routines: a rise after routines is not hidden"} <= names


@pytest.fixture
def with_rules(points_data, write_points):
    """The DataError of the fixture data with its pain log's rules changed."""
    def load(change) -> DataError:
        change(points_data["pain_log"])
        with pytest.raises(DataError) as caught:
            load_catalog(write_points(points_data), shown_as="data/points.json")
        return caught.value
    return load


def test_thresholds_that_miss_severe_pain_stop_the_build(with_rules):
    def loosen(log):
        log["readings"]["severe"].update(days_at_least=14, within_days=7)  # 14 days in 7 never happen
    error = with_rules(loosen)
    assert error.pointer == "/pain_log/readings"
    assert "8 out of 10 on each of 3 days" in error.reason


def test_a_rising_rule_that_misses_a_slow_rise_stops_the_build(with_rules):
    error = with_rules(lambda log: log["readings"]["rising"].update(rise_at_least=4))
    assert error.pointer == "/pain_log/readings" and "3, 4, 4, 6, 6 and 8 over 15 days" in error.reason


def test_comparison_weeks_that_overlap_stop_the_build(with_rules):
    error = with_rules(lambda log: log["readings"]["not_improving"].update(compare_days=14))
    assert error.pointer == "/pain_log/readings/not_improving/compare_days"


def test_the_order_of_the_entries_does_not_matter_and_they_are_left_as_they_are(live_catalog):
    entries = _entries(TABLE["cases"][3])
    backwards = list(reversed(entries))
    kept = copy.deepcopy(backwards)
    assert readings(backwards, live_catalog.pain_log) == readings(entries, live_catalog.pain_log) != []
    assert backwards == kept
