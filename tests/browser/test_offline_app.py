"""The published site (with `make build`'s service worker) after one visit works with the network off,
installs like an app, and updates without trapping a reader on an old version."""
import json
import shutil

import pytest
from PIL import Image

import system_packages
from helpers import build, built_pages, copy_project, make_offline, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_site(built_site, tmp_path_factory):
    site = tmp_path_factory.mktemp("offline") / "site"
    shutil.copytree(built_site, site)
    result = make_offline(site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def offline_url(offline_site):
    with serve(offline_site) as url:
        yield url


def _controlled(page, url: str):
    """Visit once with the network, and wait until the service worker has saved the site and took
    charge of the page."""
    page.goto(url)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)


def _pages(site) -> list[str]:
    return [str(page.relative_to(site).parent).replace(".", "") for page in built_pages(site)]


def test_every_page_search_routine_and_a_print_work_offline_after_one_visit(browser, offline_site, offline_url):
    context = browser.new_context()
    page = context.new_page()
    failed = []  # requests cut short because the test moved on to the next page do not count
    page.on("requestfailed", lambda request: failed.append(request.url)
            if "ERR_ABORTED" not in (request.failure or "") else None)
    _controlled(page, offline_url)
    context.set_offline(True)

    for path in _pages(offline_site):  # pages never opened before included
        response = page.goto(offline_url + (path + "/" if path else ""))
        assert response.ok and response.from_service_worker, path
        assert page.locator("article h1").count() == 1, path

    page.goto(offline_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("Hegu", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)

    page.goto(offline_url + "routine/")
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="I have checked: begin").click()  # Start leads to the safety check
    assert page.locator("#routine-step-title").inner_text().startswith("Find ")
    assert page.locator(".routine-point:not([hidden]) svg").is_visible()

    page.goto(offline_url + "cards/")
    assert page.pdf(format="A4")[:4] == b"%PDF"
    # Chromium fetches the tab's icon itself, past the service worker; offline that one fails.
    assert not [url for url in failed if not url.endswith("/favicon.png")], failed
    context.close()


def test_an_address_outside_the_guide_shows_the_offline_page(browser, offline_url):
    context = browser.new_context()
    page = context.new_page()
    _controlled(page, offline_url)
    context.set_offline(True)
    page.goto(offline_url + "no-such-page/")
    assert page.locator("h1").inner_text() == "You are offline"
    assert page.get_by_role("link", name="Safety first").count() >= 1
    context.close()


def test_chromium_finds_the_site_installable(browser, offline_url, tmp_path):
    # A profile of its own: Chromium offers no install in a private (incognito) context.
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile", executable_path=system_packages.CHROME_PATH, args=system_packages.CHROMIUM_ARGS)
    page = context.new_page()
    _controlled(page, offline_url)
    cdp = context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == [], errors
    manifest = cdp.send("Page.getAppManifest")
    assert not manifest.get("errors"), manifest.get("errors")
    context.close()


def test_the_manifest_lists_icons_that_exist_at_their_sizes(offline_site):
    manifest = json.loads((offline_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert {"name", "short_name", "start_url", "scope", "display", "theme_color", "background_color"} <= manifest.keys()
    purposes = set()
    for icon in manifest["icons"]:
        width, height = map(int, icon["sizes"].split("x"))
        with Image.open(offline_site / icon["src"]) as image:
            assert image.size == (width, height), icon
        purposes.add(icon["purpose"])
    assert {"any", "maskable"} <= purposes
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}


def test_an_open_page_learns_of_a_new_version_and_shows_it_after_reload(browser, tmp_path):
    served = tmp_path / "served"
    first, second = tmp_path / "first", tmp_path / "second"
    project = copy_project(tmp_path / "project")
    for site in (first, second):
        assert build(project, site).returncode == 0
        assert make_offline(site).returncode == 0
        guide = project / "docs" / "guide.md"
        guide.write_text(guide.read_text(encoding="utf-8") + "\nA sentence added in the second version.\n",
                         encoding="utf-8")
    shutil.copytree(first, served)
    with serve(served) as url:
        context = browser.new_context()
        page = context.new_page()
        _controlled(page, url + "guide/")
        assert "added in the second version" not in page.content()
        shutil.rmtree(served)
        shutil.copytree(second, served)  # the new version is published
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        notice = page.locator("#update-notice")
        notice.wait_for(state="visible", timeout=30_000)
        assert notice.get_attribute("role") == "status"
        assert "added in the second version" not in page.content()  # nothing is forced
        with page.expect_navigation():
            notice.get_by_role("button", name="Reload").click()
        assert "added in the second version" in page.content()
        context.close()
