"""Helpers the test modules share: copy the project, build it, serve it."""
import contextlib
import functools
import json
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import build_site
from system_packages import SystemPackage

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA_FILE = ROOT / "data" / "points.json"
SITE_SOURCES = ["mkdocs.yml", "mkdocs.hi.yml", "macros.py", "hooks", "docs", "data", "overrides", "translations"]
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "test-artifacts"))
# The two screen sizes every browser test looks at.
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
# The looks a page is checked and pictured in: both palettes on a phone, and the desktop layout in
# light. Dark at desktop width adds only the sidebars' dark colours, which test_accessibility checks.
LOOKS = [("light", "phone"), ("dark", "phone"), ("light", "desktop")]


@functools.cache
def _installed(package: SystemPackage) -> bool:
    return package.present()


def require(*packages: SystemPackage) -> None:
    """Fail the calling test with one line naming the first missing system package and its install
    command, before anything else can fail in a confusing way."""
    for package in packages:
        if not _installed(package):
            pytest.fail(package.missing_line(), pytrace=False)


# WCAG 2.2 A and AA (target size included) and axe's best practices, not only axe's defaults. Only the
# violations come back, as with axe-playwright-python's default: listing every node that passes took
# a third of each run.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"]}


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one short line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']][:3]}" for v in results]


def real_data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def with_data(catalog, data: dict):
    """The catalog with its points and cautions built again from a changed copy of its data, in its
    language, as the loader builds them (acupoints/model.py): for tests that put odd text in the data."""
    from dataclasses import replace

    from acupoints.cautions import build_cautions
    from acupoints.model import build_points

    cautions = build_cautions(data, catalog.language)
    return replace(catalog, cautions=cautions, points=build_points(data, cautions, catalog.language))


def hostile_help(text: str) -> dict:
    """Every tier of 'when to get medical help' with the same text in every field."""
    tiers = {key: {"title": text, "where": text, "signs": [{"key": "sign", "text": text}],
                   "short": [{"text": text, "covers": ["sign"]}], "sources": ["nhs-back-pain"]}
             for key in ["emergency", "urgent", "see_doctor"]}
    tiers["emergency"]["numbers"] = [{"place": text, "number": "112", "also": text}]
    return tiers


def copy_project(destination: Path) -> Path:
    """A private copy of everything a build reads, for tests that break something on purpose."""
    destination.mkdir(parents=True)
    for name in SITE_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        else:
            shutil.copy2(source, destination / name)
    return destination


def build(project: Path, site_dir: Path, **environment: str) -> subprocess.CompletedProcess:
    """Run a strict `mkdocs build` of a project folder, as the Makefile does (with SITE_URL and other
    variables as given; without SITE_URL unless given)."""
    env = {**{key: value for key, value in os.environ.items() if key != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1",
           **environment}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


def build_editions(project: Path, site_dir: Path, **environment: str) -> subprocess.CompletedProcess:
    """Build every edition of a project folder, English first, as `make build` does (scripts/build_site.py)."""
    env = {**{key: value for key, value in os.environ.items() if key != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1",
           **environment}
    return build_site.build(project, site_dir, env=env)


def one_error_line(result: subprocess.CompletedProcess, besides: str | None = None) -> str:
    """The one line a failed build printed to say what is wrong. Fails the test unless the build
    failed, printed exactly one line with ERROR in it (not counting lines with `besides` in them:
    what MkDocs prints as well), that line is an error and not a warning, and there is no traceback."""
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if "ERROR" in line and not (besides and besides in line)]
    assert result.returncode != 0, output
    assert len(errors) == 1 and errors[0].startswith("ERROR"), output
    assert "Traceback" not in output, output
    return errors[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # LinkChecker waits between requests unless the server opts in to full speed with this header.
        self.send_header("LinkChecker", "full speed")
        super().end_headers()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser dropping a request it no longer needs (a page left while loading) is no error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(folder: Path):
    """Serve a folder on 127.0.0.1 at a free port; yields the base URL and stops the server after."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def tab_until(page, reached, *, limit: int = 80, what: str = "", each=None) -> None:
    """Press Tab until `reached` holds, at most `limit` times; fail naming `what` and where the focus
    ended if it never does. `reached` is a JavaScript function of the focused element, such as
    "(el) => el.matches('#faq-filter-input')", or a Python function of no arguments. `each`, if given,
    is called after every press, before `reached` is checked."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if each:
            each()
        if reached() if callable(reached) else page.evaluate(f"({reached})(document.activeElement)"):
            return
    ended = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    raise AssertionError(f"Tab never reached {what or reached} in {limit} presses; the focus ended on {ended}")


# The folders of the editions in other languages than English (scripts/build_site.py): hi/.
EDITIONS = [str(folder) for _, folder in build_site.editions(ROOT) if str(folder) != "."]


def built_pages(site: Path, edition: str = "") -> list[Path]:
    """Every content page of one edition of a built site (not the 404 page): English by default, or the
    edition in that folder ("hi")."""
    if edition:
        return sorted((site / edition).rglob("index.html"))
    return sorted(page for page in site.rglob("index.html") if page.relative_to(site).parts[0] not in EDITIONS)


def every_built_page(site: Path) -> list[Path]:
    """Every content page of every edition."""
    return sorted(site.rglob("index.html"))


def page_prose(html: str) -> str:
    """The words a reader reads in a page's article: headings, paragraphs, list items and facts,
    one sentence-like line each; without the disclaimer notice, review dates, tables and controls."""
    from bs4 import BeautifulSoup

    article = BeautifulSoup(html, "html.parser").select_one("article")
    for other in article.select(".disclaimer-notice, .review-dates, .headerlink, .faq-filter, .faq-link, table"):
        other.decompose()
    lines = [element.get_text(" ", strip=True) for element in article.select("h1, h2, h3, p, li, dt, dd")]
    return "\n".join(line if line[-1] in ".?!:" else line + "." for line in lines if line)
