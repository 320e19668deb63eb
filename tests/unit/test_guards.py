"""What stops the build, checked without a build: the scripts a page needs, the site's settings, the
schema's regions, page files, front matter and what a page mistake leaves in the built HTML."""
import json
import re

import pytest

from acupoints.build_checks.built_pages import page_problems
from acupoints.build_checks.page_files import encoding_problem, front_matter_problem
from acupoints.build_checks.settings import config_problem
from acupoints.checks import schema_problems
from acupoints.page_macros import SCRIPTS, page_macros
from acupoints.page_scripts import (
    PageScriptError,
    ScriptNeeds,
    bundle_problem,
    deferred_theme_bundle,
    front_matter_scripts_problem,
)
from helpers import ROOT

BUNDLED = {"javascripts/routine-player.js", "javascripts/pain-log.js"}
AVAILABLE = {"routine-player", "pain-log", "faq-filter"}


def test_a_page_needs_the_scripts_of_the_macros_it_calls(catalog):
    needs, page = ScriptNeeds(), ["guide.md"]
    macros = page_macros(catalog, lambda: page[0], "Not advice.", "example.org", needs)
    macros["point_link"]("GB30")
    assert needs.of("guide.md") == {}
    macros["routine"]()
    macros["pain_log"]()
    assert needs.of("guide.md") == {"routine-player": "routine", "pain-log": "routine"}
    page[0] = "points/gb30.md"
    macros["print_card_control"]("GB30")
    assert needs.of("points/gb30.md") == {"print-card": "print_card_control"}
    needs.start("guide.md")  # a rebuild of the page starts afresh
    assert needs.of("guide.md") == {}


def test_every_declared_script_exists_and_every_declaring_macro_is_a_macro(catalog):
    macros = page_macros(catalog, lambda: "guide.md", "Not advice.", "example.org")
    for name, scripts in SCRIPTS.items():
        assert name in macros
        assert all((ROOT / "docs" / "javascripts" / f"{script}.js").is_file() for script in scripts)


def test_a_wrapped_macro_still_names_itself_when_called_wrongly(catalog):
    macros = page_macros(catalog, lambda: "guide.md", "Not advice.", "example.org")
    with pytest.raises(TypeError, match=r"^routine\(\) takes 0 positional arguments"):
        macros["routine"]("GB30")


@pytest.mark.parametrize("needs, reason", [
    ({"routine-player": "routine"}, None),
    ({"faq-filter": "faq_filter"}, "faq_filter() needs the script faq-filter, which the site does not bundle: "
                                   "add javascripts/faq-filter.js to js_files of the minify plugin in mkdocs.yml"),
    ({"print-card": "print_card_control"}, "print_card_control() needs docs/javascripts/print-card.js, which does "
                                           "not exist"),
])
def test_a_script_the_site_does_not_bundle_is_named(needs, reason):
    assert bundle_problem(needs, AVAILABLE, BUNDLED) == reason


def test_pages_do_not_name_scripts_by_hand():
    assert front_matter_scripts_problem({"review": {}}) is None
    assert "scripts: in front matter is not read any more" in front_matter_scripts_problem({"scripts": ["x"]})


GOOD = {"site_url": "https://example.org/", "extra": {"disclaimer": "Not advice."}, "use_directory_urls": True,
        "theme": {"features": ["navigation.indexes"], "custom_dir": "/site/overrides", "language": "en"},
        "nav": [{"Home": "index.md"}, {"Points": ["points/li4.md"]}],
        "plugins": {name: None for name in ["search", "minify", "macros", "hooks/site.py"]},
        "markdown_extensions": ["toc", "admonition", "attr_list"]}


@pytest.mark.parametrize("change, reason", [
    ({"extra": {}}, "mkdocs.yml: extra.disclaimer is missing"),
    ({"extra": {"disclaimer": "  "}}, "mkdocs.yml: extra.disclaimer is missing"),
    ({"use_directory_urls": False}, "mkdocs.yml: use_directory_urls: false is not supported"),
    ({"theme": {**GOOD["theme"], "features": ["navigation.instant"]}},
     "mkdocs.yml: theme.features: navigation.instant is not supported"),
    ({"theme": {**GOOD["theme"], "features": ["navigation.instant.prefetch"]}},
     "mkdocs.yml: theme.features: navigation.instant.prefetch"),
    ({"nav": ["index.md", {"Again": [{"Home": "index.md"}]}]}, "mkdocs.yml: nav lists docs/index.md twice"),
    ({"theme": {**GOOD["theme"], "custom_dir": None}}, "mkdocs.yml: theme.custom_dir must be overrides"),
    ({"theme": {**GOOD["theme"], "language": "fr"}}, "mkdocs.yml: theme.language is fr, but the pages are written"),
    ({"plugins": {"search": None}}, "mkdocs.yml: plugins: macros is missing"),
    ({"plugins": {name: None for name in GOOD["plugins"] if name != "hooks/site.py"}},
     "mkdocs.yml: hooks: hooks/site.py is missing"),
    ({"markdown_extensions": ["toc", "attr_list"]}, "mkdocs.yml: markdown_extensions: admonition is missing"),
], ids=["no disclaimer", "blank disclaimer", "file URLs", "instant", "instant prefetch", "nav twice",
        "no custom_dir", "another language", "no macros", "no hook", "no admonition"])
def test_settings_the_site_cannot_work_with_are_named(change, reason):
    assert config_problem(GOOD) is None
    assert config_problem({**GOOD, **change}).startswith(reason)


def test_the_schemas_regions_are_the_drawn_regions():
    schema = json.loads((ROOT / "data" / "points.schema.json").read_text(encoding="utf-8"))
    assert list(schema_problems(schema)) == []
    enum = schema["$defs"]["point"]["properties"]["region"]["enum"]
    enum.append("knee")
    [(where, reason)] = schema_problems(schema)
    assert where[-1] == "enum" and reason.startswith("region 'knee' has no drawing in acupoints/body_regions.py")
    enum.remove("knee")
    enum.remove("hip")
    [(_, reason)] = schema_problems(schema)
    assert reason.startswith("region 'hip' is drawn in acupoints/body_regions.py but missing here")
    del schema["$defs"]["point"]["properties"]["region"]["enum"]
    [(_, reason)] = schema_problems(schema)
    assert "must be an enum of the regions drawn" in reason


def test_the_core_names_no_caution_by_key():
    """The core shows cautions through the points that carry them: a key written into the code (Python or
    templates) would pass every data check, then break the page that uses it when the data renames it."""
    files = [*(ROOT / "acupoints").glob("*.py"), *(ROOT / "acupoints" / "templates").glob("*.html")]
    source = "\n".join(path.read_text(encoding="utf-8") for path in files)
    named = set(re.findall(r"cautions\[['\"]([\w-]+)['\"]\]", source))
    assert named == set()


def test_a_page_that_is_not_utf8_names_the_line():
    assert encoding_problem("Café\n".encode()) is None
    line, reason = encoding_problem(b"# Guide\n\nCaf\xe9 au lait.\n")
    assert line == 3 and reason.startswith("byte 0xe9 is not UTF-8")


PAGE = "---\ntitle: Guide\nreview:\n  last: 2026-11-24\n  next: 2027-11-24\n---\n# Guide\n\nPress {{ x }}.\n"


@pytest.mark.parametrize("source, expected", [
    ("---\nreview:\n  last: 2026-13-45\n  next: 2027-11-24\n---\n",
     (3, "review.last is 2026-13-45, which is not a real date (month must be in 1..12); write it YYYY-MM-DD")),
    ("---\nreview:\n  last: 2026-11-24\n  next: 2027-02-30\n---\n",
     (4, "review.next is 2027-02-30, which is not a real date (day is out of range for month); write it YYYY-MM-DD")),
    ("---\nreview: {last: 2026-11-24\n---\n", (None, "front matter is not valid YAML")),
    ("---\nreview:\n", (None, "front matter has no closing '---' line")),
    ("# No front matter\n", None),
], ids=["impossible month", "impossible day", "bad YAML", "unclosed", "none"])
def test_front_matter_problems_name_the_field_and_line(source, expected):
    found = front_matter_problem(source)
    if expected is None:
        assert found is None
    else:
        assert found[0] == expected[0] and found[1].startswith(expected[1])


def _html(body: str, title: str = "Guide") -> str:
    return (f"<html><head><title>{title}</title><script>var x = {{a: {{b: 1}}}};</script></head>"
            f"<body><article>{body}</article></body></html>")


def test_a_clean_page_has_no_problems():
    assert page_problems(_html("<h1 id='guide'>Guide</h1><p>Text.</p>"), PAGE) == []


def test_braces_in_scripts_are_not_leftovers():
    json_in_page = '<script type="application/json">{"a": {"b": {"c": 1}}}</script>'
    assert page_problems(_html(json_in_page)) == []


@pytest.mark.parametrize("line, body, expected", [
    ('Press { point_link("LI4") }} gently.', '<p>Press { point_link("LI4") }} gently.</p>',
     (10, "template syntax '}}' left in the page, in \"Press { point_link(\"LI4\") }} gently.\" (a closing bracket")),
    ("See {{ point_link }}.", "<p>See <function point_link at 0x7f00>.</p>",
     (10, "the macro point_link is named but not called: write point_link(...)")),
    ("See {{ point_link }}.", "<p>See &lt;function point_link at 0x7f00&gt;.</p>",
     (10, "the macro point_link is named but not called")),
], ids=["stray closing brackets", "function as a tag", "function as text"])
def test_leftovers_name_the_line_they_came_from(line, body, expected):
    source = PAGE + line + "\n"
    [(number, reason)] = page_problems(_html(body), source)
    assert number == expected[0] and reason.startswith(expected[1])


def test_a_macro_in_the_title_names_the_title_line():
    source = PAGE.replace("title: Guide", "title: \"{{ point_title('LI4') }}\"")
    [(number, reason)] = page_problems(_html("<p>Text.</p>", title="{{ point_title('LI4') }} - Site"), source)
    assert number == 2 and reason.startswith("template syntax '{{' in the page's title: macros do not run in "
                                             "front matter")


def test_a_heading_beside_a_macros_id_is_blamed_on_the_heading():
    source = PAGE + "\n# Routine\n\n{{ routine() }}\n"
    html = _html('<h1 id="routine">Routine</h1><div class="routine" id="routine"></div>')
    [(number, reason)] = page_problems(html, source)
    assert number == 11
    assert reason.startswith("the id 'routine' is used twice: by the heading 'Routine' and a <div class=\"routine\">; "
                             "a heading takes its id from its words")


def test_a_macro_twice_is_named_as_such():
    html = _html('<article class="point-card" id="card-li4"></article><article class="point-card" id="card-li4">'
                 "</article>")
    [(_, reason)] = page_problems(html, PAGE)
    assert reason == ("the id 'card-li4' is used twice: by a <article class=\"point-card\">, 2 times; is the same "
                      "macro on the page twice?")


# --- Material's own script, deferred ------------------------------------------------------------------

def test_materials_bundle_is_deferred_and_the_other_scripts_are_left_alone():
    scripts = ('<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>\n'
               '<script src="../javascripts/search-input.min.js" defer></script>')
    assert deferred_theme_bundle(scripts) == (
        '<script defer src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>\n'
        '<script src="../javascripts/search-input.min.js" defer></script>')


@pytest.mark.parametrize("scripts", ['<script src="x.js"></script>',
                                     '<script src="assets/javascripts/bundle.1a.min.js"></script>' * 2],
                         ids=["no bundle", "two bundles"])
def test_a_scripts_block_without_one_bundle_is_refused(scripts):
    with pytest.raises(PageScriptError, match="no longer has one"):
        deferred_theme_bundle(scripts)
