"""A third language can start small: three files make a draft edition that builds, with English wherever
it has no translation yet and a note saying so on every page, in no other edition's language menu
(extra.editions, draft: true; site_plugin/edition.py)."""
from bs4 import BeautifulSoup

from acupoints.editions import blob_id, stamped
from helpers import build_editions, copy_project

TAMIL = {"lang": "ta", "name": "தமிழ்", "locale": "ta_IN", "read": "தமிழில் படிக்க",
         "offer": "இந்த வழிகாட்டி தமிழிலும் உள்ளது."}
HEADER = ('msgid ""\nmsgstr ""\n"Language: ta\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
          '"Content-Type: text/plain; charset=utf-8\\n"\n')


def _draft_project(tmp_path):
    """The project with a Tamil draft: its settings, an empty catalogue and its entry in extra.editions."""
    project = copy_project(tmp_path / "project")
    (project / "mkdocs.ta.yml").write_text("INHERIT: mkdocs.yml\nsite_dir: site/ta\ntheme:\n  language: ta\n",
                                           encoding="utf-8")
    catalogue = project / "translations" / "ta" / "messages.po"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_text(HEADER, encoding="utf-8")
    config = project / "mkdocs.yml"
    entry = "".join(f"      {key}: {value}\n" for key, value in TAMIL.items()).replace("      lang", "    - lang", 1)
    text = config.read_text(encoding="utf-8")
    end = text.index("\n", text.index("      offer:", text.index("    - lang: hi"))) + 1
    config.write_text(text[:end] + entry + "      draft: true\n" + text[end:], encoding="utf-8")
    return project


def _soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_a_draft_edition_from_three_files_builds_in_english_and_says_so(tmp_path):
    project = _draft_project(tmp_path)
    site = tmp_path / "site"
    result = build_editions(project, site)
    assert result.returncode == 0, result.stderr
    english_pages = sorted(path.relative_to(site) for path in site.glob("**/index.html")
                           if path.relative_to(site).parts[0] not in ("hi", "ta"))
    for page in english_pages:
        draft = _soup(site / "ta" / page)
        assert draft.html["lang"] == "ta", page
        assert draft.select_one(".draft-notice"), f"ta/{page} does not say it is a draft"
        assert not draft.select_one(".untranslated-note"), f"ta/{page} says twice that it is in English"
        # English in a Tamil page: a screen reader reads it in an English voice.
        assert draft.select_one("article > div[lang=en] h1"), f"ta/{page}: its English is not marked lang=en"
        assert draft.select_one('meta[name=robots][content=noindex]'), page
    guide = _soup(site / "ta" / "guide" / "index.html")
    assert guide.select_one(".get-help-now"), "the draft's guide shows the warning signs, in English"
    # Its pain log is the same as the other editions': kept under the English root.
    assert '"store": "../"' in (site / "ta" / "progress" / "index.html").read_text(encoding="utf-8")


def test_a_draft_is_in_no_other_editions_language_menu_or_sitemap(tmp_path):
    project = _draft_project(tmp_path)
    site = tmp_path / "site"
    assert build_editions(project, site).returncode == 0
    for edition in (site, site / "hi"):
        home = _soup(edition / "index.html")
        assert not home.select('[hreflang="ta"]'), edition
        assert 'hreflang="ta"' not in (edition / "sitemap.xml").read_text(encoding="utf-8")
    assert _soup(site / "ta" / "index.html").select('a[hreflang="ta"]'), "its own menu lists it"
    assert not _soup(site / "hi" / "index.html").select(".draft-notice")


def test_a_translated_page_takes_the_place_of_the_english_one_and_is_checked(tmp_path):
    project = _draft_project(tmp_path)
    english = project / "docs" / "disclaimer.md"
    translated = project / "translations" / "ta" / "docs" / "disclaimer.md"
    translated.parent.mkdir(parents=True)
    translated.write_text(stamped(english.read_text(encoding="utf-8") + "\nமொழிபெயர்ப்பு.\n",
                                  blob_id(english.read_bytes())), encoding="utf-8")
    site = tmp_path / "site"
    assert build_editions(project, site).returncode == 0
    assert "மொழிபெயர்ப்பு." in (site / "ta" / "disclaimer" / "index.html").read_text(encoding="utf-8")
    assert "மொழிபெயர்ப்பு." not in (site / "disclaimer" / "index.html").read_text(encoding="utf-8")
    assert not _soup(site / "ta" / "disclaimer" / "index.html").select_one("div[lang=en]")  # it is Tamil now
    # Held to its English page as a Hindi page is: a heading without the English id stops the build.
    translated.write_text(translated.read_text(encoding="utf-8") + "\n## புதிய தலைப்பு\n", encoding="utf-8")
    assert "translations/ta/docs/disclaimer.md" in build_editions(project, site).stderr
