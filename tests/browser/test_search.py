"""What a reader types into Material's search, and where it must land.

Add a row to SEARCHES (English) or HINDI_SEARCHES to pin down a new query: (what is typed, the page
path and #fragment expected, how many result pages from the top it may be in). Fragment "" means the
page itself.
"""
import time
from urllib.parse import urlsplit

import pytest

from helpers import VIEWPORTS

FIRST, TOP3 = 1, 3
SEARCHES = [
    # Codes and aliases: the point's page is the first result.
    ("LI4", "/points/li4/", FIRST), ("LI-4", "/points/li4/", FIRST), ("li 4", "/points/li4/", FIRST),
    ("Hegu", "/points/li4/", FIRST), ("Joining the Valley", "/points/li4/", FIRST),
    ("BL23", "/points/bl23/", FIRST), ("BL-23", "/points/bl23/", FIRST), ("B23", "/points/bl23/", FIRST),
    ("UB23", "/points/bl23/", FIRST), ("Shenshu", "/points/bl23/", FIRST), ("Kidney Shu", "/points/bl23/", FIRST),
    ("BL52", "/points/bl52/", FIRST), ("B47", "/points/bl52/", FIRST), ("Zhishi", "/points/bl52/", FIRST),
    ("Will's Chamber", "/points/bl52/", FIRST), ("wills chamber", "/points/bl52/", FIRST),
    ("GB30", "/points/gb30/", FIRST), ("GB-30", "/points/gb30/", FIRST), ("Huantiao", "/points/gb30/", FIRST),
    ("KI1", "/points/ki1/", FIRST), ("KD1", "/points/ki1/", FIRST), ("K1", "/points/ki1/", FIRST),
    ("KI-1", "/points/ki1/", FIRST), ("Yongquan", "/points/ki1/", FIRST), ("Gushing Spring", "/points/ki1/", FIRST),
    # Symptoms and questions: the answer is among the first three results.
    ("sciatica", "/faq/#sciatica", TOP3),
    # The question that has the distinctive word comes before a page that lacks it ("Safety first").
    ("sciatica safe", "/faq/#sciatica", FIRST),
    ("stiffness", "/points/bl23/", TOP3),
    ("hip", "/points/gb30/", TOP3),
    ("stress", "/points/bl52/", TOP3),
    ("pregnant", "/faq/#pregnant", TOP3),
    ("pregnancy", "/faq/#pregnant", TOP3),
    ("tennis ball", "/faq/#tennis-ball-or-tool", TOP3),
    ("how often", "/faq/#how-often", TOP3),
    ("how hard", "/faq/#how-hard-to-press", TOP3),
    ("hurts", "/faq/#what-if-it-hurts", TOP3),
    ("both sides", "/faq/#one-side-or-both", TOP3),
    ("two codes", "/faq/#two-codes", TOP3),
    ("does it work", "/faq/#does-it-work", TOP3),
    ("evidence", "/evidence/", TOP3),
    ("numbness", "/precautions/#when-to-get-medical-help", TOP3),
    ("emergency", "/precautions/#when-to-get-medical-help", TOP3),
]


# Words as readers type them on a phone: no nukta (the pages write कमज़ोरी, ज़ोर), ा for ॉ (डॉक्टर),
# another word for the same thing (प्रेगनेंसी for गर्भावस्था), and English on the Hindi site.
HINDI_SEARCHES = [
    ("कमजोरी", "/hi/faq/#sciatica", TOP3),
    ("जोर", "/hi/faq/#how-hard-to-press", FIRST),
    ("डाक्टर", "/hi/faq/#when-to-see-a-doctor", TOP3),
    ("प्रेगनेंसी", "/hi/faq/#pregnant", FIRST),
    ("गर्भावस्था", "/hi/faq/#pregnant", FIRST),
    ("pregnant", "/hi/faq/#pregnant", FIRST),
]


def _search_page(browser, url):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    context, page = _search_page(browser, site_url)
    yield page
    context.close()


@pytest.fixture(scope="module")
def hindi_search_page(browser, site_url):
    context, page = _search_page(browser, site_url + "hi/")
    yield page
    context.close()


def _results(page) -> list[list[tuple[str, str]]]:
    """Result pages, best first, each as the (path, fragment) of its links. Read in one step inside
    the page: Material redraws the list after each key, so reading item by item could ask for an
    item that has just gone."""
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item",
        "items => items.map(item => [...item.querySelectorAll('a.md-search-result__link')].map(a => a.href))",
    )
    return [[(urlsplit(href).path, urlsplit(href).fragment) for href in links] for links in hrefs]


def search(page, query: str) -> list[list[tuple[str, str]]]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    # Results are redrawn after each key; read until two reads agree.
    previous, current = None, _results(page)
    while current != previous:
        time.sleep(0.15)
        previous, current = current, _results(page)
    return current


def _assert_lands(page, site_url, query, expected, within):
    expected_path, _, fragment = expected.partition("#")
    base = urlsplit(site_url).path.rstrip("/")
    results = search(page, query)
    top = results[:within]
    if fragment:
        found = any((base + expected_path, fragment) in links for links in top)
    else:
        found = any(links[0][0] == base + expected_path for links in top)
    assert found, f"{query!r}: expected {expected} in the first {within}, got {[links[:2] for links in results[:5]]}"


@pytest.mark.parametrize("query, expected, within", SEARCHES, ids=[row[0] for row in SEARCHES])
def test_query_lands_on_the_answer(search_page, site_url, query, expected, within):
    _assert_lands(search_page, site_url, query, expected, within)


@pytest.mark.parametrize("query, expected, within", HINDI_SEARCHES, ids=[row[0] for row in HINDI_SEARCHES])
def test_hindi_query_lands_on_the_answer(hindi_search_page, site_url, query, expected, within):
    _assert_lands(hindi_search_page, site_url, query, expected, within)


def test_the_hindi_answers_are_questions_of_the_built_faq(built_site):
    """A renamed anchor would make a row above test nothing but a missing link."""
    faq = (built_site / "hi" / "faq" / "index.html").read_text(encoding="utf-8")
    for _, expected, _ in HINDI_SEARCHES:
        fragment = expected.partition("#")[2]
        assert f'<h3 id="{fragment}">' in faq, expected
