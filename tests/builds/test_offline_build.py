"""The service worker and the manifest come from the MkDocs build itself (site_plugin/offline.py): the
same from `mkdocs build` and `make build`, none from `mkdocs serve`, and a build that cannot keep the
whole guide offline stops with one line."""
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urljoin

import pytest

from helpers import ROOT, build, built_pages, copy_project, one_error_line


def _fails_naming(result: subprocess.CompletedProcess, *words: str):
    error = one_error_line(result)
    assert all(word in error for word in words), error


def test_make_build_and_a_plain_mkdocs_build_publish_the_same_worker_and_manifest(built_site, tmp_path):
    site = tmp_path / "site"
    # -o: the installs are done; only the build runs.
    result = subprocess.run(["make", "-o", ".venv/.site-deps", "-o", "node_modules/.installed", "build",
                             f"SITE_DIR={site}"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    for name in ["sw.js", "manifest.webmanifest", "javascripts/register-service-worker.min.js"]:
        assert (site / name).read_bytes() == (built_site / name).read_bytes(), name
    assert "offline/index.html" in (built_site / "sw.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("edition", ["", "hi"], ids=["English", "Hindi"])
def test_the_offline_page_links_every_saved_page(built_site, edition):
    """Each edition's offline page lists that edition's pages: its service worker saved them."""
    site = built_site / edition
    offline = site / "offline" / "index.html"
    links = {urljoin("/offline/", href).split("#")[0]
             for href in re.findall(r'<article.*?</article>', offline.read_text(encoding="utf-8"), re.S)
             for href in re.findall(r'href="([^"]+)"', href)}
    pages = {"/" + str(page.relative_to(site).parent).removeprefix(".") for page in built_pages(built_site, edition)}
    pages = {page.rstrip("/") + "/" for page in pages} - {"/offline/"}
    assert pages - links == set()


def test_the_build_requires_the_offline_page(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "offline.md").unlink()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("not_in_nav: |\n  offline.md\n", ""),
                      encoding="utf-8")
    _fails_naming(build(project, tmp_path / "site"), "docs/offline.md is missing")


def test_a_file_the_pages_use_but_the_offline_copy_lacks_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "assets" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    page = project / "docs" / "back-care.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n![A back, stretched](assets/photo.jpg)\n", encoding="utf-8")
    _fails_naming(build(project, tmp_path / "site"), "assets/photo.jpg", "back-care/index.html",
                    "not in the offline copy")


def _noise(path: Path, size: int):
    path.write_bytes(random.Random(size).randbytes(size))  # random bytes: gzip cannot shrink them


def test_a_file_workbox_leaves_out_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    _noise(project / "docs" / "assets" / "huge.png", 3 * 1024 * 1024)
    _fails_naming(build(project, tmp_path / "site"), "sw.js", "huge.png")


def test_an_offline_copy_over_its_budget_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    for number in range(4):
        _noise(project / "docs" / "assets" / f"big-{number}.png", 200 * 1024)
    _fails_naming(build(project, tmp_path / "site"), "sw.js", "over its budget of 512 KiB")


def test_without_node_the_build_stops_with_one_line(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    _fails_naming(result, "node is not installed")


def test_without_workbox_the_build_stops_with_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "scripts", project / "scripts")  # its own scripts, and no node_modules
    _fails_naming(build(project, tmp_path / "site"), "workbox-build is not installed")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.browser
def test_mkdocs_serve_registers_no_worker_and_requests_nothing_missing(browser, tmp_path):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 180
        while True:  # mkdocs serve builds the site before it answers
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "mkdocs serve did not start"
                time.sleep(0.5)
        context = browser.new_context()
        page = context.new_page()
        missing, errors = [], []
        page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        for path in ["", "guide/", "points/bl23/"]:
            page.goto(url + path, wait_until="networkidle")
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then((all) => all.length)") == 0
        assert not missing and not errors, (missing, errors)
        assert page.locator("script[src*=register-service-worker]").count() == 0
        context.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
