from pathlib import Path

import pytest

import system_packages
from acupoints import load_catalog
from helpers import ARTIFACTS, DATA_FILE, ROOT, VIEWPORTS, build_editions, require, serve


@pytest.fixture(scope="session")
def catalog():
    return load_catalog(DATA_FILE, shown_as="data/points.json")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, every edition (English, and Hindi in hi/), built once per test run with strict builds."""
    site = tmp_path_factory.mktemp("site")
    result = build_editions(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Without the fonts, Chinese names would print as empty boxes and text would wrap differently.
    require(system_packages.CHROMIUM, system_packages.FONTCONFIG, system_packages.CHINESE_FONT,
            system_packages.LATIN_FONT, system_packages.HINDI_FONT)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=system_packages.CHROME_PATH,
                                              args=system_packages.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def open_page(browser, site_url):
    """Open a page of the site in a browser context of its own (further `options` go to the context),
    closed after the test. `init_script`: JavaScript that runs in the page before the page's own.
    `clock`: install Playwright's clock (at `time`, or now), so the test moves time on itself
    instead of waiting."""
    contexts = []

    def opener(path: str = "", viewport=VIEWPORTS["desktop"], *, init_script: str | None = None,
               clock: bool = False, time=None, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        if init_script:
            context.add_init_script(init_script)
        page = context.new_page()
        if clock:
            page.clock.install(**({"time": time} if time else {}))
        page.goto(site_url + path)
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def open_clocked(open_page):
    """`open_page` at phone width with Playwright's clock installed (at `time`, or now)."""
    def opener(path: str, viewport=VIEWPORTS["phone"], time=None, **options):
        return open_page(path, viewport, clock=True, time=time, **options)

    return opener
