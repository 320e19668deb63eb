"""Schematic body-map drawings as SVG, one per body region (acupoints/body_regions.py): outlines drawn
as smooth curves through their corners, the point's markers with their tap targets, labels and hints."""
from .body_regions import REGIONS, Label, Position, Region, marker_positions
from .language import N_, Language
from .model import Point
from .text import escape


def smooth_path(outline) -> str:
    """SVG path data for a closed Catmull-Rom curve through the vertices; sharp at corners."""
    points = [vertex[:2] for vertex in outline]
    sharp = [len(vertex) > 2 for vertex in outline]
    count = len(points)

    def tangent(i):
        if sharp[i]:
            return 0.0, 0.0
        (x0, y0), (x2, y2) = points[i - 1], points[(i + 1) % count]
        return (x2 - x0) / 6, (y2 - y0) / 6

    parts = [f"M{points[0][0]:g} {points[0][1]:g}"]
    for i in range(count):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % count]
        (tx1, ty1), (tx2, ty2) = tangent(i), tangent((i + 1) % count)
        parts.append(  # whole numbers: finer than a line's width at any size the figures are shown
            f"C{x1 + tx1:.0f} {y1 + ty1:.0f} {x2 - tx2:.0f} {y2 - ty2:.0f} {x2:g} {y2:g}"
        )
    return " ".join(parts) + "Z"


TARGET_RADIUS = 17  # the invisible tap circle around a marker, in marker units


def _marker(point: Point, x: float, y: float, size: float = 1, reach: float | None = None) -> str:
    """A ringed dot with the point's code. reach caps the tap circle's radius in drawing units, so
    that a marker's tap area never covers a neighbour's."""
    region = REGIONS[point.region]
    scale = size * region.width / 300  # wider drawings are shown smaller; keep the code as legible
    target = TARGET_RADIUS if reach is None else min(TARGET_RADIUS, reach / scale)
    if point.figure.get("label") == "below":  # below, and a little away from the middle line
        label_x, label_y = (8 if x > region.middle else -8) * scale, 26 * scale
    else:
        label_x, label_y = 0, -15 * scale
    return (
        f'<g class="marker" transform="translate({x:g} {y:g}) scale({scale:g})">'
        f'<circle class="marker__target" r="{target:.4g}"/><circle class="marker__ring" r="9"/>'
        '<circle class="marker__dot" r="4.5"/>'
        f'<text class="marker__label" x="{label_x / scale:g}" y="{label_y / scale:g}" '
        f'text-anchor="middle">{escape(point.code)}</text></g>'
    )


def _reach(position: Position, others: list[Position]) -> float | None:
    """Half the distance to the nearest other marker: how far a tap circle may reach."""
    distances = [((position[0] - x) ** 2 + (position[1] - y) ** 2) ** 0.5 for x, y in others if (x, y) != position]
    return min(distances) / 2 if distances else None


def _lines(text: str) -> list[str]:
    """Two lines of about equal length (one if the text is a single word), so a hint fits beside
    the middle of a drawing."""
    words = text.split(" ")
    if len(words) == 1:
        return words
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _hint(point: Point) -> str:
    """A measuring line from the middle of the body out to the right-hand marker."""
    hint = point.figure.get("hint")
    if not hint:
        return ""
    region = REGIONS[point.region]
    x, y = _positions(point)[-1]
    below = point.figure.get("label") != "below"  # on the side away from the code labels
    lines = _lines(hint)
    y, text_y = (y + 22, y + 39) if below else (y - 22, y - 30 - 14 * (len(lines) - 1))
    tspans = "".join(f'<tspan x="{region.middle + 10:g}" dy="{0 if i == 0 else 1.15}em">{escape(line)}</tspan>'
                     for i, line in enumerate(lines))
    return (
        f'<g class="hint"><path d="M{region.middle:g} {y - 5:g} v10 M{region.middle:g} {y:g} H{x:g} '
        f'M{x:g} {y - 5:g} v10"/><text y="{text_y:g}">{tspans}</text></g>'
    )


def _label(language: Language, label: Label) -> str:
    words = language.gettext(label.words)
    lines = _lines(words) if label.lines == 2 else [words]
    # Lines a line-height apart in the label's own size, which grows with the reader's text size.
    tspans = "".join(f'<tspan x="{label.x:g}" dy="{0 if i == 0 else 1.15}em">{escape(line)}</tspan>'
                     for i, line in enumerate(lines))
    return f'<text y="{label.y:g}" class="label" text-anchor="{label.anchor}">{tspans}</text>'


def _body(language: Language, region: Region, labels: bool = True) -> str:
    """The drawing of a region. A mirrored region repeats its left side inside a mirroring group:
    the repeat costs next to nothing once gzipped, and unlike <use> it stays styleable by CSS."""
    drawing = "".join(f'<path class="skin" d="{smooth_path(shape)}"/>' for shape in region.shapes) + region.details
    if region.mirrored:
        drawing += f'<g transform="matrix(-1 0 0 1 {region.width} 0)">{drawing}</g>'
    return drawing + ("".join(_label(language, label) for label in region.labels) if labels else "")


def _where_to_find(language: Language, point: Point) -> str:
    return language.gettext("Where to find {title}").format(title=point.title)


def point_svg(language: Language, point: Point, description: str, ident: str, marker_size: float = 1,
              labels: bool = True) -> str:
    """One point's region with its markers, as an inline SVG image with a title and description."""
    region = REGIONS[point.region]
    drawing = (N_("A drawing of {region}; a marker on each side shows {code}.") if point.both_sides
               else N_("A drawing of {region}; a marker shows {code}."))
    drawing = language.gettext(drawing).format(region=language.gettext(region.label), code=point.code)
    markers = "".join(_marker(point, x, y, marker_size) for x, y in _positions(point))
    return (
        f'<svg class="body-svg" viewBox="0 0 {region.width} {region.height}" role="img" '
        f'aria-labelledby="{escape(ident)}-title" aria-describedby="{escape(ident)}-desc">'
        f'<title id="{escape(ident)}-title">{escape(_where_to_find(language, point))}</title>'
        f'<desc id="{escape(ident)}-desc">{escape(drawing)} {escape(description)}</desc>'
        f"{_body(language, region, labels)}{_hint(point)}{markers}</svg>"
    )


def point_figure(language: Language, point: Point, description: str) -> str:
    """The figure of one point's page: its region, its markers and a measuring hint. Where to press on
    the back is in the description and in "Before you press" just below. Left out of the search index,
    as its description repeats the page's own words."""
    ident = f"figure-{point.code.lower()}"
    caption = language.gettext("{where}: {region}. The left of the drawing is your left side.").format(
        where=_where_to_find(language, point), region=language.gettext(REGIONS[point.region].label))
    return (
        f'<figure class="body-map" id="{escape(ident)}" data-search-exclude>'
        f"{point_svg(language, point, description, ident)}<figcaption>{escape(caption)}</figcaption></figure>"
    )


def overview_figure(language: Language, points: tuple[Point, ...], link_to) -> str:
    """All points on their regions, one panel per region; each point's markers link to its page.

    link_to(point) gives the page's URL relative to the calling page. The panels are groups, not
    images, so that their links stay reachable by keyboard and screen readers.
    """
    panels = []
    for region in REGIONS.values():
        here = [point for point in points if point.region == region.key]
        if not here:
            continue
        everywhere = [position for point in here for position in _positions(point)]
        links = "".join(
            f'<a href="{escape(link_to(point))}" aria-label="{escape(_open_page(language, point))}">'
            + "".join(_marker(point, x, y, 1.3, _reach((x, y), everywhere)) for x, y in _positions(point))
            + "</a>"
            for point in here
        )
        ident, name = f"overview-{region.key}", language.gettext(region.name)
        panels.append(
            f'<div class="body-map-overview__panel"><svg class="body-svg" viewBox="0 0 {region.width} {region.height}" '
            f'role="group" aria-labelledby="{ident}">'
            f'<title id="{ident}">{escape(name)}</title>{_body(language, region, labels=False)}{links}</svg>'
            f'<p aria-hidden="true">{escape(name)}</p></div>'
        )
    caption = language.gettext("Where the points are. Select a point to open its page.")
    return (
        '<figure class="body-map-overview" data-search-exclude><div class="body-map-overview__panels">'
        + "".join(panels)
        + f"</div><figcaption>{escape(caption)}</figcaption></figure>"
    )


def _open_page(language: Language, point: Point) -> str:
    return language.gettext("{title}: open its page").format(title=point.title)


def _positions(point: Point) -> list[Position]:
    return marker_positions(point.region, point.figure, point.both_sides)
