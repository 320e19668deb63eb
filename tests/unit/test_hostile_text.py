"""Property tests: whatever text sits in the data, every renderer shows it as text and adds no markup."""
import json
from dataclasses import replace

from bs4 import BeautifulSoup
from hypothesis import given, settings, strategies as st

from acupoints.cards import point_card
from acupoints.figures import point_figure
from acupoints.point_page import point_facts, standard_location
from acupoints.safety import point_cautions
from helpers import ROOT, hostile_help, with_data

# Markup of every kind a careless or hostile edit could bring: HTML, attribute break-outs, URLs,
# Markdown, Jinja, and line breaks that would start new Markdown blocks (headings, lists, code, tables).
PIECES = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "' onmouseover='x", "javascript:alert(1)",
          "{{ 7*7 }}", "{% if x %}", "*em*", "_u_", "[a](b)", "`code`", "# h", "| pipe |", "&amp;", "<!--", "]]>",
          "\n# heading\n", "\n- item", "\n\n```\ncode", "\n| a | b |\n| - | - |", "\r\n    indented"]
hostile = st.lists(st.sampled_from(PIECES) | st.text(min_size=1, max_size=8), min_size=1, max_size=4).map(
    lambda parts: "x " + " ".join(parts)).filter(  # starts with a letter, so the schema's "not blank" holds
    lambda text: "B-cun" not in text)  # that word in a location rightly adds a paragraph explaining it


def _with_text(catalog, text: str) -> tuple:
    data = json.loads((ROOT / "tests/fixtures/data/points.json").read_text(encoding="utf-8"))
    point = next(point for point in data["points"] if point["code"] == "BL52")
    point["pinyin"] = point["meridian"] = point["how_often"] = text
    point["english_names"] = [text]
    point["traditional_uses"] = [text]
    point["location"] = {key: text for key in point["location"]}
    point["press"] = {key: text for key in point["press"]}
    point["figure"] = {**point["figure"], "hint": text}
    data["cautions"] = {key: {"title": text, "text": text, "short": text} for key in data["cautions"]}
    data["points"] = [point]
    hostile = with_data(replace(catalog, get_help=hostile_help(text)), data)
    return hostile, hostile.points[0]


def _renderings(catalog, point, text):
    return [point_facts(catalog.language, point), standard_location(catalog.language, point),
            point_cautions(catalog, point), point_figure(catalog.language, point, text),
            point_card(catalog, point, text, text)]


def _shape(html: str) -> list:
    soup = BeautifulSoup(html, "html.parser")
    return [(tag.name, sorted(tag.attrs)) for tag in soup.find_all(True)]


@settings(max_examples=150, deadline=None)
@given(text=hostile)
def test_hostile_text_adds_no_markup_and_stays_visible(catalog, text):
    safe_catalog, safe_point = _with_text(catalog, "x plain")
    hostile_catalog, hostile_point = _with_text(catalog, text)
    for safe, risky in zip(_renderings(safe_catalog, safe_point, "x plain"),
                           _renderings(hostile_catalog, hostile_point, text)):
        assert _shape(risky) == _shape(safe)  # the same elements and attributes, nothing more
        assert text.strip() in BeautifulSoup(risky, "html.parser").get_text()
        assert "{{" not in risky and "{%" not in risky
        assert "\n" not in risky and "\r" not in risky  # one line: one raw HTML block, no new Markdown blocks
