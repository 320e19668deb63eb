"""The private pain log: the 0 to 10 question, and the "My progress" page that shows the entries.

Everything decided at build time is made here: the question and the words at the ends of its scale,
the texts the page shows, and after how many days a log without improvement sends the reader to a
GP. docs/javascripts/pain-log.js only stores the entries on the device, reads them back and draws.
"""
from .catalog import Catalog
from .render import get_help_now, help_tier, url_between
from .text import escape, script_json

SCALE = range(0, 11)
WHEN = {"before": "before a routine", "after": "after a routine", "other": "at another time"}


def pain_question(catalog: Catalog, when: str, ident: str) -> str:
    """The 0 to 10 question as a radio group with a Save button. `when` says what the entry is
    logged as: before or after a routine, or at another time."""
    log = catalog.pain_log
    choices = "".join(
        f'<label class="pain-scale__choice"><input type="radio" name="{escape(ident)}-score" value="{score}">'
        f"<span>{score}</span></label>"
        for score in SCALE
    )
    return (
        f'<form class="pain-question" data-when="{escape(when)}" id="{escape(ident)}" novalidate>'
        f'<fieldset aria-describedby="{escape(ident)}-help"><legend>{escape(log["question"])}</legend>'
        f'<p class="pain-scale__ends" id="{escape(ident)}-ends" aria-hidden="true">'
        f'<span>0 {escape(log["low"])}</span><span>10 {escape(log["high"])}</span></p>'
        f'<div class="pain-scale">{choices}</div>'
        f'<p class="pain-scale__help" id="{escape(ident)}-help">0 means {escape(log["low"])}; '
        f'10 means {escape(log["high"])}.</p></fieldset>'
        '<button type="submit" class="md-button">Save</button>'
        '<p class="pain-question__saved" role="status"></p></form>'
    )


def pain_log_page(catalog: Catalog, from_page: str) -> str:
    """"My progress": the question, the entries as a table (the main view) and a chart, an honest
    reading of the log, and export, import and delete. The texts the script needs come as JSON."""
    days = catalog.pain_log["review_after_days"]
    texts = {
        "reviewAfterDays": days,
        "when": WHEN,
        "low": catalog.pain_log["low"],
        "high": catalog.pain_log["high"],
    }
    settings = script_json(texts)
    help_link = url_between(from_page, "precautions.md") + "#when-to-get-medical-help"
    return (
        '<div class="pain-log" id="pain-log" data-search-exclude>'
        '<p class="pain-log__private"><strong>Private:</strong> your entries are kept only in this browser, '
        "on this device. They are never sent anywhere.</p>"
        f"{pain_question(catalog, 'other', 'pain-now')}"
        # The honest reading: shown by the script when the log calls for it.
        '<div class="pain-log__advice" hidden>'
        '<div class="admonition warning"><p class="admonition-title">Your log</p>'
        '<p class="pain-log__advice-text"></p>'
        f"<p>Back pain usually gets better within a few weeks. If yours has not, see a GP or your own "
        f'doctor. Read <a href="{escape(help_link)}">when to get medical help</a>.</p></div>'
        f"{help_tier(catalog, 'see_doctor')}{get_help_now(catalog, from_page)}</div>"
        '<h2 id="your-entries">Your entries</h2>'
        '<p class="pain-log__summary" role="status">No entries yet. Answer the question above, or before '
        "and after a routine.</p>"
        '<figure class="pain-chart" hidden><svg class="pain-chart__svg" role="img" viewBox="0 0 640 300" '
        'aria-labelledby="pain-chart-title pain-chart-desc"><title id="pain-chart-title">Pain over the days'
        '</title><desc id="pain-chart-desc"></desc></svg>'
        '<figcaption><span class="pain-chart__key pain-chart__key--before">before a routine</span> '
        '<span class="pain-chart__key pain-chart__key--after">after a routine</span> '
        '<span class="pain-chart__key pain-chart__key--other">at another time</span></figcaption></figure>'
        '<div class="pain-log__table" hidden><table class="pain-log__entries"><caption>Every entry, newest last</caption>'
        '<thead><tr><th scope="col">Date and time</th><th scope="col">Pain (0 to 10)</th>'
        '<th scope="col">When</th></tr></thead><tbody></tbody></table></div>'
        '<h2 id="keep-or-move-your-log">Keep or move your log</h2>'
        '<div class="pain-log__tools">'
        '<button type="button" class="md-button" data-action="export">Save as a CSV file</button>'
        '<label class="md-button pain-log__import">Load a CSV file<input type="file" accept=".csv,text/csv" '
        'class="visually-hidden" data-action="import"></label>'
        '<button type="button" class="md-button" data-action="print">Print for your doctor</button>'
        '<button type="button" class="md-button pain-log__delete" data-action="delete">Delete everything</button>'
        "</div>"
        '<p class="pain-log__tools-status" role="status"></p>'
        f'<script type="application/json" id="pain-log-settings">{settings}</script>'
        "</div>"
        '<noscript><p class="pain-log__no-script">The pain log needs JavaScript, which is turned off in this '
        "browser. The rest of the guide works without it.</p></noscript>"
    )
