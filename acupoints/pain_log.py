"""The private pain log: the 0 to 10 question, and the "My progress" page that shows the entries.

Everything decided at build time is made here: the question and the words at the ends of its scale,
the readings' rules and words (from the data, acupoints/pain_readings.py), and every word the
script shows, passed to the page as JSON. The markup is in templates/pain-question.html and
templates/pain-log.html. docs/javascripts/pain-log.js only stores the entries on the device, reads
them back and draws.
"""
from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .language import N_, Language, Plural
from .links import url_between
from .safety import HELP_TIER_STYLE, get_help_now, help_tier
from .text import script_json

SCALE = range(0, 11)
KINDS = ("before", "after", "other")
# The doctor's sheet fits one A4 page for up to eight weeks of entries; a longer log prints its last
# eight weeks.
SHEET_DAYS = 56

# What each entry is logged as: in the table, the chart's key, the summary and the printed sheet. An
# entry not taken around a routine is the reader's everyday pain (its date and time are beside it).
WHEN_LABEL = {"before": N_("Before a routine"), "after": N_("After a routine"), "other": N_("Everyday")}

# Dates as people write them, and as the pages' review dates are written (site_plugin/edition.py): the day,
# the month's name in full and the year, "6 December 2026", "6 दिसंबर 2026". Never in digits alone
# (6/12 is June to some readers), nor in CLDR's Hindi abbreviations ("दिस॰", which people do not write).
# Options for Intl.DateTimeFormat, in the locale the page gives (_date_locale).
DATE_FORMATS = {
    "date": {"day": "numeric", "month": "long", "year": "numeric"},
    "time": {"hour": "2-digit", "minute": "2-digit"},
    # The rows of the printed sheet, the weekday in full: the short Hindi one ("रवि") reads as a name.
    "day": {"weekday": "long", "day": "numeric", "month": "long"},
    "axis": {"day": "numeric", "month": "long"},  # the chart's first and last day
}

# The words the question's script shows beside the Save button.
QUESTION_WORDS = {
    "saved": N_("Saved: {score} out of 10."),
    "choose": N_("Choose a number from 0 to 10 first."),
    "notSaved": N_("Not saved: this browser would not keep your answer. Its storage may be full, or it may be "
                 "set to block what sites keep. Write it down instead: {score} out of 10."),
}

# Every other word the script on My progress shows. {name} is filled in by the script; a count has
# one text per plural form ("one", "other"; a translation adds the forms its language needs).
LOG_WORDS = {
    "when": WHEN_LABEL,
    "dateTime": N_("{date}, {time}"),
    "empty": N_("No entries yet. Answer the question above, or before and after a routine."),
    "entries": Plural("{count} entry", "{count} entries"),
    "days": Plural("{count} day", "{count} days"),
    # {days}: the calendar days from the first entry to the last, both counted: 6, 7 and 8 December are 3.
    "series": N_("{when}: pain went from {first} to {last} over {days}"),
    "summary": N_("{entries}. {series}."),
    "summaryShort": N_("{entries} so far."),
    "separator": "; ",
    "listSeparator": ", ",
    "damaged": Plural(
        "{count} entry kept in this browser could not be read: it is damaged, or its date is in the future or "
        "before this guide existed. It is not shown, and it is kept as it was.",
        "{count} entries kept in this browser could not be read: they are damaged, or their dates are "
        "in the future or before this guide existed. They are not shown, and they are kept as they were."),
    "blocked": N_("This browser does not let this site keep anything, so your log cannot be shown or saved here. "
                "Its settings may block site data, or this may be a private window."),
    "sharedAddress": N_("This guide is published in a folder of {origin}, an address other sites share. Those sites "
                      "can read and change what this browser keeps for the address, your log included."),
    "exported": N_("Saved {file}."),
    "exportFile": "pain-log.csv",
    "damagedFile": "pain-log-unreadable.json",
    "loaded": Plural("Loaded {count} new entry from {file}.", "Loaded {count} new entries from {file}."),
    "loadNotSaved": N_("Nothing was loaded: this browser would not keep the entries. Its storage may be full, or "
                     "it may be set to block what sites keep."),
    "loadProblems": {
        "unreadable": N_("Nothing was loaded: the file could not be read as text."),
        "empty": N_("Nothing was loaded: the file is empty."),
        "header": N_("Nothing was loaded: line {line} must be the heading time,score,when."),
        "cells": N_("Nothing was loaded: line {line} does not have three cells (time, score, when)."),
        "empty-score": N_("Nothing was loaded: line {line} has no score."),
        "score": N_("Nothing was loaded: the score on line {line} is not a whole number from 0 to 10."),
        "time": N_("Nothing was loaded: the time on line {line} is not written like 2026-12-01T08:30:00+05:30 "
                 "(the date, the time, and how far the clock was ahead of or behind UTC)."),
        "when": N_("Nothing was loaded: the last cell on line {line} must be before, after or other."),
        "early": N_("Nothing was loaded: the date on line {line} is before this guide existed."),
        "future": N_("Nothing was loaded: the date on line {line} is in the future."),
    },
    "deleteConfirm": N_("Delete every entry from this device? This cannot be undone."),
    "deleted": N_("Every entry is deleted."),
    "deleteFailed": N_("Nothing was deleted: this browser would not change what it keeps for this site."),
    "printed": N_("Printed on {date}"),
    "sheetRange": N_("{from} to {to}"),
    "sheetLonger": N_("The log is longer: this sheet shows its last {days} days."),
}


def _date_locale(language: Language) -> str:
    """The locale the log's dates are written in. For English, a day-first English: Intl's plain "en"
    writes the month first ("December 6, 2026"), which the rest of the guide never does."""
    return "en-GB" if language.is_english else language.date_locale


def _question_help(language: Language, log: dict) -> str:
    return language.gettext("0 means {low}; 10 means {high}.").format(low=log["low"], high=log["high"])


def pain_question(catalog: Catalog, when: str, ident: str, store: str) -> str:
    """The 0 to 10 question as a radio group with a Save button. `when` says what the entry is
    logged as: before or after a routine, or everyday (any other time)."""
    log = catalog.pain_log
    language = catalog.language
    settings = {"firstDay": log["first_day"], "store": store, "words": language.words(QUESTION_WORDS)}
    return templating.render(
        "pain-question.html", language, ident=ident, when=when, scale=SCALE, question=log["question"],
        low=log["low"], high=log["high"], help=_question_help(language, log), settings=Markup(script_json(settings)))


def pain_log_page(catalog: Catalog, from_page: str, store: str) -> str:
    """"My progress": the question first, then the readings, the warning signs, the entries as a
    table (the main view) and a chart, when to get help, export, import and delete, and a sheet to
    print for a doctor."""
    log, language = catalog.pain_log, catalog.language
    settings = {
        "firstDay": log["first_day"],
        "store": store,
        "sheetDays": SHEET_DAYS,
        "rules": {key: log[key] for key in ("review_after_days", "readings")},
        "words": language.words(LOG_WORDS),
        "locale": _date_locale(language),  # for dates and numbers: "hi-IN", not just "hi"
        "dates": DATE_FORMATS,
    }
    return templating.render(
        "pain-log.html", language,
        question=Markup(pain_question(catalog, "other", "pain-now", store)),
        get_help_now=Markup(get_help_now(catalog, from_page)),
        tiers=[Markup(help_tier(catalog, key)) for key in HELP_TIER_STYLE if key in catalog.get_help],
        readings=log["readings"], readings_note=log["readings_note"],
        help_link=url_between(from_page, "precautions.md") + "#when-to-get-medical-help",
        kinds=KINDS, when=language.words(WHEN_LABEL), question_text=log["question"],
        question_help=_question_help(language, log),
        settings=Markup(script_json(settings)))
