"""What axe does not catch: touch at 320 px, the keyboard at phone width, the names and states a screen
reader gets, sizes, contrast and forced colours, all measured in the page."""
import functools

import pytest

from helpers import VIEWPORTS, tab_until

PHONE_320 = {"width": 320, "height": 640}
WIDTHS = {"320": PHONE_320, "390": VIEWPORTS["phone"], "1280": VIEWPORTS["desktop"]}

# WCAG contrast of a computed CSS colour on another, in the page. Colours with alpha (Material's
# greys are translucent black or white) are blended onto what lies beneath: the background onto
# the page's own background colour, the foreground onto the background.
CONTRAST_JS = """
window.__contrast = (fg, bg) => {
  const parse = (colour) => { const v = colour.match(/[0-9.]+/g).map(Number); return [v[0], v[1], v[2], v[3] ?? 1]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const page = parse(getComputedStyle(document.body).backgroundColor);
  const back = over(parse(bg), over(page, [255, 255, 255]));
  const front = over(parse(fg), back);
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(front), lum(back)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
"""


@pytest.fixture
def open_page(open_page):
    """The shared `open_page` (tests/conftest.py), with __contrast() in every page."""
    return functools.partial(open_page, init_script=CONTRAST_JS)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_marker_on_the_home_map_taps_its_own_point(open_page, width):
    page = open_page(viewport=WIDTHS[width])
    wrong = page.evaluate("""() => [...document.querySelectorAll('.body-map-overview a')].flatMap((link) =>
        [...link.querySelectorAll('.marker__dot')].map((dot) => {
            dot.scrollIntoView({block: 'center'});
            const box = dot.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            const owner = hit && hit.closest('a');
            const name = (a) => a && a.getAttribute('aria-label');
            return owner === link ? null : `${name(link)} -> ${name(owner)}`;
        })).filter(Boolean)""")
    assert not wrong, wrong


def test_home_map_at_320_px_has_readable_labels_and_separate_24_px_targets(open_page):
    page = open_page(viewport=PHONE_320)
    found = page.evaluate("""() => {
        const labels = [...document.querySelectorAll('.body-map-overview .marker__label')].map((label) =>
            parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM().a);
        const targets = [...document.querySelectorAll('.body-map-overview .marker__target')].map((circle) => {
            const box = circle.getBoundingClientRect();
            return {x: box.x + box.width / 2, y: box.y + box.height / 2, size: box.width};
        });
        const overlaps = [];
        targets.forEach((a, i) => targets.slice(i + 1).forEach((b) => {
            if (Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2 - 0.5) overlaps.push([a, b]);
        }));
        return {smallestLabel: Math.min(...labels), smallestTarget: Math.min(...targets.map((t) => t.size)), overlaps};
    }""")
    assert found["smallestLabel"] >= 12, found
    assert found["smallestTarget"] >= 24, found
    assert not found["overlaps"], found


def _visible_focus(page) -> dict:
    return page.evaluate("""() => {
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        let shown = box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
        const within = box.right > 0 && box.left < innerWidth;
        return {name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40),
                shown: shown && within, menu: el.matches('button[data-toggles="__drawer"]')};
    }""")


def test_phone_keyboard_reaches_the_menu_button_and_opens_the_menu(open_page):
    page = open_page("guide/", viewport=VIEWPORTS["phone"])
    hidden, focus = [], {}  # focus: where the last Tab went

    def note_hidden():
        focus.update(_visible_focus(page))
        if not focus["shown"]:
            hidden.append(focus["name"])

    tab_until(page, lambda: focus["menu"], limit=10, what="the menu button", each=note_hidden)
    assert not hidden, f"focus went to things a reader cannot see: {hidden}"
    menu = page.get_by_role("button", name="Menu")
    assert menu.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Space")
    assert page.evaluate("document.getElementById('__drawer').checked")
    assert menu.get_attribute("aria-expanded") == "true"
    # Visible, and slid fully in (Material moves the drawer in over a quarter of a second).
    page.wait_for_function("""() => { const menu = document.querySelector('.md-sidebar--primary');
        return getComputedStyle(menu).visibility === 'visible' && menu.getBoundingClientRect().left >= 0
            && document.getAnimations().every((a) => a.playState !== 'running'); }""")
    tab_until(page, "(el) => !!el.closest('.md-sidebar--primary')", limit=30, what="the open menu")
    assert _visible_focus(page)["shown"]


def test_closed_phone_menu_takes_no_tab_stops(open_page):
    page = open_page("points/bl23/", viewport=VIEWPORTS["phone"])
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break
        if page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"):
            stops.append(_visible_focus(page)["name"])
    assert not stops, f"the closed menu took {len(stops)} tab stops: {stops[:5]}"


def test_header_buttons_and_section_toggle_have_names_roles_and_states(open_page):
    page = open_page("guide/", viewport=VIEWPORTS["phone"])
    assert page.get_by_role("button", name="Menu").count() == 1
    assert page.get_by_role("button", name="Search").count() == 1
    page.keyboard.press("Tab")
    page.evaluate("document.getElementById('__drawer').checked = true")
    toggle = page.get_by_role("button", name="The points: its pages")
    assert toggle.count() == 1
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.focus()
    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="LI4 Hegu").first.is_visible()
    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "false"


def test_print_this_card_is_a_button_that_keeps_focus(open_page):
    page = open_page("points/gb30/", viewport=VIEWPORTS["phone"])
    page.evaluate("window.print = () => { window.printed = location.hash; }")
    button = page.get_by_role("button", name="Print a pocket card")
    assert button.count() == 1 and page.get_by_role("link", name="Print a pocket card").count() == 0
    button.focus()
    page.keyboard.press("Space")
    assert page.evaluate("window.printed") == "#card-gb30"
    assert page.evaluate("document.activeElement.textContent.trim()") == "Print a pocket card"


@pytest.mark.parametrize("path", ["", "points/bl23/", "guide/", "precautions/"])
def test_safety_text_and_hold_times_are_body_size(open_page, path):
    page = open_page(path, viewport=VIEWPORTS["phone"])
    sizes = page.evaluate("""() => {
        const body = parseFloat(getComputedStyle(document.querySelector('article > p')).fontSize);
        const small = [...document.querySelectorAll(
                'article .admonition p, article .admonition li, article td, article .point-facts dd')]
            .filter((el) => el.offsetParent && parseFloat(getComputedStyle(el).fontSize) < body - 0.1)
            .map((el) => `${el.tagName} ${parseFloat(getComputedStyle(el).fontSize)}px: `
                + el.textContent.trim().slice(0, 30));
        return {body, small};
    }""")
    assert not sizes["small"], sizes


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["points/bl23/", "points/gb30/", "points/li4/"])
def test_figure_text_and_lines_stand_out_from_the_body(open_page, scheme, path):
    page = open_page(path, color_scheme=scheme)
    found = page.evaluate("""() => {
        const skin = getComputedStyle(document.querySelector('figure.body-map .skin')).fill;
        const text = [...document.querySelectorAll('figure.body-map text')].map((t) =>
            __contrast(getComputedStyle(t).fill, skin));
        const page = getComputedStyle(document.body).backgroundColor;
        const lines = [...document.querySelectorAll(['.bone', '.vertebra', '.guide', '.landmark', '.skin']
                .map((part) => `figure.body-map ${part}`).join(', '))]
            .map((l) => __contrast(getComputedStyle(l).stroke, skin === getComputedStyle(l).stroke ? page : skin));
        return {text: Math.min(...text), lines: Math.min(...lines)};
    }""")
    assert found["text"] >= 4.5, found
    assert found["lines"] >= 3, found


def test_markers_use_link_colours_in_forced_colours(open_page):
    page = open_page(forced_colors="active")
    colours = page.evaluate("""() => {
        const link = document.querySelector('.body-map-overview a');
        return {ring: getComputedStyle(link.querySelector('.marker__ring')).stroke,
                label: getComputedStyle(link.querySelector('.marker__label')).fill,
                link: getComputedStyle(document.querySelector('article p a')).color};
    }""")
    assert colours["ring"] == colours["link"] and colours["label"] == colours["link"], colours


@pytest.mark.parametrize("path", ["points/bl23/", "points/bl52/", "points/gb30/"])
def test_figure_labels_clear_the_drawing_and_survive_text_spacing(open_page, path):
    page = open_page(path, viewport=VIEWPORTS["phone"])
    page.add_style_tag(content="* { line-height: 1.5 !important; letter-spacing: 0.12em !important; "
                               "word-spacing: 0.16em !important; }")
    found = page.evaluate("""() => {
        const svg = document.querySelector('figure.body-map svg').getBoundingClientRect();
        const texts = [...document.querySelectorAll('figure.body-map text')];
        const clipped = texts.filter((t) => { const b = t.getBoundingClientRect();
            return b.left < svg.left - 0.5 || b.right > svg.right + 0.5; }).map((t) => t.textContent);
        const parts = [...document.querySelectorAll('figure.body-map .vertebra, figure.body-map .marker__ring')];
        const overlapping = texts.filter((t) => t.matches('.label, .hint text')).flatMap((t) => {
            const a = t.getBoundingClientRect();
            return parts.filter((p) => { const b = p.getBoundingClientRect();
                return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; })
              .map((p) => `${t.textContent} over ${p.getAttribute('class')}`);
        });
        return {clipped, overlapping};
    }""")
    assert not found["clipped"], found
    assert not found["overlapping"], found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focus_ring_in_the_header_is_visible_on_its_own(open_page, scheme):
    page = open_page(viewport=VIEWPORTS["phone"], color_scheme=scheme)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the logo link, in the header
    ratio = page.evaluate("""() => {
        const el = document.activeElement;
        const header = getComputedStyle(document.querySelector('.md-header')).backgroundColor;
        return el.closest('.md-header') ? __contrast(getComputedStyle(el).outlineColor, header) : 0;
    }""")
    assert ratio >= 3, ratio


def test_first_screen_on_a_phone_says_safety_first_where_to_start_and_how_long(open_page, catalog):
    page = open_page(viewport=PHONE_320 | {"height": 568})
    found = page.evaluate("""() => {
        const start = document.querySelector('.start-here');
        if (!start) return null;
        const box = start.getBoundingClientRect();
        return {bottom: box.bottom, height: innerHeight, text: start.textContent.replace(/\\s+/g, ' '),
                links: [...start.querySelectorAll('a')].map((a) => a.getAttribute('href'))};
    }""")
    assert found, "no start-here path on the home page"
    assert found["bottom"] <= found["height"] * 2, found  # within the first screen or two, above the map
    assert any("precautions" in href for href in found["links"])
    assert any("guide" in href or "points/" in href for href in found["links"])
    order = [point.code for point in catalog.points]
    positions = [found["text"].find(code) for code in order]
    assert -1 not in positions and positions == sorted(positions), found["text"]
    assert "minutes" in found["text"]


def test_each_faq_link_names_its_question_and_headings_have_one_link(open_page):
    page = open_page("faq/")
    found = page.evaluate("""() => ({
        names: [...document.querySelectorAll('article a.faq-link')]
            .map((a) => a.textContent.replace(/\\s+/g, ' ').trim()),
        headerlinks: document.querySelectorAll('article h3 a.headerlink').length,
        questions: document.querySelectorAll('article h3').length})""")
    assert len(found["names"]) == found["questions"] and len(set(found["names"])) == found["questions"], found
    assert found["headerlinks"] == 0, found


@pytest.mark.parametrize("path", ["guide/", "points/li4/"])
def test_skip_link_lands_where_the_disclaimer_is_read_first(open_page, path):
    page = open_page(path)
    order = page.evaluate("""() => {
        const target = document.querySelector(document.querySelector('a.md-skip').hash);
        const notice = document.querySelector('.disclaimer-notice');
        // The page's own words: not the line offering the other edition (a link to another page).
        const first = document.querySelector(
            'article > p:not(.disclaimer-notice p, .edition-offer), article > .admonition');
        const follows = (a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {noticeAfterTarget: target === notice || follows(target, notice),
                noticeBeforeText: follows(notice, first)};
    }""")
    assert order == {"noticeAfterTarget": True, "noticeBeforeText": True}


@pytest.mark.parametrize("path", ["", "points/bl23/", "faq/"])
def test_200_percent_text_at_320_px_needs_no_sideways_scrolling(open_page, path):
    page = open_page(path, viewport=PHONE_320)
    page.add_style_tag(content="html { font-size: 250% !important; }")  # Material's 125 %, doubled
    widths = page.evaluate("({page: document.documentElement.scrollWidth, screen: innerWidth})")
    assert widths["page"] <= widths["screen"], widths
    assert page.get_by_role("button", name="Search").bounding_box()["x"] + 24 <= 320
