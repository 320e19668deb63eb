"""Page rules the build keeps for every page of every edition, read from the macros a page calls
(acupoints/build_checks/page_rules.py): no list of pages to keep up to date."""
import re

from acupoints.guide import guide_fact
from helpers import build, copy_project, one_error_line


def test_a_new_page_telling_a_reader_how_to_press_without_the_warning_signs_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "evening.md").write_text(
        "---\ndescription: An evening routine.\n---\n# In the evening\n\nPress {{ point_press(\"LI4\") }}\n",
        encoding="utf-8")
    line = one_error_line(build(project, tmp_path / "site"))
    assert ('docs/evening.md, line 6: {{ point_press("LI4") }} gives a reader facts to press by, but the page '
            "shows no warning signs: add {{ get_help_now() }}") in line, line


def test_a_point_page_without_the_warning_signs_stops_the_build(tmp_path):
    """Its warning box and its pocket card (which shows them too) both left out."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "points" / "ki1.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace('{{ point_warning_signs("KI1") }}', "").replace('{{ point_card("KI1") }}', ""),
                    encoding="utf-8")
    assert "docs/points/ki1.md" in one_error_line(build(project, tmp_path / "site"))


def test_a_caution_typed_in_a_page_stops_the_build_naming_the_macro(tmp_path, catalog):
    """As gb30.md once repeated a caution in its own words, and disagreed with the data after an edit."""
    key, caution = next(iter(catalog.cautions.items()))
    words = caution.words(short=True)
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "guide.md"
    lines = page.read_text(encoding="utf-8").splitlines() + ["", words]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    line = one_error_line(build(project, tmp_path / "site"))
    assert (f"docs/guide.md, line {len(lines)}: {words!r} is a fact of data/points.json typed into the page; "
            f'write {{{{ caution("{key}") }}}}') in line, line


def test_the_number_of_points_typed_in_a_setting_stops_the_build(tmp_path, catalog):
    count = guide_fact(catalog, "point_count")
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^site_description: .*$", f"site_description: A guide to {count} acupressure "
                             "points for back pain.", config.read_text(encoding="utf-8")), encoding="utf-8")
    assert (f"mkdocs.yml: site_description: '{count} … points' is a fact of data/points.json"
            in one_error_line(build(project, tmp_path / "site")))


def test_a_caution_said_twice_on_a_page_stops_the_build(tmp_path):
    """As the guide once said 'never so hard that it hurts' three times: before the steps, in the list
    of cautions and where to stop."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "guide.md"
    text = page.read_text(encoding="utf-8")
    assert 'caution_overview("pain-or-dizziness", "worse-afterwards")' in text
    page.write_text(text.replace('caution_overview("pain-or-dizziness", "worse-afterwards")', "caution_overview()"),
                    encoding="utf-8")
    line = one_error_line(build(project, tmp_path / "site"))
    assert 'docs/guide.md, line ' in line and '{{ caution("pain-or-dizziness") }} says a caution that' in line, line
