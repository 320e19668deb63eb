"""Controls that only work with their script: the FAQ's filter box and the button that prints every card.
Their macros declare the script (acupoints/page_macros.py, SCRIPTS)."""
from markupsafe import Markup

from . import templating
from .language import N_, Language, Plural
from .spellings import Spellings
from .text import script_json

# What the filter and the question links say as the reader uses them (docs/javascripts/faq-filter.js
# fills in {query}, {count} and {total}; a count takes the form its number needs).
FAQ_FILTER_WORDS = {
    "noMatch": N_("No question matches “{query}”."),
    "searchSite": N_("Search the whole site for “{query}”"),
    "matching": Plural("{count} of {total} questions matches.", "{count} of {total} questions match."),
    "linkCopied": N_("Link copied"),
}


def faq_filter(language: Language, spellings: Spellings) -> Markup:
    """The filter box, with its words and the edition's spellings (how readers type its words), which
    the script folds the questions and what is typed by."""
    return templating.render("faq-filter.html", language, words=Markup(script_json(language.words(FAQ_FILTER_WORDS))),
                             spellings=Markup(script_json(spellings.for_script())))


def print_all_control(language: Language) -> Markup:
    return templating.render("print-all.html", language)
