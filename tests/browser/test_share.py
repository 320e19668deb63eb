"""The share button on the home page, the routine and the point pages: the phone's share sheet where
the browser has the Web Share API, else the link copied and said so; never anything sent by the site."""
import pytest

from helpers import VIEWPORTS

NARROW = {"width": 320, "height": 640}
ENGLISH, HINDI = "Share this page", "यह पेज शेयर करें"
SHARED = [("", ENGLISH), ("routine/", ENGLISH), ("points/li4/", ENGLISH), ("hi/", HINDI), ("hi/points/gb30/", HINDI)]
# Chromium on Linux has no share sheet; these give the page one, or take it away, before it runs.
SHARE_SHEET = "navigator.share = async (data) => { window.sharedWith = data; }; navigator.canShare = () => true;"
NO_SHARE_SHEET = "Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });"
CLIPBOARD_REFUSES = NO_SHARE_SHEET + (
    "navigator.clipboard.writeText = () => Promise.reject(new DOMException('no', 'NotAllowedError'));")


@pytest.mark.parametrize("path, name", SHARED, ids=[path or "home" for path, _ in SHARED])
def test_the_button_is_there_to_touch_at_320_px(open_page, path, name):
    page = open_page(path, NARROW, has_touch=True)
    button = page.get_by_role("button", name=name, exact=True)
    box = button.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= NARROW["width"]
    assert box["y"] + box["height"] <= NARROW["height"], "on the first screen"
    page.mouse.wheel(0, 2000)
    assert button.is_visible(), "in the header, in reach as the reader scrolls"
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('[data-share-page]') !== null",
                        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
    assert hit, "a touch on the button reaches it"


def test_pages_a_reader_acts_on_elsewhere_have_no_share_button(open_page):
    page = open_page("guide/")
    assert page.locator("[data-share-page]").count() == 0


def test_with_a_share_sheet_the_page_goes_to_it(open_page, site_url):
    page = open_page("points/li4/", VIEWPORTS["phone"], init_script=SHARE_SHEET)
    page.get_by_role("button", name=ENGLISH, exact=True).click()
    page.wait_for_function("window.sharedWith !== undefined")
    shared = page.evaluate("window.sharedWith")
    assert shared["url"] == site_url + "points/li4/"
    assert shared["title"].startswith("LI4") and shared["text"]
    assert page.locator("#share-page-status").text_content() == ""


def test_without_a_share_sheet_the_link_is_copied_and_the_reader_told(open_page, site_url):
    page = open_page("hi/routine/", VIEWPORTS["phone"], init_script=NO_SHARE_SHEET,
                     permissions=["clipboard-read", "clipboard-write"])
    button = page.get_by_role("button", name=HINDI, exact=True)
    button.focus()
    page.keyboard.press("Enter")  # by keyboard, as by touch
    status = page.locator("#share-page-status")
    status.filter(has_text="लिंक कॉपी हो गया").wait_for()
    assert status.is_visible() and status.get_attribute("role") == "status"
    assert page.evaluate("navigator.clipboard.readText()") == site_url + "hi/routine/"
    assert button.get_attribute("aria-describedby") == "share-page-status"
    page.keyboard.press("Escape")  # the line goes, so it covers nothing for long
    assert status.text_content() == ""


def test_when_the_link_cannot_be_copied_the_reader_is_told_how_to_copy_it(open_page):
    page = open_page("", VIEWPORTS["phone"], init_script=CLIPBOARD_REFUSES)
    page.get_by_role("button", name=ENGLISH, exact=True).click()
    page.locator("#share-page-status").filter(has_text="Copy it from the address bar").wait_for()


def test_without_javascript_there_is_no_button_that_would_do_nothing(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url)
    assert not page.locator("[data-share-page]").is_visible()
    context.close()
