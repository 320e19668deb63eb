"""A point page leads with the point, on a 390 px phone in both editions: the drawing on the first
screen, "How to find it" soon after, the whole page in a few screens (also at 200 % text), every
caution one tap away before the steps, and nothing said twice."""
import re

import pytest

from helpers import VIEWPORTS

pytestmark = pytest.mark.browser

EDITIONS = ["", "hi/"]
LARGE_TEXT = "html { font-size: 250% !important; }"  # Material's 125 % root doubled, as test_large_text
SCREEN = VIEWPORTS["phone"]["height"]
TOP = "(selector) => document.querySelector(selector).getBoundingClientRect().top + scrollY"


def _point_pages(catalog):
    return [(edition, point.code) for edition in EDITIONS for point in catalog.points]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    yield context.new_page()
    context.close()


def _open(phone, site_url, edition, code, large=False):
    phone.goto(f"{site_url}{edition}points/{code.lower()}/")
    if large:
        phone.add_style_tag(content=LARGE_TEXT)


def test_the_drawing_and_how_to_find_it_come_first(phone, site_url, catalog):
    for edition, code in _point_pages(catalog):
        _open(phone, site_url, edition, code)
        where = f"{edition}{code}"
        assert phone.evaluate(TOP, "figure.body-map") < SCREEN, f"{where}: the drawing starts below the first screen"
        find = phone.evaluate(TOP, "#how-to-find-it-on-yourself")
        assert find < 1.5 * SCREEN, f"{where}: 'How to find it' at screen {find / SCREEN:.2f}"
        assert phone.evaluate(TOP, ".point-cautions") < find, f"{where}: the cautions come after the steps"
        # The page's own length: a one-time notice at its foot ("Ready to use offline"), shown once the
        # offline copy is saved, comes and goes with the service worker's timing.
        height = phone.evaluate("document.documentElement.scrollHeight - document.querySelector('.offline-notices')"
                                ".getBoundingClientRect().height")
        assert height <= 5 * SCREEN, f"{where}: {height / SCREEN:.2f} screens long"


def test_how_to_find_it_is_within_four_screens_at_200_percent_text(phone, site_url, catalog):
    for edition, code in _point_pages(catalog):
        _open(phone, site_url, edition, code, large=True)
        find = phone.evaluate(TOP, "#how-to-find-it-on-yourself")
        assert find < 4 * SCREEN, f"{edition}{code}: 'How to find it' at screen {find / SCREEN:.2f} at 200 % text"


def test_every_caution_is_one_tap_from_its_full_words(phone, site_url, catalog):
    """Each caution shows in a few words; one tap on it (or on the line for every point) shows its full
    words, before the steps to press."""
    point = catalog.find("BL23")
    _open(phone, site_url, "", "BL23")
    box = phone.locator(".point-cautions")
    fulls = {caution.key: box.get_by_text(caution.text) for caution in point.cautions}
    assert not any(full.is_visible() for full in fulls.values())
    for key, full in fulls.items():
        if full.is_visible():  # opened with the line for every point
            continue
        line = box.locator("summary").filter(has_text=catalog.cautions[key].title + ":")
        (line if line.count() else box.locator(".point-cautions__every > summary")).first.click()
        assert full.is_visible(), f"{key}: one tap does not show its full words"


def test_the_page_says_each_caution_and_sign_once(phone, site_url, catalog):
    """The pocket card is for paper: on screen its words would say the page again."""
    for code in [point.code for point in catalog.points]:
        _open(phone, site_url, "", code)
        assert not phone.locator(".point-card").is_visible(), code
        phone.evaluate("document.querySelectorAll('details').forEach((details) => { details.open = true; })")
        text = re.sub(r"\s+", " ", phone.evaluate("document.querySelector('article').innerText"))
        for caution in catalog.find(code).cautions:
            assert text.count(caution.text) == 1, (code, caution.text)
            assert text.count(caution.short) <= 1, (code, caution.short)
        for tier in ["emergency", "urgent"]:
            for sign in catalog.get_help[tier]["short"]:
                assert text.count(sign["text"]) == 1, (code, sign["text"])


def test_the_guide_says_each_sign_once(phone, site_url, catalog):
    """The guide's warning box carries the message about leg pain, so no second box repeats its signs."""
    phone.goto(site_url + "guide/")
    text = re.sub(r"\s+", " ", phone.evaluate("document.querySelector('article').innerText"))
    assert catalog.leg_symptoms["one_leg"] in text
    for tier in ["emergency", "urgent"]:
        for sign in catalog.get_help[tier]["short"]:
            assert text.count(sign["text"]) == 1, sign["text"]
