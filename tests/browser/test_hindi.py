"""The Hindi edition in real Chromium: the routine and the pain log run in Hindi with no English word a
reader sees or hears, search finds Hindi words and the point codes, the language menu keeps the page,
and a reader's log is the same in both editions. Time is driven with Playwright's clock."""
import re
import subprocess
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

import pdfplumber

import system_packages
from acupoints.routine import steps
from helpers import VIEWPORTS, require

START = datetime(2026, 12, 1, 8, 30, tzinfo=timezone.utc)
NO_ANIMATION = "*, *::before, *::after { transition: none !important; animation: none !important; }"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")

# Every piece of text a reader meets in a part of the page: what shows, what a screen reader reads out
# (status lines, names of controls, drawings' titles) and what the routine says aloud; not what is
# marked as another language (English names, Chinese characters) or hidden.
READER_TEXT = """(root) => {
  const texts = [];
  const shown = (element) => element.checkVisibility() && !element.closest('[lang]:not([lang=hi])');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && shown(parent) && !parent.closest('script, style')) texts.push(walker.currentNode.textContent);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (shown(element)) texts.push(element.getAttribute('aria-label') || element.title || element.placeholder || '');
  }
  return texts.join(' ');
}"""


def _english_words(page, selector: str, catalog) -> set[str]:
    """Latin words a reader meets in the part of the page, but point codes and names (Hegu...)."""
    names = {part for point in catalog.points
             for name in [point.code, *point.aliases, point.pinyin] for part in LATIN_WORD.findall(name)}
    text = page.locator(selector).evaluate(READER_TEXT)
    return {word for word in LATIN_WORD.findall(text) if word not in names}


def _button(page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def test_the_routine_runs_through_in_hindi(open_clocked, catalog):
    page = open_clocked("hi/routine/")
    page.add_style_tag(content=NO_ANIMATION)
    page.evaluate("() => { window.said = []; speechSynthesis.speak = (u) => window.said.push(u.text); }")
    page.locator(".routine-options summary").click()
    page.get_by_role("checkbox", name="हर कदम बोलकर बताया जाए").check()
    assert not _english_words(page, "#routine", catalog)
    _button(page, "शुरू करें").click()
    assert not _english_words(page, "#routine", catalog)
    _button(page, "मैंने देख लिया: शुरू करें").click()
    plan = steps(catalog, "short")
    for number, step in enumerate(plan, start=1):
        assert page.locator(".routine-progress").inner_text() == f"कदम {number} (कुल {len(plan)})"
        assert not _english_words(page, "#routine", catalog), step
        if step["kind"] == "find":
            _button(page, "तैयार").click()
        else:
            page.clock.run_for(step["seconds"] * 1000 + 500)
    assert page.locator(".routine-done").is_visible()
    assert not _english_words(page, "#routine", catalog)
    said = " ".join(page.evaluate("window.said"))  # what the routine said aloud, where it found a voice
    codes_and_names = {part for point in catalog.points for name in [point.code, point.pinyin]
                       for part in LATIN_WORD.findall(name)}
    assert not set(LATIN_WORD.findall(said)) - codes_and_names
    assert "कितना तेज़" in page.locator(".routine-done").inner_text()  # the pain question after, in Hindi


def test_the_pain_log_speaks_hindi_with_indian_dates_and_keeps_one_log_for_both_editions(open_clocked, catalog,
                                                                                        tmp_path):
    page = open_clocked("hi/progress/", time=START, timezone_id="Asia/Kolkata")
    page.add_style_tag(content=NO_ANIMATION)
    page.locator("#pain-now .pain-scale__choice").nth(7).click()
    page.locator("#pain-now").get_by_role("button", name="सेव करें").click()
    assert page.locator("#pain-now .pain-question__saved").inner_text() == "सेव हो गया: 10 में से 7।"
    date = page.locator(".pain-log__table tbody tr td").first.inner_text()
    assert "दिस॰" in date or "दिसं" in date, date  # December, as Intl.DateTimeFormat("hi-IN") writes it
    assert re.search(r"\b2026\b", date), date  # Latin digits
    assert page.locator(".pain-log__summary").inner_text() == "अब तक 1 एंट्री।"
    # CSV is a file's kind; NHS and GP name the UK's services, in the when-to-get-help tiers.
    assert not _english_words(page, "#pain-log", catalog) - {"CSV", "NHS", "GP"}
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV फ़ाइल में सेव करें").click()
    saved = tmp_path / "pain-log.csv"
    download.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "time,score,when" and lines[1].endswith(",7,other")  # the same columns in every edition
    page.goto(page.url.replace("/hi/progress/", "/progress/"))
    assert [cell.inner_text() for cell in page.locator(".pain-log__table tbody tr td").all()][1] == "7"
    assert page.locator(".pain-log__shared").is_hidden()


def test_the_language_menu_keeps_the_page(open_page):
    page = open_page("points/li4/", VIEWPORTS["phone"])
    for language, path in (("हिन्दी", "/hi/points/li4/"), ("English", "/points/li4/")):
        page.get_by_role("button", name=re.compile("Select language|भाषा चुनें")).hover()
        page.locator(".md-select__link", has_text=language).click()
        page.wait_for_url(re.compile(re.escape(path) + "$"))
        assert urlsplit(page.url).path == path


# A word of the self-care page ("keep moving"): "कमर" alone finds the two lower-back points first
# (their names say कमर).
SEARCHES = [("चलते-फिरते", "/hi/back-care/"), ("सुन्नपन", "/hi/precautions/"), ("साइटिका", "/hi/faq/"),
            ("B23", "/hi/points/bl23/"), ("zhishi", "/hi/points/bl52/")]


def _search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    previous, current = None, page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    while current != previous:
        time.sleep(0.15)
        previous = current
        current = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    return [urlsplit(href).path for href in current]


def test_hindi_search_finds_hindi_words_and_codes_online_and_offline(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(site_url + "hi/")  # one visit keeps the Hindi edition offline
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'", timeout=30_000)
    for offline in (False, True):
        context.set_offline(offline)
        page.goto(site_url + "hi/guide/")
        for query, expected in SEARCHES:
            found = _search(page, query)
            pages = list(dict.fromkeys(found))  # a page's sections follow it in the results
            assert expected in pages[:3], (query, offline, pages[:5])
            assert all(path.startswith("/hi/") for path in found), found
    # A query typed as decomposed or precomposed letters finds the same: ज़ is ज and a dot.
    assert _search(page, "ज़रूरी") == _search(page, "\u095b" + "रूरी")
    context.close()


def test_hindi_cards_print_whole_on_a4_with_devanagari_embedded(browser, site_url, catalog, tmp_path):
    require(system_packages.POPPLER)
    page = browser.new_page()
    page.goto(site_url + "hi/cards/")
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(page.pdf(format="A4"))
    page.emulate_media(media="print")
    page.set_viewport_size({"width": round(186 / 25.4 * 96), "height": round(273 / 25.4 * 96)})
    overflowing = page.evaluate("""() => [...document.querySelectorAll('.point-card__front, .point-card__back')]
        .filter((half) => half.scrollHeight > half.clientHeight + 1).map((half) => half.closest('.point-card').id)""")
    page.close()
    assert not overflowing, f"Hindi cards run over their border: {overflowing}"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"NotoSansDevanagari\S*\s.*\byes\b", fonts), fonts  # drawn in Devanagari, embedded
    with pdfplumber.open(pdf) as document:
        sheets = [sheet.extract_text() or "" for sheet in document.pages]
    assert len(sheets) == len(catalog.points)  # one folded sheet a card
    for point in catalog.points:
        # The Hindi title names the body place between code and name: "LI4 (हाथ) Hegu".
        title = [i for i, text in enumerate(sheets) if re.search(rf"{point.code} \(.+?\) {point.pinyin}", text)]
        footer = [i for i, text in enumerate(sheets) if re.search(rf"{point.code} ·", text)]
        assert len(title) == 1 and title == footer, f"{point.code} card is split or missing"
