"""The body regions the figures show, as geometry: outlines, their landmarks' static art, and where
a point's markers go. Every drawing is a view from behind or of the back of the body part (the backs
of both hands, the lower back, the buttocks, both soles), so the figure's left is the person's left and
each drawing is mirror-symmetric about its middle. A point's marker is placed from the data on the left
side and mirrored to the right when the point is on both sides of the body. The same polygons that are
drawn decide whether a marker lies on the body (acupoints/checks.py)."""
from collections.abc import Mapping
from dataclasses import dataclass

from .language import N_

Position = tuple[float, float]


# A vertex; a third item "corner" keeps the outline sharp there (where a drawing is cut off).
Vertex = tuple[float, float] | tuple[float, float, str]


@dataclass(frozen=True)
class Label:
    """Words naming a landmark, at (x, y) in the drawing; lines=2 breaks them into two short lines."""

    x: float
    y: float
    anchor: str  # SVG text-anchor: start, middle or end
    words: str
    lines: int = 1


@dataclass(frozen=True)
class Region:
    key: str
    name: str  # the body area, as a short title
    place: str  # the body area in a word or two, for a point's title where an edition names it
    label: str  # what the drawing shows, as a phrase for descriptions
    width: int
    height: int
    shapes: tuple[tuple[Vertex, ...], ...]  # closed outlines of the body as drawn
    details: str  # static SVG for landmarks: spine, bones, guide lines
    labels: tuple["Label", ...] = ()  # words naming landmarks; left off where the drawing is small
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
    name=N_("Back of the hand"),
    place=N_("hand"),
    label=N_("the backs of both hands, fingers pointing up"),
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
    name=N_("Lower back"),
    place=N_("lower back"),
    label=N_("the lower back, seen from behind"),
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
    labels=(Label(256, 142, "end", N_("waist")), Label(256, 222, "end", N_("top of hip bones"), lines=2)),
)


# The buttocks and tops of the thighs, seen from behind.
_HIP_LEFT_EDGE = (
    (150, 6, "corner"), (62, 6, "corner"), (52, 48), (38, 92), (32, 128), (38, 170), (48, 214),
    (56, 262, "corner"), (140, 262, "corner"), (146, 214), (150, 196, "corner"),
)


HIP = Region(
    key="hip",
    name=N_("Hip and buttock"),
    place=N_("buttock"),
    label=N_("the buttocks and the tops of the thighs, seen from behind"),
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
    labels=(Label(150, 92, "middle", N_("base of the spine")), Label(40, 162, "start", N_("top of thigh bone"))),
)


# The soles of both feet, toes up; the big toes are towards the middle of the figure.
_LEFT_SOLE = (
    (70, 268), (56, 250), (52, 214), (56, 170), (50, 126), (48, 96), (56, 76), (80, 66), (110, 64),
    (132, 68), (140, 86), (134, 120), (124, 160), (122, 200), (124, 236), (112, 264), (92, 274),
)


_LEFT_TOES = (
    ((124, 40), 15, 19), ((98, 38), 9, 12), ((80, 42), 8, 11), ((65, 49), 7, 10), ((53, 60), 6, 8),
)


def _toe(centre: Position, rx: float, ry: float) -> tuple[Vertex, ...]:
    """A toe as an octagon around an ellipse, so it is an outline like the others."""
    (cx, cy), k = centre, 0.7071
    return tuple((cx + dx * rx, cy + dy * ry) for dx, dy in
                 [(0, -1), (k, -k), (1, 0), (k, k), (0, 1), (-k, k), (-1, 0), (-k, -k)])


FOOT = Region(
    key="foot",
    name=N_("Sole of the foot"),
    place=N_("sole"),
    label=N_("the soles of both feet, toes pointing up"),
    width=300,
    height=280,
    shapes=(_LEFT_SOLE, *(_toe(*toe) for toe in _LEFT_TOES)),
    details='<path class="guide" d="M89 62 L84 272"/>',  # from the 2nd and 3rd toes' web to the heel
    mirrored=True,
)


REGIONS = {region.key: region for region in (HAND, LOWER_BACK, HIP, FOOT)}


def marker_positions(region: str, figure: Mapping, both_sides: bool) -> list[Position]:
    """Where a point's markers go on its region's drawing: its data coordinates, and their mirror image
    if it is on both sides."""
    positions = [(figure["x"], figure["y"])]
    if both_sides:
        positions.append((REGIONS[region].width - figure["x"], figure["y"]))
    return positions


def region_name(region: str) -> str:
    """The name of a body area, in English (a message to translate)."""
    return REGIONS[region].name


def region_place(region: str) -> str:
    """A body area in a word or two, in English (a message to translate)."""
    return REGIONS[region].place
