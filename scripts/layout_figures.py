"""Where a phone reader finds what they came for: the layout figures of issue 30, printed as tables.

Run with `make layout` (builds site/ first), or `.venv/bin/python scripts/layout_figures.py SITE_DIR` on a
built site (scripts/build_site.py). It serves the folder from 127.0.0.1 as the benchmark does and measures both editions
in Chromium at 390x844, at default text and at 200 % text. It prints figures; it asserts nothing.
A figure it cannot take (an element a page does not have) prints as "-".
"""
import sys
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError, sync_playwright

from benchmark import GzipHandler, Served
from system_packages import CHROME_PATH, CHROMIUM_ARGS

VIEWPORT = {"width": 390, "height": 844}
SCREEN = VIEWPORT["height"]
EDITIONS = {"en": "", "hi": "hi/"}
# Material's 125 % root doubled, as tests/browser/test_large_text.py emulates 200 % text.
TEXT_SIZES = {"default": None, "200 %": "html { font-size: 250% !important; }"}
# Material's fades run on the compositor's clock, not Playwright's: without them a drawer or a
# routine part is measured where it settles.
NO_MOTION = "*, *::before, *::after { transition: none !important; animation: none !important; }"
POINTS = ["li4", "bl23", "bl52", "gb30", "ki1"]
# The "How to find it" heading by its id, which the Hindi edition keeps in English; newer names first.
FIND_IT_IDS = ["how-to-find-it-on-yourself", "how-to-find-it", "find-it", "finding-it"]
# Enough for every step of the longest routine; a routine that never ends stops here.
MOST_STEPS = 80

# Tops in CSS pixels from the top of the document (the page is at its top when measured).
POINT_JS = """(findIds) => {
  const top = (element) => element ? element.getBoundingClientRect().top + window.scrollY : null;
  const article = document.querySelector("article.md-content__inner") || document.querySelector("article");
  const figure = (article || document).querySelector("figure.body-map");
  const findIt = findIds.map((id) => document.getElementById(id)).find(Boolean) || null;
  let words = null;
  if (article && figure) {
    // Words a reader can see in the article before the drawing: rendered text, not scripts.
    words = 0;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      const parent = node.parentElement;
      if (parent.closest("script, style, template, noscript") || !parent.getClientRects().length) continue;
      words += (node.data.match(/\\S+/g) || []).filter((word) => /[\\p{L}\\p{N}]/u.test(word)).length;
    }
  }
  return {height: document.documentElement.scrollHeight, figure: top(figure), findIt: top(findIt), words};
}"""

# Where an element's top is in the window, as the reader sees it now (after the page scrolled).
VIEW_TOP_JS = "(selector) => { const e = document.querySelector(selector);"\
    " return e && e.getClientRects().length ? e.getBoundingClientRect().top : null; }"

# One timed step of the routine as the reader sees it: is the countdown's box wholly under the fixed
# controls (or off the window), is any of it under them, and is the lit point of the drawing in sight
# between the header and the controls.
STEP_JS = """() => {
  const player = document.querySelector(".routine-player");
  const countdown = player.querySelector(".routine-countdown");
  const controls = player.querySelector(".routine-controls");
  const header = document.querySelector(".md-header");
  const fixed = Boolean(controls) && ["fixed", "sticky"].includes(getComputedStyle(controls).position);
  const bar = fixed ? controls.getBoundingClientRect() : null;
  const seenTop = header ? header.getBoundingClientRect().bottom : 0;
  // A bar along the foot of the window: what is below its top is out of sight.
  const seenBottom = bar && bar.bottom >= window.innerHeight - 1 ? bar.top : window.innerHeight;
  const box = countdown.getBoundingClientRect();
  const across = Boolean(bar) && box.right > bar.left && box.left < bar.right;
  const wholly = box.bottom <= seenTop || box.top >= seenBottom
    || (across && box.top >= bar.top && box.bottom <= bar.bottom);
  const partly = across && box.bottom > bar.top && box.top < bar.bottom;
  const lit = [...player.querySelectorAll(".routine-point:not([hidden]) .marker--pressed")].some((marker) => {
    const spot = marker.getBoundingClientRect();
    const centre = spot.top + spot.height / 2;
    return spot.width > 0 && centre >= seenTop && centre <= seenBottom;
  });
  return {wholly, partly, lit, progress: player.querySelector(".routine-progress").textContent};
}"""

COUNTDOWN_LEFT_JS = """() => {
  const countdown = document.querySelector(".routine-player:not([hidden]) .routine-countdown");
  return countdown && !countdown.hidden && countdown.textContent ? Number(countdown.textContent) : null;
}"""

# The open menu drawer: its box, and how far right the links and arrows that start inside it reach
# (Material keeps the deeper levels' panels beside the drawer, off screen, until one is opened).
DRAWER_JS = """() => {
  const drawer = document.querySelector(".md-sidebar--primary");
  if (!drawer || !document.getElementById("__drawer").checked) return null;
  const box = drawer.getBoundingClientRect();
  const inside = [...drawer.querySelectorAll(".md-nav__link, .md-nav__icon, .md-nav__title")]
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.left < box.right);
  return {width: box.width, right: box.right,
          reach: Math.max(box.right, ...inside.map((rect) => rect.right))};
}"""


def screens(pixels) -> str:
    return "-" if pixels is None else f"{pixels / SCREEN:.2f}"


def shown(value) -> str:
    return "-" if value is None else str(value)


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    print(f"\n{title}")
    for row in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


class PageMissing(Exception):
    pass


class Reader:
    """A fresh browser context per page: nothing remembered from another page, no service worker."""

    def __init__(self, browser, base_url: str):
        self.browser = browser
        self.base_url = base_url

    @contextmanager
    def page(self, path: str, text_size: str, *, clock: bool = False):
        context = self.browser.new_context(viewport=VIEWPORT, service_workers="block")
        context.set_default_timeout(5_000)  # a control that never becomes clickable costs seconds, not minutes
        try:
            page = context.new_page()
            if clock:
                page.clock.install()
            response = page.goto(self.base_url + path, wait_until="load")
            if response and not response.ok:
                raise PageMissing(f"HTTP {response.status}")
            if TEXT_SIZES[text_size]:
                page.add_style_tag(content=TEXT_SIZES[text_size])
            page.add_style_tag(content=NO_MOTION)
            yield page
        finally:
            context.close()


def attempt(what: str, measure, empty):
    """A page's figures, or `empty` (and a note on stderr) when that page cannot be measured."""
    try:
        return measure()
    except (PlaywrightError, PageMissing) as error:
        print(f"{what}: not measured ({str(error).splitlines()[0]})", file=sys.stderr)
        return empty


def point_figures(reader: Reader, path: str, text_size: str) -> list[str]:
    def measure():
        with reader.page(path, text_size) as page:
            found = page.evaluate(POINT_JS, FIND_IT_IDS)
            return [screens(found["height"]), screens(found["figure"]), screens(found["findIt"]),
                    shown(found["words"])]

    return attempt(path, measure, ["-"] * 4)


def click_if_shown(page, selector: str) -> bool:
    button = page.locator(selector).first
    if not button.count() or not button.is_visible():
        return False
    button.click()
    return True


def begin_top(page) -> str:
    """Press Start, and where the Begin button of the check is in the window then."""
    if not click_if_shown(page, ".routine-start"):
        return "-"
    return screens(page.evaluate(VIEW_TOP_JS, ".routine-check:not([hidden]) [data-action=begin]"))


def through_the_steps(page) -> dict:
    """Every step of the routine, the clock moved on through each timed one, a step needing the
    reader's Ready pressed; the figures of each timed step as it starts."""
    timed = wholly = partly = unlit = 0
    for _ in range(MOST_STEPS):
        if page.locator(".routine-done").is_visible() or not page.locator(".routine-player").is_visible():
            break
        left = page.evaluate(COUNTDOWN_LEFT_JS)
        if left is None:
            if not click_if_shown(page, ".routine-player [data-action=ready]"):
                break
            continue
        step = page.evaluate(STEP_JS)
        timed += 1
        wholly += step["wholly"]
        partly += step["partly"]
        unlit += not step["lit"]
        page.clock.run_for(left * 1000 + 300)
        for _ in range(8):  # redraws come every quarter second
            if page.evaluate(STEP_JS)["progress"] != step["progress"] or page.locator(".routine-done").is_visible():
                break
            page.clock.run_for(250)
    return {"timed": timed, "wholly": wholly, "partly": partly, "unlit": unlit}


def routine_figures(reader: Reader, path: str, text_size: str) -> list[str]:
    def measure():
        with reader.page(path, text_size, clock=True) as page:
            first = begin_top(page)
            again = "-"
            if click_if_shown(page, ".routine-check [data-action=begin]"):
                # Stop at once: the device now remembers the check, as after a reader's first routine.
                click_if_shown(page, ".routine-player [data-action=stop]")
                again = begin_top(page)
            steps = {}
            if text_size != "default" and click_if_shown(page, ".routine-check [data-action=begin]"):
                steps = through_the_steps(page)
            return [first, again, *(shown(steps.get(key)) for key in ["timed", "wholly", "partly", "unlit"])]

    return attempt(path, measure, ["-"] * 6)


def progress_figures(reader: Reader, path: str, text_size: str) -> list[str]:
    def measure():
        with reader.page(path, text_size) as page:
            question = page.locator("#pain-now, form.pain-question").first
            if not question.count():
                return ["-"]
            return [screens(question.evaluate("(e) => e.getBoundingClientRect().top + window.scrollY"))]

    return attempt(path, measure, ["-"])


def drawer_figures(reader: Reader, path: str, text_size: str) -> list[str]:
    def measure():
        with reader.page(path, text_size) as page:
            # The header's menu button (docs/javascripts/toggle-buttons.js), or Material's label without it.
            if not (click_if_shown(page, "header .toggle-button--menu")
                    or click_if_shown(page, 'header label[for="__drawer"]')):
                return ["-"] * 3
            drawer = page.evaluate(DRAWER_JS)
            if not drawer:
                return ["-"] * 3
            return [f"{drawer[key]:.0f}" for key in ["width", "right", "reach"]]

    return attempt(path, measure, ["-"] * 3)


def main(site: Path) -> None:
    if not (site / "index.html").is_file():
        sys.exit(f"{site} is not a built site (no index.html): build one with scripts/build_site.py")
    sizes = list(TEXT_SIZES)
    points, routine, progress, drawer = [], [], [], []
    with Served(site, GzipHandler) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROME_PATH, args=CHROMIUM_ARGS)
        reader = Reader(browser, base_url)
        for edition, folder in EDITIONS.items():
            for size in sizes:
                for code in POINTS:
                    path = f"{folder}points/{code}/"
                    points.append([path, size, *point_figures(reader, path, size)])
                routine.append([edition, size, *routine_figures(reader, f"{folder}routine/", size)])
                progress.append([edition, size, *progress_figures(reader, f"{folder}progress/", size)])
            drawer.append([edition, "200 %", *drawer_figures(reader, folder, "200 %")])
        browser.close()

    print(f"Layout figures of {site} at {VIEWPORT['width']}x{VIEWPORT['height']}, in screens of {SCREEN} px;"
          " tops from the top of the page unless said.")
    table("Point pages", ["page", "text", "page", "drawing top", "how to find it top", "words before drawing"],
          points)
    table("Routine: Begin's top in the window after Start, at the first check and once the device remembers it;"
          "\nat 200 % text, each timed step as it starts: its countdown under the fixed controls (wholly, or any"
          " of it), and its lit point out of sight", ["edition", "text", "begin, first", "begin, again",
                                                      "timed steps", "countdown wholly covered",
                                                      "countdown partly covered", "lit point out of sight"], routine)
    table("Progress: the 0-10 question's top", ["edition", "text", "question top"], progress)
    table(f"Menu drawer, open, in px (the screen is {VIEWPORT['width']} px wide)",
          ["edition", "text", "width", "right edge", "links and arrows reach"], drawer)

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: layout_figures.py SITE_DIR")
    main(Path(sys.argv[1]))
