"""The routine's steps come from the data alone: order, sides, and every duration."""
import copy
from dataclasses import replace

import pytest

from acupoints.routine import routine_page, steps, total_seconds


@pytest.mark.parametrize("length, end", [("short", "min"), ("long", "max")])
def test_steps_are_points_times_sides_in_the_routines_order(catalog, length, end):
    plan = steps(catalog, length)
    holds = [step for step in plan if step["kind"] == "hold"]
    expected = [(entry["point"], side, catalog.find(entry["point"])["hold_seconds"][end])
                for entry in catalog.routine["steps"] for side in entry["sides"]]
    assert [(step["point"], step["side"], step["seconds"]) for step in holds] == expected
    assert [step["point"] for step in plan if step["kind"] == "find"] == [e["point"] for e in catalog.routine["steps"]]
    switches = [step for step in plan if step["kind"] == "switch"]
    assert len(switches) == sum(len(entry["sides"]) - 1 for entry in catalog.routine["steps"])
    assert all(step["seconds"] == catalog.routine["switch_seconds"] for step in switches)
    assert plan[0]["kind"] == "find" and "seconds" not in plan[0]  # waits for the reader


def test_a_changed_hold_changes_that_step_and_nothing_else(catalog):
    changed = copy.deepcopy(catalog.points)
    changed[0]["hold_seconds"] = {"min": 45, "max": 90}
    other = replace(catalog, points=changed)
    before, after = steps(catalog, "long"), steps(other, "long")
    differing = [(a["point"], a["seconds"], b["seconds"]) for a, b in zip(before, after) if a != b]
    assert differing and all(code == changed[0]["code"] and new == 90 for code, _, new in differing)
    assert total_seconds(after) - total_seconds(before) == 2 * (90 - catalog.points[0]["hold_seconds"]["max"])


def test_the_page_embeds_both_plans_safely_and_lists_the_steps(catalog):
    page = routine_page(catalog, "routine.md")
    assert '<script type="application/json" id="routine-plan">' in page
    assert "<ol>" in page and page.count("<li><strong>") == len(catalog.routine["steps"])
    hostile = copy.deepcopy(catalog.points)
    hostile[0]["pinyin"] = "</script><script>alert(1)</script>"
    page = routine_page(replace(catalog, points=hostile), "routine.md")
    assert "<script>alert" not in page and page.count("</script>") == 1
