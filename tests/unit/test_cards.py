"""Pocket cards straight from the core: every required field, from the data, escaped."""
from dataclasses import replace

from acupoints.cards import point_card, print_card_control
from acupoints.language import Language
from acupoints.text import escape

ENGLISH = Language()


def test_card_holds_every_required_field_from_the_data(catalog):
    point = catalog.find("B23")
    card = point_card(catalog, point, "Not medical advice.", "example.org/guide")
    assert card.startswith('<article class="point-card" id="card-bl23" aria-label="Pocket card: BL23 Shenshu" '
                           'data-search-exclude>')
    assert "<h3>BL23 Shenshu</h3>" in card  # no id: Material's search would index an empty section
    assert "\n" not in card  # one raw HTML block for Markdown
    for value in [point.code, point.pinyin, point.chinese["simplified"],
                  *point.english_names, point.location["plain"], point.location["landmark"],
                  point.press["method"], point.hold.words, point.how_often,
                  *(caution.words(short=True) for caution in point.cautions),
                  *(item["text"] for item in catalog.get_help["emergency"]["short"]),
                  catalog.get_help["emergency"]["where"],
                  *(number["number"] for number in catalog.get_help["emergency"]["numbers"]),
                  *(item["text"] for item in catalog.get_help["see_doctor"]["short"]),
                  "Not medical advice."]:
        assert escape(value) in card, value
    assert "Full guide: example.org/guide" in card
    assert "Also written B23" in card  # the label readers may know, where it is not the code itself
    assert "Also written" not in point_card(catalog, catalog.find("GB30"), "x", "")  # its label is its code
    assert 'role="img"' in card and 'id="card-bl23-figure-title"' in card  # its own figure ids


def test_a_card_without_a_published_address_prints_none(catalog):
    assert "Full guide" not in point_card(catalog, catalog.find("BL52"), "Not medical advice.", "")


def test_card_escapes_data(catalog):
    point = replace(catalog.find("GB30"), pinyin="<script>alert(1)</script>", title="GB30 <script>alert(1)</script>",
                    how_often="{{ 7*7 }}")
    card = point_card(catalog, point, "<b>x</b>", "javascript:alert(1)")
    assert "<script" not in card and "{{" not in card and "<b>" not in card and "javascript:" not in card


def test_print_control_targets_the_card(catalog):
    control = print_card_control(ENGLISH, catalog.find("GB30"))
    assert '<button type="button" class="md-button" data-print-card="card-gb30">Print a pocket card</button>' in control
    assert '<noscript><p><a href="#card-gb30">Go to the card</a>' in control  # without JavaScript
