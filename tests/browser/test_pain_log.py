"""The private pain log in real Chromium, with Playwright's clock carrying it across days."""
import io
import re
from datetime import datetime, timezone

import pdfplumber
import pytest

from helpers import VIEWPORTS, axe_violations

DAY = 86_400_000  # ms
START = datetime(2026, 11, 2, 8, 30, tzinfo=timezone.utc)


@pytest.fixture
def log(open_clocked):
    return lambda **options: open_clocked("progress/", time=START, **options)


def _answer(page, score: int, form: str = "#pain-now"):
    page.locator(f"{form} .pain-scale__choice").nth(score).click()
    page.locator(form).get_by_role("button", name="Save").click()


def _next_day(page, days=1):
    page.clock.fast_forward(days * DAY)


def _rows(page) -> list[list[str]]:
    return [[cell.inner_text() for cell in row.locator("td").all()]
            for row in page.locator(".pain-log__table tbody tr").all()]


def test_entries_over_days_stay_after_a_reload_in_table_and_chart(log):
    page = log()
    assert page.locator(".pain-log__summary").inner_text().startswith("No entries yet")
    assert not page.locator(".pain-chart").is_visible()
    for day, score in enumerate([7, 6, 4]):
        _answer(page, score)
        _next_day(page)
    page.reload()
    rows = _rows(page)
    assert [row[1] for row in rows] == ["7", "6", "4"] and all(row[2] == "at another time" for row in rows)
    assert page.locator(".pain-chart__point--other").count() == 3
    summary = page.locator(".pain-log__summary").inner_text()
    assert summary == "3 entries. At another time, pain went from 7 to 4 over 2 days."
    assert page.locator(".pain-chart desc").text_content() == summary


def test_before_and_after_a_routine_are_two_series(log, site_url):
    page = log()
    for day, (before, after) in enumerate([(7, 5), (6, 4), (5, 3)]):
        page.goto(site_url + "routine/")
        page.locator(".routine-pain summary").click()
        _answer(page, before, "#pain-before")
        page.evaluate("""() => { for (const s of document.querySelectorAll('#routine > section'))
            s.hidden = !s.matches('.routine-done'); }""")  # the routine itself is tested elsewhere
        _answer(page, after, "#pain-after")
        _next_day(page)
    page.goto(site_url + "progress/")
    assert page.locator(".pain-chart__point--before").count() == 3
    assert page.locator(".pain-chart__point--after").count() == 3
    assert page.locator(".pain-chart__routine-day").count() == 3
    assert "Before a routine, pain went from 7 to 5 over 2 days" in page.locator(".pain-log__summary").inner_text()


def test_three_weeks_without_improvement_show_the_gp_advice(log):
    page = log()
    assert not page.locator(".pain-log__advice").is_visible()
    for score in [5, 6, 5, 6]:
        _answer(page, score)
        _next_day(page, 7)
    page.reload()
    advice = page.locator(".pain-log__advice")
    assert advice.is_visible()
    text = advice.inner_text()
    assert "has not gone down" in text and "see a GP" in text and "Get help now if" in text
    assert not re.search(r"\bcured?\b|because of acupressure", text, re.IGNORECASE)


def test_pain_getting_worse_shows_the_advice_and_improvement_does_not(log):
    page = log()
    for score in [3, 4, 6]:
        _answer(page, score)
        _next_day(page)
    assert "getting worse" in page.locator(".pain-log__advice").inner_text()
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete everything").click()
    for score in [7, 6, 5, 4]:
        _answer(page, score)
        _next_day(page, 8)
    assert not page.locator(".pain-log__advice").is_visible()


def test_export_import_and_delete(log, tmp_path):
    page = log()
    _answer(page, 6)
    _next_day(page)
    _answer(page, 3)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as a CSV file").click()
    saved = tmp_path / "pain-log.csv"
    download.value.save_as(saved)
    lines = saved.read_text().splitlines()
    assert lines[0] == "time,score,when" and [line.split(",")[1:] for line in lines[1:]] == [["6", "other"], ["3", "other"]]

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Delete everything").click()
    assert len(_rows(page)) == 2  # nothing deleted without a yes
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete everything").click()
    assert _rows(page) == [] and page.evaluate("localStorage.getItem('acupressure-pain-log')") is None

    page.locator("input[data-action=import]").set_input_files(saved)
    page.wait_for_function("document.querySelectorAll('.pain-log__table tbody tr').length === 2")
    assert [row[1] for row in _rows(page)] == ["6", "3"]
    assert "Loaded 2 new entries" in page.locator(".pain-log__tools-status").inner_text()
    page.locator("input[data-action=import]").set_input_files(
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": b"time,score,when\nyesterday,11,other\n"}])
    page.wait_for_function("document.querySelector('.pain-log__tools-status').textContent.startsWith('Nothing')")
    assert len(_rows(page)) == 2


def test_nothing_leaves_the_page(log, site_url):
    page = log()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    _answer(page, 5)
    page.reload()
    assert not [url for url in requests if not url.startswith(site_url)]


def test_scale_choices_are_big_enough_at_320_px_and_work_by_keyboard(log):
    page = log(viewport={"width": 320, "height": 640})
    sizes = page.evaluate("""() => [...document.querySelectorAll('#pain-now .pain-scale__choice span')]
        .map((s) => [s.getBoundingClientRect().width, s.getBoundingClientRect().height])""")
    assert len(sizes) == 11 and all(w >= 44 and h >= 44 for w, h in sizes), sizes
    group = page.get_by_role("group", name=re.compile("How bad is your back pain right now"))
    assert group.get_by_role("radio").count() == 11
    group.get_by_role("radio", name="0", exact=True).focus()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    assert group.get_by_role("radio", name="4", exact=True).is_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert [row[1] for row in _rows(page)] == ["4"]


@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_empty_and_with_entries(log, scheme, size):
    page = log(viewport=VIEWPORTS[size], color_scheme=scheme)
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    found = {}
    if violations := axe_violations(page):
        found["empty"] = violations
    for score in [5, 6, 6, 7]:
        _answer(page, score)
        _next_day(page, 7)
    if violations := axe_violations(page):
        found["entries"] = violations
    assert not found, found


def test_the_log_prints_on_one_sheet_with_its_chart_and_table(log):
    page = log(viewport=VIEWPORTS["desktop"])
    for score in range(14):
        _answer(page, [7, 7, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4, 3, 3][score])
        _next_day(page)
    pdf = page.pdf(format="A4")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        text = document.pages[0].extract_text()
    assert "Your entries" in text and "Pain (0 to 10)" in text and "Save" not in text


def test_without_javascript_the_page_says_the_log_needs_it(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "progress/")
    assert page.locator("p.pain-log__no-script").is_visible()
    assert not page.locator(".pain-log").is_visible()
    context.close()
