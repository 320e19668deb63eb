"""Body-map geometry and rendering, straight from the core."""
import re
from dataclasses import replace

import pytest

from acupoints.body_regions import REGIONS, marker_positions
from acupoints.figures import overview_figure, point_figure, smooth_path
from acupoints.language import Language
from acupoints.text import escape

MARKER = re.compile(r'<g class="marker" transform="translate\(([\d.]+) ([\d.]+)\)')

ENGLISH = Language()


def _positions(point):
    return marker_positions(point.region, point.figure, point.both_sides)


def markers_in(svg: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in MARKER.findall(svg)]


def test_every_point_marker_lies_on_its_region(catalog):
    for point in catalog.points:
        region = REGIONS[point.region]
        for x, y in _positions(point):
            assert region.contains(x, y), point.code


def test_both_sides_are_mirrored_about_the_middle(catalog):
    point = catalog.find("BL23")
    (left_x, y1), (right_x, y2) = _positions(point)
    assert (left_x, y1) == (point.figure["x"], point.figure["y"])
    assert left_x + right_x == REGIONS["lower-back"].width and y1 == y2


def test_one_sided_point_has_one_marker(catalog):
    point = replace(catalog.find("GB30"), both_sides=False)
    assert _positions(point) == [(82, 116)]


def test_figure_draws_markers_at_the_data_coordinates(catalog):
    point = catalog.find("GB30")
    assert markers_in(point_figure(ENGLISH, point, "desc")) == _positions(point)


def test_changing_a_coordinate_moves_the_marker(catalog):
    point = catalog.find("GB30")
    moved = replace(point, figure={**point.figure, "x": point.figure["x"] + 10})
    assert markers_in(point_figure(ENGLISH, moved, ""))[0] == (92, 116)


def test_figure_is_an_image_with_title_and_description_from_the_data(catalog):
    point = catalog.find("BL52")
    svg = point_figure(ENGLISH, point, point.location["plain"])
    assert 'role="img" aria-labelledby="figure-bl52-title" aria-describedby="figure-bl52-desc"' in svg
    assert '<title id="figure-bl52-title">Where to find BL52 Zhishi</title>' in svg
    assert escape(point.location["plain"]) in svg
    assert ">about 4</tspan>" in svg and ">finger-widths</tspan>" in svg  # in two lines, clear of the edge


def test_figure_escapes_data(catalog):
    point = catalog.find("GB30")
    point = replace(point, pinyin="<script>x</script>", title="GB30 <script>x</script>",
                    figure={**point.figure, "hint": '"><img src=x onerror=alert(1)>'})
    svg = point_figure(ENGLISH, point, "<b>desc</b>")
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg


def test_overview_links_each_point_once(catalog):
    svg = overview_figure(ENGLISH, catalog.points, lambda point: f"points/{point.code.lower()}/")
    hrefs = re.findall(r'<a href="([^"]+)"', svg)
    assert hrefs == ["points/bl23/", "points/bl52/", "points/gb30/"]
    assert 'role="img"' not in svg  # an image role would hide the links from screen readers


@pytest.mark.parametrize("x, y, inside", [(150, 150, True), (5, 5, False), (290, 265, False)])
def test_contains(x, y, inside):
    assert REGIONS["lower-back"].contains(x, y) is inside


def test_smooth_path_passes_through_every_vertex_and_closes():
    path = smooth_path(((0, 0, "corner"), (10, 0), (10, 10), (0, 10, "corner")))
    assert path.startswith("M0 0") and path.endswith("Z") and path.count("C") == 4
    assert all(f"{x} {y}" in path for x, y in [(10, 0), (10, 10), (0, 10)])
