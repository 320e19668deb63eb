"""The FAQ filter and question links, used with the keyboard only, and the page without JavaScript."""
from helpers import tab_until

FILTER = "(el) => el.matches('#faq-filter-input')"


def _visible_questions(page) -> list[str]:
    return [h.get_attribute("id") for h in page.locator("article.md-content__inner h3").all() if h.is_visible()]


def test_filter_narrows_questions_with_the_keyboard_only(page, site_url, screenshots):
    page.goto(site_url + "faq/")
    every_question = _visible_questions(page)
    assert len(every_question) >= 10

    tab_until(page, FILTER, limit=45, what="the filter box")
    page.keyboard.type("pregnant")
    assert "pregnant" in _visible_questions(page) and len(_visible_questions(page)) < len(every_question)
    assert page.locator("h2#safety").is_visible() and not page.locator("h2#results").is_visible()
    page.screenshot(path=screenshots / "faq-filter-pregnant.png")

    page.keyboard.press("Escape")
    page.keyboard.type("Tennis ball")
    assert _visible_questions(page) == ["tennis-ball-or-tool"]
    assert page.locator("#faq-filter-status").inner_text() == f"1 of {len(every_question)} questions matches."

    page.keyboard.press("Escape")
    assert _visible_questions(page) == every_question
    assert page.locator("#faq-filter-input").input_value() == ""


def test_no_match_offers_the_site_search(page, site_url, screenshots):
    page.goto(site_url + "faq/")
    tab_until(page, FILTER, limit=45, what="the filter box")
    page.keyboard.type("varicose veins")
    assert _visible_questions(page) == []
    assert page.locator("#faq-filter-status").inner_text() == "No question matches “varicose veins”."
    page.screenshot(path=screenshots / "faq-filter-no-match.png")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Search the whole site for “varicose veins”"
    page.keyboard.press("Enter")
    results = page.locator(".md-search-result__item a.md-search-result__link")
    results.first.wait_for()
    assert page.locator("input.md-search__input").input_value() == "varicose veins"
    assert any("/precautions/" in link.get_attribute("href") for link in results.all())


def test_every_question_has_a_visible_link_to_itself(page, site_url):
    page.goto(site_url + "faq/")
    for heading in page.locator("article.md-content__inner h3").all():
        link = heading.locator("xpath=following-sibling::*[1]/a[@class='faq-link']")
        assert link.is_visible() and link.inner_text().startswith("Link to this question")
        assert link.inner_text().endswith(heading.inner_text().strip())  # its name says which question
        assert link.get_attribute("href") == "#" + heading.get_attribute("id")


def test_without_javascript_every_question_shows(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "faq/")
    assert not page.locator("#faq-filter").is_visible()  # a control that could not work
    assert len(_visible_questions(page)) >= 10
    context.close()


# Hindi as readers type it on a phone (no nukta, ा for ॉ), another word for the same thing, and English:
# each finds the question that answers it, and not every question.
HINDI_FILTERS = [("कमजोरी", "sciatica"), ("जोर", "how-hard-to-press"), ("डाक्टर", "when-to-see-a-doctor"),
                 ("प्रेगनेंसी", "pregnant"), ("गर्भावस्था", "pregnant"), ("pregnant", "pregnant")]


def test_the_hindi_filter_finds_words_however_they_are_typed(page, site_url):
    page.goto(site_url + "hi/faq/")
    every_question = _visible_questions(page)
    box = page.locator("#faq-filter-input")
    for typed, expected in HINDI_FILTERS:
        box.fill("")
        box.press_sequentially(typed)
        shown = _visible_questions(page)
        assert expected in shown and len(shown) < len(every_question), (typed, shown)
