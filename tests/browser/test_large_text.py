"""200 % text on a phone (Material's 125 % root doubled): words stay whole, the header says which
site this is, and tables read top to bottom instead of scrolling sideways."""
import pytest

pytestmark = pytest.mark.browser

LARGE_TEXT = "html { font-size: 250% !important; }"
WIDTHS = [{"width": 320, "height": 640}, {"width": 390, "height": 844}]

# Words of an element that the browser broke across lines (a word drawn on two line boxes).
BROKEN_WORDS_JS = """(element) => {
  const broken = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""


def _go(page, url):
    """Open a page with its text at 200 %."""
    page.goto(url)
    page.add_style_tag(content=LARGE_TEXT)


def _large_text_page(browser, site_url, viewport, path=""):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    _go(page, site_url + path)
    return context, page


@pytest.mark.parametrize("viewport", WIDTHS, ids=["320", "390"])
def test_headings_keep_their_words_whole(browser, site_url, viewport):
    context, page = _large_text_page(browser, site_url, viewport)
    for path in ["", "back-care/", "points/gb30/"]:
        _go(page, site_url + path)
        assert page.locator("h1").evaluate(BROKEN_WORDS_JS) == [], path
    context.close()


@pytest.mark.parametrize("viewport", WIDTHS, ids=["320", "390"])
def test_the_header_names_the_site_and_the_page_in_whole_words(browser, site_url, viewport):
    context, page = _large_text_page(browser, site_url, viewport)
    site_name = page.locator(".site-title--short")
    assert site_name.is_visible()
    assert site_name.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1"), "the short name is cut off"
    page.mouse.wheel(0, 1500)  # Material then shows the page's title in the header
    page.wait_for_function("document.querySelector('.md-header__title--active') !== null")
    title = page.locator(".md-header__topic:last-child .md-ellipsis")
    page.wait_for_function("(e) => getComputedStyle(e.parentElement).opacity === '1'", arg=title.element_handle())
    assert title.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1"), "the page title is cut off"
    full_name = page.locator(".site-title")  # hidden from sight, not from screen readers
    assert full_name.text_content().strip() == "Acupressure for Back Pain"
    assert full_name.evaluate(
        "(e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden'")
    context.close()


@pytest.mark.parametrize("viewport", WIDTHS, ids=["320", "390"])
def test_tables_read_top_to_bottom_without_sideways_scrolling(browser, site_url, viewport):
    context, page = _large_text_page(browser, site_url, viewport)
    for path in ["", "guide/", "points/"]:
        _go(page, site_url + path)
        widths = page.locator(".md-typeset__scrollwrap").evaluate_all(
            "(wraps) => wraps.map((wrap) => [wrap.scrollWidth, wrap.clientWidth])")
        assert widths and all(scroll <= client for scroll, client in widths), (path, widths)
    context.close()


def test_tables_stay_tables_at_normal_text_size(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url)
    assert page.locator(".md-typeset__scrollwrap thead").first.is_visible()


@pytest.mark.parametrize("viewport", WIDTHS, ids=["320", "390"])
def test_the_menu_fits_the_screen(browser, site_url, viewport):
    """Material's drawer is 12.1rem wide: at 200 % text that is wider than a phone, and its arrows
    (into a section, back out) would be off the screen."""
    context, page = _large_text_page(browser, site_url, viewport, "points/bl23/")
    page.locator("button[data-toggles=__drawer]").click()
    drawer = page.locator(".md-sidebar--primary")
    drawer.evaluate("(drawer) => new Promise((done) => setTimeout(done, 400))")  # Material slides it in
    box = drawer.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box
    links = page.locator(".md-sidebar--primary .md-nav__link").evaluate_all(
        """(links) => links.filter((link) => link.checkVisibility())  // the panel on screen, not the ones beside it
            .filter((link) => link.getBoundingClientRect().left >= 0 && link.getBoundingClientRect().left < innerWidth)
            .map((link) => Math.round(link.getBoundingClientRect().right))""")
    assert links and max(links) <= viewport["width"], links
    context.close()


def test_drawing_labels_grow_with_the_text(browser, site_url):
    """The words on a drawing are text too: at 200 % they are larger, as far as the drawing has room."""
    sizes = {}
    for large in [False, True]:
        context = browser.new_context(viewport=WIDTHS[1])
        page = context.new_page()
        page.goto(site_url + "points/bl23/")
        if large:
            page.add_style_tag(content=LARGE_TEXT)
        sizes[large] = page.locator("figure.body-map text").evaluate_all(
            "(labels) => labels.map((label) => parseFloat(getComputedStyle(label).fontSize))")
        context.close()
    assert all(large >= 1.2 * normal for normal, large in zip(sizes[False], sizes[True])), sizes
