"""Sharing a page: which pages have a share button, each page's description, and its link preview, the
picture a chat app or a search result shows beside a shared link (og:image).

Each is 1200 x 630 pixels, drawn at build time from the page's own drawing and its title. The drawing
is drawn by cairosvg without its words: cairo does not join Hindi letters, so every word on the
picture is drawn by Pillow, whose raqm layout shapes Devanagari with HarfBuzz, as Chromium does.
"""
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup
from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
FOLDER = "assets/previews"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# What chat apps show without trimming; WhatsApp gives up on larger pictures.
MAX_BYTES = 300 * 1024

# The site's colours (docs/stylesheets/site.css, light palette): teal, the accent, and text.
TEAL, ACCENT, TEXT, PANEL = "#00695c", "#b33c00", "#1f1f1f", "#e6f2f0"
# The drawing's parts, as site.css draws them on screen, with the markers in the accent so that the
# point stands out at a chat app's thumbnail size.
DRAWING_STYLE = """
.skin { fill: #ececec; stroke: #757575; stroke-width: 2; }
.bone { fill: none; stroke: #757575; stroke-width: 5; stroke-linecap: round; }
.vertebra, .landmark { fill: #ffffff; stroke: #757575; stroke-width: 1.5; }
.guide { fill: none; stroke: #757575; stroke-width: 1.5; stroke-dasharray: 5 4; }
.detail, .hint path { fill: none; stroke: #757575; stroke-width: 1.5; }
.marker__target { fill: none; }
.marker__ring { fill: #ffffff; stroke: #b33c00; stroke-width: 3.5; }
.marker__dot { fill: #b33c00; }
"""
# Fonts as Debian's fonts-noto-core installs them; elsewhere, found through fontconfig.
FONT_FAMILIES = {"latin": "Noto Sans", "devanagari": "Noto Sans Devanagari"}
DEBIAN_FONTS = Path("/usr/share/fonts/truetype/noto")
FONT_PACKAGE = "fonts-noto-core"
CAIRO_PACKAGE = "libcairo2"
# What a page leaves out without the published address (overrides/partials/link-preview.html).
NEEDS_AN_ADDRESS = ("og:url", "og:image", "twitter:image", "the canonical link")
_DEVANAGARI = re.compile(r"[\u0900-\u097f\ua8e0-\ua8ff\u200c\u200d]")


def has_share_button(src_uri: str) -> bool:
    """The pages a reader is most likely to send on: the home page, the routine and the points."""
    return src_uri in ("index.md", "routine.md") or src_uri.startswith("points/")


def shared_title(page_title: str | None, is_homepage: bool, site_name: str) -> str:
    """What a shared link, its picture and the share sheet call a page: its title as text, and the
    site's name for the home page (whose nav title, "Home", says nothing in a chat)."""
    return site_name if is_homepage or not page_title else Markup(page_title).striptags()


class PreviewError(Exception):
    """A preview cannot be drawn; the message says why, in one line."""


def image_path(page_url: str) -> str:
    """Where a page's preview is in the site: assets/previews/points/li4.png for points/li4/, and
    assets/previews/index.png for the home page."""
    return f"{FOLDER}/{page_url.strip('/') or 'index'}.png"


def page_drawing(html: str) -> str | None:
    """The first body drawing in a built page (acupoints/figures.py: an <svg> in a body-map figure),
    without its words and with its colours written in, ready for cairosvg; None when the page has none."""
    figure = html.find('<figure class="body-map')
    start = html.find("<svg", figure) if figure >= 0 else -1
    end = html.find("</svg>", start)
    if start < 0 or end < 0:
        return None
    svg = html[start:end + len("</svg>")]
    svg = re.sub(r"<(text|title|desc)\b.*?</\1>", "", svg, flags=re.S)
    # An <svg> in HTML needs no namespace; on its own, cairosvg applies no style without one.
    opening = re.match(r"<svg\b[^>]*>", svg).group(0)
    namespaced = opening if "xmlns=" in opening else opening.replace("<svg", f'<svg xmlns="{SVG_NAMESPACE}"', 1)
    return namespaced + f"<style>{DRAWING_STYLE}</style>" + svg[len(opening):]


def font_files() -> dict[str, str]:
    """The bold Noto fonts the previews are drawn with, by script. Raises PreviewError naming the
    Debian package when fontconfig does not have them."""
    files = {}
    for script, family in FONT_FAMILIES.items():
        debian = DEBIAN_FONTS / f"{family.replace(' ', '')}-Bold.ttf"
        if debian.is_file():
            files[script] = str(debian)
            continue
        found = ""
        if shutil.which("fc-list"):
            found = subprocess.run(["fc-list", f"{family}:style=Bold", "file"], capture_output=True,
                                   text=True).stdout.strip()
        paths = sorted(line.rstrip(":") for line in found.splitlines() if line.strip())
        if not paths:
            raise PreviewError(f"the link preview images need the font {family} Bold: "
                               f"install the Debian package {FONT_PACKAGE} (make build does, as root)")
        files[script] = paths[0]
    return files


def svg_png(svg: str, height: int) -> bytes:
    """The drawing as PNG, by cairosvg. Imported here, not at the top: cairosvg loads the system's
    cairo library as it is imported, and `mkdocs serve`, which draws no previews, must not need it."""
    try:
        import cairosvg
    except OSError:
        raise PreviewError(f"the link preview images need the cairo library: install the Debian package "
                           f"{CAIRO_PACKAGE} (make build does, as root)") from None
    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_height=height)


@dataclass(frozen=True)
class _Fonts:
    latin: ImageFont.FreeTypeFont
    devanagari: ImageFont.FreeTypeFont

    @classmethod
    def at(cls, files: dict[str, str], size: int) -> "_Fonts":
        def load(script):
            return ImageFont.truetype(files[script], size, layout_engine=ImageFont.Layout.RAQM)
        return cls(load("latin"), load("devanagari"))

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        """The text cut where its script changes, each piece with its font; spaces and punctuation
        stay with the piece before them, so a conjunct or a matra is never cut from its letter."""
        runs: list[tuple[str, ImageFont.FreeTypeFont]] = []
        for char in text:
            if _DEVANAGARI.match(char):
                font = self.devanagari
            elif char.isalnum() or not runs:
                font = self.latin
            else:
                font = runs[-1][1]
            if runs and runs[-1][1] is font:
                runs[-1] = (runs[-1][0] + char, font)
            else:
                runs.append((char, font))
        return runs

    def width(self, text: str) -> float:
        return sum(font.getlength(run) for run, font in self.runs(text))

    def draw(self, draw: ImageDraw.ImageDraw, x: float, y: float, text: str, fill: str):
        for run, font in self.runs(text):
            draw.text((x, y), run, font=font, fill=fill)
            x += font.getlength(run)


def _wrapped(fonts: _Fonts, text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and fonts.width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def preview_png(title: str, site_name: str, drawing_svg: str, font_paths: dict[str, str]) -> bytes:
    """The preview as PNG: the site's name and the page's title on the left, the drawing on the right."""
    image = Image.new("RGB", SIZE, "#ffffff")
    draw = ImageDraw.Draw(image)
    panel_left, margin, text_width = 720, 64, 720 - 2 * 64
    draw.rectangle((panel_left, 0, SIZE[0], SIZE[1]), fill=PANEL)
    draw.rectangle((0, SIZE[1] - 16, SIZE[0], SIZE[1]), fill=TEAL)

    box = (SIZE[0] - panel_left - 2 * 40, SIZE[1] - 16 - 2 * 40)
    drawing = Image.open(io.BytesIO(svg_png(drawing_svg, box[1])))
    drawing.thumbnail(box)
    drawing = drawing.convert("RGBA")
    image.paste(drawing, (panel_left + (SIZE[0] - panel_left - drawing.width) // 2,
                          (SIZE[1] - 16 - drawing.height) // 2), drawing)

    _Fonts.at(font_paths, 34).draw(draw, margin, 56, site_name, TEAL)
    for size in (68, 58, 50, 44):  # the largest size at which the title fits in four lines
        fonts = _Fonts.at(font_paths, size)
        lines = _wrapped(fonts, title, text_width)
        if len(lines) <= 4 and all(fonts.width(line) <= text_width for line in lines):
            break
    line_height = round(size * 1.45)
    top = 150 + (4 - len(lines)) * line_height // 3
    for number, line in enumerate(lines):
        fonts.draw(draw, margin, top + number * line_height, line, TEXT)

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def write_preview(site_dir: Path, page_url: str, png: bytes) -> Path:
    """Writes the preview where image_path puts it; raises PreviewError when it is over MAX_BYTES."""
    if len(png) > MAX_BYTES:
        raise PreviewError(f"{image_path(page_url)} is {len(png) // 1024} KiB, over the {MAX_BYTES // 1024} KiB "
                           "chat apps show: give the page a simpler drawing")
    path = site_dir / image_path(page_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    return path


DESCRIPTION_LENGTH = 200  # characters; search results and chat apps cut longer ones short
_NOT_IN_A_DESCRIPTION = re.compile(r'[<>{}"\n]')


def description_problem(meta: dict) -> str | None:
    """What is wrong with a page's front-matter description (what a shared link and a search result
    show under the title), or None: every page has its own, one line of plain words."""
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        return 'no description; add one line of plain words to the front matter: description: "…"'
    if found := _NOT_IN_A_DESCRIPTION.search(description):
        return f"the description has {found.group(0)!r}: plain words only, one line, “curly” quotes"
    if len(description) > DESCRIPTION_LENGTH:
        return f"the description has {len(description)} characters; keep it under {DESCRIPTION_LENGTH}"
    return None
