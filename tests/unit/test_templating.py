from markupsafe import Markup

from acupoints.language import Language
from acupoints.templating import _environment, render

ENGLISH = Language()


def test_values_are_escaped_for_html_markdown_and_jinja(tmp_path, monkeypatch):
    template = _environment(ENGLISH).from_string("<p>{{ value }}</p>\n\n<p>{{ markup }}</p>")
    html = template.render(value="<b>{{ x }}</b> *", markup=Markup("<em>kept</em>"))
    assert "<b>" not in html and "{{" not in html and "*" not in html
    assert "<em>kept</em>" in html


def test_fragments_are_one_line(monkeypatch):
    monkeypatch.setattr(_environment(ENGLISH).loader, "get_source",
                        lambda env, name: ("<div>\n\n  <p>{{ a }}\n  words</p>\n\n</div>\n", None, lambda: True))
    assert render("any.html", ENGLISH, a="x") == "<div> <p>x words</p> </div>"
