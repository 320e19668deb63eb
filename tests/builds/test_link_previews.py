"""What a shared link shows: every page of both editions carries its own title, description, language,
address and picture for chat apps (Open Graph) and Twitter's card, and the pictures are there, at the
size chat apps show. The page's home and the offline copy's size are said where a reader looks."""
import io
import json
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from acupoints import previews
from helpers import EDITIONS, ROOT, build, build_editions, built_pages, copy_project, one_error_line

ADDRESS = "https://example.org/guide/"
LOCALES = {"": ("en_GB", ["hi_IN"]), "hi": ("hi_IN", ["en_GB"])}


@pytest.fixture(scope="module")
def published_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("published")
    result = build_editions(ROOT, site, SITE_URL=ADDRESS)
    assert result.returncode == 0, result.stderr
    return site


def _tags(page) -> dict[str, list[str]]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    tags: dict[str, list[str]] = {}
    for meta in soup.head.find_all("meta"):
        name = meta.get("property") or meta.get("name")
        if name:
            tags.setdefault(name, []).append(meta.get("content"))
    for link in soup.head.find_all("link", rel="canonical"):
        tags.setdefault("canonical", []).append(link["href"])
    return tags


@pytest.mark.parametrize("edition", ["", *EDITIONS], ids=["English", *EDITIONS])
def test_every_page_carries_every_tag_a_shared_link_needs(published_site, edition):
    pages = built_pages(published_site, edition)
    assert len(pages) > 10
    descriptions = set()
    for page in pages:
        where = page.relative_to(published_site)
        address = ADDRESS + where.parent.as_posix().removeprefix(".") + ("/" if where.parent.parts else "")
        tags = _tags(page)
        one = {name: values[0] for name, values in tags.items() if len(values) == 1}
        for name in ("og:title", "og:description", "og:url", "canonical", "og:locale", "og:image",
                     "og:image:width", "og:image:height", "og:image:alt", "twitter:card", "twitter:image"):
            assert one.get(name), f"{where}: {name} missing or given twice"
        assert one["og:url"] == one["canonical"] == address, where
        assert one["og:description"] == one["description"], where
        descriptions.add(one["og:description"])
        locale, alternates = LOCALES[edition]
        assert one["og:locale"] == locale and tags["og:locale:alternate"] == alternates, where
        assert one["twitter:card"] == "summary_large_image"
        assert one["og:image"] == one["twitter:image"] and one["og:image"].startswith(ADDRESS), where
        picture = published_site / urlsplit(one["og:image"]).path.removeprefix(urlsplit(ADDRESS).path)
        assert picture.is_file(), f"{where}: {one['og:image']} is not in the site"
        assert picture.stat().st_size <= 300 * 1024, where
        image = Image.open(io.BytesIO(picture.read_bytes()))
        assert image.format == "PNG" and image.size == (int(one["og:image:width"]), int(one["og:image:height"]))
        assert image.size == (1200, 630), where
        assert one["og:title"] in one["og:image:alt"], where
    assert len(descriptions) == len(pages), "two pages share a description"


def test_the_hindi_pages_describe_themselves_in_hindi(published_site):
    for page in built_pages(published_site, "hi"):
        tags = _tags(page)
        for name in ("og:description", "og:image:alt"):
            assert re.search("[\u0900-\u097f]", tags[name][0]), f"{page.relative_to(published_site)}: {name}"


def test_a_build_without_site_url_says_once_which_tags_it_left_out(tmp_path):
    result = build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "No SITE_URL" in line]
    assert len(lines) == 1, result.stderr
    assert all(tag in lines[0] for tag in ("og:url", "og:image", "twitter:image", "canonical")), lines[0]
    home = _tags(tmp_path / "site" / "index.html")
    assert "og:url" not in home and "og:image" not in home and home["og:title"] and home["og:description"]


def test_the_home_page_says_how_much_room_the_offline_copy_takes(published_site):
    for edition in ["", *EDITIONS]:
        site = published_site / edition
        copy = json.loads(re.search(r"\[\{\"url\".*?\}\]", (site / "sw.js").read_text(encoding="utf-8")).group(0))
        stored = sum((site / entry["url"]).stat().st_size for entry in copy)
        home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
        said = home.select_one("[data-offline-size]").get_text()
        assert said == f"{stored / 1_000_000:.1f} MB", (edition, said, stored)
        assert previews.image_path("").startswith("assets/previews/")
        assert not any(entry["url"].startswith("assets/previews/") for entry in copy), "no picture is saved offline"


def _describe(page, description: str | None):
    text = page.read_text(encoding="utf-8")
    line = f'description: "{description}"\n' if description is not None else ""
    page.write_text(re.sub(r'^description: ".*"\n', line, text, count=1, flags=re.M), encoding="utf-8")


def test_a_page_without_a_description_stops_the_build_with_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    _describe(project / "docs" / "faq.md", None)
    assert "docs/faq.md: no description" in one_error_line(build(project, tmp_path / "site"))


def test_two_pages_with_one_description_stop_the_build_with_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    for name in ("guide.md", "faq.md"):
        _describe(project / "docs" / name, "Acupressure for back pain.")
    error = one_error_line(build(project, tmp_path / "site"))
    assert "its description is the same as" in error and "docs/faq.md" in error and "docs/guide.md" in error, error
