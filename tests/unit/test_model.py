"""The points and cautions as frozen objects, made once in the edition's words (acupoints/model.py,
acupoints/cautions.py), and the edition's language, read once and never changed (acupoints/language.py)."""
from dataclasses import FrozenInstanceError, replace

import pytest

from acupoints import load_catalog
from acupoints.cards import point_card
from acupoints.figures import point_figure
from acupoints.guide import points_table
from acupoints.links import point_link
from acupoints.point_page import point_press
from acupoints.routine_page import routine_page, start_here
from acupoints.safety import get_help_now


def test_a_point_knows_its_title_its_page_and_its_hold_in_words(catalog):
    bl23, bl52 = catalog.find("BL23"), catalog.find("BL52")
    assert bl23.title == "BL23 Shenshu" and bl23.page_path == "points/bl23.md"
    assert (bl23.hold.min, bl23.hold.max, bl23.hold.words) == (45, 90, "45 to 90 seconds")
    assert bl23.hold.with_sides == "45 to 90 seconds on both sides at once"  # the routine presses both together
    assert bl52.hold.with_sides == "90 seconds to 3 minutes on each side"


def test_a_caution_says_where_it_is_our_own_advice_in_each_of_its_forms(catalog):
    spine, pregnancy = catalog.cautions["beside-spine"], catalog.cautions["pregnancy-avoid"]
    assert spine.words() == spine.text + " (This is our own advice, not a published source's.)"
    assert spine.words(short=True) == spine.short + " (Our own advice.)"
    assert pregnancy.words(many=True) == pregnancy.many != pregnancy.text
    assert catalog.find("GB30").has_caution("leg-pain") and not catalog.find("BL23").has_caution("leg-pain")


def test_points_cautions_and_the_language_cannot_be_changed_once_made(catalog, hindi):
    point = catalog.find("BL23")
    with pytest.raises(FrozenInstanceError):
        point.code = "BL24"
    with pytest.raises(FrozenInstanceError):
        point.hold.max = 1000
    with pytest.raises(FrozenInstanceError):
        point.cautions[0].text = "Press anywhere."
    with pytest.raises(TypeError):
        point.location["plain"] = "Somewhere else."
    assert isinstance(point.aliases, tuple) and isinstance(point.cautions, tuple)
    with pytest.raises(FrozenInstanceError):
        hindi.code = "en"
    with pytest.raises(TypeError):
        hindi.current["Start"] = "Go"


def test_every_place_that_names_a_point_or_its_hold_takes_them_from_the_point(catalog):
    """Made once: no renderer builds a title or hold words of its own, so one change shows everywhere."""
    first = catalog.points[0]
    marked = replace(first, title="Title-Once", hold=replace(first.hold, words="Hold-Once", sides=" Sides-Once"))
    changed = replace(catalog, points=(marked, *catalog.points[1:]))
    point = changed.find(first.code)
    assert point is marked
    named = {"card": point_card(changed, point, "", ""), "figure": point_figure(changed.language, point, ""),
             "link": point_link(point, "index.md"), "table": points_table(changed, "index.md"),
             "routine": routine_page(changed, "routine.md", "./"), "start": start_here(changed, "index.md")}
    assert all("Title-Once" in text for text in named.values()), [name for name, text in named.items()
                                                                 if "Title-Once" not in text]
    held = {"card": named["card"], "press": point_press(changed, point), "table": named["table"],
            "routine": named["routine"]}
    assert all("Hold-Once" in text for text in held.values()), [name for name, text in held.items()
                                                               if "Hold-Once" not in text]


def test_a_page_records_the_data_words_it_shows_in_english(points_file, points_data, hindi):
    """The data is put in the edition's words once, as it is loaded; a page that shows one of its words
    the catalogue lacks still says so (overrides/main.html), and a page that does not, does not."""
    catalog = load_catalog(points_file, shown_as="data/points.json", language=hindi)
    where = points_data["points"][0]["location"]["plain"]  # the fixture's Hindi lacks it
    assert catalog.points[0].location["plain"] == where
    assert where in catalog.language.in_english(point_card(catalog, catalog.points[0], "", ""))
    assert where not in catalog.language.in_english(get_help_now(catalog, "index.md"))
    assert where not in hindi.in_english(point_card(catalog, catalog.points[0], "", ""))  # the catalogue's own
