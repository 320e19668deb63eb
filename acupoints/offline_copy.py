"""The offline copy of a built site (the service worker's precache): what it must hold, what it costs
a reader, and how its one page for unsaved addresses finds its way home from any address."""
import gzip
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from markupsafe import Markup

# What the offline copy may add to a reader's first visit, in bytes as sent (gzip, as GitHub Pages
# sends text). The copy downloads once, after the first page has loaded; on slow 3G (400 kbit/s)
# 512 KiB take about ten seconds. At the end of 2026 it adds about 250 KiB to a first visit of the
# home page, which itself is about 100 KiB.
BUDGET = 512 * 1024

# What GitHub Pages compresses; images it sends as they are.
_COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".webmanifest"}
# What a browser fetches to show a page, as opposed to what the page links to.
_LOADED_LINKS = {"stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload"}


class _References(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.loads: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "base" and self.base is None:
            self.base = values.get("href")
        elif tag == "a" and values.get("href"):
            self.links.append(values["href"])
        elif tag == "link" and values.get("href"):
            rels = set((values.get("rel") or "").split())
            (self.loads if rels & _LOADED_LINKS else self.links).append(values["href"])
        else:
            self.loads += [values[name] for name in ("src", "href") if values.get(name)]


@dataclass(frozen=True)
class References:
    """The files of the site a built page uses, as paths in the site folder (`guide/index.html`)."""
    loads: frozenset[str]  # fetched to show the page: styles, scripts, images, icons, the manifest
    links: frozenset[str]  # pages and files it links to


def page_references(html: str, page: str, site_path: str = "/") -> References:
    """What the built page at `page` (its path in the site folder) uses of the site served at
    `site_path`. Addresses elsewhere, and a page's links to its own parts, are left out."""
    parser = _References()
    parser.feed(html)
    folder = page.rpartition("/")[0]
    address = site_path + (folder + "/" if folder else "")
    base = urljoin(address, parser.base) if parser.base else address

    def in_site(reference: str) -> str | None:
        if reference.startswith("#"):
            return None
        parts = urlsplit(urljoin(base, reference))
        if parts.scheme or parts.netloc or not parts.path.startswith(site_path):
            return None
        path = unquote(parts.path[len(site_path):])
        return path + "index.html" if path == "" or path.endswith("/") else path

    def files(references: list[str]) -> frozenset[str]:
        return frozenset(filter(None, map(in_site, references)))

    return References(loads=files(parser.loads), links=files(parser.links))


def missing_from_copy(site: Path, copy: set[str], site_path: str = "/") -> tuple[str, str] | None:
    """The first file of the site that a built page uses or links to and the offline copy lacks, as
    (page, file); None when the copy holds everything the pages need."""
    for page in sorted(site.rglob("*.html")):
        name = page.relative_to(site).as_posix()
        used = page_references(page.read_text(encoding="utf-8"), name, site_path)
        for file in sorted(used.loads | used.links):
            if file not in copy and (site / file).is_file():
                return name, file
    return None


def sent_bytes(file: Path) -> int:
    """A file's size as a server that compresses text sends it."""
    body = file.read_bytes()
    return len(gzip.compress(body, 6, mtime=0)) if file.suffix in _COMPRESSED else len(body)


def first_visit(site: Path, site_path: str = "/") -> set[str]:
    """The files a first visit to the home page downloads: the page and what it loads."""
    home = site / "index.html"
    return {"index.html"} | page_references(home.read_text(encoding="utf-8"), "index.html", site_path).loads


@dataclass(frozen=True)
class Cost:
    """What the offline copy costs a reader whose first visit is the home page, in bytes as sent."""
    first_visit: int  # the home page and what it loads
    copy: int  # every file of the offline copy
    added: int  # what the copy downloads after the first visit: all of it, but the files whose names
    #             carry a hash that the first visit already has (those come from the HTTP cache)

    def over_budget(self) -> str | None:
        if self.added <= BUDGET:
            return None
        return (f"the offline copy adds {_kib(self.added)} to a first visit of the home page "
                f"({_kib(self.first_visit)}), over its budget of {_kib(BUDGET)} (acupoints/offline_copy.py: "
                "BUDGET): leave files out of the copy, make pages smaller, or raise the budget knowingly")

    def summary(self) -> str:
        return (f"the offline copy adds {_kib(self.added)} to a first visit of the home page "
                f"({_kib(self.first_visit)}); budget {_kib(BUDGET)}")


def cost(site: Path, copy: dict[str, str | None], site_path: str = "/") -> Cost:
    """The cost of the offline copy `copy` (file -> revision; None where the name carries a hash)."""
    visit = {file for file in first_visit(site, site_path) if (site / file).is_file()}
    weight = {file: sent_bytes(site / file) for file in set(copy) | visit if (site / file).is_file()}
    reused = sum(weight[file] for file in visit if file in copy and copy[file] is None)
    return Cost(first_visit=sum(weight[file] for file in visit), copy=sum(weight[file] for file in copy),
                added=sum(weight[file] for file in copy) - reused)


def _kib(size: int) -> str:
    return f"{size / 1024:.0f} KiB"


def served_path(site_url: str | None, folder: str = "") -> str:
    """The path the site is served under: "/", or "/guide/" for a project site. A build with no
    site_url (a local one: cards print no address) is taken to be served at "/", as `mkdocs serve` is,
    or in its edition's folder there ("/hi/"); a site_url already names the folder."""
    return urlsplit(site_url or "/" + folder).path.rstrip("/") + "/"


def base_element(site_url: str | None, offline_page_url: str, folder: str = "") -> Markup:
    """The offline page is shown at any address that is not saved (/points/zz9/, /a/b/c/): a <base>
    at its own address makes its relative links, styles and scripts resolve from there."""
    return Markup('<base href="{}">').format(served_path(site_url, folder) + offline_page_url)


_SIZE_MARK = re.compile(r"(<span [^>]*data-offline-size[^>]*>).*?(</span>)", re.S)


def stored_bytes(site: Path, copy: dict[str, str | None]) -> int:
    """What the offline copy takes on a reader's device: its files as they are, not as sent."""
    return sum((site / file).stat().st_size for file in copy if (site / file).is_file())


def size_words(size: int) -> str:
    """'1.2 MB': megabytes as phones count them (10^6 bytes), to one decimal place."""
    return f"{size / 1_000_000:.1f} MB"


def fill_size(html: str, size: int) -> str:
    """The page with the offline copy's size in every place the offline_copy_size() macro marked."""
    return _SIZE_MARK.sub(lambda found: found.group(1) + size_words(size) + found.group(2), html)
