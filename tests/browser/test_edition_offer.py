"""Another edition offered where a reader would look for it: a link on each home page, and one line
on the other pages for a browser that prefers the other edition's language. Never a redirect."""
import pytest

from helpers import VIEWPORTS

PHONE = VIEWPORTS["phone"]


@pytest.mark.parametrize("home, words, lang, target", [
    ("", "हिन्दी में पढ़ें", "hi", "hi/"),
    ("hi/", "Read in English", "en", ""),
], ids=["English home", "Hindi home"])
def test_each_home_page_links_to_the_other_edition_in_its_own_words(browser, site_url, home, words, lang, target):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    page.goto(site_url + home)
    link = page.get_by_role("link", name=words, exact=True)
    assert link.is_visible()
    box = link.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], "on the first screen"
    assert link.get_attribute("hreflang") == lang
    assert link.evaluate("(a) => a.closest('[lang]').lang") == lang  # read out in its own language
    link.click()
    assert page.url == site_url + target
    context.close()


@pytest.mark.parametrize("locale, shown", [("hi-IN", True), ("en-IN", False), ("ta-IN", False)])
def test_an_english_page_offers_hindi_to_a_browser_that_prefers_it(browser, site_url, locale, shown):
    context = browser.new_context(viewport=PHONE, locale=locale)
    page = context.new_page()
    page.goto(site_url + "points/li4/")
    page.wait_for_load_state("load")
    offer = page.locator("[data-edition-offer=hi]")
    assert offer.is_visible() is shown
    assert page.url == site_url + "points/li4/", "never a redirect"
    if shown:
        offer.get_by_role("link", name="हिन्दी में पढ़ें").click()
        assert page.url == site_url + "hi/points/li4/"  # the same page in Hindi
        assert not page.locator("[data-edition-offer]").is_visible()  # the browser's language is the page's
    context.close()
