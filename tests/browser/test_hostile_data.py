"""Hostile text in the data, through the whole build: shown as text on every page, and never run."""
import functools
import json

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import build, built_pages, copy_project, real_data, serve

ATTACK = ('x </title><script>window.pwned = 5</script> <script>window.pwned = 1</script> '
          '"><img src=x onerror="window.pwned = 2"> '
          "javascript:window.pwned=3 { {7*7} } *em* [link](javascript:alert(1))")
PIECES = ["<script>window.pwned=1</script>", "</title><script>window.pwned=5</script>",
          '"><svg onload="window.pwned=4">', "{ {config} }", "*b*", "[x](javascript:x)", "<!--", "|",
          "&lt;"]


def _hostile_project(tmp_path, text):
    """A copy of the site whose BL52 entry and caution texts are all `text` (titles `text` and the key)."""
    project = copy_project(tmp_path / "project")
    data = real_data()
    point = next(p for p in data["points"] if p["code"] == "BL52")
    point["pinyin"] = point["meridian"] = point["how_often"] = text
    point["english_names"], point["traditional_uses"] = [text], [text]
    point["location"] = {key: text for key in point["location"]}
    point["press"] = {key: text for key in point["press"]}
    for key, caution in data["cautions"].items():
        caution["title"], caution["text"] = f"{text} {key}", text  # a point carries one caution per title
    (project / "data" / "points.json").write_text(json.dumps(data), encoding="utf-8")
    return project


@functools.cache
def _elements(site) -> dict[str, int]:
    """How many script, img, iframe and on* attributes each page of a built site has (read once)."""
    counts = {}
    for page in built_pages(site):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        handlers = sum(1 for tag in soup.find_all(True) for name in tag.attrs if name.startswith("on"))
        counts[str(page.relative_to(site))] = (len(soup.find_all(["script", "img", "iframe"])), handlers)
    return counts


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map(lambda parts: "x " + " ".join(parts)))
def test_built_pages_show_hostile_text_and_gain_no_elements(tmp_path_factory, built_site, text):
    tmp_path = tmp_path_factory.mktemp("hostile")
    site = tmp_path / "site"
    assert build(_hostile_project(tmp_path, text), site).returncode == 0
    assert _elements(site) == _elements(built_site)
    page = BeautifulSoup((site / "points" / "bl52" / "index.html").read_text("utf-8"), "html.parser")
    assert text in page.get_text()


def test_no_script_from_the_data_runs_in_chromium(browser, tmp_path):
    site = tmp_path / "site"
    assert build(_hostile_project(tmp_path, ATTACK), site).returncode == 0
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with serve(site) as url:
        for built in built_pages(site):
            path = str(built.relative_to(site).parent).replace(".", "")
            page.goto(url + (path + "/" if path else ""))
            assert page.evaluate("window.pwned") is None, path
        page.goto(url + "points/bl52/")
        assert "<script>window.pwned = 1</script>" in page.locator("article.md-content__inner").inner_text()
        assert page.title().startswith("BL52 x </title><script>")  # the tab title shows it as text too
        box = page.locator("input.md-search__input")  # the data also reaches the search index and results
        box.click()
        box.press_sequentially("pwned", delay=20)
        page.locator(".md-search-result__item").first.wait_for()
        assert page.evaluate("window.pwned") is None
    context.close()
    assert not dialogs
