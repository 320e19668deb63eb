"""The private pain log in real Chromium, with Playwright's clock carrying it across days."""
import io
import json
import re
import shutil
from datetime import datetime, timedelta, timezone

import pdfplumber
import pytest

from helpers import LOOKS, VIEWPORTS, axe_violations, serve

DAY = 86_400_000  # ms
START = datetime(2026, 12, 1, 8, 30, tzinfo=timezone.utc)
KEY = "/.pain-log"  # the site's scope (its base path) and the log's name
NO_ANIMATION = "*, *::before, *::after { transition: none !important; animation: none !important; }"


@pytest.fixture
def log(open_clocked):
    return lambda time=START, **options: open_clocked("progress/", time=time, **options)


def _answer(page, score: int, form: str = "#pain-now"):
    page.locator(f"{form} .pain-scale__choice").nth(score).click()
    page.locator(form).get_by_role("button", name="Save").click()


def _next_day(page, days=1):
    page.clock.fast_forward(days * DAY)


def _rows(page) -> list[list[str]]:
    return [[cell.inner_text() for cell in row.locator("td").all()]
            for row in page.locator(".pain-log__table tbody tr").all()]


def _entries(scores_by_day: list[list[tuple[int, str]]], start=START, step_days=1) -> list[dict]:
    """Entries for consecutive days (or every step_days): each day's (score, when) an hour apart."""
    return [{"time": (start + timedelta(days=day * step_days, hours=hour)).isoformat(), "score": score, "when": when}
            for day, scores in enumerate(scores_by_day) for hour, (score, when) in enumerate(scores)]


def _open_with(log, stored, key=KEY, time=None, **options):
    """My progress with `stored` already in this browser's storage, at `time` (after the last entry)."""
    page = log(time=time or START, **options)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [key, stored if isinstance(stored, str) else json.dumps(stored)])
    page.reload()
    return page


def _stored(page, key=KEY):
    return json.loads(page.evaluate("(key) => localStorage.getItem(key)", key) or "null")


def _reading(page, rule: str):
    return page.locator(f".pain-reading[data-reading={rule}]")


def test_entries_over_days_stay_after_a_reload_in_table_and_chart(log):
    page = log()
    assert page.locator(".pain-log__summary").inner_text().startswith("No entries yet")
    assert not page.locator(".pain-chart").is_visible()
    for score in [7, 6, 4]:
        _answer(page, score)
        _next_day(page)
    page.reload()
    rows = _rows(page)
    assert [row[1] for row in rows] == ["7", "6", "4"] and all(row[2] == "Everyday" for row in rows)
    assert page.locator(".pain-chart .pain-chart__point--other").count() == 3
    summary = page.locator(".pain-log__summary").inner_text()
    assert summary == "3 entries. Everyday: pain went from 7 to 4 over 3 days."
    assert page.locator(".pain-chart desc").text_content() == summary


def test_before_and_after_a_routine_are_two_series(log, site_url):
    page = log()
    for before, after in [(7, 5), (6, 4), (5, 3)]:
        page.goto(site_url + "routine/")
        page.locator(".routine-pain summary").click()
        _answer(page, before, "#pain-before")
        page.evaluate("""() => { for (const s of document.querySelectorAll('#routine > section'))
            s.hidden = !s.matches('.routine-done'); }""")  # the routine itself is tested elsewhere
        _answer(page, after, "#pain-after")
        _next_day(page)
    page.goto(site_url + "progress/")
    assert page.locator(".pain-chart .pain-chart__point--before").count() == 3
    assert page.locator(".pain-chart .pain-chart__point--after").count() == 3
    assert page.locator(".pain-chart .pain-chart__routine-day").count() == 3
    assert "Before a routine: pain went from 7 to 5 over 3 days" in page.locator(".pain-log__summary").inner_text()


@pytest.mark.parametrize("edition", ["", "hi/"], ids=["en", "hi"])
def test_the_question_is_on_the_first_screen_and_the_warning_signs_follow_it(open_clocked, edition):
    page = open_clocked(f"{edition}progress/")
    screen = VIEWPORTS["phone"]["height"]
    box = "(selector) => document.querySelector(selector).getBoundingClientRect()"
    question, scale = page.evaluate(box, "#pain-now"), page.evaluate(box, "#pain-now .pain-scale")
    assert question["top"] < screen and scale["bottom"] < screen, (question["top"], scale["bottom"])
    # The warning signs come right after the question, before the entries.
    warning = page.locator(".pain-log .get-help-now")
    assert warning.is_visible() and question["bottom"] <= page.evaluate(box, ".pain-log .get-help-now")["top"]
    assert page.evaluate(box, ".pain-log .get-help-now")["bottom"] < page.evaluate(box, "#your-entries")["top"]
    # What the introduction said is still on the page, after the log.
    assert page.locator("#what-a-log-can-and-cannot-show").is_visible()


def test_entries_on_three_calendar_days_are_over_three_days_in_the_readers_time(log):
    # 6 December 09:00, 7 December 12:00 and 8 December 08:00 in India: 47 hours from first to last.
    page = log(time=datetime(2026, 12, 6, 3, 30, tzinfo=timezone.utc), timezone_id="Asia/Kolkata")
    for score, hours in [(7, 27), (6, 20), (5, 0)]:
        _answer(page, score)
        page.clock.fast_forward(hours * 3_600_000)
    assert page.locator(".pain-log__summary").inner_text() == "3 entries. Everyday: pain went from 7 to 5 over 3 days."
    # The same moments read in London, where the first is still 5 December: over 4 days.
    late = [{"time": "2026-12-06T01:00:00.000+05:30", "score": 7, "when": "before"},
            {"time": "2026-12-08T20:00:00.000+05:30", "score": 5, "when": "before"}]
    page = _open_with(log, late, time=START + timedelta(days=8), timezone_id="Europe/London")
    assert page.locator(".pain-log__summary").inner_text() == "2 entries. Before a routine: pain went from 7 to 5 over 4 days."


@pytest.mark.parametrize("edition, words", [
    ("", {"row": ["6 December 2026, 09:00", "7", "Everyday"], "range": "6 December 2026 to 8 December 2026",
          "day": "Sunday 6 December", "axis": ["6 December", "8 December"]}),
    ("hi/", {"row": ["6 दिसंबर 2026, 09:00", "7"], "range": "6 दिसंबर 2026 से 8 दिसंबर 2026",
             "day": "रविवार, 6 दिसंबर", "axis": ["6 दिसंबर", "8 दिसंबर"]}),
], ids=["en", "hi"])
def test_dates_are_written_as_people_write_them(log, open_clocked, edition, words):
    entries = [{"time": "2026-12-06T09:00:00.000+05:30", "score": 7, "when": "other"},
               {"time": "2026-12-08T08:00:00.000+05:30", "score": 5, "when": "other"}]
    page = open_clocked(f"{edition}progress/", time=datetime(2026, 12, 8, 12, tzinfo=timezone.utc),
                        timezone_id="Asia/Kolkata")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(entries)])
    page.reload()
    row = _rows(page)[0]
    assert row[:len(words["row"])] == words["row"]
    assert page.locator(".pain-sheet__range").text_content() == words["range"]
    assert page.locator(".pain-sheet tbody tr td").first.text_content() == words["day"]
    assert [text.text_content() for text in page.locator(".pain-chart__svg text").all()][-2:] == words["axis"]


def test_the_warning_signs_and_when_to_get_help_stand_from_the_start(log):
    page = log()
    assert page.locator(".pain-log .get-help-now").is_visible()
    for tier in ["emergency", "urgent", "see-doctor"]:
        assert page.locator(f".pain-log #help-{tier}").is_visible()
    assert not page.locator(".pain-log__readings").is_visible()


# ---- One reading per rule, from the table's cases that must give one (tests/cases/pain-readings.json).

def test_ten_out_of_ten_every_day_says_see_a_doctor_soon(log):
    page = log()
    for _ in range(20):
        _answer(page, 10)
        _next_day(page)
    reading = _reading(page, "severe")
    assert reading.is_visible()
    assert "8 or more on 14 different days in the last 14 days" in reading.inner_text()
    assert "see a doctor soon" in reading.inner_text()
    assert not any(_reading(page, rule).is_visible() for rule in ["not_improving", "rising", "very_bad"])
    # The urgent and emergency tiers follow the reading on the page.
    for tier in ["emergency", "urgent"]:
        assert page.locator(f".pain-log__readings ~ #help-{tier}").is_visible()


def test_pain_before_a_routine_that_stays_the_same_is_not_hidden_by_lower_scores_after(log):
    entries = _entries([[(7, "before"), (5, "after")]] * 28)
    page = _open_with(log, entries, time=START + timedelta(days=28))
    reading = _reading(page, "not_improving")
    assert reading.is_visible()
    text = reading.inner_text()
    assert "covers 27 days" in text and "about 7 on average in its first 7 days, and about 7 in its last 7" in text
    assert not re.search(r"\bcured?\b|because of acupressure", page.locator(".pain-log__readings").inner_text(), re.I)


def test_a_slow_rise_with_repeats_says_pain_is_going_up(log):
    entries = _entries([[(score, "other")] for score in [3, 5, 5, 7, 7, 9]], step_days=3)
    page = _open_with(log, entries, time=START + timedelta(days=16))
    reading = _reading(page, "rising")
    assert reading.is_visible()
    assert "Over the last 15 days your pain has gone up: about 4.3 on average" in reading.inner_text()
    assert "about 7.7 in your latest ones" in reading.inner_text()


def test_one_ten_out_of_ten_is_enough_for_advice(log):
    page = log()
    _answer(page, 10)
    reading = _reading(page, "very_bad")
    assert reading.is_visible() and not _reading(page, "severe").is_visible()
    assert "a score of 9 or more in the last 7 days" in reading.inner_text()
    assert "see a doctor" in reading.inner_text()


def test_a_rise_in_scores_after_routines_is_not_hidden_by_steady_others(log):
    entries = ([entry for day in range(3) for entry in _entries([[(4, "other")]], start=START + timedelta(days=day))]
               + [entry for day, score in [(3, 3), (5, 4), (7, 6), (9, 8)]
                  for entry in _entries([[(score, "after")]], start=START + timedelta(days=day))])
    page = _open_with(log, entries, time=START + timedelta(days=10))
    reading = _reading(page, "rising")
    assert reading.is_visible()
    assert "about 3.5 on average in your earlier entries, and about 7 in your latest ones" in reading.inner_text()


def test_pain_that_goes_down_gives_no_reading(log):
    page = log()
    for score in [7, 6, 5, 4]:
        _answer(page, score)
        _next_day(page, 8)
    assert not page.locator(".pain-log__readings").is_visible()


# ---- A reader's data: damaged storage, the old key, failed and blocked saves, two tabs.

def test_damaged_entries_are_set_aside_kept_and_offered_as_a_file(log, tmp_path):
    good = _entries([[(6, "other")], [(4, "other")]])
    damaged = [None, {"time": 5, "score": 3, "when": "other"}, {"time": "not a date", "score": 3, "when": "other"},
               {"time": '=HYPERLINK("http://example.com")', "score": 1, "when": "other"}]
    page = _open_with(log, [good[0], *damaged, good[1]], time=START + timedelta(days=2))
    assert [row[1] for row in _rows(page)] == ["6", "4"]
    notice = page.locator(".pain-log__damaged")
    assert notice.is_visible() and notice.inner_text().startswith("4 entries kept in this browser could not be read")
    _answer(page, 5)  # saving works, and writes the damaged items back as they were
    assert [row[1] for row in _rows(page)] == ["6", "4", "5"]
    assert _stored(page)[-4:] == damaged
    with page.expect_download() as download:
        page.get_by_role("button", name="Save them as a file").click()
    assert json.loads(open(download.value.path(), encoding="utf-8").read()) == damaged
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as a CSV file").click()
    exported = open(download.value.path(), encoding="utf-8").read()
    assert "HYPERLINK" not in exported and len(exported.splitlines()) == 4


def test_stored_text_that_is_not_json_is_never_overwritten(log):
    page = _open_with(log, "{not json")
    assert page.locator(".pain-log__damaged").is_visible()
    _answer(page, 3)
    stored = _stored(page)
    assert stored[-1] == "{not json" and stored[0]["score"] == 3


def test_the_first_versions_log_moves_into_the_sites_store_without_losing_an_entry(log):
    old = [{"time": "2026-12-01T08:30:00.000Z", "score": 6, "when": "other"},
           {"time": "2026-12-02T08:30:00.000Z", "score": 5, "when": "before"}]
    page = _open_with(log, old, key="acupressure-pain-log", time=START + timedelta(days=2))
    assert [row[1] for row in _rows(page)] == ["6", "5"]
    _answer(page, 4)
    assert [entry["score"] for entry in _stored(page)] == [6, 5, 4]
    assert _stored(page, "acupressure-pain-log") is None


REFUSE_WRITES = """Storage.prototype.setItem = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };"""


@pytest.mark.parametrize("where", ["progress/", "routine/"])
def test_a_save_the_browser_refuses_is_said_on_the_spot(browser, site_url, where):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    context.add_init_script(REFUSE_WRITES)
    page = context.new_page()
    page.goto(site_url + where)
    form = "#pain-now" if where == "progress/" else "#pain-before"
    if where == "routine/":
        page.locator(".routine-pain summary").click()
    _answer(page, 6, form)
    failed = page.locator(f"{form} .pain-question__failed")
    assert failed.is_visible() and failed.get_attribute("role") == "alert"
    assert failed.inner_text().startswith("Not saved") and "6 out of 10" in failed.inner_text()
    assert page.locator(f"{form} .pain-question__saved").inner_text() == ""
    context.close()


def test_blocked_site_data_is_said_and_nothing_pretends_to_save(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    context.add_init_script("""Object.defineProperty(window, "localStorage", { get() {
        throw new DOMException("Access is denied for this document.", "SecurityError"); } });""")
    page = context.new_page()
    page.goto(site_url + "progress/")
    assert page.locator(".pain-log__problem").inner_text().startswith("This browser does not let this site keep")
    _answer(page, 4)
    assert page.locator("#pain-now .pain-question__failed").inner_text().startswith("Not saved")
    context.close()


def test_two_tabs_saving_at_the_same_moment_lose_nothing(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    tabs = [context.new_page(), context.new_page()]
    for tab in tabs:
        tab.clock.install(time=START)
        tab.goto(site_url + "progress/")
    save = """(score) => { document.querySelector(`#pain-now input[value="${score}"]`).checked = true;
        document.querySelector("#pain-now .pain-question__save").click(); }"""
    for round_ in range(10):
        for index, tab in enumerate(tabs):
            # back to back, well within the time storage takes to reach the other tab
            tab.evaluate(save, index * 5 + round_ % 5)
        for tab in tabs:
            tab.clock.fast_forward(60_000)
    for tab in tabs:
        tab.wait_for_function("(key) => JSON.parse(localStorage.getItem(key)).length === 20", arg=KEY)
        tab.wait_for_function("document.querySelectorAll('.pain-log__table tbody tr').length === 20")
    context.close()


# ---- Keep or move the log.

def test_export_in_local_time_import_and_delete(log, tmp_path):
    page = log(timezone_id="Asia/Kolkata")
    _answer(page, 6)
    _next_day(page)
    _answer(page, 3)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as a CSV file").click()
    saved = tmp_path / "pain-log.csv"
    download.value.save_as(saved)
    lines = saved.read_text().splitlines()
    assert lines[0] == "time,score,when"
    assert [line.split(",")[1:] for line in lines[1:]] == [["6", "other"], ["3", "other"]]
    # Local time with its offset (the page's clock runs on from 14:00 as the test clicks).
    assert re.fullmatch(r"2026-12-01T14:00:\d\d\.\d{3}\+05:30", lines[1].split(",")[0])

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Delete everything").click()
    assert len(_rows(page)) == 2  # nothing deleted without a yes
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete everything").click()
    assert _rows(page) == [] and _stored(page) is None

    page.locator("input[data-action=import]").set_input_files(saved)
    page.wait_for_function("document.querySelectorAll('.pain-log__table tbody tr').length === 2")
    assert [row[1] for row in _rows(page)] == ["6", "3"]
    assert "Loaded 2 new entries" in page.locator(".pain-log__tools-status").inner_text()


@pytest.mark.parametrize("content, said", [
    (b"time,score,when\n2026-12-01T08:00:00.000Z,6,other\n\n\n2026-12-01T09:00:00Z,,before\n", "line 5 has no score"),
    (b"time,score,when\n05/11/2026 08:00,5,other\n", "the time on line 2 is not written like"),
    (b"time,score,when\n2026-02-30T08:00:00Z,5,other\n", "the time on line 2"),
    (b"time,score,when\n2020-06-01T08:00:00Z,5,other\n", "the date on line 2 is before this guide existed"),
    (b"time,score,when\n2027-06-01T08:00:00Z,5,other\n", "the date on line 2 is in the future"),
])
def test_a_file_with_a_bad_line_loads_nothing_and_names_the_line(log, content, said):
    page = log()
    page.locator("input[data-action=import]").set_input_files(
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": content}])
    page.wait_for_function("document.querySelector('.pain-log__tools-status').textContent.startsWith('Nothing')")
    assert said in page.locator(".pain-log__tools-status").inner_text()
    assert _rows(page) == []


def test_a_spreadsheets_file_with_quoted_headings_and_cr_line_ends_loads(log):
    page = log()
    page.locator("input[data-action=import]").set_input_files(files=[{
        "name": "sheet.csv", "mimeType": "text/csv",
        "buffer": b'"time","score","when"\r"2026-12-01T08:00:00+01:00","5","before"\r'}])
    page.wait_for_function("document.querySelectorAll('.pain-log__table tbody tr').length === 1")


def test_nothing_leaves_the_page(log, site_url):
    page = log()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    _answer(page, 5)
    page.reload()
    assert not [url for url in requests if not url.startswith(site_url)]


# ---- The page and its controls.

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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_save_keeps_its_colours_under_the_pointer_and_focus(log, scheme):
    """Material turns a hovered or focused button orange-red (or pale orange in dark mode): after Save
    the pointer still rests on it, and it would read as a warning or as switched off."""
    page = log(color_scheme=scheme)
    page.add_style_tag(content=NO_ANIMATION)
    save = page.locator("#pain-now").get_by_role("button", name="Save")
    colours = "(b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]"
    at_rest = save.evaluate(colours)
    _answer(page, 4)  # clicks Save: the pointer stays over it and it keeps the focus
    assert save.evaluate("(b) => b.matches(':hover') && b === document.activeElement")
    assert save.evaluate(colours) == at_rest


def test_chart_labels_are_at_least_12_px_and_grow_with_the_text_size(log):
    page = _open_with(log, _entries([[(7, "before"), (5, "after")]] * 5), time=START + timedelta(days=5))
    def sizes():
        return page.evaluate("""() => [...document.querySelectorAll('.pain-chart__svg .pain-chart__label')]
            .map((label) => label.getBoundingClientRect().height)""")
    before = sizes()
    assert len(before) >= 4 and min(before) >= 12, before
    page.evaluate("document.documentElement.style.fontSize = '250%'")  # the reader's 200 % text size
    page.wait_for_function("(smallest) => Math.min(...[...document.querySelectorAll('.pain-chart__svg .pain-chart__label')]"
                           ".map((label) => label.getBoundingClientRect().height)) > smallest * 1.5", arg=min(before))


@pytest.mark.parametrize("edition", ["", "hi/"], ids=["en", "hi"])
def test_the_charts_first_and_last_days_never_overlap_at_200_percent_text(open_clocked, edition):
    entries = _entries([[(7, "other")]] + [[]] * 20 + [[(5, "other")]])  # 1 and 22 December
    page = open_clocked(f"{edition}progress/", viewport={"width": 320, "height": 640},
                        time=START + timedelta(days=22))
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(entries)])
    page.reload()
    page.add_style_tag(content="html { font-size: 250% !important; }")  # the reader's 200 % text size
    dates = """() => [...document.querySelectorAll('.pain-chart__svg text')].slice(-2).map((text) => {
        const box = text.getBoundingClientRect(); return [box.left, box.right, box.top, box.bottom]; })"""
    page.wait_for_function(f"({dates})()[0][3] - ({dates})()[0][2] > 30")  # redrawn at the larger size
    (left1, right1, top1, bottom1), (left2, right2, top2, bottom2) = page.evaluate(dates)
    assert right1 <= left2 or bottom1 <= top2, "the first and last days are drawn over each other"
    svg = page.evaluate("document.querySelector('.pain-chart__svg').getBoundingClientRect().bottom")
    assert max(bottom1, bottom2) <= svg + 1


@pytest.mark.parametrize("scheme, size", LOOKS, ids=["-".join(look) for look in LOOKS])
def test_no_axe_violations_empty_and_with_entries(log, scheme, size):
    page = log(viewport=VIEWPORTS[size], color_scheme=scheme)
    page.add_style_tag(content=NO_ANIMATION)
    found = {}
    if violations := axe_violations(page):
        found["empty"] = violations
    for score in [9, 9, 9, 8]:  # severe pain on several days: a reading shows
        _answer(page, score)
        _next_day(page)
    assert page.locator(".pain-log__readings").is_visible()
    if violations := axe_violations(page):
        found["entries and readings"] = violations
    assert not found, found


def test_eight_weeks_print_for_a_doctor_on_one_a4_page(log, screenshots):
    days = 56
    entries = _entries([[(7 - day // 14, "before"), (5 - day // 14, "after")] for day in range(days)])
    page = _open_with(log, entries, time=START + timedelta(days=days), viewport=VIEWPORTS["phone"])
    pdf = page.pdf(format="A4")
    (screenshots.parent / "print").mkdir(exist_ok=True)
    (screenshots.parent / "print" / "pain-log-8-weeks.pdf").write_bytes(pdf)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        sheet = document.pages[0]
        text = sheet.extract_text()
        small = {(char["text"], round(char["size"], 1)) for char in sheet.chars if char["size"] < 8.95 and char["text"].strip()}
    assert "Name:" in text and "Printed on" in text and "How bad is your back pain right now?" in text
    assert "1 December 2026 to 25 January 2027" in text
    assert "Save" not in text and "Warning signs" not in text  # the sheet, not the page's controls
    assert not small, small  # every letter, the chart's labels too, at 9 pt or more


def test_a_longer_log_prints_its_last_eight_weeks_and_says_so(log):
    entries = _entries([[(5, "other")]] * 70)
    page = _open_with(log, entries, time=START + timedelta(days=70))
    page.emulate_media(media="print")
    assert page.locator(".pain-sheet__longer").inner_text() == "The log is longer: this sheet shows its last 56 days."
    assert page.locator(".pain-sheet tbody tr").count() == 56


def test_without_javascript_the_page_says_the_log_needs_it(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "progress/")
    assert page.locator("p.pain-log__no-script").is_visible()
    assert not page.locator(".pain-log").is_visible()
    context.close()


def test_where_the_script_did_not_start_save_does_nothing_and_says_why(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.route("**/pain-log.min.js", lambda route: route.fulfill(status=404))
    page.goto(site_url + "routine/")
    page.add_style_tag(content=NO_ANIMATION)
    page.locator(".routine-pain summary").click()
    _answer(page, 5, "#pain-before")
    assert page.url == site_url + "routine/"  # no reload with ?pain-before-score=5
    note = page.locator("#pain-before .pain-question__no-script")
    assert note.is_visible() and "needs JavaScript" in note.inner_text()
    context.close()


def test_a_guide_under_a_shared_address_says_other_sites_there_can_read_the_log(built_site, browser, tmp_path):
    shared = tmp_path / "owner.example"
    shared.mkdir()
    shutil.copytree(built_site, shared / "guide")
    with serve(shared) as address:
        context = browser.new_context(viewport=VIEWPORTS["phone"])
        page = context.new_page()
        page.goto(address + "guide/progress/")
        assert page.locator(".pain-log__shared").inner_text().startswith(
            f"This guide is published in a folder of {address.split('//')[1].rstrip('/')}")
        _answer(page, 5)
        keys = page.evaluate("Object.keys(localStorage)")  # Material keeps its colour choice there too
        assert "/guide/.pain-log" in keys and all(key.startswith("/guide/") for key in keys)
        context.close()
