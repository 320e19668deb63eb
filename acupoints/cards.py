"""Pocket cards: everything a reader needs at hand to use one point, sized for half a sheet."""
from .catalog import Catalog
from .figures import point_svg
from .render import caution_items, chinese_name, figure_description, get_help_now_text
from .text import escape, seconds_range


def point_card(catalog: Catalog, point: dict, disclaimer: str, address: str) -> str:
    """One card as a raw HTML block. Its id, card-<code>, is what 'Print this card' targets. It is left
    out of the search index: its words are the point page's own."""
    code = point["code"]
    ident = f"card-{code.lower()}"
    names = " · ".join([chinese_name(point), *(escape(name) for name in point["english_names"])])
    press = point["press"]
    sides = ", on each side" if point["both_sides"] else ""
    rows = [
        ("Where", point["location"]["plain"]),
        ("Find it", point["location"]["landmark"]),
        ("Press", f"{press['position']} Use {press['with'][0].lower()}{press['with'][1:]} {press['method']}"),
        ("How long", seconds_range(point["hold_seconds"]) + sides),
        ("How often", point["how_often"]),
    ]
    facts = " ".join(f"<dt>{label}</dt> <dd>{escape(value)}</dd>" for label, value in rows)
    return (
        # No id on the heading: Material's search would start an (empty) section at it.
        f'<article class="point-card" id="{escape(ident)}" aria-label="Pocket card: {escape(code)} '
        f'{escape(point["pinyin"])}" data-search-exclude>'
        f'<header class="point-card__header"><h3>{escape(code)} {escape(point["pinyin"])}</h3> '
        f'<p>{names} · In the article: {escape(point["article_label"])}</p></header> '
        f'<div class="point-card__body"><div class="point-card__figure">'
        f'{point_svg(point, figure_description(catalog, point), ident + "-figure", marker_size=1.8, labels=False)}</div> '
        f"<dl>{facts}</dl></div> "
        f'<div class="point-card__cautions"><p>Take care</p><ul>{caution_items(catalog, point, short=True)}</ul></div> '
        f'<p class="point-card__help">{get_help_now_text(catalog)}</p> '
        f'<p class="point-card__footer">{escape(code)} · {escape(disclaimer)} · Full guide: {escape(address)}</p>'
        "</article>"
    )


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
