"""Body-map figures in real Chromium: present, described, scaled, and the overview's links work."""
import io

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from helpers import LOOKS, VIEWPORTS, tab_until


@pytest.mark.parametrize("scheme, size", LOOKS, ids=["-".join(look) for look in LOOKS])
def test_every_point_figure_fits_and_is_saved(browser, site_url, catalog, screenshots, size, scheme):
    context = browser.new_context(viewport=VIEWPORTS[size], color_scheme=scheme, device_scale_factor=2)
    page = context.new_page()
    for point in catalog.points:
        page.goto(f"{site_url}points/{point.code.lower()}/")
        figure = page.locator("figure.body-map")
        box = figure.locator("svg").bounding_box()
        article = page.locator("article.md-content__inner").bounding_box()
        assert 200 <= box["width"] <= article["width"], point.code  # scales to the column
        figure.screenshot(path=screenshots / f"figure-{point.code.lower()}-{size}-{scheme}.png")
    page.goto(site_url)
    page.locator("figure.body-map-overview").screenshot(path=screenshots / f"figure-overview-{size}-{scheme}.png")
    context.close()


def test_overview_markers_are_links_reachable_by_keyboard(page, site_url, catalog):
    page.goto(site_url)
    links = page.locator("figure.body-map-overview a")
    assert links.count() == len(catalog.points)
    focused = []

    def note_marker():
        label = page.evaluate("document.activeElement.closest('.body-map-overview a')?.getAttribute('aria-label')")
        if label:
            focused.append(label.split()[0])

    tab_until(page, lambda: len(focused) == len(catalog.points), limit=60, what="every marker", each=note_marker)
    assert sorted(focused) == sorted(catalog.codes)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/points/{focused[-1].lower()}/")


def test_figures_render_mirror_symmetric(page, site_url, catalog):
    """Each drawing is symmetric, so its picture should match its own mirror image but for the
    labels. This catches a side drawn wrong or left unstyled, which the page's markup cannot show."""
    differences = {}
    for point in catalog.points:
        page.goto(f"{site_url}points/{point.code.lower()}/")
        picture = Image.open(io.BytesIO(page.locator("figure.body-map svg").screenshot())).convert("L")
        difference = ImageChops.difference(picture, ImageOps.mirror(picture))
        differences[point.code] = ImageStat.Stat(difference).mean[0]
    assert all(value < 6 for value in differences.values()), differences
