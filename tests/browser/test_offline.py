"""Offline and private: no request leaves the site's own origin, and the site works without a network."""
from urllib.parse import urlsplit

from helpers import built_pages


def test_pages_request_nothing_outside_the_site_and_work_without_network(browser, built_site, site_url):
    origin = urlsplit(site_url).netloc
    outside = []
    context = browser.new_context()

    def only_the_site(route):
        if urlsplit(route.request.url).netloc == origin:
            route.continue_()
        else:  # no network: anything else is refused, and recorded
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_site)
    page = context.new_page()
    for built in built_pages(built_site):
        path = str(built.relative_to(built_site).parent).replace(".", "")
        response = page.goto(site_url + (path + "/" if path else ""))
        page.wait_for_load_state("networkidle")
        assert response.ok
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("tennis ball", delay=20)
    page.locator(".md-search-result__item").first.wait_for()  # search runs locally too
    context.close()
    assert not outside, f"requests outside the site: {sorted(set(outside))}"
