"""Page fragments from Jinja templates (acupoints/templates/), autoescaped as Material renders its
partials. Every value a template prints goes through text.escape, which also makes it inert in
Markdown and Jinja, unless it is already markup (another fragment, or Markup from the core). The
templates' own words are in English, marked for translation ({% trans %}, _()), and come out in the
language of the edition (acupoints/language.py)."""
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .language import Language
from .text import english_runs, escape


def _inert(value):
    return value if isinstance(value, Markup) else Markup(escape(value))


@cache
def _environment(language: Language) -> Environment:
    environment = Environment(loader=PackageLoader("acupoints", "templates"), autoescape=True, finalize=_inert,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              keep_trailing_newline=False, extensions=["jinja2.ext.i18n"])
    environment.policies["ext.i18n.trimmed"] = True  # a message's line breaks are not part of it
    environment.install_gettext_callables(language.gettext, language.ngettext, newstyle=True)
    environment.filters["inert"] = _inert  # for data values inside {% trans %}, which finalize does not see
    environment.filters["english_runs"] = lambda text: Markup(english_runs(language, text))
    return environment


def render(template: str, language: Language, **context) -> Markup:
    """A template's HTML with the given values, on one line: Markdown ends a raw HTML block at a blank
    line and reads an indented line as code, so a fragment is one line wherever a page puts it.
    Templates break lines only between elements or words, so a line break becomes one space."""
    html = _environment(language).get_template(template).render(**context)
    lines = (line.strip(" \t") for line in html.split("\n"))  # not splitlines(): data may hold \f or \u2028
    return Markup(" ".join(line for line in lines if line))


def macros(template: str, language: Language):
    """A template's macros, for fragments that are parts of a sentence or paragraph (help.html)."""
    return _environment(language).get_template(template).module
