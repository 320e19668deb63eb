"""Pocket cards: everything a reader needs at hand to use one point, sized for half a sheet."""
from markupsafe import Markup

from . import templating
from .catalog import Catalog
from .figures import point_svg
from .language import Language
from .lookup import normalise
from .model import Point
from .point_page import chinese_name, figure_description
from .safety import caution_items, get_help_now_text, see_doctor_text, see_doctor_today_text


def point_card(catalog: Catalog, point: Point, disclaimer: str, address: str) -> Markup:
    """One card as a raw HTML block: where the point is, how to press it, its cautions, the warning
    signs with the numbers to call, when to see a doctor today and when to book an appointment. `address` is the published site's
    address, or empty where none is known (a local build prints none)."""
    code = point.code
    ident = f"card-{code.lower()}"
    language, _ = catalog.language, catalog.language.gettext
    press = point.press
    facts = [
        (_("Where"), point.location["plain"]),
        (_("Find it"), point.location["landmark"]),
        (_("Press"), _("{position} Use {with_lowered} {method}").format(
            position=press["position"], with_lowered=press["with"][:1].lower() + press["with"][1:],
            method=press["method"])),
        (_("How long"), point.hold.with_sides),
        (_("How often"), point.how_often),
    ]
    figure = point_svg(language, point, figure_description(point), ident + "-figure", marker_size=1.8,
                       labels=False)
    other_label = point.article_label if normalise(point.article_label) != normalise(code) else ""
    return templating.render(
        "point-card.html", language, point=point, title=point.title, ident=ident, chinese=Markup(chinese_name(language, point)), other_label=other_label, figure=Markup(figure),
        facts=facts, cautions=caution_items(language, point, short=True), get_help_now=get_help_now_text(catalog),
        see_doctor_today=see_doctor_today_text(catalog), see_doctor=see_doctor_text(catalog), disclaimer=language.gettext(disclaimer), address=address)


def print_card_control(language: Language, point: Point) -> Markup:
    """A button that prints the point's card, with a link to the card where scripts do not run."""
    return templating.render("print-card.html", language, ident=f"card-{point.code.lower()}")
