"""A translation checked against its English as the build reads it: its messages (acupoints/language.py)
and its pages (acupoints/build_checks/translated_pages.py), on small made-up catalogues and pages."""
import pytest
from babel import Locale

from acupoints import DataError
from acupoints.build_checks.translated_pages import heading_problem, macro_calls, macro_problem
from acupoints.editions import edition_languages, editions_problem, english_root, is_draft
from acupoints.language import load_language, plural_forms_problem, po_file_problem, translation_problem

HEADER = ('msgid ""\nmsgstr ""\n"Language: hi\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
          '"Content-Type: text/plain; charset=utf-8\\n"\n\n')


def _po(tmp_path, entries: str, header: str = HEADER) -> None:
    path = tmp_path / "translations" / "hi" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + entries, encoding="utf-8")


def _problem(tmp_path) -> str:
    with pytest.raises(DataError) as error:
        load_language(tmp_path, "hi")
    return str(error.value)


# --- Each message against its English --------------------------------------------------------------

@pytest.mark.parametrize("english, translated, reason", [
    ("112 or 108 for an ambulance", "एम्बुलेंस के लिए 112", "must keep every number of the English: it leaves out 108"),
    ("112 or 108 for an ambulance", "एम्बुलेंस के लिए 112 या 180", "leaves out 108; it has 180"),
    ("Call 112", "<script>x</script> 112 पर फ़ोन करें", "adds markup the English does not have (</script>, <script>)"),
    ("Start the routine", "<b>रूटीन</b> शुरू करें", "adds markup the English does not have"),
    ("Start the routine", "**रूटीन** शुरू करें", "adds markup the English does not have (**, **)"),
    ("See the guide", "[गाइड](http://example.org) देखें", "adds markup the English does not have (]()"),
    ("Find {title}", "{name} ढूँढें", "must keep the English's {names} as they are (title)"),
    ("Saved: {score} out of 10.", "सेव हो गया।", "must keep the English's {names} as they are (score)"),
])
def test_a_translation_keeps_the_numbers_names_and_plain_text_of_its_english(english, translated, reason):
    assert reason in translation_problem((english,), translated)


@pytest.mark.parametrize("english, translated", [
    ("112 or 108 for an ambulance", "एम्बुलेंस के लिए 108 या 112"),  # the order may change
    ("112 or 108 for an ambulance", "एम्बुलेंस के लिए १०८ या ११२"),  # Devanagari digits are the same numbers
    ("Find {title}", "{title} ({place}) ढूँढें"),  # a name the translation may add
    ("<b>Stop</b>", "<b>रुकें</b>"),  # markup the English has
])
def test_a_faithful_translation_passes(english, translated):
    assert translation_problem((english,), translated) is None


def test_a_plural_form_may_leave_out_the_count():
    assert translation_problem(("{count} entry", "{count} entries"), "एक एंट्री") is None


def test_a_changed_emergency_number_stops_the_build_naming_the_line(tmp_path):
    _po(tmp_path, '#, safety\nmsgid "112 also works"\nmsgstr "113 भी लगता है"\n')
    assert _problem(tmp_path).startswith("translations/hi/messages.po, line 8: the translation of '112 also works': ")


# --- The catalogue's own form ----------------------------------------------------------------------

@pytest.mark.parametrize("raw, line, reason", [
    (b"\xef\xbb\xbf" + HEADER.encode(), 1, "byte order mark"),
    (HEADER.encode() + b'msgid "hand\nmsgstr "x"\n', 7, "is a quote missing?"),
    (HEADER.encode() + b'msgid "hand"\nmsgstr "a"\n\nmsgid "hand"\nmsgstr "b"\n', 10,
     "msgid 'hand' is written twice (first on line 7)"),
    (HEADER.replace("nplurals=2", "nplurals=x").encode(), 4, "needs nplurals=<number>"),
])
def test_what_babel_would_misread_is_named_with_its_line(raw, line, reason):
    found_line, problem = po_file_problem(raw)
    assert found_line == line and reason in problem


@pytest.mark.parametrize("count, expression, reason", [
    (2, "(n != 1)", "('one') different forms, 1 and 0; for Hindi this one fits: Plural-Forms:"),  # 0 as English has it
    (3, "(n > 1)", "nplurals=2"),
    (2, "(n >>> 1)", "is not one gettext can read"),
    (1, "0", "one form for each kind of number Hindi has (one, other)"),
])
def test_plural_forms_must_follow_cldr(count, expression, reason):
    assert reason in plural_forms_problem(count, expression, Locale.parse("hi"))


def test_cldr_plural_forms_pass():
    assert plural_forms_problem(2, "(n > 1)", Locale.parse("hi")) is None


def test_a_plural_forms_line_against_cldr_stops_the_build_naming_its_line(tmp_path):
    _po(tmp_path, "", HEADER.replace("(n > 1)", "(n != 1)"))
    assert _problem(tmp_path).startswith("translations/hi/messages.po, line 4: Plural-Forms gives numbers")


def test_a_fuzzy_ordinary_message_falls_back_and_is_recorded_with_its_line(tmp_path):
    _po(tmp_path, '#, fuzzy\nmsgid "Start"\nmsgstr "शुरू"\n')
    language = load_language(tmp_path, "hi")
    assert language.gettext("Start") == "Start"
    assert language.stale == ((8, "Start"),)


# --- A translated page against its English page ----------------------------------------------------

ENGLISH_PAGE = """---
description: x
---
# Guide

{{ get_help_now(legs=True) }}

## Press

Stop if it hurts. {{ caution("pain-or-dizziness") }}

## When to stop { #stop }

- {{ caution("pain-or-dizziness") }}
- {{ question("how-often", "How often?") }}
"""
HINDI_PAGE = """---
description: y
translates: 0000000000000000000000000000000000000000
---
# गाइड { #guide }

{{ get_help_now(legs=True) }}

## दबाएँ { #press }

दर्द हो तो रुकें। {{ caution("pain-or-dizziness") }}

## कब रुकें { #stop }

- {{ caution("pain-or-dizziness") }}
- {{ question("how-often", "कितनी बार?") }}
"""


def test_a_page_in_step_with_its_english_has_no_problem():
    assert macro_problem(ENGLISH_PAGE, HINDI_PAGE, "docs/guide.md") is None
    assert heading_problem(ENGLISH_PAGE, HINDI_PAGE, "docs/guide.md") is None


def test_macro_calls_keep_their_arguments_but_not_their_words():
    assert [str(call) for call in macro_calls(HINDI_PAGE)] == [
        "{{ get_help_now(legs=True) }}", '{{ caution("pain-or-dizziness") }}', '{{ caution("pain-or-dizziness") }}',
        '{{ question("how-often", …) }}']


@pytest.mark.parametrize("old, new, line, reason", [
    ('दर्द हो तो रुकें। {{ caution("pain-or-dizziness") }}', "दर्द हो तो रुकें।", None,
     '{{ caution("pain-or-dizziness") }} is missing: docs/guide.md calls it twice (first on line 10), this page once'),
    ("{{ get_help_now(legs=True) }}", "", None, "{{ get_help_now(legs=True) }} is missing"),
    ("{{ get_help_now(legs=True) }}", "{{ get_help_now() }}", 7,
     "{{ get_help_now(legs=True) }} is missing: docs/guide.md calls it once (first on line 6), this page not at all, "
     "and {{ get_help_now() }} here instead"),
    ("- {{ caution", "- {{ get_help_now(legs=True) }}\n- {{ caution", 15,
     "{{ get_help_now(legs=True) }} is called twice here, but docs/guide.md calls it once"),
    ('{{ question("how-often"', '{{ question("how-long"', 16, '{{ question("how-often", …) }} is missing'),
])
def test_a_page_that_shows_less_or_more_than_its_english_is_named(old, new, line, reason):
    found_line, problem = macro_problem(ENGLISH_PAGE, HINDI_PAGE.replace(old, new, 1), "docs/guide.md")
    assert found_line == line and problem.startswith(reason), problem


@pytest.mark.parametrize("old, new, line, reason", [
    (" { #stop }", "", 13, "the heading 'कब रुकें' needs the id of its English heading 'When to stop' "
                           "(docs/guide.md, line 12): end it with { #stop }"),
    ("{ #press }", "{ #dabaen }", 9, "end it with { #press }"),
    ("## दबाएँ", "### दबाएँ", 9, "is level 3, its English heading (docs/guide.md, line 8) level 2"),
    ("## दबाएँ { #press }\n", "", None, "the English heading 'Press' (docs/guide.md, line 8) has no translation "
                                        "here: add it, ending with { #press }"),
])
def test_a_heading_without_the_english_id_is_named(old, new, line, reason):
    found_line, problem = heading_problem(ENGLISH_PAGE, HINDI_PAGE.replace(old, new, 1), "docs/guide.md")
    assert found_line == line and reason in problem, problem


def test_a_heading_that_is_a_macro_call_is_the_same_call():
    english, hindi = '# {{ point_title("LI4") }}\n', '# {{ point_title("KI1") }}\n'
    assert "must be {{ point_title(\"LI4\") }}" in heading_problem(english, hindi, "docs/points/li4.md")[1]


# --- The editions, as data -------------------------------------------------------------------------

EDITIONS = [{"lang": "en", "name": "English", "locale": "en_GB", "read": "Read in English", "offer": "In English."},
            {"lang": "hi", "name": "हिन्दी", "locale": "hi_IN", "read": "हिन्दी में", "offer": "हिन्दी में भी।"}]


def test_each_editions_links_and_store_are_worked_out_from_the_folders():
    assert [entry["link"] for entry in edition_languages(EDITIONS, "en")] == ["./", "hi/"]
    assert [entry["link"] for entry in edition_languages(EDITIONS, "hi")] == ["../", "./"]
    assert english_root("en") == "./" and english_root("hi") == "../"


@pytest.mark.parametrize("editions, code, reason", [
    (EDITIONS, "hx", "mkdocs.hi.yml: theme.language is 'hx', which is not one of the editions"),
    (EDITIONS[1:], "hi", "must list English (en) first"),
    ([EDITIONS[0], {**EDITIONS[1], "offer": ""}], "hi", "extra.editions[1] has no offer"),
    (None, "hi", "extra.editions is missing"),
])
def test_a_wrong_list_of_editions_is_named(editions, code, reason):
    assert reason in editions_problem(editions, code, "mkdocs.hi.yml")


def test_a_draft_edition_is_only_in_its_own_menu():
    editions = [*EDITIONS, {**EDITIONS[1], "lang": "ta", "draft": True}]
    assert [entry["lang"] for entry in edition_languages(editions, "hi")] == ["en", "hi"]
    assert [entry["lang"] for entry in edition_languages(editions, "ta")] == ["en", "hi", "ta"]
    assert is_draft(editions, "ta") and not is_draft(editions, "hi")
    assert "extra.editions[2].draft must be true or false" in editions_problem(
        [*EDITIONS, {**EDITIONS[1], "lang": "ta", "draft": "yes"}], "ta", "mkdocs.ta.yml")


def test_a_draft_edition_may_leave_safety_text_in_english(tmp_path):
    _po(tmp_path, '#, safety\nmsgid "112 also works"\nmsgstr ""\n')
    assert "has no current translation" in _problem(tmp_path)
    language = load_language(tmp_path, "hi", draft=True)
    assert language.draft and language.gettext("112 also works") == "112 also works"
