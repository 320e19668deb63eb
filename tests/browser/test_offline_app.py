"""The built site (a plain `mkdocs build`: its service worker included) after one visit works with the
network off, says when it is ready offline, repairs a cleared copy, installs like an app, and updates
without trapping a reader on an old version, in one tab or two. Its notices come one at a time, each
can be closed, none covers the page's main button, and a Hindi page run by the English worker while
its own installs is told of its own copy, not offered an update."""
import contextlib
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from PIL import Image

import system_packages
from helpers import ROOT, VIEWPORTS, build, copy_project, every_built_page, serve, tab_until


def _controlled(page, url: str):
    """Visit once with the network, and wait until the service worker has saved the whole site and
    taken charge of the page."""
    page.goto(url)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'", timeout=30_000)


def _pages(site) -> list[str]:
    return [str(page.relative_to(site).parent).replace(".", "") for page in every_built_page(site)]


def _stylesheets_applied(page) -> bool:
    return page.evaluate("""() => [...document.styleSheets].filter((sheet) => sheet.href)
        .every((sheet) => sheet.cssRules.length > 0) && document.styleSheets.length >= 3""")


EDITIONS = [  # (folder, a word to search for, the routine's Start and begin buttons, a word of its first heading)
    ("", "Hegu", "Start", "I have checked: begin", "Find "),
    ("hi/", "कमर", "शुरू करें", "मैंने देख लिया: शुरू करें", "ढूँढें"),
]


@pytest.mark.parametrize("edition, word, start, begin, first", EDITIONS, ids=["English", "Hindi"])
def test_every_page_search_routine_and_a_print_work_offline_after_one_visit(browser, built_site, site_url, edition,
                                                                          word, start, begin, first):
    """One visit to an edition keeps that edition offline: each edition has a service worker of its own."""
    context = browser.new_context()
    page = context.new_page()
    failed = []  # requests cut short because the test moved on to the next page do not count
    page.on("requestfailed", lambda request: failed.append(request.url)
            if "ERR_ABORTED" not in (request.failure or "") else None)
    home = site_url + edition
    _controlled(page, home)
    context.set_offline(True)

    paths = [path for path in _pages(built_site) if (path + "/").startswith(edition) and
             (edition or not (path + "/").startswith("hi/"))]
    for path in paths:  # pages never opened before included
        response = page.goto(site_url + (path + "/" if path else ""))
        assert response.ok and response.from_service_worker, path
        assert page.locator("article h1").count() == 1, path

    page.goto(home)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(word, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)

    page.goto(home + "routine/")
    page.get_by_role("button", name=start, exact=True).click()
    page.get_by_role("button", name=begin).click()  # Start leads to the safety check
    assert first in page.locator("#routine-step-title").inner_text()
    assert page.locator(".routine-point:not([hidden]) svg").is_visible()

    page.goto(home + "cards/")
    assert page.pdf(format="A4")[:4] == b"%PDF"
    # Chromium fetches the tab's icon itself, past the service worker; offline that one fails.
    assert not [url for url in failed if not url.endswith("/favicon.png")], failed
    context.close()


def _offline_page_works_at(page, home: str, address: str):
    failed = []  # a page left for the next one cuts its requests short (ERR_ABORTED): those do not count
    page.on("requestfailed", lambda request: failed.append(request.url)
            if "ERR_ABORTED" not in (request.failure or "") else None)
    page.goto(address)
    assert page.locator("h1").inner_text() == "You are offline", address
    assert _stylesheets_applied(page), address
    # Material's own scripts find the site's root too (its storage keys and search use it).
    assert page.evaluate("__md_scope.href") == home, address
    assert not [url for url in failed if not url.endswith("/favicon.png")], (address, failed)
    page.get_by_role("link", name="Safety first").first.click()
    page.wait_for_url(home + "precautions/")
    assert page.locator("h1").inner_text() == "Safety first"


def test_an_address_outside_the_guide_shows_the_styled_offline_page_with_working_links(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, site_url)
    context.set_offline(True)
    for address in ["no-such-page/", "points/zz9/", "a/b/c/", "a/b/c/d.html"]:
        _offline_page_works_at(page, site_url, site_url + address)
    # A folder's address without its "/" goes to the folder, also offline.
    page.goto(site_url + "points/bl23")
    assert page.url == site_url + "points/bl23/" and page.locator("h1").inner_text().startswith("BL23")
    context.close()


def test_under_a_sub_path_the_offline_page_works_at_nested_addresses(browser, tmp_path):
    served = tmp_path / "served"
    env = {**os.environ, "SITE_URL": "https://example.org/guide/"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(served / "guide")],
                            cwd=ROOT, env={**env, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with serve(served) as url:
        context = browser.new_context()
        page = context.new_page()
        _controlled(page, url + "guide/")
        context.set_offline(True)
        for address in ["guide/points/zz9/", "guide/a/b/c/"]:
            _offline_page_works_at(page, url + "guide/", url + address)
        context.close()


def test_ready_to_use_offline_is_said_once_when_everything_is_saved(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, site_url)
    notice = page.locator("#offline-ready")
    assert notice.is_visible()
    assert page.locator("[role=status]").filter(has=notice).count() == 1
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert notice.locator("p").inner_text() in template  # the words are the template's
    notice.get_by_role("button", name="Close").click()
    assert notice.is_hidden()
    page.reload()
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'")
    assert notice.is_hidden()  # already saved: nothing to say
    context.close()


def test_a_notice_does_not_move_what_a_reader_at_work_is_about_to_tap(browser, site_url):
    """The notice takes room at the foot of the page: what the reader is looking at stays put (the Save
    button moved 147 px when it appeared under the header)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "progress/", wait_until="domcontentloaded")
    save = page.locator("#pain-now").get_by_role("button", name="Save")
    before = save.bounding_box()["y"]
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'", timeout=30_000)
    notice = page.locator("#offline-ready")
    assert notice.is_visible() and save.bounding_box()["y"] == before
    assert notice.bounding_box()["y"] > page.locator("article").bounding_box()["y"] + page.locator(
        "article").bounding_box()["height"]  # below the page's content
    context.close()


def test_a_cleared_copy_is_saved_again_while_online(browser, built_site, site_url):
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, site_url)
    page.evaluate("caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name))))")
    assert page.evaluate("caches.keys()") == []
    page.goto(site_url + "guide/")  # online: the page asks the worker, which saves everything again
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'")
    assert page.locator("#offline-ready").is_visible()
    context.set_offline(True)
    for path in _pages(built_site):
        assert page.goto(site_url + (path + "/" if path else "")).ok, path
    context.close()


# Records each notice as it shows, with the state then of the active worker of the page's own
# registration (the one its script registers).
_NOTICES_SHOWN = """
window.noticesShown = [];
const register = ServiceWorkerContainer.prototype.register;
ServiceWorkerContainer.prototype.register = function (...args) {
  const registering = register.apply(this, args);
  registering.then((registration) => { window.ownRegistration = registration; });
  return registering;
};
document.addEventListener("DOMContentLoaded", () => {
  const observer = new MutationObserver((changes) => {
    for (const { target } of changes.filter((change) => !change.target.hidden)) {
      window.noticesShown.push([target.id, window.ownRegistration?.active?.state ?? null]);
    }
  });
  for (const notice of document.querySelectorAll("[data-offline-notice]")) {
    observer.observe(notice, { attributes: true, attributeFilter: ["hidden"] });
  }
});
"""


def test_the_first_hindi_visit_after_english_offers_no_update_and_says_its_own_copy_is_saved(browser, site_url):
    """/ then /hi/: the English worker (scope /) runs the Hindi page while the Hindi worker (scope /hi/)
    installs, waits for a moment and takes over. That is the Hindi edition's first copy, not a new
    version; and "ready" is said of the Hindi copy, once its own worker has saved it."""
    context = browser.new_context()
    context.add_init_script(_NOTICES_SHOWN)
    page = context.new_page()
    _controlled(page, site_url)
    page.goto(site_url + "hi/")
    page.wait_for_function("navigator.serviceWorker.controller?.scriptURL.endsWith('/hi/sw.js')", timeout=30_000)
    ready = page.locator("#offline-ready")
    ready.wait_for(state="visible", timeout=30_000)
    assert page.evaluate("document.documentElement.dataset.offlineCopy") == "whole"
    assert page.evaluate("window.noticesShown") == [["offline-ready", "activated"]]
    assert page.locator("#update-notice").is_hidden()
    assert ready.get_by_role("button", name="बंद करें").is_visible()
    context.close()


def _found_at_centre(button) -> bool | str:
    """True when what the page finds at the centre of the button is the button (or a part of it), else
    the start of what covers it."""
    return button.evaluate("""(button) => { const box = button.getBoundingClientRect();
        const found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return button.contains(found) || found?.outerHTML.slice(0, 80); }""")


MAIN_BUTTONS = {  # a page's main button: its address and the button
    "routine": ("routine/", ".routine-start"), "home": ("", ".start-here__start .md-button"),
    "Hindi routine": ("hi/routine/", ".routine-start"), "Hindi home": ("hi/", ".start-here__start .md-button"),
}


@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, VIEWPORTS["phone"]], ids=["320", "390"])
@pytest.mark.parametrize("path, selector", MAIN_BUTTONS.values(), ids=MAIN_BUTTONS.keys())
def test_no_notice_covers_the_pages_main_button(browser, site_url, screenshots, viewport, path, selector):
    # No worker: both notices are shown by hand, at once, which the script itself never does.
    context = browser.new_context(viewport=viewport, service_workers="block")
    page = context.new_page()
    page.goto(site_url + path)
    page.evaluate("document.querySelectorAll('[data-offline-notice]').forEach((n) => { n.hidden = false; })")
    assert page.locator("#update-notice").is_visible() and page.locator("#offline-ready").is_visible()
    if path == "routine/" and viewport == VIEWPORTS["phone"]:
        page.screenshot(path=screenshots / "offline-notices-routine-phone.png")
    button = page.locator(selector)
    if button.evaluate("(button) => button.getBoundingClientRect().bottom <= innerHeight"):
        assert _found_at_centre(button) is True, "as the page opens"
    # Mid-screen, and at the bottom edge, where a thumb reaches.
    for place in ["center", "end"]:
        button.evaluate("(button, place) => button.scrollIntoView({ block: place })", place)
        assert _found_at_centre(button) is True, place
    context.close()


class _CachingHandler(SimpleHTTPRequestHandler):
    """Serves as GitHub Pages does (ten minutes of HTTP caching) and counts the files it sends."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_response(self, code, message=None):
        if code == 200:
            self.server.sent[self.path.split("?")[0]] += 1
        super().send_response(code, message)


@contextlib.contextmanager
def _caching_server(folder: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CachingHandler, directory=str(folder)))
    server.sent = Counter()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", server.sent
    finally:
        server.shutdown()
        server.server_close()


def test_a_first_visit_downloads_no_file_with_a_hashed_name_twice(browser, built_site):
    hashed = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")
    with _caching_server(built_site) as (url, sent):
        context = browser.new_context()
        page = context.new_page()
        _controlled(page, url)
        context.close()
    loaded = {path: count for path, count in sent.items() if hashed.search(path)}
    assert len(loaded) >= 3, sent  # Material's bundle, its styles and its search worker
    assert all(count == 1 for count in loaded.values()), loaded


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain YAML: its !ENV values do not matter here."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def _config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), _ConfigLoader)


def test_chromium_finds_the_site_installable_with_shortcuts_to_the_routine_and_my_progress(browser, site_url,
                                                                                            tmp_path):
    # A profile of its own: Chromium offers no install in a private (incognito) context.
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile", executable_path=system_packages.CHROME_PATH, args=system_packages.CHROMIUM_ARGS)
    page = context.new_page()
    _controlled(page, site_url)
    cdp = context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == [], errors
    manifest = cdp.send("Page.getAppManifest")
    assert not manifest.get("errors"), manifest.get("errors")
    shortcuts = {shortcut["name"]: urljoin(manifest["url"], shortcut["url"])
                 for shortcut in json.loads(manifest["data"])["shortcuts"]}
    titles = {page: title for entry in _config()["nav"] for title, page in entry.items() if isinstance(page, str)}
    assert shortcuts == {titles["routine.md"]: site_url + "routine/", titles["progress.md"]: site_url + "progress/"}
    for address in shortcuts.values():
        assert page.goto(address).ok and page.locator("article h1").count() == 1
    context.close()


def test_the_manifest_lists_icons_that_exist_at_their_sizes(built_site):
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert {"name", "short_name", "start_url", "scope", "display", "theme_color", "background_color"} <= manifest.keys()
    purposes = set()
    for icon in manifest["icons"] + [icon for shortcut in manifest["shortcuts"] for icon in shortcut["icons"]]:
        width, height = map(int, icon["sizes"].split("x"))
        with Image.open(built_site / icon["src"]) as image:
            assert image.size == (width, height), icon
        purposes.add(icon.get("purpose"))
    assert {"any", "maskable"} <= purposes
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}


@pytest.fixture
def two_versions(tmp_path):
    """Two builds of the site, the second with a sentence added to the guide, and a folder serving the
    first; publish() puts the second there."""
    served = tmp_path / "served"
    first, second = tmp_path / "first", tmp_path / "second"
    project = copy_project(tmp_path / "project")
    for site in (first, second):
        assert build(project, site).returncode == 0
        guide = project / "docs" / "guide.md"
        guide.write_text(guide.read_text(encoding="utf-8") + "\nA sentence added in the second version.\n",
                         encoding="utf-8")
    shutil.copytree(first, served)

    def publish():
        shutil.rmtree(served)
        shutil.copytree(second, served)

    with serve(served) as url:
        yield url, publish


NEW = "added in the second version"


def _offered(page):
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    notice = page.locator("#update-notice")
    notice.wait_for(state="visible", timeout=30_000)
    assert page.locator("[role=status]").filter(has=notice).count() == 1
    assert NEW not in page.content()  # nothing is forced
    return notice


def test_an_open_page_learns_of_a_new_version_and_shows_it_after_reload(browser, two_versions):
    url, publish = two_versions
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, url + "guide/")
    assert NEW not in page.content()
    publish()
    notice = _offered(page)
    with page.expect_navigation():
        notice.get_by_role("button", name="Reload").click()
    assert NEW in page.content()
    context.close()


def test_the_offer_of_a_new_version_replaces_the_ready_notice_and_closes_from_the_keyboard(browser, two_versions):
    url, publish = two_versions
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, url + "guide/")
    ready = page.locator("#offline-ready")
    assert ready.is_visible()  # the first visit saved the copy
    publish()
    notice = _offered(page)
    assert ready.is_hidden()  # one notice at a time
    close = notice.get_by_role("button", name="Close")
    box = close.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    tab_until(page, "(el) => el.matches('#update-notice [data-offline-action=dismiss]')",
              what="the update notice's Close button")
    page.keyboard.press("Enter")
    assert notice.is_hidden() and ready.is_hidden()
    # Focus stays in the page, on its title, not back at the top of the document.
    assert page.evaluate("document.activeElement.matches('.md-content h1')")
    assert NEW not in page.content()  # closing the offer reloads nothing
    context.close()


def test_two_tabs_offered_one_update_both_reload_to_it(browser, two_versions):
    url, publish = two_versions
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    _controlled(first, url + "guide/")
    _controlled(second, url + "guide/")
    publish()
    notices = [_offered(first), second.locator("#update-notice")]
    notices[1].wait_for(state="visible", timeout=30_000)
    with first.expect_navigation():
        notices[0].get_by_role("button", name="Reload").click()
    assert NEW in first.content()
    with second.expect_navigation(timeout=10_000):  # the other tab's offer still works
        notices[1].get_by_role("button", name="Reload").click()
    assert NEW in second.content()
    context.close()
