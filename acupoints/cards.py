"""Pocket cards: everything a reader needs at hand to use one point, sized for half a sheet."""
from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .figures import point_svg
from .lookup import normalise
from .point_page import chinese_name, figure_description
from .routine import hold_sides
from .safety import caution_items, get_help_now_text, see_doctor_text
from .text import escape, seconds_range


def point_card(catalog: Catalog, point: dict, disclaimer: str, address: str) -> Markup:
    """One card as a raw HTML block: where the point is, how to press it, its cautions, the warning
    signs with the numbers to call, and when to see a doctor. `address` is the published site's
    address, or empty where none is known (a local build prints none)."""
    code = point["code"]
    ident = f"card-{code.lower()}"
    names = Markup(" · ").join([Markup(chinese_name(point)), *(Markup(escape(name)) for name in point["english_names"])])
    press = point["press"]
    facts = [
        ("Where", point["location"]["plain"]),
        ("Find it", point["location"]["landmark"]),
        ("Press", f"{press['position']} Use {press['with'][0].lower()}{press['with'][1:]} {press['method']}"),
        ("How long", seconds_range(point["hold_seconds"]) + hold_sides(catalog, point)),
        ("How often", point["how_often"]),
    ]
    figure = point_svg(point, figure_description(catalog, point), ident + "-figure", marker_size=1.8, labels=False)
    other_label = point["article_label"] if normalise(point["article_label"]) != normalise(code) else ""
    return templating.render(
        "point-card.html", point=point, ident=ident, names=names, other_label=other_label, figure=Markup(figure),
        facts=facts, cautions=caution_items(catalog, point, short=True), get_help_now=get_help_now_text(catalog),
        see_doctor=see_doctor_text(catalog), disclaimer=disclaimer, address=address)


def print_card_control(point: dict) -> str:
    """A button that prints the point's card (docs/javascripts/print-card.js). Without JavaScript the
    button is hidden and a link leads to the card; printing then prints that card alone (print CSS,
    :target)."""
    ident = escape(f"card-{point['code'].lower()}")
    return (
        f'<p class="print-card needs-script"><button type="button" class="md-button" data-print-card="{ident}">'
        f"Print this card</button></p>"
        f'<noscript><p><a href="#{ident}">Go to the card</a>, then print this page to print the card alone.</p></noscript>'
    )
