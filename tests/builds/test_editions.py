"""The Hindi edition: every English page has its Hindi page, in Hindi, saying the same safety text, and
a change in English stops the Hindi build until it is translated (acupoints/editions.py)."""
import json
import re
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import yaml
from bs4 import BeautifulSoup

from helpers import ROOT, build_editions, built_pages, copy_project, one_error_line, real_data

HINDI = "hi"
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
LATIN = re.compile(r"[A-Za-z]")
CODE = re.compile(r"\b(?:LI|BL|UB|GB|KI|KD|KID|K|B)[- ]?\d+\b")
# The boxes and lists of safety text the macros put on a page, and the facts a reader acts on.
SAFETY = [".get-help-now", ".help-tier", ".help-tier li", ".point-cautions li", ".leg-symptoms", ".painkillers li",
          ".routine-cautions li", ".routine-point__cautions li", ".point-card__cautions li", ".emergency-number",
          ".disclaimer-notice", ".pain-reading"]
FACTS = ".point-facts, .point-card dl, .routine-list, .start-here, table, .emergency-number"


NAMESPACES = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's !ENV tags read as what they are, not values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: f"!{suffix}")


def _config(name: str) -> dict:
    return yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=_Loader)


def _pairs(site: Path):
    """(English page, Hindi page) for every page of the Hindi edition."""
    for hindi in sorted((site / HINDI).rglob("index.html")):
        yield site / hindi.relative_to(site / HINDI), hindi


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _main_text(soup: BeautifulSoup) -> str:
    """What the page says in its own words: the article without citations and text marked as English
    or Chinese (names), scripts, styles or drawings."""
    article = soup.select_one("article")
    for other in article.select("script, style, svg, .sources, [lang=en], [lang^=zh], template, .md-source-file"):
        other.decompose()
    return article.get_text(" ", strip=True)


def test_the_hindi_settings_name_only_its_language_and_folders():
    """The rest is mkdocs.yml's, its words from the catalogue: no plugins list or menu to keep in step."""
    hindi = _config("mkdocs.hi.yml")
    assert hindi == {"INHERIT": "mkdocs.yml", "docs_dir": "translations/hi/docs", "site_dir": "site/hi",
                     "theme": {"language": "hi"}}


def test_the_settings_words_come_from_the_catalogue_and_one_missing_stops_the_hindi_build(built_site, tmp_path):
    home = _soup(built_site / HINDI / "index.html")
    assert home.select_one(".md-header__topic").get_text(" ", strip=True).startswith("कमर दर्द के लिए एक्यूप्रेशर")
    assert "सबसे पहले सुरक्षा" in home.select_one("nav.md-nav--primary").get_text(" ", strip=True)
    project = copy_project(tmp_path / "project")
    catalogue = project / "translations" / HINDI / "messages.po"
    text = catalogue.read_text(encoding="utf-8")
    translated = 'msgid "Safety first"\nmsgstr "सबसे पहले सुरक्षा"'
    assert translated in text
    catalogue.write_text(text.replace(translated, 'msgid "Safety first"\nmsgstr ""'), encoding="utf-8")
    line = one_error_line(build_editions(project, tmp_path / "site"))
    assert line.endswith("translations/hi/messages.po: nav in mkdocs.yml has no current translation; translate "
                         "'Safety first' (make translations adds it there)"), line


def test_every_english_page_has_its_hindi_page_in_the_same_place(built_site):
    english = {path.relative_to(built_site) for path in built_site.rglob("index.html")
               if not path.relative_to(built_site).parts[0] == HINDI}
    hindi = {path.relative_to(built_site / HINDI) for path in (built_site / HINDI).rglob("index.html")}
    assert english == hindi
    assert "पेज नहीं मिला" in (built_site / HINDI / "404.html").read_text(encoding="utf-8")


def test_hindi_search_loads_no_stemmer_and_indexes_the_codes(built_site):
    text = (built_site / HINDI / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "कमर" in text and "\\u09" not in text, "Hindi letters as UTF-8, not as six-byte escapes"
    index = json.loads(text)
    assert index["config"]["lang"] == ["en"] and index["config"]["pipeline"] == []
    for page in built_pages(built_site, HINDI):
        assert "wordcut" not in page.read_text(encoding="utf-8") and "lunr.hi" not in page.read_text(encoding="utf-8")
    tags = {doc["location"]: doc.get("tags") for doc in index["docs"]}
    assert {"BL23", "B23", "UB23", "Shenshu"} <= set(tags["points/bl23/"])


def test_every_hindi_page_is_in_hindi(built_site):
    for _, page in _pairs(built_site):
        soup = _soup(page)
        assert soup.html["lang"] == HINDI, page
        assert soup.select_one(".untranslated-note") is None, f"{page}: a message has no Hindi (make translations)"
        text = _main_text(soup)
        devanagari, latin = len(DEVANAGARI.findall(text)), len(LATIN.findall(CODE.sub("", text)))
        assert devanagari > 5 * latin, f"{page.relative_to(built_site)}: {devanagari} Devanagari, {latin} Latin letters"


def test_hindi_sentences_are_short(built_site):
    """No Flesch formula exists for Hindi: the pages keep to short sentences instead. A heading, list
    item or box ends a sentence as a full stop (।) does, and so does each item of a list written as
    one sentence, its items parted by semicolons (the warning signs in short)."""
    words = sentences = 0
    for _, page in _pairs(built_site):
        article = _soup(page).select_one("article")
        for other in article.select("script, style, svg, .sources, [lang=en], [lang^=zh], template, table"):
            other.decompose()
        for block in article.select("h1, h2, h3, p, li, dt, dd, figcaption, summary"):
            if block.find(["p", "li"]):
                continue  # its own blocks are counted
            for sentence in re.split(r"[।?!;]", block.get_text(" ", strip=True)):
                if DEVANAGARI.search(sentence):
                    words += len(sentence.split())
                    sentences += 1
    assert words / sentences <= 12, f"{words / sentences:.1f} words a sentence on average"


def _safety_counts(soup: BeautifulSoup) -> dict:
    return {selector: len(soup.select(selector)) for selector in SAFETY}


def _numbers(soup: BeautifulSoup) -> list[str]:
    """Codes, hold times and emergency numbers: the figures a reader acts on."""
    text = " ".join(element.get_text(" ") for element in soup.select(FACTS))
    return sorted(re.findall(r"\d+(?:\.\d+)?", text))


def test_every_hindi_page_shows_the_same_warning_signs_cautions_times_and_codes(built_site):
    for english, hindi in _pairs(built_site):
        english_soup, hindi_soup = _soup(english), _soup(hindi)
        where = hindi.relative_to(built_site)
        assert _safety_counts(hindi_soup) == _safety_counts(english_soup), where
        assert _numbers(hindi_soup) == _numbers(english_soup), where
        codes = [sorted(CODE.findall(_main_text(soup))) for soup in (english_soup, hindi_soup)]
        assert codes[1] == codes[0], where


def test_every_page_links_to_itself_in_the_other_language(built_site):
    for english, hindi in _pairs(built_site):
        for page, other, lang in ((english, hindi, HINDI), (hindi, english, "en")):
            link = _soup(page).select_one(f"a.md-select__link[hreflang={lang}]")
            target = (page.parent / link["href"]).resolve()
            assert target in (other.parent, other), f"{page.relative_to(built_site)} -> {link['href']}"
            # No head links to other languages: Material's script would fetch a sitemap for each.
            assert _soup(page).select_one("link[rel=alternate][hreflang]") is None


def test_the_sitemaps_name_every_page_in_both_languages(tmp_path):
    """hreflang, as search engines read it from a sitemap: whole addresses, so only with a site_url."""
    site = tmp_path / "site"
    result = build_editions(ROOT, site, SITE_URL="https://example.org/guide/")
    assert result.returncode == 0, result.stderr
    for sitemap, base in ((site / "sitemap.xml", ""), (site / HINDI / "sitemap.xml", "hi/")):
        entries = ElementTree.parse(sitemap).getroot().findall("sitemap:url", NAMESPACES)
        assert len(entries) == len(built_pages(site, base.rstrip("/")))
        for entry in entries:
            page = entry.find("sitemap:loc", NAMESPACES).text.removeprefix("https://example.org/guide/" + base)
            links = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NAMESPACES)}
            assert links == {"en": f"https://example.org/guide/{page}", "hi": f"https://example.org/guide/hi/{page}"}


def test_the_hindi_pages_are_written_in_nfc_without_stray_characters():
    from acupoints.characters import character_problem

    for page in sorted((ROOT / "translations" / HINDI / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), page
        for number, line in enumerate(text.splitlines(), start=1):
            problem = character_problem(line.replace("{{", "").replace("}}", "").replace("{%", "").replace("%}", ""))
            assert problem is None, f"{page.relative_to(ROOT)}, line {number}: {problem}"


# --- The glossary: one Hindi word for each English term (acupoints/build_checks/glossary.py) ------

def test_a_word_the_glossary_avoids_stops_the_hindi_build_naming_the_page(tmp_path):
    project = copy_project(tmp_path / "project")
    guide = project / "translations" / HINDI / "docs" / "guide.md"
    text = guide.read_text(encoding="utf-8")
    assert "डॉक्टर" in text
    guide.write_text(text.replace("डॉक्टर", "चिकित्सक", 1), encoding="utf-8")
    line = one_error_line(build_editions(project, tmp_path / "site"))
    assert line.endswith("translations/hi/docs/guide.md: 'चिकित्सक' is a word translations/hi/glossary.yml avoids "
                         "for 'doctor'; write 'डॉक्टर'"), line


def test_a_wrong_spelling_rule_in_the_glossary_stops_the_hindi_build(tmp_path):
    """Search and the FAQ filter take readers' spellings from the glossary (acupoints/spellings.py)."""
    project = copy_project(tmp_path / "project")
    glossary = project / "translations" / HINDI / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("[डॉक्टर, डाक्टर]", "[डॉक्टर, डॉक्टर]"),
                        encoding="utf-8")
    line = one_error_line(build_editions(project, tmp_path / "site"))
    assert "translations/hi/glossary.yml: /typed/1/example: the rule makes 'डॉक्टर' into 'डाक्टर'" in line


# --- Kept in step: a change in English stops the Hindi build until it is translated -----------------

def test_a_changed_english_caution_stops_the_hindi_build_until_it_is_translated(tmp_path):
    project = copy_project(tmp_path / "project")
    data = real_data()
    data["cautions"]["injury"]["short"] = "Not over a broken bone or a hurt spine; after a fall, see a doctor first."
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")
    result = build_editions(project, tmp_path / "site")
    line = one_error_line(result)
    assert "data/points.json: /cautions/injury/short: this safety text has no current 'hi' translation" in line
    assert (tmp_path / "site" / "index.html").is_file(), "English still builds"


def test_a_changed_english_page_stops_the_hindi_build_naming_the_page(tmp_path):
    project = copy_project(tmp_path / "project")
    faq = project / "docs" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    line = one_error_line(build_editions(project, tmp_path / "site"))
    assert "translations/hi/docs/faq.md is out of date: docs/faq.md has changed" in line
    assert "make translated PAGE=translations/hi/docs/faq.md" in line


def test_a_missing_hindi_page_stops_the_hindi_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "translations" / HINDI / "docs" / "evidence.md").unlink()
    line = one_error_line(build_editions(project, tmp_path / "site"))
    assert "translations/hi/docs/evidence.md is missing" in line


def test_other_words_without_hindi_stay_english_and_the_page_says_so(tmp_path):
    project = copy_project(tmp_path / "project")
    catalogue = project / "translations" / HINDI / "messages.po"
    text = catalogue.read_text(encoding="utf-8")
    # A word of the templates, and one of the data (a point's meridian, on its page alone).
    for english in ("Print all cards", "Large Intestine"):
        translated = re.search(rf'msgid "{english}"\nmsgstr "[^"]+"', text).group(0)
        text = text.replace(translated, f'msgid "{english}"\nmsgstr ""')
    catalogue.write_text(text, encoding="utf-8")
    result = build_editions(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    cards, guide, li4 = (_soup(tmp_path / "site" / HINDI / page / "index.html")
                         for page in ("cards", "guide", "points/li4"))
    assert cards.select_one("[data-print-all]").get_text(strip=True) == "Print all cards"
    assert "अनुवाद अभी तैयार नहीं" in cards.select_one(".untranslated-note").get_text()
    assert "Large Intestine" in li4.get_text() and li4.select_one(".untranslated-note") is not None
    assert guide.select_one(".untranslated-note") is None
