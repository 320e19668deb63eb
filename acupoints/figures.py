"""Schematic body-map drawings, one per body region, drawn in this project.

Every drawing is a view from behind or of the back of the body part (the backs of both hands, the
lower back, the buttocks, both soles), so the figure's left is the person's left and each drawing is
mirror-symmetric about its middle. A point's marker is placed from the data on the left side and
mirrored to the right when the point is on both sides of the body.

Outlines are polygons; they are drawn as smooth curves through their corners, and the same polygons
decide whether a marker lies on the body.
"""
from dataclasses import dataclass

from .text import escape

Point = tuple[float, float]
# A vertex; a third item "corner" keeps the outline sharp there (where a drawing is cut off).
Vertex = tuple[float, float] | tuple[float, float, str]


@dataclass(frozen=True)
class Region:
    key: str
    name: str  # the body area, as a short title
    label: str  # what the drawing shows, as a phrase for descriptions
    width: int
    height: int
    shapes: tuple[tuple[Vertex, ...], ...]  # closed outlines of the body as drawn
    details: str  # static SVG for landmarks: spine, bones, guide lines
    labels: str = ""  # static SVG text naming landmarks; left off where the drawing is small
    mirrored: bool = False  # shapes and details are the left side; the right side is their mirror image

    @property
    def middle(self) -> float:
        return self.width / 2

    @property
    def outlines(self) -> tuple[tuple[Vertex, ...], ...]:
        """Every outline of the body, both sides."""
        if not self.mirrored:
            return self.shapes
        return self.shapes + tuple(
            tuple(_mirror_x(vertex, self.width) for vertex in reversed(shape)) for shape in self.shapes
        )

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside one of the outlines."""
        return any(_inside(x, y, outline) for outline in self.outlines)


def _inside(x: float, y: float, outline) -> bool:
    """Even-odd ray casting against the polygon through the outline's vertices."""
    inside = False
    corners = [vertex[:2] for vertex in outline]
    for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _mirror_x(vertex: Vertex, width: int) -> Vertex:
    return (width - vertex[0], *vertex[1:])


def _symmetric(left_edge: tuple[Vertex, ...], width: int) -> tuple[tuple[Vertex, ...], ...]:
    """One shape from its left edge (top to bottom) and that edge mirrored (bottom to top)."""
    return (left_edge + tuple(_mirror_x(vertex, width) for vertex in reversed(left_edge)),)


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


# The back of the left hand, fingers up, thumb towards the middle of the figure.
_LEFT_HAND = (
    (66, 282, "corner"), (60, 246), (50, 206), (46, 168), (47, 140),  # wrist, little-finger side
    (42, 112), (40, 86), (44, 72), (53, 67), (61, 72), (65, 88), (68, 122),  # little finger
    (71, 92), (71, 54), (75, 40), (84, 35), (93, 40), (96, 54), (96, 118),  # ring finger
    (98, 86), (99, 40), (103, 26), (112, 21), (121, 26), (124, 40), (123, 116),  # middle finger
    (126, 90), (127, 56), (131, 44), (139, 40), (147, 45), (150, 58), (150, 124),  # index finger
    (153, 148), (158, 164),  # the web between index finger and thumb
    (166, 148), (173, 126), (179, 108), (186, 100), (193, 103), (196, 116),  # thumb, inner side, tip
    (192, 146), (184, 176), (172, 208), (158, 236), (146, 256), (138, 282, "corner"),  # thumb, wrist
)

HAND = Region(
    key="hand",
    name="Back of the hand",
    label="the backs of both hands, fingers pointing up",
    width=400,
    height=290,
    shapes=(_LEFT_HAND,),
    details='<path class="bone" d="M140 130 L128 234"/>',  # the index finger's bone: the point is beside it
    mirrored=True,
)

# The lower back from below the shoulder blades to the top of the buttocks.
_LOWER_BACK_LEFT_EDGE = (
    (150, 6, "corner"), (44, 6, "corner"), (48, 60), (58, 112), (56, 150), (44, 196), (36, 232),
    (38, 262, "corner"), (150, 262, "corner"),
)

LOWER_BACK = Region(
    key="lower-back",
    name="Lower back",
    label="the lower back, seen from behind",
    width=300,
    height=270,
    shapes=_symmetric(_LOWER_BACK_LEFT_EDGE, 300),
    details=(
        '<path class="bone" d="M150 8 L150 258"/>'
        + "".join(f'<rect class="vertebra" x="143" y="{y}" width="14" height="14" rx="4"/>' for y in range(6, 250, 26))
        + '<path class="guide" d="M56 150 L244 150"/><path class="guide" d="M42 202 L258 202"/>'
    ),
    # On the right, clear of the spine; the hip-bone label in two short lines so that it stays clear
    # with wider letter spacing too.
    labels=(
        '<text x="256" y="142" class="label" text-anchor="end">waist</text>'
        '<text y="222" class="label" text-anchor="end"><tspan x="256">top of</tspan>'
        '<tspan x="256" dy="14">hip bones</tspan></text>'
    ),
)

# The buttocks and tops of the thighs, seen from behind.
_HIP_LEFT_EDGE = (
    (150, 6, "corner"), (62, 6, "corner"), (52, 48), (38, 92), (32, 128), (38, 170), (48, 214),
    (56, 262, "corner"), (140, 262, "corner"), (146, 214), (150, 196, "corner"),
)

HIP = Region(
    key="hip",
    name="Hip and buttock",
    label="the buttocks and the tops of the thighs, seen from behind",
    width=300,
    height=270,
    shapes=(_HIP_LEFT_EDGE + tuple(_mirror_x(v, 300) for v in reversed(_HIP_LEFT_EDGE[:-1])),),
    details=(
        '<path class="detail" d="M150 104 L150 196"/>'  # the cleft between the buttocks
        '<path class="detail" d="M70 196 Q108 214 146 206"/><path class="detail" d="M230 196 Q192 214 154 206"/>'
        # Guide lines from the bony bump at the side of each hip to the base of the spine.
        '<circle class="landmark" cx="42" cy="126" r="6"/><circle class="landmark" cx="258" cy="126" r="6"/>'
        '<path class="guide" d="M48 124 L150 100 L252 124"/>'
    ),
    labels=(
        '<text x="150" y="92" class="label" text-anchor="middle">base of the spine</text>'
        '<text x="40" y="162" class="label">top of thigh bone</text>'
    ),
)

# The soles of both feet, toes up; the big toes are towards the middle of the figure.
_LEFT_SOLE = (
    (70, 268), (56, 250), (52, 214), (56, 170), (50, 126), (48, 96), (56, 76), (80, 66), (110, 64),
    (132, 68), (140, 86), (134, 120), (124, 160), (122, 200), (124, 236), (112, 264), (92, 274),
)
_LEFT_TOES = (
    ((124, 40), 15, 19), ((98, 38), 9, 12), ((80, 42), 8, 11), ((65, 49), 7, 10), ((53, 60), 6, 8),
)


def _toe(centre: Point, rx: float, ry: float) -> tuple[Vertex, ...]:
    """A toe as an octagon around an ellipse, so it is an outline like the others."""
    (cx, cy), k = centre, 0.7071
    return tuple((cx + dx * rx, cy + dy * ry) for dx, dy in
                 [(0, -1), (k, -k), (1, 0), (k, k), (0, 1), (-k, k), (-1, 0), (-k, -k)])


FOOT = Region(
    key="foot",
    name="Sole of the foot",
    label="the soles of both feet, toes pointing up",
    width=300,
    height=280,
    shapes=(_LEFT_SOLE, *(_toe(*toe) for toe in _LEFT_TOES)),
    details='<path class="guide" d="M89 62 L84 272"/>',  # from the 2nd and 3rd toes' web to the heel
    mirrored=True,
)

REGIONS = {region.key: region for region in (HAND, LOWER_BACK, HIP, FOOT)}


def marker_positions(point: dict) -> list[Point]:
    """Where a point's markers go: its data coordinates, and their mirror image if on both sides."""
    region, figure = REGIONS[point["region"]], point["figure"]
    positions = [(figure["x"], figure["y"])]
    if point["both_sides"]:
        positions.append((region.width - figure["x"], figure["y"]))
    return positions


TARGET_RADIUS = 17  # the invisible tap circle around a marker, in marker units


def _marker(point: dict, x: float, y: float, size: float = 1, reach: float | None = None) -> str:
    """A ringed dot with the point's code. reach caps the tap circle's radius in drawing units, so
    that a marker's tap area never covers a neighbour's."""
    region = REGIONS[point["region"]]
    scale = size * region.width / 300  # wider drawings are shown smaller; keep the code as legible
    target = TARGET_RADIUS if reach is None else min(TARGET_RADIUS, reach / scale)
    if point["figure"].get("label") == "below":  # below, and a little away from the middle line
        label_x, label_y = (8 if x > region.middle else -8) * scale, 26 * scale
    else:
        label_x, label_y = 0, -15 * scale
    return (
        f'<g class="marker" transform="translate({x:g} {y:g}) scale({scale:g})">'
        f'<circle class="marker__target" r="{target:.4g}"/><circle class="marker__ring" r="9"/>'
        '<circle class="marker__dot" r="4.5"/>'
        f'<text class="marker__label" x="{label_x / scale:g}" y="{label_y / scale:g}" '
        f'text-anchor="middle">{escape(point["code"])}</text></g>'
    )


def _reach(position: Point, others: list[Point]) -> float | None:
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


def _hint(point: dict) -> str:
    """A measuring line from the middle of the body out to the right-hand marker."""
    hint = point["figure"].get("hint")
    if not hint:
        return ""
    region = REGIONS[point["region"]]
    x, y = marker_positions(point)[-1]
    below = point["figure"].get("label") != "below"  # on the side away from the code labels
    lines = _lines(hint)
    y, text_y = (y + 22, y + 39) if below else (y - 22, y - 30 - 14 * (len(lines) - 1))
    tspans = "".join(f'<tspan x="{region.middle + 10:g}" dy="{0 if i == 0 else 14}">{escape(line)}</tspan>'
                     for i, line in enumerate(lines))
    return (
        f'<g class="hint"><path d="M{region.middle:g} {y - 5:g} v10 M{region.middle:g} {y:g} H{x:g} '
        f'M{x:g} {y - 5:g} v10"/><text y="{text_y:g}">{tspans}</text></g>'
    )


def _body(region: Region, labels: bool = True) -> str:
    """The drawing of a region. A mirrored region repeats its left side inside a mirroring group:
    the repeat costs next to nothing once gzipped, and unlike <use> it stays styleable by CSS."""
    drawing = "".join(f'<path class="skin" d="{smooth_path(shape)}"/>' for shape in region.shapes) + region.details
    if region.mirrored:
        drawing += f'<g transform="matrix(-1 0 0 1 {region.width} 0)">{drawing}</g>'
    return drawing + (region.labels if labels else "")


def point_svg(point: dict, description: str, ident: str, marker_size: float = 1, labels: bool = True) -> str:
    """One point's region with its markers, as an inline SVG image with a title and description."""
    region = REGIONS[point["region"]]
    sides = "a marker on each side shows" if point["both_sides"] else "a marker shows"
    markers = "".join(_marker(point, x, y, marker_size) for x, y in marker_positions(point))
    return (
        f'<svg class="body-svg" viewBox="0 0 {region.width} {region.height}" role="img" '
        f'aria-labelledby="{escape(ident)}-title" aria-describedby="{escape(ident)}-desc">'
        f'<title id="{escape(ident)}-title">Where to find {escape(point["code"])} {escape(point["pinyin"])}</title>'
        f'<desc id="{escape(ident)}-desc">A drawing of {escape(region.label)}; {sides} '
        f'{escape(point["code"])}. {escape(description)}</desc>'
        f"{_body(region, labels)}{_hint(point)}{markers}</svg>"
    )


def point_figure(point: dict, description: str, note: str = "") -> str:
    """The figure of one point's page: its region, its markers and a measuring hint, with a note
    under the drawing (for a point on the back: press beside the spine). Left out of the search
    index, as its description repeats the page's own words."""
    ident = f"figure-{point['code'].lower()}"
    note = f" <strong>{escape(note)}</strong>" if note else ""
    return (
        f'<figure class="body-map" id="{escape(ident)}" data-search-exclude>{point_svg(point, description, ident)}'
        f"<figcaption>Where to find {escape(point['code'])} {escape(point['pinyin'])}: "
        f"{escape(REGIONS[point['region']].label)}. The left of the drawing is your left side.{note}</figcaption></figure>"
    )


def overview_figure(points: list[dict], link_to) -> str:
    """All points on their regions, one panel per region; each point's markers link to its page.

    link_to(point) gives the page's URL relative to the calling page. The panels are groups, not
    images, so that their links stay reachable by keyboard and screen readers.
    """
    panels = []
    for region in REGIONS.values():
        here = [point for point in points if point["region"] == region.key]
        if not here:
            continue
        everywhere = [position for point in here for position in marker_positions(point)]
        links = "".join(
            f'<a href="{escape(link_to(point))}" aria-label="{escape(point["code"])} {escape(point["pinyin"])}: '
            f'open its page">'
            + "".join(_marker(point, x, y, 1.3, _reach((x, y), everywhere)) for x, y in marker_positions(point))
            + "</a>"
            for point in here
        )
        ident = f"overview-{region.key}"
        panels.append(
            f'<div class="body-map-overview__panel"><svg class="body-svg" viewBox="0 0 {region.width} {region.height}" '
            f'role="group" aria-labelledby="{ident}">'
            f'<title id="{ident}">{escape(region.name)}</title>{_body(region, labels=False)}{links}</svg>'
            f'<p aria-hidden="true">{escape(region.name)}</p></div>'
        )
    return (
        '<figure class="body-map-overview" data-search-exclude><div class="body-map-overview__panels">'
        + "".join(panels)
        + "</div><figcaption>Where the points are. Select a point to open its page.</figcaption></figure>"
    )
