"""Valid HTML (Nu HTML Checker), no broken internal links (LinkChecker). Anchors are checked by the
build itself (acupoints/build_checks/anchors.py): LinkChecker's anchor check misses some, by timing."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import system_packages
from helpers import ROOT, require, serve
from material_html_errors import MATERIAL_HTML_ERRORS

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _material_entry(error: dict) -> dict | None:
    for entry in MATERIAL_HTML_ERRORS:
        if error["message"].startswith(entry["message"]) and entry["markup"] in error.get("extract", ""):
            return entry
    return None


def test_every_page_is_valid_html(built_site):
    require(system_packages.JAVA)
    if not VNU.is_file():
        pytest.fail("the Nu HTML Checker is not installed: run `make test` (it runs `npm ci`)", pytrace=False)
    result = subprocess.run(["java", "-jar", VNU, "--format", "json", "--errors-only", "--skip-non-html",
                             built_site], capture_output=True, text=True, timeout=300)
    errors = [m for m in json.loads(result.stderr)["messages"] if m["type"] == "error"]
    ours = [f"{Path(e['url'].removeprefix('file:')).relative_to(built_site)}:{e.get('lastLine')}: {e['message']}"
            for e in errors if _material_entry(e) is None]
    assert not ours, "HTML errors in our markup:\n" + "\n".join(ours)
    seen = {id(_material_entry(e)) for e in errors}
    stale = [entry["message"] for entry in MATERIAL_HTML_ERRORS if id(entry) not in seen]
    assert not stale, f"Material no longer has these errors; remove them from material_html_errors.py: {stale}"


def test_no_broken_links(site_url):
    checker = Path(sys.executable).parent / "linkchecker"
    result = subprocess.run([checker, "--config", Path(__file__).with_name("linkcheckerrc"), "--no-status",
                             site_url], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:]
    assert " 0 errors found" in result.stdout and " 0 warnings found" in result.stdout, result.stdout[-2000:]


def test_the_gates_catch_planted_mistakes(built_site, tmp_path):
    broken = tmp_path / "site"
    shutil.copytree(built_site, broken)
    faq = broken / "faq" / "index.html"
    html = faq.read_text(encoding="utf-8")
    html = html.replace('href="../precautions/#when-to-get-medical-help"', 'href="../no-such-page/"', 1)
    faq.write_text(html.replace("<article", "<article><p><div>misnested</p></div>", 1), encoding="utf-8")

    vnu = subprocess.run(["java", "-jar", VNU, "--format", "json", "--errors-only", faq],
                         capture_output=True, text=True, timeout=120)
    assert any(not _material_entry(m) for m in json.loads(vnu.stderr)["messages"])

    with serve(broken) as url:
        checker = subprocess.run([Path(sys.executable).parent / "linkchecker", "--config",
                                  Path(__file__).with_name("linkcheckerrc"), "--no-status", url],
                                 capture_output=True, text=True, timeout=300)
    assert checker.returncode != 0 and "no-such-page" in checker.stdout
