"""Controls that only work with their script: the FAQ's filter box and the button that prints every card.
Their macros declare the script (acupoints/page_macros.py, SCRIPTS)."""
from markupsafe import Markup

from . import templating
from .text import script_json

# What the filter and the question links say as the reader uses them (docs/javascripts/faq-filter.js
# fills in {query}, {count} and {total}; a count takes the form its number needs).
FAQ_FILTER_WORDS = {
    "noMatch": "No question matches “{query}”.",
    "searchSite": "Search the whole site for “{query}”",
    "matching": {"one": "{count} of {total} questions matches.", "other": "{count} of {total} questions match."},
    "linkCopied": "Link copied",
}


def faq_filter() -> Markup:
    return templating.render("faq-filter.html", words=Markup(script_json(FAQ_FILTER_WORDS)))


def print_all_control() -> Markup:
    return templating.render("print-all.html")
