"""axe-core on every page of both editions and in every state, on a phone in both palettes and (the
pages laid out differently) at desktop width; and the keyboard."""
import pytest

from helpers import VIEWPORTS, axe_violations, every_built_page, tab_until


def _violations(page) -> list[str]:
    # Material fades search results in; contrast measured mid-transition would be wrong.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    return axe_violations(page)


def _paths(site) -> list[str]:
    return [str(page.relative_to(site).parent).replace(".", "") for page in every_built_page(site)]


EDITIONS = {"English": "", "Hindi": "hi"}
# At desktop width, the pages whose layout differs most from the phone's: the sidebars and the tables,
# the routine's player and the pain log's chart, the cards.
DESKTOP = ["", "points/bl52", "routine", "progress", "faq", "cards"]


def _edition(path: str) -> str:
    return "Hindi" if path == "hi" or path.startswith("hi/") else "English"


def _axe_everywhere(browser, site_url, paths, scheme, size) -> dict:
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[size])
    page = context.new_page()
    found = {}
    for path in paths:
        page.goto(site_url + (path + "/" if path else ""))
        if violations := _violations(page):
            found[path or "home"] = violations
    context.close()
    return found


def test_axe_as_we_run_it_reports_each_kind_of_violation(page):
    """A planted page: WCAG A and AA, WCAG 2.2 target size and a best practice are all reported."""
    page.set_content("""<!doctype html><html lang="en"><title>Planted</title><body>
        <main><h1>Planted</h1><img src="x.png"><p style="color: #aaa; background: #fff">Faint words</p>
        <button style="width: 12px; height: 12px; padding: 0">a</button><button style="width: 12px; height: 12px;
        padding: 0">b</button></main><p>Outside every landmark</p></body></html>""")
    found = {line.split()[0] for line in axe_violations(page)}
    assert {"image-alt", "color-contrast", "target-size", "region"} <= found, found


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_any_page_on_a_phone(browser, built_site, site_url, scheme, edition):
    """Every page of both editions, light; in dark, every English page and the Hindi pages of each kind:
    the editions share their styles and markup, so the dark colours are the same on both."""
    paths = [path for path in _paths(built_site) if _edition(path) == edition]
    if scheme == "dark" and edition == "Hindi":
        paths = ["/".join(filter(None, ["hi", path])) for path in DESKTOP]
    found = _axe_everywhere(browser, site_url, paths, scheme, "phone")
    assert not found, found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_at_desktop_width(browser, site_url, scheme):
    roots = EDITIONS.values() if scheme == "light" else [EDITIONS["English"]]
    paths = ["/".join(filter(None, [root, path])) for root in roots for path in DESKTOP]
    found = _axe_everywhere(browser, site_url, paths, scheme, "desktop")
    assert not found, found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_search_results_and_filtered_faq(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(site_url)
    # A first visit: the notice that the copy is saved shows, and must not sit half under the results.
    page.wait_for_function("document.documentElement.dataset.offlineCopy === 'whole'", timeout=30_000)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("pregnant", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    assert _violations(page) == []

    page.goto(site_url + "faq/")
    page.locator("#faq-filter-input").press_sequentially("nothing like this", delay=10)
    assert page.locator(".faq-filter__search").is_visible()
    assert _violations(page) == []
    context.close()


def test_skip_link_is_the_first_tab_stop_and_moves_to_the_content(page, site_url):
    page.goto(site_url + "guide/")
    page.keyboard.press("Tab")
    skip = page.evaluate("({text: document.activeElement.textContent.trim(), href: document.activeElement.hash})")
    assert skip["text"] == "Skip to content"
    assert page.locator("a.md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == skip["href"]


def test_every_tab_stop_shows_where_the_focus_is(page, site_url):
    page.goto(site_url + "points/bl23/")
    unmarked, seen = [], []
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-search__input')"):
            # Focusing the search box opens Material's search dialog: that is the visible sign.
            page.wait_for_function("document.getElementById('__search').checked", timeout=3000)
            page.keyboard.press("Escape")
            continue
        # The ring is on the element, or, for Material's visually hidden palette toggle, on the label
        # that follows it.
        focus = page.evaluate("""() => {
            const el = document.activeElement;
            const marked = (node) => {
                if (!node) return false;
                const style = getComputedStyle(node);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== 'none';
            };
            const shown = el.matches('.md-option') ? el.nextElementSibling : el;
            const label = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30);
            return {name: el.tagName + ' ' + label,
                    visible: marked(shown), body: el === document.body};
        }""")
        if focus["body"]:
            break
        seen.append(focus["name"])
        if not focus["visible"]:
            unmarked.append(focus["name"])
    assert any("Print a pocket card" in name for name in seen), f"the walk stopped early: {seen}"
    assert not unmarked, f"no visible focus on: {unmarked}"


def test_print_this_card_works_from_the_keyboard(page, site_url):
    page.goto(site_url + "points/gb30/")
    page.evaluate("window.print = () => { window.printed = location.hash; }")
    tab_until(page, "(el) => el.textContent.trim() === 'Print a pocket card'", what="Print a pocket card")
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed") == "#card-gb30"
