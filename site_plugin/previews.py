"""What a shared link shows (overrides/partials/link-preview.html writes the tags), and which pages
have a share button (overrides/partials/share-page.html).

Each page's preview picture is drawn once the page is built, from its drawing and title, into
assets/previews/ (acupoints/previews.py); `mkdocs serve` draws none, as it makes no service worker.
Open Graph wants whole addresses, so a build without SITE_URL leaves out the tags that need one and
says so once. Two pages with the same description stop the build: a chat app would show them alike.
"""
import logging
from pathlib import Path

from acupoints import previews
from acupoints.editions import shown_path

from .errors import stop

ICON = "assets/icons/icon.svg"  # the picture of a page with no drawing of its own
log = logging.getLogger("mkdocs")


class LinkPreviews:
    """One build's previews: the fonts they are drawn in (none under `mkdocs serve`), the picture of a
    page with no drawing, and the description each page has taken."""

    def __init__(self, config, drawn: bool):
        self.fonts: dict[str, str] | None = None
        self.icon: str | None = None
        self.descriptions: dict[str, str] = {}
        if not drawn:
            return
        try:
            self.fonts = previews.font_files()
        except previews.PreviewError as error:
            stop(str(error))
        if not config.site_url:
            log.info(f"No SITE_URL: pages carry no {', '.join(previews.NEEDS_AN_ADDRESS)}, which need the "
                     "published address; set SITE_URL to it for a build you publish")

    def find_icon(self, files) -> None:
        icon = files.get_file_from_path(ICON)
        self.icon = Path(icon.abs_src_path).read_text(encoding="utf-8") if icon else None

    @staticmethod
    def add_filters(env, config) -> None:
        env.filters["link_preview"] = lambda page: previews.image_path(page.url)
        # The 404 page has no page.
        env.filters["shared_title"] = lambda page: previews.shared_title(
            page.title if page else None, bool(page and page.is_homepage), config.site_name)
        env.filters["shares_button"] = lambda page: bool(page and page.file) and previews.has_share_button(
            page.file.src_uri)
        env.globals["preview_size"] = previews.SIZE

    def take_description(self, page) -> None:
        description = page.meta.get("description")
        if description in self.descriptions:
            stop(f"{shown_path(page.file.abs_src_path)}: its description is the same as "
                 f"{self.descriptions[description]}'s; give each page its own")
        self.descriptions[description] = shown_path(page.file.abs_src_path)

    def draw(self, output: str, page, config) -> None:
        if self.fonts is None:
            return
        drawing = previews.page_drawing(output) or self.icon
        if drawing is None:
            stop(f"{ICON} is missing: it is the preview picture of pages that have no drawing")
        try:
            png = previews.preview_png(previews.shared_title(page.title, page.is_homepage, config.site_name),
                                       config.site_name, drawing, self.fonts)
            previews.write_preview(Path(config.site_dir), page.url, png)
        except previews.PreviewError as error:
            stop(f"{shown_path(page.file.abs_src_path)}: {error}")
