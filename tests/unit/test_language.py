"""The core's languages: the catalogue read with Babel, what counts as a current translation, the data's
words and safety text, and the editions' pages kept in step with English (acupoints/language.py,
acupoints/data_words.py, acupoints/editions.py)."""
import json
import shutil
import subprocess

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from acupoints import DataError, data_words, load_catalog
from acupoints.characters import character_problem
from acupoints.editions import blob_id, edition_problems, relative_to_page, same_page_in, stamped
from acupoints.language import Language, Plural, load_language
from helpers import DATA_FILE, ROOT


def _catalogue(project, code, messages, header_plural="nplurals=2; plural=(n > 1);"):
    """A translations/<code>/messages.po with (English, translation, fuzzy) entries."""
    catalog = Catalog(locale=code, charset="utf-8")
    for english, translation, fuzzy, *flags in messages:
        catalog.add(english, translation, flags=set(flags) | ({"fuzzy"} if fuzzy else set()))
    path = project / "translations" / code / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog)
    text = path.read_text(encoding="utf-8")
    text = text.replace(f'"Plural-Forms: {catalog.plural_forms}\\n"', f'"Plural-Forms: {header_plural}\\n"')
    path.write_text(text, encoding="utf-8")
    return path


def test_only_current_translations_count_and_the_rest_stays_english(tmp_path):
    _catalogue(tmp_path, "hi", [("Start", "शुरू करें", False), ("Stop", "बंद करें", True), ("Back", "", False),
                                (("{count} point", "{count} points"), ("{count} पॉइंट", "{count} पॉइंट"), False)])
    hindi = load_language(tmp_path, "hi")
    assert hindi.gettext("Start") == "शुरू करें"
    assert hindi.gettext("Stop") == "Stop"  # fuzzy: its English changed since it was translated
    assert hindi.gettext("Back") == "Back"  # empty
    assert hindi.gettext("Next") == "Next"  # not in the catalogue at all
    assert hindi.untranslated == {"Stop", "Back"}  # "Next" too once make translations adds it
    assert hindi.counted(3, "{count} point", "{count} points") == "3 पॉइंट"
    assert not hindi.has("Stop") and hindi.has("Start")


def test_a_page_records_each_message_it_shows_in_english(tmp_path):
    """The language is never changed while pages are made: a page's record of words still in English
    comes from what the page shows, however its lines break or its markup escapes a quote."""
    _catalogue(tmp_path, "hi", [("Start", "शुरू करें", False), ("Back", "", False), ("or", "", False),
                                ("Find {title}, then press Ready.", "", False), ("Don't press here.", "", True)])
    hindi = load_language(tmp_path, "hi")
    page = "<p>शुरू करें. Find LI4\n Hegu, then press Ready.</p><p>Don&#39;t press here.</p>"
    assert hindi.in_english(page) == ["Don't press here.", "Find {title}, then press Ready."]
    assert hindi.in_english("<p>Backup, or not</p>") == []  # a word inside another; too short to tell
    assert hindi.in_english("<p>Go Back.</p>") == ["Back"]
    assert Language().in_english(page) == []


def test_plural_forms_follow_cldr_as_the_browser_does(tmp_path):
    _catalogue(tmp_path, "hi", [(("{count} entry", "{count} entries"), ("{count} एंट्री (एक)", "{count} एंट्री"), False)])
    hindi = load_language(tmp_path, "hi")
    # Intl.PluralRules("hi") calls 0 and 1 "one": the forms the script picks from must agree.
    forms = hindi.forms(Plural("{count} entry", "{count} entries"))
    assert forms == {"one": "{count} एंट्री (एक)", "other": "{count} एंट्री"}
    assert [hindi.ngettext("{count} entry", "{count} entries", n) for n in (0, 1, 2)] == [
        "{count} एंट्री (एक)", "{count} एंट्री (एक)", "{count} एंट्री"]
    assert Language().forms(Plural("{count} entry", "{count} entries")) == {
        "one": "{count} entry", "other": "{count} entries"}


def test_hidden_characters_in_a_translation_stop_the_build(tmp_path):
    _catalogue(tmp_path, "hi", [("Start", "शुरू\u202e करें", False)])
    with pytest.raises(DataError, match=r"messages.po, line \d+: the translation of 'Start': hidden character U\+202E"):
        load_language(tmp_path, "hi")


@pytest.mark.parametrize("text, allowed", [
    ("क्\u200dष", True),  # a joiner between Devanagari letters chooses how they join
    ("कर्\u200cम", True),
    ("a\u200db", False),  # between Latin letters it only hides
    ("\u200dक", False),
    ("क\u200c", False),
    ("क \u200c ष", False),
])
def test_zero_width_joiners_only_inside_devanagari(text, allowed):
    assert (character_problem(text) is None) == allowed


def test_every_string_of_the_data_is_words_or_kept_as_it_is():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    unsorted = [path for path, _ in data_words.strings(data)
                if data_words.is_words(path) == data_words.is_kept(path)]
    assert not unsorted, f"say whether these are words to translate or kept as they are (data_words.py): {unsorted}"


def test_missing_safety_text_stops_the_build_naming_its_place(points_file, points_data, hindi):
    load_catalog(points_file, shown_as="data/points.json", language=hindi)  # every safety text translated: builds
    injury = points_data["cautions"]["injury"]["short"]
    lacking = Language(code="hi", current={english: text for english, text in hindi.current.items()
                                           if english != injury})
    with pytest.raises(DataError) as error:
        load_catalog(points_file, shown_as="data/points.json", language=lacking)
    assert str(error.value).startswith("data/points.json: /cautions/injury/short: this safety text has no current 'hi'")
    assert injury in str(error.value)


def test_other_data_words_may_fall_back_to_english(points_file, points_data, hindi):
    catalog = load_catalog(points_file, shown_as="data/points.json", language=hindi)
    assert catalog.cautions["injury"].text.startswith("टूटी हड्डी या चोट लगी रीढ़ पर न दबाएँ।")
    assert catalog.points[0].meridian == "पेशाब की थैली (ब्लैडर)"  # a word the catalogue has
    assert catalog.points[0].location["plain"] == points_data["points"][0]["location"]["plain"]  # one it lacks


def test_blob_id_is_gits():
    page = ROOT / "docs" / "faq.md"
    git = subprocess.run(["git", "hash-object", str(page)], capture_output=True, text=True)
    if git.returncode != 0:
        pytest.skip("git is not available")
    assert blob_id(page.read_bytes()) == git.stdout.strip()


def _project(tmp_path):
    (tmp_path / "docs" / "points").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "docs" / "points" / "li4.md").write_text("# LI4\n", encoding="utf-8")
    edition = tmp_path / "translations" / "hi" / "docs"
    (edition / "points").mkdir(parents=True)
    for page, heading in (("index.md", "# होम { #home }\n"), ("points/li4.md", "# एलआई4 { #li4 }\n")):
        english = (tmp_path / "docs" / page).read_bytes()
        (edition / page).write_text(stamped(heading, blob_id(english)), encoding="utf-8")
    return edition


def test_an_edition_in_step_has_no_problems(tmp_path):
    _project(tmp_path)
    assert list(edition_problems(tmp_path, "hi")) == []


def test_a_changed_english_page_names_the_page_and_since_when(tmp_path):
    _project(tmp_path)
    old = blob_id((tmp_path / "docs" / "index.md").read_bytes())
    (tmp_path / "docs" / "index.md").write_text("# Home\n\nA new sentence.\n", encoding="utf-8")
    found = list(edition_problems(tmp_path, "hi", commit_of=lambda path, blob: ("1a2b3c4", "2026-11-30")))
    assert found == [
        "translations/hi/docs/index.md is out of date: docs/index.md has changed since the version it translates "
        "(commit 1a2b3c4 of 2026-11-30); see what changed with: git diff 1a2b3c4 -- docs/index.md; translate the "
        "change, then run: make translated PAGE=translations/hi/docs/index.md"]
    without_git = list(edition_problems(tmp_path, "hi"))
    assert f"since the version it translates (Git blob {old[:10]}); translate the change" in without_git[0]


def test_a_missing_or_unstamped_page_is_named(tmp_path):
    edition = _project(tmp_path)
    (edition / "points" / "li4.md").unlink()
    (edition / "index.md").write_text("# हिन्दी\n", encoding="utf-8")
    (edition / "extra.md").write_text("# ?\n", encoding="utf-8")
    problems = list(edition_problems(tmp_path, "hi"))
    assert problems[0].startswith("translations/hi/docs/points/li4.md is missing")
    assert problems[1].startswith("translations/hi/docs/extra.md has no English page docs/extra.md")
    assert problems[2].startswith("translations/hi/docs/index.md: front matter has no 'translates: <blob id>'")


def test_stamping_replaces_the_old_stamp_and_keeps_the_rest():
    page = "---\ntranslates: " + "a" * 40 + "\nreview:\n  last: 2026-11-24\n---\n\n# x\n"
    assert stamped(page, "b" * 40) == "---\ntranslates: " + "b" * 40 + "\nreview:\n  last: 2026-11-24\n---\n\n# x\n"


@pytest.mark.parametrize("other, page, expected", [
    ("hi/", "points/li4/", "hi/points/li4/"),
    ("../", "points/li4/", "../points/li4/"),
    ("./", "faq/", "faq/"),
])
def test_the_language_menu_leads_to_the_same_page(other, page, expected):
    assert same_page_in(other, page) == expected


def test_the_catalogues_hold_every_message_of_the_site(tmp_path):
    """make translations has been run since the last change to a message (scripts/translations.py)."""
    import translations
    template = translations.template_catalog()
    for path in translations.catalogues():
        assert not translations.in_step(path, template), (
            f"{path.relative_to(ROOT)} is not in step with the site's messages: run make translations")


def test_updating_the_catalogue_twice_changes_nothing(tmp_path, fixture_project):
    import translations
    po = tmp_path / "hi" / "messages.po"
    po.parent.mkdir()
    po.write_bytes(translations.updated(fixture_project / "translations" / "hi" / "messages.po",
                                        translations.template_catalog()))
    assert translations.updated(po, translations.template_catalog()) == po.read_bytes()


def _template_of(po) -> Catalog:
    """The English of a catalogue's messages, as `make translations` extracts them for the site."""
    with po.open("rb") as file:
        catalogue = read_po(file, locale="hi")
    template = Catalog(charset="utf-8")
    for message in catalogue:
        if message.id:
            template.add(message.id, locations=message.locations, flags=message.flags,
                         auto_comments=message.auto_comments)
    return template


def test_a_changed_english_message_has_no_current_translation_until_it_is_translated_again(tmp_path, fixture_project):
    import translations
    po = tmp_path / "translations" / "hi" / "messages.po"
    po.parent.mkdir(parents=True)
    shutil.copy(fixture_project / "translations" / "hi" / "messages.po", po)
    template = _template_of(po)
    template.delete("Print all cards")
    template.add("Print every card", locations=[("acupoints/templates/print-all.html", 0)])
    po.write_bytes(translations.updated(po, template))
    hindi = load_language(tmp_path, "hi")
    assert hindi.gettext("Print every card") == "Print every card"  # empty, not guessed from "Print this card"
    assert "Print all cards" not in hindi.current  # its old pair stays at the end of the file, obsolete
    assert 'msgid "Print all cards"' in po.read_text(encoding="utf-8")
    assert hindi.gettext("Start") == "शुरू करें"  # the rest keeps its translations
    assert translations.to_translate(po) == [("Print every card", False)]


@pytest.mark.parametrize("page, path, link", [
    ("points/li4/", "../points/li4/", "../../../points/li4/"),
    ("", "hi/", "hi/"),
    ("faq/", "faq/", "../faq/"),
    ("", "", "./"),
])
def test_a_link_to_another_edition_is_relative_to_the_page(page, path, link):
    assert relative_to_page(page, path) == link


@pytest.mark.parametrize("site_url, folder, served", [
    (None, "", "/"), (None, "hi/", "/hi/"), ("https://example.org/guide/hi/", "hi/", "/guide/hi/"),
])
def test_an_edition_is_served_in_its_folder(site_url, folder, served):
    """A local build of the Hindi edition is taken to be served at /hi/; a site_url already says where."""
    from acupoints.offline_copy import served_path
    assert served_path(site_url, folder) == served


@pytest.mark.parametrize("translation, fuzzy", [("", False), ("खतरे के लक्षण", True)])
def test_safety_words_of_the_templates_must_be_current(tmp_path, translation, fuzzy):
    """A message flagged safety (the words around the warning signs and cautions) stops the build while
    it is empty, or marked fuzzy after its English changed."""
    _catalogue(tmp_path, "hi", [("Warning signs", translation, fuzzy, "safety"), ("Start", "शुरू करें", False)])
    with pytest.raises(DataError, match="the safety text 'Warning signs' has no current translation"):
        load_language(tmp_path, "hi")
