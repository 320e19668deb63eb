"""A reader in real Chromium: reaches every point from the home page and finds FAQ answers by search."""
from urllib.parse import urlsplit

import pytest

from helpers import LOOKS, VIEWPORTS

PAGES = ["", "precautions/", "guide/", "points/", "points/li4/", "points/bl23/", "points/bl52/", "cards/",
         "points/gb30/", "points/ki1/", "faq/", "evidence/", "disclaimer/"]


def test_home_links_reach_every_point_page(page, site_url, catalog):
    page.goto(site_url)
    for point in catalog.points:
        link = page.locator("article.md-content__inner table a", has_text=point.code).first
        link.click()
        page.wait_for_url(f"**/points/{point.code.lower()}/")
        assert page.locator("h1").inner_text().startswith(point.code)
        assert page.locator(".point-cautions").is_visible()
        page.go_back()


def search(page, site_url, query):
    """Type into Material's search box and return the result links, best first."""
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    results = page.locator(".md-search-result__item a.md-search-result__link")
    results.first.wait_for()
    return [urlsplit(link.get_attribute("href")) for link in results.all()]


def test_search_for_sciatica_finds_the_faq_answer(page, site_url, screenshots):
    results = search(page, site_url, "sciatica")
    page.screenshot(path=screenshots / "search-sciatica.png")
    assert ("/faq/", "sciatica") in [(url.path, url.fragment) for url in results], results


@pytest.mark.parametrize("scheme, size", LOOKS, ids=["-".join(look) for look in LOOKS])
def test_every_page_renders(browser, site_url, screenshots, size, scheme):
    context = browser.new_context(viewport=VIEWPORTS[size], color_scheme=scheme)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in PAGES:
        response = page.goto(site_url + path)
        assert response.ok, path
        assert page.locator("h1").count() == 1, path
        assert page.locator(".disclaimer-notice").is_visible(), path
        name = (path.strip("/").replace("/", "-") or "home")
        # JPEG: whole pages are tall, and PNG took twice as long to write.
        page.screenshot(path=screenshots / f"{name}-{size}-{scheme}.jpg", full_page=True, quality=80)
    context.close()
    assert not errors
