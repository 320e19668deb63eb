"""Benchmark this site against a bare Material site: build time, bytes, Lighthouse, and scale.

Run with `make benchmark`. It prints figures; it asserts nothing. Both sites are served the same way,
from 127.0.0.1 with gzip as GitHub Pages serves them, and measured in the same run.
"""
import copy
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

import build_site
from system_packages import CHROME_PATH as CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
MEASURED = {"home page": "", "point page": "points/bl23/", "FAQ": "faq/", "routine": "routine/"}
# The Hindi edition (no bare Material site to compare with: Lighthouse and bytes only).
MEASURED_HINDI = {"Hindi home page": "hi/", "Hindi point page": "hi/points/bl23/", "Hindi routine": "hi/routine/"}
BUILDS = 7  # median of this many builds, ours and bare taken in turn so machine load hits both alike
SCALE_BUILDS = 3  # the same at 36 and 361 points, where one build takes seconds
TARGETS = {"lighthouse": 100, "bytes": 1.10, "build": 1.5, "scale": 1.2}


class GzipHandler(SimpleHTTPRequestHandler):
    """A plain folder server that compresses text the way GitHub Pages does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        compressible = path.suffix in {".html", ".css", ".js", ".json", ".svg", ".xml"}
        if not (compressible and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


class CountingGzipHandler(GzipHandler):
    """Adds up the body bytes it sends (as sent: gzip where it compresses) on its server."""

    def send_header(self, keyword, value):
        if keyword == "Content-Length":
            self.server.bytes_sent += int(value)
        super().send_header(keyword, value)


# Chrome DevTools' "Slow 3G": 2 s of latency per request, 400 kbit/s down, shared by all requests.
SLOW_3G_LATENCY, SLOW_3G_BYTES_PER_SECOND = 2.0, 50_000


class Slow3GHandler(CountingGzipHandler):
    """Serves as a slow 3G line delivers. The throttle sits in the server because Chromium's own
    (CDP Network.emulateNetworkConditions) slows the page but not its service worker's downloads."""

    def send_response(self, code, message=None):
        time.sleep(SLOW_3G_LATENCY)
        super().send_response(code, message)

    def end_headers(self):
        super().end_headers()
        self.wfile = _Paced(self.wfile, self.server)


class _Paced:
    """A response body written no faster than the line allows, the line shared by all responses."""

    def __init__(self, stream, server):
        self.stream, self.server = stream, server

    def write(self, data):
        for start in range(0, len(data), 4096):
            chunk = data[start:start + 4096]
            with self.server.line:
                self.server.line_free = max(self.server.line_free, time.monotonic()) + len(chunk) / SLOW_3G_BYTES_PER_SECOND
                wait = self.server.line_free - time.monotonic()
            time.sleep(max(wait, 0))
            self.stream.write(chunk)
        return len(data)

    def __getattr__(self, name):
        return getattr(self.stream, name)


class Served:
    def __init__(self, folder: Path, handler=CountingGzipHandler):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
        self.server.line, self.server.line_free = threading.Lock(), 0.0
        self.server.bytes_sent = 0
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def timed_build(project: Path, site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=project, env=env, check=True)
    return time.perf_counter() - start


def per_page(*projects: tuple[Path, Path], builds: int = BUILDS) -> list[tuple[float, int]]:
    """For each (project, site): median build time per page, and the number of pages."""
    times = [[] for _ in projects]
    for _ in range(builds):
        for spent, (project, site) in zip(times, projects):
            spent.append(timed_build(project, site))
    return [(statistics.median(spent) / len(list(site.rglob("index.html"))), len(list(site.rglob("index.html"))))
            for spent, (_, site) in zip(times, projects)]


def bare_material_site(built: Path, folder: Path) -> Path:
    """A Material site with defaults only (no fonts: there is no network here), with the same pages
    holding the same words as ours, so only what each site adds differs."""
    docs = folder / "docs"
    nav = []
    for page in sorted(built.rglob("index.html")):
        article = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("article")
        lines = []
        for element in article.select("h1, h2, h3, p, li, dt, dd"):
            text = element.get_text(" ", strip=True)
            prefix = {"h1": "# ", "h2": "## ", "h3": "### "}.get(element.name, "")
            if text:
                lines.append(prefix + text.replace("{", "(").replace("}", ")"))
        relative = page.relative_to(built).parent
        source = docs / ("index.md" if str(relative) == "." else f"{relative}.md")
        if source.name == "points.md":  # a section index, as in ours
            source = docs / "points" / "index.md"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        nav.append(str(source.relative_to(docs)))
    (folder / "mkdocs.yml").write_text(
        "site_name: Bare Material\nsite_url: http://127.0.0.1/\ntheme:\n  name: material\n  font: false\n"
        "plugins:\n  - search\nnav:\n" + "".join(f"  - {path}\n" for path in nav), encoding="utf-8")
    return folder


def synthetic_project(count: int, folder: Path) -> Path:
    """This project with `count` points: real points repeated under new codes, each with its page."""
    folder.mkdir(parents=True)
    for name in ["mkdocs.yml", "macros.py", "hooks", "docs", "data", "overrides"]:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, folder / name)
    data = json.loads((ROOT / "data" / "points.json").read_text("utf-8"))
    template = (ROOT / "docs" / "points" / "gb30.md").read_text("utf-8")
    points, nav = [], []
    for number in range(1, count + 1):
        point = copy.deepcopy(data["points"][number % len(data["points"])])
        point.update(code=f"ZZ{number}", article_label=f"ZZ{number}", aliases=[f"ZZ-{number}"])
        points.append(point)
        page = f"points/zz{number}.md"
        nav.append(page)
        # Each page its own description, as the build wants of every page.
        text = re.sub(r'(?m)^description: "', f'description: "Page {number}: ', template.replace('"GB30"', f'"ZZ{number}"'))
        (folder / "docs" / page).write_text(text, "utf-8")
    for page in ["li4", "bl23", "bl52", "gb30", "ki1"]:
        (folder / "docs" / "points" / f"{page}.md").unlink()
    for page in (folder / "docs").rglob("*.md"):  # prose that names a real point names ZZ1 instead
        text = page.read_text("utf-8")
        for real in ["LI4", "BL23", "BL52", "GB30", "KI1"]:
            text = text.replace(f'"{real}"', '"ZZ1"')
        page.write_text(text, "utf-8")
    data["points"] = points
    data["routine"]["steps"] = [{"point": point["code"], "sides": ["left side", "right side"]} for point in points]
    (folder / "data" / "points.json").write_text(json.dumps(data), "utf-8")
    config = (folder / "mkdocs.yml").read_text("utf-8")
    start, end = config.index("      - points/li4.md"), config.index("      - points/ki1.md\n") + len("      - points/ki1.md\n")
    config = config[:start] + "".join(f"      - {page}\n" for page in nav) + config[end:]
    (folder / "mkdocs.yml").write_text(config, "utf-8")
    # These runs time page building. Their offline copy would be far over its budget (the build stops
    # there, as it should), so the build is made without it.
    hook = folder / "hooks" / "site.py"
    hook.write_text(hook.read_text("utf-8").replace("SiteBuild()", "SiteBuild(offline_copy=False)"), "utf-8")
    return folder


def page_bytes(browser, url: str) -> tuple[int, int]:
    """Bytes of everything a first visit loads: uncompressed, and as gzip sends them."""
    raw = compressed = 0
    context = browser.new_context()
    page = context.new_page()
    bodies = []
    page.on("response", lambda response: bodies.append(response))
    page.goto(url, wait_until="networkidle")
    for response in bodies:
        body = response.body()
        raw += len(body)
        compressed += int(response.headers.get("content-length", len(body)))
    context.close()
    return raw, compressed


LIGHTHOUSE_RUNS = 3  # performance varies by a point or two between runs; report each category's median


def lighthouse(url: str) -> dict[str, int]:
    runs = []
    for _ in range(LIGHTHOUSE_RUNS):
        report = Path(tempfile.mkstemp(suffix=".json")[1])
        result = subprocess.run(
            [str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet", "--output=json",
             f"--output-path={report}", "--only-categories=performance,accessibility,best-practices,seo",
             "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS)],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"Lighthouse failed on {url}: {result.stderr.strip()[-500:]}")
        categories = json.loads(report.read_text())["categories"]
        report.unlink()
        runs.append({name: round(category["score"] * 100) for name, category in categories.items()})
    return {name: round(statistics.median(run[name] for run in runs)) for name in runs[0]}


def routine_bytes(site: Path) -> dict[str, int]:
    """gzip bytes of what only the routine needs: its script, and its rules in the site's styles."""
    script = (site / "javascripts" / "routine-player.min.js").read_bytes()
    styles = next((site / "stylesheets").glob("site*.css")).read_text("utf-8")
    rules = "".join(re.findall(r"[^{}]*\.routine[^{}]*\{[^{}]*\}", styles))
    return {"script": len(gzip.compress(script, 6)), "styles": len(gzip.compress(rules.encode(), 6))}


def offline_bytes(browser, site: Path) -> dict[str, int]:
    """With the service worker the build writes: what a first visit to the home page fetches before
    its load event, what the precache fetches after it, and what a repeat visit fetches."""
    served = Served(site)
    with served as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url, wait_until="load")
        first = served.server.bytes_sent
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=60_000)
        page.wait_for_load_state("networkidle")
        precache = served.server.bytes_sent - first
        before = served.server.bytes_sent
        page.goto(url, wait_until="networkidle")
        repeat = served.server.bytes_sent - before
        context.close()
    return {"first": first, "precache": precache, "repeat": repeat}


def offline_ready_on_slow_3g(browser, site: Path) -> dict[str, float]:
    """A first visit to the home page on slow 3G: seconds until the page has loaded and until the
    guide is saved offline ("Ready to use offline"), and the bytes sent by then."""
    served = Served(site, Slow3GHandler)
    with served as url:
        context = browser.new_context()
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="load", timeout=600_000)
        loaded, first = time.perf_counter() - start, served.server.bytes_sent
        page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'", timeout=600_000)
        ready = time.perf_counter() - start
        context.close()
    return {"loaded": loaded, "first": first, "ready": ready, "total": served.server.bytes_sent}


def verdict(ok: bool, detail: str) -> str:
    return ("meets" if ok else "MISSES") + f" ({detail})"


def main():
    work = Path(tempfile.mkdtemp(prefix="benchmark-"))
    print(f"# Benchmark, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}\n")

    ours_site, bare_site = work / "ours", work / "bare"
    timed_build(ROOT, ours_site)  # the bare site copies this build's words
    bare_project = bare_material_site(ours_site, work / "bare-project")
    (ours_time, ours_pages), (bare_time, bare_pages) = per_page((ROOT, ours_site), (bare_project, bare_site))
    # Every edition, after the timed builds of English: each of those empties the site, hi/ included.
    editions = build_site.build(ROOT, ours_site, quiet=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if editions.returncode != 0:
        sys.exit(editions.stderr)
    ratio = ours_time / bare_time
    print(f"## Build time per page (median of {BUILDS} builds)\n")
    print(f"- this site: {ours_time * 1000:.0f} ms ({ours_pages} pages)")
    print(f"- bare Material: {bare_time * 1000:.0f} ms ({bare_pages} pages)")
    print(f"- ratio: {ratio:.2f}: {verdict(ratio <= TARGETS['build'], 'target ≤ 1.5')}\n")

    print("## Bytes for a first visit (raw / gzip) and Lighthouse mobile, median of 3 (perf/a11y/best/SEO)\n")
    print("| page | this site | bare Material | gzip ratio | Lighthouse, this site | Lighthouse, bare |")
    print("| --- | --- | --- | --- | --- | --- |")
    misses = []
    with sync_playwright() as playwright, Served(ours_site) as ours_url, Served(bare_site) as bare_url:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in MEASURED.items():
            (ours_raw, ours_gzip), (bare_raw, bare_gzip) = page_bytes(browser, ours_url + path), page_bytes(browser, bare_url + path)
            ours_scores, bare_scores = lighthouse(ours_url + path), lighthouse(bare_url + path)
            byte_ratio = ours_gzip / bare_gzip
            print(f"| {name} | {ours_raw / 1024:.0f} / {ours_gzip / 1024:.0f} KiB | {bare_raw / 1024:.0f} / "
                  f"{bare_gzip / 1024:.0f} KiB | {byte_ratio:.2f} | {'/'.join(map(str, ours_scores.values()))} "
                  f"| {'/'.join(map(str, bare_scores.values()))} |")
            if byte_ratio > TARGETS["bytes"]:
                misses.append(f"{name}: gzip bytes {byte_ratio:.2f}× bare (target ≤ 1.10)")
            misses += [f"{name}: Lighthouse {category} {score}" for category, score in ours_scores.items() if score < 100]

        for name, path in MEASURED_HINDI.items():
            raw, gzipped = page_bytes(browser, ours_url + path)
            scores = lighthouse(ours_url + path)
            print(f"| {name} | {raw / 1024:.0f} / {gzipped / 1024:.0f} KiB | | | {'/'.join(map(str, scores.values()))} | |")
            misses += [f"{name}: Lighthouse {category} {score}" for category, score in scores.items() if score < 100]

        offline = offline_bytes(browser, ours_site)
        offline_hindi = offline_bytes(browser, ours_site / "hi")
        slow = offline_ready_on_slow_3g(browser, ours_site)
        browser.close()

    own = routine_bytes(ours_site)
    print(f"\nThe routine's own script and styles, gzip: {own['script'] / 1024:.1f} KiB script, "
          f"{own['styles'] / 1024:.1f} KiB styles.")

    ratio_offline = offline["precache"] / offline["first"]
    print("\n## Offline (the service worker of `make build`), home page, bytes as sent\n")
    print(f"- first visit, up to its load event: {offline['first'] / 1024:.0f} KiB")
    print(f"- precache, fetched after the load event: {offline['precache'] / 1024:.0f} KiB, "
          f"{ratio_offline:.1f}× the first visit: {verdict(ratio_offline <= 3, 'target ≤ 3×')}")
    print(f"- repeat visit: {offline['repeat'] / 1024:.1f} KiB ({offline['repeat']} bytes)")
    print(f"- slow 3G (2 s latency, 400 kbit/s), first visit: page loaded after {slow['loaded']:.0f} s "
          f"({slow['first'] / 1024:.0f} KiB); ready to use offline after {slow['ready']:.0f} s "
          f"({slow['total'] / 1024:.0f} KiB in all)")
    if ratio_offline > 3:
        misses.append(f"precache {ratio_offline:.1f}× a first visit (target ≤ 3×)")
    ratio_hindi = offline_hindi["precache"] / offline_hindi["first"]
    print(f"- the Hindi edition alone (its own service worker): first visit {offline_hindi['first'] / 1024:.0f} KiB, "
          f"precache {offline_hindi['precache'] / 1024:.0f} KiB, {ratio_hindi:.1f}× the first visit: "
          f"{verdict(ratio_hindi <= 3, 'target ≤ 3×')}")
    if ratio_hindi > 3:
        misses.append(f"Hindi precache {ratio_hindi:.1f}× a first visit (target ≤ 3×)")

    # The fair comparison: at 13 pages a fixed start-up cost (importing mkdocs-macros and jsonschema)
    # dominates, so compare with a bare Material site of the same size and words, at two sizes.
    print(f"\n## Scale: build time per page with synthetic points (median of {SCALE_BUILDS} builds each)\n")
    print("| points | pages | this site | bare Material | ratio |")
    print("| --- | --- | --- | --- | --- |")
    scale = {}
    for count in (36, 361):
        project, site = synthetic_project(count, work / f"scale-{count}"), work / f"scale-{count}-site"
        timed_build(project, site)
        bare = bare_material_site(site, work / f"scale-{count}-bare")
        (seconds, pages), (bare_seconds, _) = per_page((project, site), (bare, work / f"scale-{count}-bare-site"),
                                                        builds=SCALE_BUILDS)
        scale[count] = seconds
        print(f"| {count} | {pages} | {seconds * 1000:.0f} ms | {bare_seconds * 1000:.0f} ms | "
              f"{seconds / bare_seconds:.2f} |")
    growth = scale[361] / scale[36]
    print(f"\n- this site, 361 / 36 points per page: {growth:.2f}: "
          f"{verdict(growth <= TARGETS['scale'], 'target ≤ 1.2')}\n")

    print("## Targets missed\n")
    print("\n".join(f"- {miss}" for miss in misses) or "- none")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
