"""Printing through Chromium's own print (page.pdf), read back with pdfplumber, pictured with pdftoppm."""
import io
import re
import subprocess
import unicodedata

import pdfplumber
import pytest
from PIL import Image, ImageStat

import system_packages
from helpers import require

PAPER = ["A4", "Letter"]
# Words only the site's chrome shows: header, navigation, search, footer and on-screen controls.
CHROME = ["Acupressure for Back Pain", "Table of contents", "Search", "Back to top", "See the disclaimer.",
          "Print a pocket card", "Print all cards", "Filter the questions", "Link to this question", "Previous"]


def _flat(text: str) -> str:
    """One line of text, as it was before line breaks: lines may break after a hyphen
    (finger-/widths), and NFKC because PDF fonts may map a character to a look-alike (谷 to ⾕)."""
    text = re.sub(r"(?<=\w)-\s+(?=\w)", "-", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


def print_pdf(page, url: str, paper: str, name: str, screenshots) -> list[str]:
    """Print a page as Chromium prints it; keep the PDF and PNG pictures; return each sheet's text."""
    require(system_packages.POPPLER)
    page.goto(url)
    pdf = page.pdf(format=paper)
    folder = screenshots.parent / "print"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", folder / f"{name}.pdf", folder / name], check=True)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        small = [(sheet.page_number, char["text"], round(char["size"], 1))
                 for sheet in document.pages for char in sheet.chars if char["size"] < 8.9 and char["text"].strip()]
        # In the order Chromium wrote it: a figure's labels beside a line of text do not split it.
        sheets = [_flat(sheet.extract_text(use_text_flow=True) or "") for sheet in document.pages]
    page.small_text = small  # for the legibility assertions
    return sheets


def _card_title(point) -> str:
    return f"{point.code} {point.pinyin}"


def _card_last_line(point) -> str:
    return f"{point.code} · Information only"


@pytest.mark.parametrize("paper", PAPER)
def test_cards_print_one_to_a_sheet_each_whole(page, site_url, catalog, screenshots, paper):
    """A card is a sheet folded in half: the point on one half, the cautions and signs on the other."""
    sheets = print_pdf(page, site_url + "cards/", paper, f"cards-{paper.lower()}", screenshots)

    assert len(sheets) == len(catalog.points)
    for point in catalog.points:
        first = [i for i, text in enumerate(sheets) if _card_title(point) in text]
        last = [i for i, text in enumerate(sheets) if _card_last_line(point) in text]
        assert len(first) == 1 and first == last, f"{point.code} card is split or missing: {first} {last}"
        text = sheets[first[0]]
        for value in [point.chinese["simplified"], point.location["plain"],
                      point.press["method"], point.hold.words,
                      point.how_often,
                      *(caution.words(short=True) for caution in point.cautions),
                      *(item["text"] for item in catalog.get_help["emergency"]["short"]), "Get help now if",
                      *(f"{entry['place']} {entry['number']}" for entry in catalog.get_help["emergency"]["numbers"]),
                      *(item["text"] for item in catalog.get_help["urgent"]["short"]), "See a doctor today if",
                      *(item["text"] for item in catalog.get_help["see_doctor"]["short"]),
                      "Information only, not medical advice."]:
            assert _flat(value) in text, f"{point.code} card lacks {value!r}"
    for text in sheets:
        assert text, "empty sheet"
        assert not [word for word in CHROME if word in text]
    assert not page.small_text, f"text under 9 pt: {page.small_text[:10]}"


# The page area inside the print margins (site.css: @page margin 12 mm), in CSS pixels.
PRINTABLE = {"A4": {"width": round((210 - 24) / 25.4 * 96), "height": round((297 - 24) / 25.4 * 96)},
             "Letter": {"width": round((215.9 - 24) / 25.4 * 96), "height": round((279.4 - 24) / 25.4 * 96)}}


# Each half of a card; words that do not fit would run over its dashed border.
OVERFLOWING_HALVES = """() => [...document.querySelectorAll('.point-card__front, .point-card__back')]
    .filter((half) => half.scrollHeight > half.clientHeight + 1)
    .map((half) => `${half.closest('.point-card').id} ${half.className}: `
        + `${half.scrollHeight - half.clientHeight} px too tall`)"""


@pytest.mark.parametrize("paper", PAPER)
def test_every_card_fits_inside_its_border_with_its_cautions_at_11_pt(browser, site_url, paper):
    """Each half of a card is at most half a sheet high, and the cautions are at least 11 pt."""
    page = browser.new_page(viewport=PRINTABLE[paper])
    page.goto(site_url + "cards/")
    page.emulate_media(media="print")
    overflowing = page.evaluate(OVERFLOWING_HALVES)
    halves = page.evaluate("""() => [...document.querySelectorAll('.point-card__front, .point-card__back')]
        .map((half) => half.getBoundingClientRect().height)""")
    sizes = page.evaluate("""() => [...document.querySelectorAll('.point-card__cautions li')]
        .map((item) => parseFloat(getComputedStyle(item).fontSize))""")
    page.close()
    assert not overflowing, overflowing
    assert max(halves) <= PRINTABLE[paper]["height"] / 2, halves
    assert sizes and min(sizes) >= 11 / 72 * 96 - 0.01, f"cautions at {min(sizes) * 72 / 96:.1f} pt"


@pytest.mark.parametrize("paper", PAPER)
def test_print_this_card_prints_that_card_alone(page, site_url, catalog, screenshots, paper):
    point = catalog.find("BL52")
    page.goto(f"{site_url}points/bl52/")
    page.evaluate("window.print = () => { window.printed = location.hash; }")
    page.get_by_role("button", name="Print a pocket card").click()
    assert page.evaluate("window.printed") == "#card-bl52"

    sheets = print_pdf(page, page.url, paper, f"card-bl52-{paper.lower()}", screenshots)
    assert len(sheets) == 1
    assert _card_title(point) in sheets[0] and _card_last_line(point) in sheets[0]
    assert "How to find it on yourself" not in sheets[0]  # the page itself is not printed
    assert not [other for other in catalog.points if other is not point and _card_title(other) in sheets[0]]
    assert not [word for word in CHROME if word in sheets[0]]
    assert not page.small_text


def test_a_card_link_prints_the_card_without_javascript(browser, site_url, screenshots):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sheets = print_pdf(page, f"{site_url}points/ki1/#card-ki1", "A4", "card-ki1-no-js", screenshots)
    context.close()
    assert len(sheets) == 1 and sheets[0].startswith("KI1 Yongquan")


@pytest.mark.parametrize("path", ["guide/", "faq/", "precautions/", "points/gb30/"])
def test_ordinary_pages_print_clean(page, site_url, screenshots, path):
    sheets = print_pdf(page, site_url + path, "A4", "page-" + path.strip("/").replace("/", "-"), screenshots)
    assert all(sheets), "empty sheet"
    assert "Information only, not medical advice." in sheets[0]  # the disclaimer prints too
    assert "Page last reviewed" in sheets[-1]
    assert not [word for text in sheets for word in CHROME if word in text]
    assert not any("Pocket card" in text for text in sheets)  # a point page prints without its card


def test_cards_print_black_on_white_from_dark_mode(browser, site_url, screenshots):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    print_pdf(page, site_url + "cards/", "A4", "cards-dark-mode", screenshots)
    context.close()
    picture = Image.open(screenshots.parent / "print" / "cards-dark-mode-1.png").convert("L")
    brightness = ImageStat.Stat(picture).mean[0]
    assert brightness > 200, f"page is dark on paper (mean brightness {brightness:.0f} of 255)"
