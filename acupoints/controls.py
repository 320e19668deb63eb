"""Controls that only work with their script: the FAQ's filter box and the button that prints every card.
Their macros declare the script (acupoints/page_macros.py, SCRIPTS)."""
from markupsafe import Markup

from . import templating


def faq_filter() -> Markup:
    return templating.render("faq-filter.html")


def print_all_control() -> Markup:
    return templating.render("print-all.html")
