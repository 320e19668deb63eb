"""The rule that a page telling a reader how to press shows the warning signs, read from the macros it
calls (acupoints/build_checks/page_rules.py), and the macros it counts as showing them, rendered from
the fixtures."""
import html
import re

import pytest

from acupoints import page_macros
from acupoints.build_checks.page_rules import caution_said_twice_problem, warning_signs_problem
from acupoints.page_macros import SHOWS_WARNING_SIGNS

ARGUMENTS = {"point_warning_signs": ("BL23",), "point_card": ("BL23",)}


@pytest.fixture(scope="module")
def macros(catalog):
    return page_macros(catalog, lambda: "points/bl23.md", "Information only.", "")


@pytest.mark.parametrize("name", sorted(SHOWS_WARNING_SIGNS))
def test_each_macro_counted_as_showing_the_warning_signs_shows_every_one_and_the_numbers(macros, catalog, name):
    text = html.unescape(re.sub(r"<[^>]+>", " ", str(macros[name](*ARGUMENTS.get(name, ())))))
    text = re.sub(r"\s+", " ", text)
    emergency = catalog.get_help["emergency"]
    for sign in emergency["short"]:
        assert sign["text"] in text, f"{name}() does not show {sign['text']!r}"
    for number in emergency["numbers"]:
        assert number["number"] in text, f"{name}() does not show {number['number']}"


@pytest.mark.parametrize("page, source", [
    ("guide.md", '# Guide\n\nHold it for {{ point_fact("BL23", "hold") }}.\n'),
    ("new-page.md", "# New\n\n{{ point_press('BL23') }}\n"),
    ("points/bl40.md", "# BL40\n\nPress behind the knee.\n"),
    ("points/bl40.md", "# BL40\n\n{{ point_cautions('BL40') }}\n"),
])
def test_a_page_telling_a_reader_how_to_press_without_the_warning_signs_is_named(page, source):
    line, problem = warning_signs_problem(page, source) or (None, "")
    assert "the page shows no warning signs: add {{ get_help_now() }}" in problem
    assert line == (3 if "{{ point_" in source and "cautions" not in source else None)


@pytest.mark.parametrize("page, source", [
    ("guide.md", '# Guide\n\n{{ get_help_now(legs=True) }}\n\n{{ point_fact("BL23", "hold") }}\n'),
    ("points/bl23.md", "# BL23\n\n{{ point_press('BL23') }}\n\n{{ point_warning_signs('BL23') }}\n"),
    ("evidence.md", "# What the research says\n\nNo trial tested this routine.\n"),
    ("faq.md", "# FAQ\n\n{{ point_link('BL23') }} is on your back.\n"),  # a link is no fact to press by
])
def test_a_page_with_the_warning_signs_or_no_facts_to_press_by_passes(page, source):
    assert warning_signs_problem(page, source) is None


def test_a_caution_said_twice_on_a_page_is_named_with_both_lines():
    assert caution_said_twice_problem('{{ caution("injury") }}\n\n{{ caution_overview("injury") }}\n') is None
    assert caution_said_twice_problem("{{ caution_overview() }}\n") is None
    line, problem = caution_said_twice_problem('{{ caution("injury") }}\n\n{{ caution("injury") }}\n')
    assert (line, problem) == (3, '{{ caution("injury") }} says a caution the page says on line 1 already; keep one')
    line, problem = caution_said_twice_problem('- {{ caution("injury") }}\n\n{{ caution_overview() }}\n')
    assert line == 1 and problem.startswith('{{ caution("injury") }} says a caution that {{ caution_overview() }} '
                                            "on line 3 lists too")
    line, problem = caution_said_twice_problem('{{ caution_overview("injury") }}\n')
    assert line == 1 and "leaves out 'injury', but the page does not say it" in problem


def test_an_overview_leaves_out_what_the_page_says_elsewhere_and_still_cites_it(macros, catalog):
    full, short = macros["caution_overview"](), macros["caution_overview"]("injury", "damaged-skin")
    for key in ("injury", "damaged-skin"):
        assert catalog.cautions[key].title in full and f"**{catalog.cautions[key].title}**" not in short
    assert full.splitlines()[-2:] == short.splitlines()[-2:]  # the sources line, the same
    with pytest.raises(KeyError, match="unknown caution 'injuries'"):
        macros["caution_overview"]("injuries")
