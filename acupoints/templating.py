"""Page fragments from Jinja templates (acupoints/templates/), autoescaped as Material renders its
partials. Every value a template prints goes through text.escape, which also makes it inert in
Markdown and Jinja, unless it is already markup (another fragment, or Markup from the core)."""
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .text import escape


def _inert(value):
    return value if isinstance(value, Markup) else Markup(escape(value))


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("acupoints", "templates"), autoescape=True, finalize=_inert,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)


def render(template: str, **context) -> Markup:
    """A template's HTML with the given values. Markdown ends a raw HTML block at a blank line, so the
    fragment comes back on as few lines as the template has, with no blank ones."""
    html = _environment().get_template(template).render(**context)
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
