"""Sharing a page, straight from the core (acupoints/previews.py): descriptions, where each preview
picture goes, what of a page's drawing it uses, and the picture itself. Small fixtures only."""
import io

import pytest
from PIL import Image

from acupoints import previews

DRAWING_PAGE = """<h1>LI4</h1><figure class="body-map" id="figure-li4"><svg class="body-svg" viewBox="0 0 100 60"
role="img"><title>Where to find LI4</title><desc>A hand.</desc><path class="skin" d="M10 10 H90 V50 H10Z"/>
<g class="marker"><circle class="marker__dot" r="4.5"/><text class="marker__label">LI4</text></g></svg>
<figcaption>Where to find it</figcaption></figure>"""


@pytest.mark.parametrize("url, path", [
    ("", "assets/previews/index.png"), ("points/li4/", "assets/previews/points/li4.png"),
    ("faq/", "assets/previews/faq.png"),
])
def test_each_page_has_its_own_picture_path(url, path):
    assert previews.image_path(url) == path


def test_the_drawing_keeps_its_shapes_and_drops_its_words():
    svg = previews.page_drawing(DRAWING_PAGE)
    assert svg.startswith(f'<svg xmlns="{previews.SVG_NAMESPACE}" class="body-svg"')
    assert '<path class="skin"' in svg and '<circle class="marker__dot"' in svg
    for words in ("<text", "<title", "<desc", "LI4<", "A hand."):
        assert words not in svg
    assert previews.page_drawing("<h1>FAQ</h1><figure><svg></svg></figure>") is None  # a chart is not a drawing


@pytest.mark.parametrize("meta, problem", [
    ({"description": "How to find the point in the web of your hand."}, None),
    ({}, "no description"),
    ({"description": "  "}, "no description"),
    ({"description": 'Say "hello"'}, "plain words only"),
    ({"description": "<b>bold</b>"}, "plain words only"),
    ({"description": "{{ point_title('LI4') }}"}, "plain words only"),
    ({"description": "x" * 201}, "201 characters"),
])
def test_a_description_is_one_line_of_plain_words(meta, problem):
    found = previews.description_problem(meta)
    assert (found is None) if problem is None else (problem in found), found


@pytest.mark.parametrize("source, pages", [
    ("index.md", True), ("routine.md", True), ("points/li4.md", True), ("points/index.md", True),
    ("guide.md", False), ("faq.md", False),
])
def test_the_home_page_the_routine_and_the_points_have_a_share_button(source, pages):
    assert previews.has_share_button(source) is pages


def test_hindi_words_are_drawn_in_the_devanagari_font_and_codes_in_the_latin_one():
    fonts = previews._Fonts.at(previews.font_files(), 40)
    runs = [(text, font is fonts.devanagari) for text, font in fonts.runs("LI4 (हाथ) Hegu")]
    assert runs == [("LI4 (", False), ("हाथ) ", True), ("Hegu", False)]


@pytest.mark.parametrize("title", ["A title long enough to need more than one line on the picture",
                                   "कमर दर्द के लिए एक्यूप्रेशर"])
def test_the_picture_is_the_size_chat_apps_show(title, tmp_path):
    png = previews.preview_png(title, "Site", previews.page_drawing(DRAWING_PAGE), previews.font_files())
    image = Image.open(io.BytesIO(png))
    assert image.size == previews.SIZE and image.format == "PNG"
    path = previews.write_preview(tmp_path, "points/li4/", png)
    assert path == tmp_path / "assets/previews/points/li4.png" and path.read_bytes() == png


def test_a_picture_over_the_limit_is_refused(tmp_path):
    with pytest.raises(previews.PreviewError, match="over the 300 KiB"):
        previews.write_preview(tmp_path, "faq/", b"0" * (previews.MAX_BYTES + 1))


@pytest.mark.parametrize("title, home, shown", [
    ("Home", True, "Site"), ('LI4 <span lang="zh-Latn-pinyin">Hegu</span>', False, "LI4 Hegu"), (None, False, "Site"),
])
def test_a_shared_page_is_called_by_its_title_and_the_home_page_by_the_site_name(title, home, shown):
    assert previews.shared_title(title, home, "Site") == shown
