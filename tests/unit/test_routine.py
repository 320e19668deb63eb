"""The routine's steps come from the data alone: order, sides, words and every duration; and its page
shows the data's safety text where the reader acts."""
import copy
import json
import re
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from acupoints.guide import guide_fact
from acupoints.routine import player_words, session_minutes, steps, total_seconds, whole_minutes
from acupoints.routine_page import routine_page, start_here, total_sentence


def _page(catalog) -> BeautifulSoup:
    return BeautifulSoup(routine_page(catalog, "routine.md", "./"), "html.parser")


def _text(element) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ")).replace(" ,", ",").replace(" .", ".").replace(" :", ":")


def _with(catalog, path: list, value):
    """The catalog with one routine value changed."""
    routine = copy.deepcopy(catalog.routine)
    target = routine
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return replace(catalog, routine=routine)


@pytest.mark.parametrize("length, end", [("short", "min"), ("long", "max")])
def test_each_point_is_found_made_ready_for_and_held_side_by_side_or_together(catalog, length, end):
    plan = steps(catalog, length)
    expected = []
    for entry in catalog.routine["steps"]:
        point = catalog.find(entry["point"])
        expected += [("find", catalog.routine["find_seconds"]),
                     ("ready", entry.get("get_ready_seconds", catalog.routine["get_ready_seconds"]))]
        hold = ("hold", getattr(point.hold, end))
        if "together" in entry:
            expected.append(hold)
        else:
            switch = ("switch", entry.get("switch_seconds", catalog.routine["switch_seconds"]))
            expected += [hold, switch, hold] if len(entry["sides"]) == 2 else [hold]
    assert [(step["kind"], step["seconds"]) for step in plan] == expected


def test_tennis_balls_press_both_sides_at_once_in_one_hold(catalog):
    plan = [step for step in steps(catalog, "short") if step["point"] == "BL23"]
    entry = next(entry for entry in catalog.routine["steps"] if entry["point"] == "BL23")
    assert [step["kind"] for step in plan] == ["find", "ready", "hold"]
    hold = plan[-1]
    assert hold["markers"] == [0, 1] and entry["together"] in hold["say"].lower()
    assert "tennis balls" in hold["say"]
    ready = plan[1]
    assert ready["seconds"] == entry["get_ready_seconds"] > catalog.routine["get_ready_seconds"]  # lying down
    assert catalog.find("BL23").press["position"] in ready["say"]


def test_a_point_with_two_holds_lights_one_marker_at_a_time(catalog):
    plan = [step for step in steps(catalog, "short") if step["point"] == "GB30"]
    assert [(step["kind"], step["markers"]) for step in plan] == [
        ("find", [0]), ("ready", [0]), ("hold", [0]), ("switch", [1]), ("hold", [1])]
    assert [step["detail"] for step in plan if step["kind"] == "hold"] == ["Left buttock", "Right buttock"]


def test_a_hold_says_the_points_own_method(catalog):
    """BL23 is pressed by lying on tennis balls on its page; the routine says the same, from the data."""
    for step in steps(catalog, "short"):
        if step["kind"] == "hold":
            cue = catalog.find(step["point"]).press["cue"]
            assert f"{cue} for " in step["say"], step
    bl23 = next(step for step in steps(catalog, "short") if step["point"] == "BL23" and step["kind"] == "hold")
    assert "your weight" in bl23["say"] and "press and hold" not in bl23["say"].lower()


def test_a_changed_hold_changes_that_points_holds_and_nothing_else(catalog):
    first = catalog.points[0]
    changed = (replace(first, hold=replace(first.hold, min=50, max=100)), *catalog.points[1:])
    other = replace(catalog, points=changed)
    before, after = steps(catalog, "long"), steps(other, "long")
    differing = [(a["point"], a["kind"], b["seconds"]) for a, b in zip(before, after) if a != b]
    assert differing and all(code == first.code and kind == "hold" and seconds == 100
                             for code, kind, seconds in differing)
    longer_by = 100 - catalog.points[0].hold.max
    assert total_seconds(after) - total_seconds(before) == len(differing) * longer_by  # one hold, or one a side


@pytest.mark.parametrize("seconds, minutes", [(0, 1), (89, 1), (90, 2), (149, 2), (150, 3), (151, 3), (510, 9)])
def test_whole_minutes_round_halves_up_like_the_player(seconds, minutes):
    assert whole_minutes(seconds) == minutes  # Python's round(2.5) would say 2


def test_the_session_counts_finding_getting_ready_and_changing_sides(catalog):
    holds_only = sum(step["seconds"] for step in steps(catalog, "long") if step["kind"] == "hold")
    assert session_minutes(catalog)["max"] * 60 > holds_only
    assert session_minutes(catalog) == {"min": whole_minutes(total_seconds(steps(catalog, "short"))),
                                        "max": whole_minutes(total_seconds(steps(catalog, "long")))}
    minutes = session_minutes(catalog)
    assert guide_fact(catalog, "session") == f"{minutes['min']} to {minutes['max']} minutes"
    slower = _with(catalog, ["find_seconds"], 120)
    assert session_minutes(slower)["min"] > session_minutes(catalog)["min"]  # the guide follows the plan


def test_the_safety_check_carries_every_caution_of_the_routines_points_from_the_data(catalog):
    check = _page(catalog).select_one(".routine-check")
    items = [_text(item) for item in check.select("li") if not item.find_parent(class_="get-help-now")]
    points = [catalog.find(entry["point"]) for entry in catalog.routine["steps"]]
    keys = {caution.key for point in points for caution in point.cautions}
    for key in keys:  # said of several points at once, in the words for that
        many = sum(point.has_caution(key) for point in points) > 1
        assert any(catalog.cautions[key].words(many=many) in item for item in items), key
    assert "fall or an accident" in _text(check)  # the injury rule, in full
    # Nothing but the data's cautions and the link to the safety page.
    assert len(items) == len(keys) + 1


@pytest.mark.parametrize("code, words", [("BL52", "midwife"), ("GB30", "pain shoots down your leg, stop and rest"),
                                         ("BL23", "tennis balls")])
def test_each_step_shows_its_points_cautions_where_the_reader_finds_it(catalog, code, words):
    panel = _page(catalog).select_one(f'.routine-point[data-point="{code}"]')
    for caution in catalog.find(code).cautions:
        said = [caution.words(short) for short in (True, False)]
        assert any(text in _text(panel) for text in said), caution
    assert words in _text(panel)


def test_the_done_screen_says_stop_and_call_now(catalog):
    done = _page(catalog).select_one(".routine-done")
    assert catalog.cautions[catalog.routine["done_caution"]].text in _text(done)
    assert "again today" not in _text(done)
    box = done.select_one(".get-help-now")
    assert box is not None and catalog.get_help["emergency"]["where"] in _text(box)


def test_start_is_a_plain_button_and_a_note_says_when_the_script_did_not_start(catalog):
    page = _page(catalog)
    routine = page.select_one("#routine")
    assert "needs-script" in routine["class"]
    assert page.select_one(".routine-start")["type"] == "button"
    assert not [form for form in routine.select("form") if "pain-question" not in form.get("class", [])]
    assert "needs JavaScript" in _text(page.select_one(".routine-no-script"))


def test_the_players_words_and_the_page_agree_on_the_total(catalog):
    page = _page(catalog)
    data = json.loads(page.select_one("#routine-plan").string)
    words = data["words"]
    assert words == player_words(catalog)
    plan = data["plans"]["short"]
    expected = total_sentence(words, len(catalog.routine["steps"]), total_seconds(plan))
    assert _text(page.select_one(".routine-total")) == expected
    assert words["minutes"][whole_minutes(total_seconds(data["plans"]["long"]))]  # every total has words


def test_the_page_embeds_both_plans_safely_and_lists_the_steps(catalog):
    page = routine_page(catalog, "routine.md", "./")
    assert '<script type="application/json" id="routine-plan">' in page
    assert len(_page(catalog).select(".routine-list ol > li")) == len(catalog.routine["steps"])
    first = catalog.points[0]
    hostile = (replace(first, pinyin="</script><script>alert(1)</script>", title="</script><script>alert(1)</script>"),
               *catalog.points[1:])
    page = routine_page(replace(catalog, points=hostile), "routine.md", "./")
    assert "<script>alert" not in page and page.count("</script>") == page.count("<script")  # none ended early


def test_the_start_box_states_the_sessions_real_length_and_has_a_start_button(catalog):
    box = BeautifulSoup(start_here(catalog, "index.md"), "html.parser")
    minutes = session_minutes(catalog)
    assert f"about {minutes['min']} minutes with short holds, or {minutes['max']} minutes" in _text(box)
    start = box.select_one("a.md-button")
    assert start["href"] == "routine/" and _text(start) == "Start the routine"
