"""The build, not only the tests, refuses a translation, an edition setting or a flag that would ship a
wrong safety fact: each kind of mistake stops it with one line naming the file, the line and what is
wrong. The rules themselves are unit-tested in tests/unit/test_translation_checks.py."""
import os
import re
import subprocess
import sys

import pytest

from helpers import ROOT, copy_project, one_error_line

PO = "translations/hi/messages.po"
EMERGENCY = 'msgid "108 for an ambulance in most states"\nmsgstr "ज़्यादातर राज्यों में एम्बुलेंस के लिए 108"'


def _build_hindi(project, site):
    """The Hindi edition alone: each mistake here stops it before English would matter."""
    env = {**{key: value for key, value in os.environ.items() if key != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", "mkdocs.hi.yml",
                           "--site-dir", str(site)], cwd=project, env=env, capture_output=True, text=True, timeout=300)


def _edit(project, path, old, new):
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{path} no longer has {old!r}: choose another place to break"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _po_line(text: str) -> int:
    return (ROOT / PO).read_text(encoding="utf-8").splitlines().index(text.splitlines()[0]) + 1


@pytest.mark.parametrize("old, new, reason", [
    (EMERGENCY, EMERGENCY.replace("लिए 108", "लिए"), "it leaves out 108"),
    (EMERGENCY, EMERGENCY.replace("लिए 108", "लिए 180"), "it leaves out 108; it has 180"),
    (EMERGENCY, EMERGENCY.replace("108\"", "108 <script>alert()</script>\""), "adds markup the English does not have"),
    (EMERGENCY, "#, fuzzy\n" + EMERGENCY, "has no current translation"),
], ids=["108 left out", "108 changed", "script tag", "fuzzy"])
def test_a_safety_message_that_says_other_than_its_english_stops_the_build(tmp_path, old, new, reason):
    project = copy_project(tmp_path / "project")
    _edit(project, PO, old, new)
    line = one_error_line(_build_hindi(project, tmp_path / "site"))
    assert f"{PO}, line " in line and reason in line, line


@pytest.mark.parametrize("edit, reason", [
    (lambda text: "\ufeff" + text, f"{PO}, line 1: the file starts with a byte order mark"),
    (lambda text: text.replace("nplurals=2; plural=(n > 1);", "nplurals=2; plural=(n != 1);"),
     f"{PO}, line 15: Plural-Forms gives numbers that Hindi says alike"),
    (lambda text: text + '\nmsgid "Close"\nmsgstr "बंद"\n', "msgid 'Close' is written twice (first on line"),
    (lambda text: text.replace('msgid "Close"', 'msgid "Close'), "is a quote missing?"),
], ids=["BOM", "Plural-Forms", "msgid twice", "quote missing"])
def test_a_catalogue_babel_would_misread_stops_the_build_naming_the_line(tmp_path, edit, reason):
    project = copy_project(tmp_path / "project")
    catalogue = project / PO
    catalogue.write_text(edit(catalogue.read_text(encoding="utf-8")), encoding="utf-8")
    assert reason in one_error_line(_build_hindi(project, tmp_path / "site"))


def test_a_fuzzy_ordinary_message_is_named_and_shown_in_english(tmp_path):
    project = copy_project(tmp_path / "project")
    old = 'msgid "Print all cards"'
    _edit(project, PO, old, "#, fuzzy\n" + old)
    result = _build_hindi(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert f"INFO    -  {PO}, line {_po_line(old) + 1}: 'Print all cards' is marked fuzzy" in result.stderr


@pytest.mark.parametrize("page, old, new, reason", [
    ("disclaimer.md", '{{ caution("worse-afterwards") }}', "",
     '{{ caution("worse-afterwards") }} is missing: docs/disclaimer.md calls it once'),
    ("back-care.md", "{{ get_help_now() }}", "", "{{ get_help_now() }} is missing: docs/back-care.md calls it once"),
    ("points/li4.md", 'point_warning_signs("LI4")', 'point_warning_signs("KI1")', "is missing"),
    ("guide.md", " { #when-to-stop }", "", "needs the id of its English heading 'When to stop'"),
    ("faq.md", "---\n", "---\ntitle: [unclosed\n", "translations/hi/docs/faq.md: front matter is not valid YAML"),
], ids=["caution left out", "warning signs left out", "another point's signs", "heading id", "front matter"])
def test_a_hindi_page_that_shows_other_than_its_english_stops_the_build(tmp_path, page, old, new, reason):
    project = copy_project(tmp_path / "project")
    _edit(project, f"translations/hi/docs/{page}", old, new)
    line = one_error_line(_build_hindi(project, tmp_path / "site"))
    assert f"translations/hi/docs/{page}" in line and reason in line, line


@pytest.mark.parametrize("path, old, new, reason", [
    ("mkdocs.hi.yml", "theme:\n", "extra:\n  languages:\n    - {name: English, link: ../../, lang: en}\ntheme:\n",
     "mkdocs.hi.yml: extra.languages is made from extra.editions in mkdocs.yml"),
    ("mkdocs.hi.yml", "  language: hi\n", "  language: hx\n", "mkdocs.hi.yml: theme.language is hx"),
    ("mkdocs.yml", "      offer: यह गाइड हिन्दी में भी है।\n", "", "mkdocs.yml: extra.editions[1] has no offer"),
], ids=["hand-written languages", "unknown language", "edition without its offer"])
def test_an_edition_setting_that_cannot_be_right_stops_the_build(tmp_path, path, old, new, reason):
    project = copy_project(tmp_path / "project")
    _edit(project, path, old, new)
    assert reason in one_error_line(_build_hindi(project, tmp_path / "site"))


def test_the_language_menu_and_the_store_are_worked_out_from_the_editions(built_site):
    hindi = (built_site / "hi" / "progress" / "index.html").read_text(encoding="utf-8")
    english = (built_site / "progress" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./\.\./progress/"[^>]*hreflang="en"', hindi)
    assert re.search(r'href="\.\./hi/progress/"[^>]*hreflang="hi"', english)
    # The pain log of both editions is kept under the English root, so both show the same entries.
    assert '"store": "../"' in hindi and '"store": "./"' in english


# --- scripts/build_site.py --------------------------------------------------------------------------

def _build_site(*arguments, cwd):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "build_site.py"), *arguments], cwd=cwd,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("arguments", [(), ("--quiet",), ("site", "--fast")], ids=["none", "only --quiet", "unknown"])
def test_the_build_script_says_how_to_call_it(tmp_path, arguments):
    result = _build_site(*arguments, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("usage: build_site.py [-h] [--quiet] site_dir")
    assert "Traceback" not in result.stderr and not any(tmp_path.iterdir())


def test_quiet_keeps_the_build_strict(tmp_path, monkeypatch):
    """MkDocs' own --quiet drops warnings before strict mode counts them: a dead link built green."""
    import build_site

    project = copy_project(tmp_path / "project")
    _edit(project, "docs/guide.md", "\n# ", "\n[a page that is not there](no-such-page.md)\n\n# ")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = build_site.build(project, tmp_path / "site", quiet=True, env=env)
    assert result.returncode != 0
    assert "no-such-page.md" in result.stderr and "INFO" not in result.stderr
