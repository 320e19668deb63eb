"""Strict builds of the real site and of copies broken on purpose."""
import json
import os
import re
import subprocess
import sys

import pytest

from broken_edits import BROKEN_EDITS, UNREADABLE
from helpers import build, built_pages, copy_project, one_error_line, real_data


def test_every_point_has_its_page(built_site, catalog):
    for code in catalog.codes:
        page = built_site / "points" / code.lower() / "index.html"
        assert page.is_file(), f"no page for {code}"
        assert "<h1" in page.read_text() and f"{code} " in page.read_text()


def test_no_macro_errors_or_leftover_template_syntax(built_site):
    for page in sorted(built_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert "Macro Rendering Error" not in text and "Macro Syntax Error" not in text, page
        assert "{{" not in text and "{%" not in text, page


def test_no_text_is_escaped_twice(built_site):
    """A plain string joined to Markup is escaped again: '(' would show as '&#40;' on the page."""
    for page in sorted(built_site.rglob("*.html")):
        assert not re.search(r"&amp;(#\d+|[a-z]+);", page.read_text(encoding="utf-8")), page


# Each edition's words for the disclaimer and the review dates.
EDITION_WORDS = {"": ("Information only, not medical advice.", "Page last reviewed:", "Next review due:"),
                 "hi": ("सिर्फ़ जानकारी के लिए, डॉक्टरी सलाह नहीं।", "पेज की पिछली जाँच:", "अगली जाँच:")}


@pytest.mark.parametrize("edition", EDITION_WORDS, ids=["English", "Hindi"])
def test_every_page_carries_the_disclaimer_notice(built_site, edition):
    for page in built_pages(built_site, edition):
        text = page.read_text(encoding="utf-8")
        assert 'class="disclaimer-notice"' in text, page
        assert EDITION_WORDS[edition][0] in text, page


@pytest.mark.parametrize("edition", EDITION_WORDS, ids=["English", "Hindi"])
def test_every_page_shows_its_review_dates(built_site, edition):
    _, last, due = EDITION_WORDS[edition]
    for page in built_pages(built_site, edition):
        text = page.read_text(encoding="utf-8")
        assert re.search(rf"{last} <time datetime=\"\d{{4}}-\d\d-\d\d\">", text), page
        assert re.search(rf"{due} <time datetime=\"\d{{4}}-\d\d-\d\d\">", text), page


def test_point_pages_are_tagged_for_search(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags = {doc["location"].split("#")[0]: doc.get("tags") for doc in index["docs"]}
    assert "B47" in tags["points/bl52/"] and "KD1" in tags["points/ki1/"]
    assert tags["faq/"] is None


def test_every_point_page_has_its_described_figure_with_markers_on_the_body(built_site, catalog):
    from bs4 import BeautifulSoup

    from acupoints.body_regions import REGIONS, marker_positions

    for point in catalog.points:
        html = (built_site / "points" / point.code.lower() / "index.html").read_text(encoding="utf-8")
        svg = BeautifulSoup(html, "html.parser").select_one("figure.body-map svg[role=img]")
        assert svg is not None, point.code
        assert svg.title.get_text(strip=True) == f"Where to find {point.code} {point.pinyin}"
        assert point.location["plain"] in svg.desc.get_text()
        markers = [tuple(map(float, re.match(r"translate\(([\d.]+) ([\d.]+)\)", g["transform"]).groups()))
                   for g in svg.select("g.marker")]
        assert markers == marker_positions(point.region, point.figure, point.both_sides)
        assert all(REGIONS[point.region].contains(x, y) for x, y in markers)


def test_changing_a_coordinate_in_the_data_moves_the_marker(tmp_path):
    project = copy_project(tmp_path / "project")
    data = real_data()
    figure = next(point for point in data["points"] if point["code"] == "KI1")["figure"]
    figure["y"] += 20  # further down the sole
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")
    assert build(project, tmp_path / "site").returncode == 0
    html = (tmp_path / "site" / "points" / "ki1" / "index.html").read_text(encoding="utf-8")
    assert f'class="marker" transform="translate({figure["x"]} {figure["y"]})' in html


def test_cards_page_and_point_pages_carry_the_cards(built_site, catalog):
    cards_page = (built_site / "cards" / "index.html").read_text(encoding="utf-8")
    for point in catalog.points:
        ident = f'card-{point.code.lower()}'
        assert f'<article class="point-card" id="{ident}"' in cards_page
        point_page = (built_site / "points" / point.code.lower() / "index.html").read_text(encoding="utf-8")
        assert f'<article class="point-card" id="{ident}"' in point_page
        assert f'data-print-card="{ident}">Print a pocket card</button>' in point_page


def test_point_pages_show_their_cautions_and_facts(built_site, catalog):
    for point in catalog.points:
        text = (built_site / "points" / point.code.lower() / "index.html").read_text(encoding="utf-8")
        assert 'class="admonition warning point-cautions"' in text
        assert f'id="facts-{point.code.lower()}"' in text


def test_faq_questions_have_stable_anchors(built_site):
    text = (built_site / "faq" / "index.html").read_text(encoding="utf-8")
    for anchor in ["how-hard-to-press", "what-if-it-hurts", "tennis-ball-or-tool", "one-side-or-both",
                   "how-often", "is-it-safe-for-everyone", "pregnant", "how-soon", "sciatica",
                   "best-point-for-lower-back-pain", "two-codes"]:
        assert f'id="{anchor}"' in text


def _fails_with(result, *expected):
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    for words in expected:
        assert words in output, output


PAGE_MISTAKES = [
    ('{{ point_link("BL47") }}',
     f"unknown point code 'BL47'; known codes: {', '.join(point['code'] for point in real_data()['points'])}"),
    ('{{ point_lnk("LI4") }}', "'point_lnk' is undefined (a misspelt macro or variable name?)"),
    ("{{ no_such_variable }}", "'no_such_variable' is undefined"),
    ('{{ point_fact("LI4", "colour") }}', "unknown fact 'colour' for LI4"),
    ('{{ points_with_caution("typo") }}', "unknown caution 'typo'"),
    ('{{ question("Bad Anchor", "Why?") }}', "question anchor 'Bad Anchor' must be lower-case words"),
    # Too few or too many arguments.
    ("{{ point_link() }}", "point_link() missing 1 required positional argument: 'code'"),
    ('{{ point_link("LI4", "KI1") }}', "point_link() takes 1 positional argument but 2 were given"),
    # Template syntax: a missing bracket, an unclosed comment or block, an unknown filter.
    ('{{ point_link("LI4" }}', "template syntax: unexpected '}'"),
    ("{# a comment never closed", "template syntax: Missing end of comment tag"),
    ("{% if true %} a block never closed", "template syntax: Unexpected end of template"),
    ('{{ "LI4" | no_such_filter }}', "template syntax: No filter named 'no_such_filter'"),
    # Run-time errors in an expression.
    ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
    ('{{ "a" + 1 }}', 'can only concatenate str (not "int") to str'),
]


@pytest.mark.parametrize("call, reason", PAGE_MISTAKES, ids=[call for call, _ in PAGE_MISTAKES])
def test_page_mistake_stops_the_build_with_one_line(tmp_path, call, reason):
    project = copy_project(tmp_path / "project")
    # The warning signs, as the build wants on a page that tells a reader how to press.
    page = ("---\nreview:\n  last: 2026-11-24\n  next: 2027-11-24\n---\n# Guide\n\n{{ get_help_now() }}\n\nPress "
            + call + " gently.\n")
    (project / "docs" / "guide.md").write_text(page, encoding="utf-8")
    error = one_error_line(build(project, tmp_path / "site"))
    assert f"docs/guide.md, line 10: {reason}" in error, error


def test_a_link_to_a_missing_part_of_a_page_stops_the_build_with_one_line(tmp_path):
    """Links written in HTML (as the macros write them) pass MkDocs' own anchor check."""
    project = copy_project(tmp_path / "project")
    guide = project / "docs" / "guide.md"
    guide.write_text(guide.read_text(encoding="utf-8") + '\n<a href="../precautions/#no-such-part">x</a>\n',
                     encoding="utf-8")
    error = one_error_line(build(project, tmp_path / "site"))
    assert ("site/guide/index.html: the link '../precautions/#no-such-part' leads to #no-such-part, "
            "which precautions/index.html does not have") in error, error


def test_quiet_builds_still_show_page_errors(tmp_path):
    """mkdocs-macros logs page errors as warnings, which `mkdocs build -q` hides."""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "guide.md").write_text(
        "---\nreview:\n  last: 2026-11-24\n  next: 2027-11-24\n---\n# Guide\n\n{{ point_link('BL47') }}\n",
        encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "--site-dir",
                             str(tmp_path / "site")], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "docs/guide.md, line 8: unknown point code 'BL47'" in result.stderr + result.stdout


# What a page mistake leaves in the built page when the build itself goes on: the page, the edit, words
# on the source line the error must name (None: no line), and the reason.
LEFTOVERS = [
    ("guide.md", lambda text: text + "\nSee {{ point_link }}.\n", "{{ point_link }}",
     "the macro point_link is named but not called: write point_link(...)"),
    ("guide.md", lambda text: text.replace("review:", "title: \"{{ '{{' }} point_title('LI4') }}\"\nreview:", 1),
     "title:", "template syntax '{{' in the page's title: macros do not run in front matter"),
    ("guide.md", lambda text: text.replace("review:", "render_macros: false\nreview:", 1), "{{",
     "template syntax '{{' left in the page, in"),
    ("guide.md", lambda text: text + '\nPress { point_link("LI4") }} gently.\n', "Press { point_link",
     "template syntax '}}' left in the page, in \"Press { point_link(\"LI4\") }} gently.\""),
    ("faq.md", lambda text: text + '\n{{ question("how-often", "How often, again?") }}\n', None,
     "the id 'how-often' is used twice: by the heading"),
    ("points/li4.md", lambda text: text + '\n{{ point_card("LI4") }}\n', None,
     "the id 'card-li4' is used twice: by a <article class=\"point-card\">, 2 times; "
     "is the same macro on the page twice?"),
]


@pytest.mark.parametrize("page, edit, marker, reason", LEFTOVERS, ids=[reason[:40] for *_, reason in LEFTOVERS])
def test_a_page_that_builds_damaged_stops_the_build_naming_it(tmp_path, page, edit, marker, reason):
    project = copy_project(tmp_path / "project")
    source = project / "docs" / page
    edited = edit(source.read_text(encoding="utf-8"))
    source.write_text(edited, encoding="utf-8")
    where = f"docs/{page}"
    if marker is not None:
        where += f", line {next(n for n, line in enumerate(edited.splitlines(), 1) if marker in line)}"
    error = one_error_line(build(project, tmp_path / "site"))
    assert f"{where}: {reason}" in error, error


FRONT_MATTER = [
    ("review:\n  last: [2026-11-24\n  next: 2027-11-24",
     "docs/guide.md: front matter is not valid YAML at line 4: expected ',' or ']', but got ':' "
     "(while parsing a flow sequence at line 3)"),
    ("review:\n  last: 2026-13-45\n  next: 2027-11-24",
     "docs/guide.md, line 3: review.last is 2026-13-45, which is not a real date (month must be in 1..12); "
     "write it YYYY-MM-DD"),
]


@pytest.mark.parametrize("front, reason", FRONT_MATTER, ids=["unreadable YAML", "impossible date"])
def test_unreadable_front_matter_says_what_and_where(tmp_path, front, reason):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "guide.md").write_text(f"---\n{front}\n---\n# Guide\n\nText.\n", encoding="utf-8")
    error = one_error_line(build(project, tmp_path / "site"))
    assert "docs/guide.md" in error and reason in error, error
    assert "no review dates" not in error


BROKEN_SCHEMAS = [
    (lambda schema: schema["$defs"]["key"].update(type="strng"), "/$defs/key/type: not a valid JSON Schema"),
    (lambda schema: schema["$defs"]["key"].update(pattern="[a-z"), "/$defs/key/pattern: not a valid JSON Schema"),
]


@pytest.mark.parametrize("edit, reason", BROKEN_SCHEMAS, ids=["unknown type", "invalid pattern"])
def test_a_broken_schema_stops_the_build_with_one_line_naming_it(tmp_path, edit, reason):
    project = copy_project(tmp_path / "project")
    schema_file = project / "data" / "points.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    edit(schema)
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    error = one_error_line(build(project, tmp_path / "site"))
    assert f"data/points.schema.json: {reason}" in error, error


# tests/unit/test_loading.py gives every broken edit to the loader. A build is the loader plus macros.py,
# so one edit of each kind the loader checks (the schema, references, the figure, the warning signs,
# hidden characters, one-line fields, the routine) shows that its message stops the build as one line.
def _named(cases, names):
    chosen = [case for case in cases if case[0] in names]
    assert len(chosen) == len(names), "a name here is not a case in tests/broken_edits.py"
    return chosen


BUILT_EDITS = _named(BROKEN_EDITS, ["wrong type", "unknown caution", "figure off the body",
                                    "short warning signs that leave out chest pain",
                                    "a right-to-left override in a caution", "a line break in a caution",
                                    "two sides together on a one-sided point"])
BUILT_UNREADABLE = _named(UNREADABLE, ["invalid JSON", "not UTF-8", "nested 100,000 deep"])


@pytest.mark.parametrize("edit, pointer, reason", [case[1:] for case in BUILT_EDITS],
                         ids=[case[0] for case in BUILT_EDITS])
def test_each_kind_of_broken_data_edit_stops_the_build_with_one_line(tmp_path, edit, pointer, reason):
    project = copy_project(tmp_path / "project")
    data = real_data()
    edit(data)
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")
    error = one_error_line(build(project, tmp_path / "site"))
    assert f"data/points.json: {pointer}: " in error and reason in error, error


@pytest.mark.parametrize("raw, reason", [case[1:] for case in BUILT_UNREADABLE],
                         ids=[case[0] for case in BUILT_UNREADABLE])
def test_unreadable_data_stops_the_build_with_one_line(tmp_path, raw, reason):
    project = copy_project(tmp_path / "project")
    (project / "data" / "points.json").write_bytes(raw)
    error = one_error_line(build(project, tmp_path / "site"))
    assert "data/points.json: " in error and reason in error, error


def test_a_changed_hold_time_changes_that_routine_step_and_nothing_else(tmp_path):
    """A change in the data changes the routine with no other edit."""
    def plan(site):
        html = (site / "routine" / "index.html").read_text(encoding="utf-8")
        return json.loads(re.search(r'id="routine-plan">(.*?)</script>', html, re.S).group(1))["plans"]

    project = copy_project(tmp_path / "project")
    data = real_data()
    data["points"][2]["hold_seconds"] = {"min": 45, "max": 75}
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")
    assert build(project, tmp_path / "site").returncode == 0
    assert build(copy_project(tmp_path / "real"), tmp_path / "real-site").returncode == 0
    before, after = plan(tmp_path / "real-site"), plan(tmp_path / "site")
    code = data["points"][2]["code"]
    for length, seconds in [("short", 45), ("long", 75)]:
        changed = [(a, b) for a, b in zip(before[length], after[length]) if a != b]
        assert changed and all(b["point"] == code and b["seconds"] == seconds for _, b in changed)
