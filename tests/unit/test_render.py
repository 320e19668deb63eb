"""Formatting, escaping and every macro, called directly on the core."""
import html
import json
import re
from dataclasses import replace

import pytest

from acupoints import page_macros
from acupoints.language import Language
from acupoints.search import search_tags
from acupoints.text import escape, minutes_range, script_json, seconds_range
from helpers import hostile_help, with_data

HOSTILE = ('<script>alert(1)</script> "><img src=x onerror=alert(2)> [x](javascript:alert(3)) '
           "{{ 7*7 }} {% if %} *em* | pipe")


@pytest.mark.parametrize("low, high, words", [
    (30, 60, "30 seconds to 1 minute"),
    (60, 120, "1 to 2 minutes"),
    (30, 90, "30 to 90 seconds"),
    (30, 120, "30 seconds to 2 minutes"),
    (45, 45, "45 seconds"),
    (60, 60, "1 minute"),
])
def test_seconds_range_reads_naturally(low, high, words):
    assert seconds_range({"min": low, "max": high}, Language()) == words


def test_minutes_range():
    assert minutes_range({"min": 5, "max": 10}, Language()) == "5 to 10 minutes"


def test_escape_leaves_no_markup_and_round_trips():
    escaped = escape(HOSTILE)
    assert not re.search(r"[<>\"'{}\[\]()*|`]", escaped)
    assert html.unescape(escaped) == HOSTILE


@pytest.fixture
def macros(catalog):
    return page_macros(catalog, lambda: "faq.md", "Not advice.", "example.org")


def test_point_link_is_relative_to_the_calling_page(catalog):
    def point_link(page):
        return page_macros(catalog, lambda: page, "Not advice.", "example.org")["point_link"]

    assert point_link("faq.md")("b23") == "[BL23 Shenshu](points/bl23.md)"
    assert point_link("points/gb30.md")("B47") == "[BL52 Zhishi](bl52.md)"


def test_point_fact_formats_single_fields(macros):
    assert macros["point_fact"]("GB30", "hold") == "20 to 40 seconds"
    assert macros["point_fact"]("B47", "hold") == "90 seconds to 3 minutes"
    assert macros["point_fact"]("BL52", "article_label") == "B47"
    assert macros["point_fact"]("BL52", "english_name") == "Will&#39;s Chamber"
    with pytest.raises(KeyError, match="unknown fact 'colour'"):
        macros["point_fact"]("GB30", "colour")


def test_guide_facts(macros):
    assert macros["guide_fact"]("session") == "7 to 11 minutes"  # the routine's plan (tests/unit/test_routine.py)
    assert macros["guide_fact"]("hold_range") == "20 seconds to 3 minutes"  # GB30's shortest to BL52's longest


def test_point_facts_block_holds_every_name_and_use(macros, catalog):
    block = macros["point_facts"]("GB30")
    point = catalog.find("GB30")
    assert block.startswith('<dl class="point-facts" id="facts-gb30">')
    assert "\n" not in block  # one raw HTML block for Markdown
    for value in [point.code, point.pinyin, *point.english_names, point.meridian,
                  *point.traditional_uses, point.chinese["traditional"]]:
        assert escape(value) in block


def test_how_to_press_holds_every_press_fact_with_the_sides(macros, catalog):
    block = macros["point_press"]("GB30")
    point = catalog.find("GB30")
    for value in [*(point.press[name] for name in ["position", "with", "method"]),
                  "20 to 40 seconds on each side", point.how_often]:
        assert escape(value) in block


def test_cautions_box_lists_the_point_cautions(macros, catalog):
    box = macros["point_cautions"]("GB30")
    for caution in catalog.find("GB30").cautions:
        assert escape(caution.text) in box


def test_points_table_links_every_point(macros, catalog):
    table = macros["points_table"]().splitlines()
    assert len(table) == 2 + len(catalog.points)
    assert all(f"(points/{code.lower()}.md)" in row for code, row in zip(catalog.codes, table[2:]))


def test_caution_overview_names_where_each_caution_applies(macros):
    overview = macros["caution_overview"]()
    assert "**Skin** (every point)" in overview
    assert "[BL23 Shenshu](points/bl23.md) and [BL52 Zhishi](points/bl52.md)" in overview.splitlines()[0]


def test_points_with_caution_reads_as_a_sentence(macros):
    assert macros["points_with_caution"]("pregnancy-ask") == "[GB30 Huantiao](points/gb30.md)"
    assert macros["points_with_caution"]("pregnancy-avoid") == \
        "[BL23 Shenshu](points/bl23.md) and [BL52 Zhishi](points/bl52.md)"
    assert macros["points_with_caution"]("injury").count(", ") == 1  # all three: "A, B and C"
    with pytest.raises(KeyError, match="unknown caution 'typo'"):
        macros["points_with_caution"]("typo")


def test_guide_facts_count_points_and_sides(macros):
    assert macros["guide_fact"]("point_count") == "three"
    assert macros["guide_fact"]("sides").startswith("Every point in this guide is on both sides")


def test_unknown_code_stops_every_point_macro(macros):
    for name in ["point_title", "point_link", "point_facts", "standard_location", "point_cautions"]:
        with pytest.raises(LookupError, match="unknown point code 'BL47'"):
            macros[name]("BL47")


def test_every_data_value_is_escaped_in_every_macro(catalog, points_data):
    for point in points_data["points"]:
        point["pinyin"] = point["meridian"] = HOSTILE
        point["english_names"] = [HOSTILE]
        point["location"] = {key: HOSTILE for key in point["location"]}
        point["press"] = {key: HOSTILE for key in point["press"]}
        point["traditional_uses"] = [HOSTILE]
        point["how_often"] = HOSTILE
    points_data["cautions"] = {key: {"title": HOSTILE, "text": HOSTILE, "short": HOSTILE} for key in catalog.cautions}
    routine = {**catalog.routine, "how_often": HOSTILE}
    hostile_catalog = with_data(replace(catalog, routine=routine, get_help=hostile_help(HOSTILE)), points_data)
    macros = page_macros(hostile_catalog, lambda: "index.md", HOSTILE, HOSTILE)
    outputs = [macros["points_table"](), macros["caution_overview"](), macros["guide_fact"]("how_often"),
               macros["get_help_now"](), *(macros["help_tier"](key) for key in catalog.get_help)]
    for code in catalog.codes:
        outputs += [macros[name](code) for name in
                    ["point_title", "point_link", "point_facts", "standard_location", "point_cautions"]]
        outputs += [macros["point_fact"](code, name) for name in ["pinyin", "english_name", "how_often"]]
    for output in outputs:
        assert "<script" not in output and "<img" not in output and "{{" not in output
        assert "javascript:" not in output and "*em*" not in output


def test_search_tags_cover_every_code_and_name_of_a_point_page(catalog):
    assert search_tags(catalog, "points/bl52.md") == [
        "BL52", "BL-52", "BL 52", "B52", "UB52", "UB-52", "B47", "B-47", "Zhishi", "Will's Chamber",
        "Residence of the Will"]
    assert search_tags(catalog, "faq.md") == []


def test_standard_location_names_its_source_and_explains_the_label(macros):
    assert "World Health Organization (WHO) standard from 2008" in macros["standard_location"]("GB30")
    assert "article this guide grew from" not in macros["standard_location"]("GB30")  # its label is its code
    assert "B23, a short form of the same code" in macros["standard_location"]("BL23")
    older = macros["standard_location"]("BL52")
    assert "calls it B47" in older and "older way of numbering" in older and "BL52" in older
    assert "six points whose place is still open to debate" in macros["standard_location"]("GB30")


def test_question_writes_heading_and_link_with_one_anchor(macros):
    assert macros["question"]("how-often", "How often?") == (
        "### How often? { #how-often }\n\n"
        '[Link to this question<span class="visually-hidden">: How often?</span>](#how-often){ .faq-link }')
    with pytest.raises(ValueError, match="lower-case words joined by hyphens"):
        macros["question"]("How Often", "How often?")


def test_search_tags_are_escaped_for_materials_results(catalog):
    point = replace(catalog.find("GB30"), pinyin="</title><img src=x onerror=alert(1)> & Will's")
    tags = search_tags(replace(catalog, points=[point]), "points/gb30.md")
    assert "&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt; &amp; Will's" in tags


def test_script_json_keeps_letters_as_they_are_and_escapes_what_prints_nothing():
    value = {"say": "कमर दर्द, naïve", "hidden": "क\u200dष \u2028 \ud800"}
    text = script_json(value)
    assert "कमर दर्द, naïve" in text
    assert "\\u200d" in text and "\\u2028" in text and "\\ud800" in text
    assert json.loads(text) == value
    text.encode("utf-8")  # nothing a page could not be written with


def test_script_json_cannot_end_its_element_or_carry_template_syntax():
    value = {"say": "x </script><script>alert(1)</script> {{ 7*7 }} {% if %}"}
    text = script_json(value)
    assert "</script" not in text and "{{" not in text and "{%" not in text
    assert json.loads(text) == value


def test_a_caution_said_of_several_points_uses_its_words_for_many(macros, catalog):
    """'Avoided in pregnancy' said of three points at once needs a plural in Hindi: the data's `many`."""
    key, caution = next((key, caution) for key, caution in catalog.cautions.items() if caution.many != caution.text)
    carriers = [point for point in catalog.points if point.has_caution(key)]
    assert len(carriers) > 1
    assert escape(caution.many) in macros["caution_overview"]()
    single = macros["point_cautions"](carriers[0].code)
    assert escape(caution.text) in single and escape(caution.many) not in single


def test_point_links_link_every_point_in_a_sentence(catalog):
    from acupoints.links import point_link, point_links
    links = point_links(catalog.language, catalog.points, "offline.md")
    assert links.startswith(point_link(catalog.points[0], "offline.md") + ", ")
    assert links.endswith(" and " + point_link(catalog.points[-1], "offline.md"))
    assert links.count("](points/") == len(catalog.points)
