"""Canaries for the day MkDocs 1.x or Material stops working: the same checkout built by ProperDocs
(a maintained continuation of MkDocs 1.x) and by Zensical (by Material's authors). Each runs in its
own virtual environment, made by `make test` from requirements/properdocs.txt and zensical.txt."""
import filecmp
import os
import re
import shutil
import subprocess

import pytest

from helpers import ROOT, SITE_SOURCES, build, built_pages

CANARIES = ROOT / ".canaries"
# The one line of output that differs, and why: each tool names itself in the generator meta tag.
PROPERDOCS_DIFFERENCES = {
    '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.1">':
        '<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.1">',
}


def _tool(name: str):
    tool = CANARIES / name / "bin" / name
    if not tool.exists():
        pytest.fail(f"the {name} canary is not installed: run `make test` (it makes {tool.parent.parent})",
                    pytrace=False)
    return tool


def _env():
    # A fixed date, so the sitemaps of both builds agree.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764000000"}


def test_properdocs_builds_the_same_site_but_for_its_name(tmp_path, monkeypatch):
    properdocs = _tool("properdocs")
    ours, theirs = tmp_path / "mkdocs", tmp_path / "properdocs"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _env()["SOURCE_DATE_EPOCH"])
    assert build(ROOT, ours).returncode == 0
    result = subprocess.run([properdocs, "build", "--strict", "--site-dir", theirs], cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    unexplained = []
    for path in sorted(p for p in ours.rglob("*") if p.is_file()):
        other = theirs / path.relative_to(ours)
        assert other.is_file(), f"ProperDocs did not build {path.relative_to(ours)}"
        if filecmp.cmp(path, other, shallow=False):
            continue
        text, other_text = path.read_text(encoding="utf-8"), other.read_text(encoding="utf-8")
        for mine, its in PROPERDOCS_DIFFERENCES.items():
            text = text.replace(mine, its)
        if path.name == "sw.js":  # a page's revision follows its bytes, so the generator tag shows there too
            text, other_text = (re.sub(r'"revision":"[0-9a-f]{32}"', "", each) for each in (text, other_text))
        # So does the home page's size of the offline copy, by 0.1 MB when the sum is near a rounding edge.
        text, other_text = (re.sub(r"(data-offline-size[^>]*>)[^<]*", r"\1", each) for each in (text, other_text))
        if text != other_text:
            unexplained.append(str(path.relative_to(ours)))
    assert not unexplained, f"ProperDocs builds these differently, beyond the generator tag: {unexplained}"
    assert {p.relative_to(theirs) for p in theirs.rglob("*") if p.is_file()} == \
           {p.relative_to(ours) for p in ours.rglob("*") if p.is_file()}


def _zensical_build(tmp_path):
    """Zensical builds only inside the project folder, so it gets a copy of the site's sources."""
    project = tmp_path / "project"
    project.mkdir()
    for name in SITE_SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, project / name)
    result = subprocess.run([_tool("zensical"), "build", "--clean", "-f", "mkdocs.yml"], cwd=project,
                            env=_env(), capture_output=True, text=True, timeout=300)
    return result, project / "site"


# What stops Zensical today. If this test fails, the blocker has changed: look again, update the
# "Canaries" in MAINTAINING.md, and this line.
ZENSICAL_BLOCKER = "No module named 'mkdocs_macros'"


def test_zensical_is_blocked_by_what_maintaining_says(tmp_path):
    result, _ = _zensical_build(tmp_path)
    assert ZENSICAL_BLOCKER in result.stdout + result.stderr, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.xfail(strict=True, reason=f"Zensical cannot load macros.py: {ZENSICAL_BLOCKER} "
                                       "(it imports mkdocs_macros.errors, and mkdocs.exceptions through site_plugin)")
def test_zensical_builds_every_page_with_its_facts(tmp_path, catalog):
    result, site = _zensical_build(tmp_path)
    assert result.returncode == 0 and ZENSICAL_BLOCKER not in result.stdout + result.stderr
    pages = built_pages(site)
    assert len(pages) >= 15
    for page in pages:
        assert "{{" not in page.read_text(encoding="utf-8"), page
    for point in catalog.points:
        text = (site / "points" / point.code.lower() / "index.html").read_text(encoding="utf-8")
        assert point.pinyin in text and point.location["plain"] in text
