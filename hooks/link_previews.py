"""MkDocs hook: what a shared link shows (overrides/partials/link-preview.html writes the tags), and
which pages have a share button (overrides/partials/share-page.html).

Each page's preview picture is drawn once the page is built, from its drawing and title, into
assets/previews/ (acupoints/previews.py); `mkdocs serve` draws none, as it makes no service worker.
Open Graph wants whole addresses, so a build without SITE_URL leaves out the tags that need one and
says so once. Two pages with the same description stop the build: a chat app would show them alike.
"""
import logging
from pathlib import Path

from acupoints import previews
from acupoints.editions import shown_path
from site_plugin.errors import stop

ICON = "assets/icons/icon.svg"  # the picture of a page with no drawing of its own
log = logging.getLogger("mkdocs")
_command = "build"
_fonts: dict[str, str] | None = None
_icon: str | None = None
_descriptions: dict[str, str] = {}


def on_startup(command, dirty):
    global _command
    _command = command


def on_config(config):
    global _fonts
    _fonts = None
    _descriptions.clear()
    if _command == "serve":
        return config
    try:
        _fonts = previews.font_files()
    except previews.PreviewError as error:
        stop(str(error))
    if not config.site_url:
        log.info(f"No SITE_URL: pages carry no {', '.join(previews.NEEDS_AN_ADDRESS)}, which need the published "
                 "address; set SITE_URL to it for a build you publish")
    return config


def on_files(files, config):
    global _icon
    icon = files.get_file_from_path(ICON)
    _icon = Path(icon.abs_src_path).read_text(encoding="utf-8") if icon else None
    return files


def on_env(env, config, files):
    env.filters["link_preview"] = lambda page: previews.image_path(page.url)
    # The 404 page has no page.
    env.filters["shared_title"] = lambda page: previews.shared_title(
        page.title if page else None, bool(page and page.is_homepage), config.site_name)
    env.filters["shares_button"] = lambda page: bool(page and page.file) and previews.has_share_button(
        page.file.src_uri)
    env.globals["preview_size"] = previews.SIZE
    return env


def on_page_context(context, page, config, nav):
    description = page.meta.get("description")
    if description in _descriptions:
        stop(f"{shown_path(page.file.abs_src_path)}: its description is the same as "
              f"{_descriptions[description]}'s; give each page its own")
    _descriptions[description] = shown_path(page.file.abs_src_path)
    return context


def on_post_page(output, page, config):
    if _fonts is None:
        return output
    drawing = previews.page_drawing(output) or _icon
    if drawing is None:
        stop(f"{ICON} is missing: it is the preview picture of pages that have no drawing")
    try:
        png = previews.preview_png(previews.shared_title(page.title, page.is_homepage, config.site_name),
                                   config.site_name, drawing, _fonts)
        previews.write_preview(Path(config.site_dir), page.url, png)
    except previews.PreviewError as error:
        stop(f"{shown_path(page.file.abs_src_path)}: {error}")
    return output
