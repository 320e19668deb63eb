"""What stops the build: real builds of copies of the project with one mistake each. Every mistake
stops the build with one line naming the real cause and where to fix it; what is not a mistake builds
a page that reads right."""
import json
import re

import pytest

from helpers import build, copy_project, every_built_page, page_prose, real_data

SCRIPT_TAG = re.compile(r'<script type="module" src="((?:\.\./)*)javascripts/([\w-]+)\.min\.js">')


def _one_error(result) -> str:
    """The one ERROR line of a failed build, with no traceback."""
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if "ERROR" in line]
    assert result.returncode != 0, output
    assert len(errors) == 1 and errors[0].startswith("ERROR"), output
    assert "Traceback" not in output, output
    return errors[0]


def _edit(path, change):
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _with_data(project, change):
    data = real_data()
    change(data)
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")


def _page_scripts(site, page: str) -> list[str]:
    return [name for _, name in SCRIPT_TAG.findall((site / page / "index.html").read_text(encoding="utf-8"))]


# --- Pages and their scripts ------------------------------------------------------------------------

def test_each_page_loads_the_scripts_its_macros_need_and_no_other(built_site):
    assert _page_scripts(built_site, "routine") == ["routine-player", "pain-log", "share-page"]
    assert _page_scripts(built_site, "progress") == ["pain-log"]
    assert _page_scripts(built_site, "faq") == ["faq-filter"]
    assert _page_scripts(built_site, "cards") == ["print-card"]
    assert _page_scripts(built_site, "points/li4") == ["print-card", "share-page"]  # the share button
    assert _page_scripts(built_site, "guide") == []
    for name in ["routine-player", "pain-log", "faq-filter", "print-card"]:
        assert (built_site / "javascripts" / f"{name}.min.js").is_file()


def test_every_page_defers_materials_script_before_its_own(built_site):
    """Deferred, Material's script no longer holds back the first paint, and still runs first."""
    for page in every_built_page(built_site):
        tags = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", page.read_text(encoding="utf-8"))
        assert "assets/javascripts/bundle." in tags[0] and " defer " in tags[0], (page, tags[0])
        assert all(" defer" in tag or 'type="module"' in tag for tag in tags), (page, tags)


@pytest.mark.parametrize("page, call, scripts", [
    ("guide", "{{ pain_log() }}", ["pain-log"]),
    ("back-care", "{{ routine() }}", ["routine-player", "pain-log"]),
], ids=["pain_log() on another page", "routine() on another page"])
def test_a_macro_brings_its_scripts_to_any_page(tmp_path, page, call, scripts):
    project = copy_project(tmp_path / "project")
    _edit(project / "docs" / f"{page}.md", lambda text: text + f"\n{call}\n")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert _page_scripts(tmp_path / "site", page) == scripts


def test_a_page_naming_scripts_by_hand_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    _edit(project / "docs" / "guide.md", lambda text: text.replace("review:", "scripts: [faq-filter]\nreview:", 1))
    error = _one_error(build(project, tmp_path / "site"))
    assert "docs/guide.md: scripts: in front matter is not read any more: a page loads the scripts its macros " \
           "need (acupoints/page_macros.py, SCRIPTS); remove the line" in error


@pytest.mark.parametrize("script, page, macro", [
    ("routine-player", "routine.md", "routine"),
    ("pain-log", "progress.md", "pain_log"),
    ("faq-filter", "faq.md", "faq_filter"),
    ("print-card", "cards.md", "print_all_control"),
])
def test_a_script_left_out_of_the_bundle_stops_the_build(tmp_path, script, page, macro):
    project = copy_project(tmp_path / "project")
    _edit(project / "mkdocs.yml", lambda text: text.replace(f", javascripts/{script}.js", ""))
    error = _one_error(build(project, tmp_path / "site"))
    assert (f"docs/{page}: {macro}() needs the script {script}, which the site does not bundle: add "
            f"javascripts/{script}.js to js_files of the minify plugin in mkdocs.yml") in error


def test_without_the_minify_plugin_no_script_is_bundled(tmp_path):
    project = copy_project(tmp_path / "project")
    _edit(project / "mkdocs.yml", lambda text: re.sub(r"  - minify:\n(    .*\n)+", "", text))
    error = _one_error(build(project, tmp_path / "site"))
    assert "which the site does not bundle" in error


def test_a_script_file_that_is_gone_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "javascripts" / "faq-filter.js").unlink()
    error = _one_error(build(project, tmp_path / "site"))
    assert "docs/faq.md: faq_filter() needs docs/javascripts/faq-filter.js, which does not exist" in error


# --- Settings the site does not support ---------------------------------------------------------------

def _feature(name):
    return lambda text: text.replace("    - navigation.indexes\n", f"    - navigation.indexes\n    - {name}\n")


SETTINGS = [
    ("navigation.instant", _feature("navigation.instant"),
     "mkdocs.yml: theme.features: navigation.instant is not supported: the routine, the pain log, the FAQ filter"),
    ("navigation.instant.progress", _feature("navigation.instant.progress"),
     "mkdocs.yml: theme.features: navigation.instant.progress is not supported"),
    ("file URLs", lambda text: text.replace("use_directory_urls: true", "use_directory_urls: false"),
     "mkdocs.yml: use_directory_urls: false is not supported: the links the macros write"),
    ("no disclaimer", lambda text: re.sub(r"(?m)^  disclaimer: .*\n", "", text),
     "mkdocs.yml: extra.disclaimer is missing"),
    ("a page twice in nav", lambda text: text.replace("  - Disclaimer: disclaimer.md\n",
                                                      "  - Disclaimer: disclaimer.md\n  - FAQ again: faq.md\n"),
     "mkdocs.yml: nav lists docs/faq.md twice; list each page once"),
    ("no overrides", lambda text: text.replace("  custom_dir: overrides\n", ""),
     "mkdocs.yml: theme.custom_dir must be overrides: the disclaimer above every page"),
    ("another language", lambda text: text.replace("  language: en\n", "  language: fr\n"),
     "mkdocs.yml: theme.language is fr, but the pages are written in English (en)"),
    ("no admonitions", lambda text: text.replace("  - admonition\n", ""),
     "mkdocs.yml: markdown_extensions: admonition is missing"),
    ("no macros plugin", lambda text: re.sub(r"  - macros:\n(    .*\n)+", "", text),
     "mkdocs.yml: plugins: macros is missing"),
    ("no hooks", lambda text: re.sub(r"hooks:\n(  .*\n)+", "", text),
     "mkdocs.yml: hooks: hooks/site.py is missing"),
]


@pytest.mark.parametrize("edit, reason", [case[1:] for case in SETTINGS], ids=[case[0] for case in SETTINGS])
def test_a_setting_the_site_does_not_support_stops_the_build_with_one_line(tmp_path, edit, reason):
    project = copy_project(tmp_path / "project")
    _edit(project / "mkdocs.yml", edit)
    assert reason in _one_error(build(project, tmp_path / "site"))


# --- Tracebacks and wrong causes ----------------------------------------------------------------------

def test_a_page_that_is_not_utf8_names_the_line(tmp_path):
    project = copy_project(tmp_path / "project")
    guide = project / "docs" / "guide.md"
    lines = guide.read_bytes().count(b"\n")
    guide.write_bytes(guide.read_bytes() + b"\nCaf\xe9 au lait.\n")
    error = _one_error(build(project, tmp_path / "site"))
    assert f"docs/guide.md, line {lines + 2}: byte 0xe9 is not UTF-8" in error and "save the page as UTF-8" in error


def test_a_heading_that_takes_a_macros_id_is_named_as_the_cause(tmp_path):
    project = copy_project(tmp_path / "project")
    routine = project / "docs" / "routine.md"
    _edit(routine, lambda text: text.replace("{{ routine() }}", "# Routine\n\n{{ routine() }}"))
    line = routine.read_text(encoding="utf-8").splitlines().index("# Routine") + 1
    error = _one_error(build(project, tmp_path / "site"))
    assert (f"docs/routine.md, line {line}: the id 'routine' is used twice: by the heading 'Routine' and a "
            '<div class="routine needs-script">; a heading takes its id from its words') in error


def test_a_region_with_no_drawing_stops_the_build_at_the_schema(tmp_path):
    project = copy_project(tmp_path / "project")
    schema_file = project / "data" / "points.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    schema["$defs"]["point"]["properties"]["region"]["enum"].append("knee")
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    _with_data(project, lambda data: data["points"][4].update(region="knee"))
    error = _one_error(build(project, tmp_path / "site"))
    assert ("data/points.schema.json: /$defs/point/properties/region/enum: region 'knee' has no drawing in "
            "acupoints/body_regions.py (REGIONS: hand, lower-back, hip, foot)") in error


# --- Sentences built from a set, when the set is empty ------------------------------------------------

def _drop_caution(key):
    def change(data):
        for point in data["points"]:
            point["cautions"] = [other for other in point["cautions"] if other != key]
    return change


def _forget_caution(key):
    def change(data):
        _drop_caution(key)(data)
        del data["cautions"][key]
    return change


def _set(path, value):
    def change(data):
        *parents, last = path
        for part in parents:
            data = data[part]
        data[last] = value
    return change


# Each edit empties one set a sentence is built from; the build refuses it with one line.
REFUSED = [
    ("no point to avoid in pregnancy", _drop_caution("pregnancy-avoid"),
     "data/points.json: /cautions/pregnancy-avoid: no point carries the caution 'pregnancy-avoid'"),
    ("no point without a pregnancy warning", _drop_caution("pregnancy-ask"),
     "data/points.json: /cautions/pregnancy-ask: no point carries the caution 'pregnancy-ask'"),
    ("the caution itself gone", _forget_caution("pregnancy-ask"), "docs/faq.md, line "),
    ("no emergency signs in short", _set(["get_help", "emergency", "short"], []),
     "data/points.json: /get_help/emergency/short: [] should be non-empty"),
    ("no signs in a tier", _set(["get_help", "urgent", "signs"], []),
     "data/points.json: /get_help/urgent/signs: [] should be non-empty"),
    ("a point with no cautions", _set(["points", 3, "cautions"], []),
     "data/points.json: /points/3/cautions: [] should be non-empty"),
    ("a point with no traditional uses", _set(["points", 0, "traditional_uses"], []),
     "data/points.json: /points/0/traditional_uses: [] should be non-empty"),
    ("no points", _set(["points"], []), "data/points.json: /points: [] should be non-empty"),
]


@pytest.mark.parametrize("change, reason", [case[1:] for case in REFUSED], ids=[case[0] for case in REFUSED])
def test_data_that_empties_a_set_a_sentence_needs_is_refused(tmp_path, change, reason):
    project = copy_project(tmp_path / "project")
    _with_data(project, change)
    error = _one_error(build(project, tmp_path / "site"))
    assert reason in error
    if reason.startswith("docs/faq.md"):
        assert "unknown caution 'pregnancy-ask'" in error


def test_with_no_point_on_both_sides_the_faq_does_not_say_press_both(tmp_path):
    def one_side_each(data):
        for point in data["points"]:
            point["both_sides"] = False
        for step in data["routine"]["steps"]:
            step["sides"] = step["sides"][:1]
            step.pop("together", None)  # one side: nothing to press together

    project = copy_project(tmp_path / "project")
    _with_data(project, one_side_each)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    prose = page_prose((tmp_path / "site" / "faq" / "index.html").read_text(encoding="utf-8"))
    answer = prose.split("Should I press one side or both?", 1)[1].splitlines()[1]
    assert answer == "Each point in this guide is found once, in the middle of the body, so there is one side to press."
