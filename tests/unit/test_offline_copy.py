"""The offline copy's rules, without a build: which files a page uses, what the copy costs a first
visit, and the offline page's way home."""
import gzip

from acupoints import offline_copy
from acupoints.offline_copy import (
    base_element,
    cost,
    fill_size,
    missing_from_copy,
    page_references,
    served_path,
    size_words,
    stored_bytes,
)

PAGE = """<html><head>
<link rel="stylesheet" href="../../assets/stylesheets/main.57a0d79d.min.css">
<link rel="manifest" href="../../manifest.webmanifest">
<link rel="canonical" href="https://example.org/points/bl23/">
<link rel="next" href="../bl52/">
<script src="../../javascripts/routine-player.min.js" type="module"></script>
</head><body>
<a href="#where-to-find-it">Where</a>
<a href="../../guide/#before-you-start">Guide</a>
<a href="https://www.nhs.uk/">NHS</a>
<a href="../../cards/?print=1">Cards</a>
<img src="../../assets/figures/hand%20left.svg" alt="The left hand">
<svg><use href="#marker"></use></svg>
</body></html>"""


def test_a_page_loads_its_styles_scripts_images_and_links_to_pages_and_nothing_elsewhere():
    used = page_references(PAGE, "points/bl23/index.html")
    assert used.loads == {"assets/stylesheets/main.57a0d79d.min.css", "manifest.webmanifest",
                          "javascripts/routine-player.min.js", "assets/figures/hand left.svg"}
    assert used.links == {"points/bl52/index.html", "guide/index.html", "cards/index.html"}


def test_under_a_sub_path_and_with_a_base_element_files_resolve_from_the_base():
    page = '<head><base href="/guide/offline/"></head><a href="../precautions/">Safety</a>' \
           '<link rel="stylesheet" href="../stylesheets/site.min.css"><a href="/elsewhere/">x</a>'
    used = page_references(page, "offline/index.html", "/guide/")
    assert used.loads == {"stylesheets/site.min.css"}
    assert used.links == {"precautions/index.html"}


def test_the_offline_page_finds_its_own_address_under_any_site_path():
    assert served_path("https://example.org/guide") == served_path("https://example.org/guide/") == "/guide/"
    assert served_path(None) == "/"  # a local build, cards without an address, is served at the root
    assert str(base_element("http://127.0.0.1:8000/", "offline/")) == '<base href="/offline/">'
    assert str(base_element("https://x.org/a\"b/", "offline/")) == '<base href="/a&#34;b/offline/">'


def _site(tmp_path):
    (tmp_path / "guide").mkdir()
    (tmp_path / "index.html").write_text('<link rel="stylesheet" href="main.12345678.min.css">'
                                         '<script src="site.js"></script><a href="guide/">Guide</a>')
    (tmp_path / "guide" / "index.html").write_text('<img src="../photo.jpg" alt="A photo">')
    (tmp_path / "main.12345678.min.css").write_text("body { color: black; }\n" * 400)
    (tmp_path / "site.js").write_text("console.log(1);\n" * 400)
    (tmp_path / "photo.jpg").write_bytes(bytes(range(256)) * 4)
    return tmp_path


def test_a_used_file_missing_from_the_copy_is_named_with_the_page_that_uses_it(tmp_path):
    site = _site(tmp_path)
    copy = {"index.html", "guide/index.html", "main.12345678.min.css", "site.js"}
    assert missing_from_copy(site, copy) == ("guide/index.html", "photo.jpg")
    assert missing_from_copy(site, copy | {"photo.jpg"}) is None


def test_a_first_visit_pays_again_for_revised_files_but_not_for_hashed_ones(tmp_path):
    site = _site(tmp_path)
    copy = {"index.html": "r1", "guide/index.html": "r2", "main.12345678.min.css": None, "site.js": "r3",
            "photo.jpg": "r4"}
    sent = {name: len(gzip.compress((site / name).read_bytes(), 6, mtime=0)) for name in
            ["index.html", "guide/index.html", "main.12345678.min.css", "site.js"]}
    result = cost(site, copy)
    assert result.first_visit == sent["index.html"] + sent["main.12345678.min.css"] + sent["site.js"]
    assert result.copy == sum(sent.values()) + 1024  # the photo as it is: not compressed
    assert result.added == result.copy - sent["main.12345678.min.css"]
    assert result.over_budget() is None


def test_over_the_budget_is_one_line_naming_the_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(offline_copy, "BUDGET", 100)
    problem = cost(_site(tmp_path), {"index.html": "r1", "site.js": "r2", "photo.jpg": "r3"}).over_budget()
    assert "over its budget of 0 KiB" in problem and "acupoints/offline_copy.py" in problem
    assert "\n" not in problem


def test_the_home_page_is_told_the_size_of_the_offline_copy(tmp_path):
    (tmp_path / "index.html").write_bytes(b"x" * 700_000)
    (tmp_path / "app.js").write_bytes(b"x" * 550_000)
    size = stored_bytes(tmp_path, {"index.html": "1", "app.js": None, "gone.css": "2"})
    assert size == 1_250_000 and size_words(size) == "1.2 MB"
    page = '<p>About <span class="offline-size" data-offline-size data-search-exclude>(measured)</span>.</p>'
    assert fill_size(page, size) == page.replace("(measured)", "1.2 MB")
