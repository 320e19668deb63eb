"""The mkdocs.yml settings the site depends on, and the ones it cannot work with. Each problem is one
line naming the setting and what to do, instead of a traceback or a green build of broken pages."""
from collections.abc import Mapping
from pathlib import Path

from ..editions import edition_docs

CONFIG_FILE = "mkdocs.yml"
# Material features that swap pages without loading them: the page scripts (the routine, the pain log,
# the FAQ filter, printing) start once, on a full page load, and would be dead on every page reached
# by a link. The feature's own options (navigation.instant.prefetch, ...) need it.
UNSUPPORTED_FEATURE = "navigation.instant"
# The disclaimer above every page, the review dates and the page scripts come from these templates.
CUSTOM_DIR = "overrides"
# What builds every page and checks it: without one, pages would build with raw template syntax, or
# unchecked (hooks/site.py runs the build's checks, site_plugin/build.py).
PLUGINS = ("macros", "hooks/site.py")
# Markdown the pages are written in beyond MkDocs' own: the safety boxes (!!! warning) and the FAQ's
# anchors ({ #how-often }). Without them the boxes and anchors would show as plain text.
MARKDOWN_EXTENSIONS = ("admonition", "attr_list")
# The words on every page are in theme.language: English, or a language with a catalogue (an edition,
# acupoints/editions.py). Material's own labels and the page's lang attribute follow it.
LANGUAGE = "en"


def config_problem(config: Mapping) -> str | None:
    """The first thing wrong with the site's settings (mkdocs.yml as MkDocs read it), as one line, or None."""
    disclaimer = (config.get("extra") or {}).get("disclaimer")
    if not isinstance(disclaimer, str) or not disclaimer.strip():
        return (f"{CONFIG_FILE}: extra.disclaimer is missing: it is the one-line disclaimer shown above every "
                "page and on every card; put it back under extra:")
    if config.get("use_directory_urls") is False:
        return (f"{CONFIG_FILE}: use_directory_urls: false is not supported: the links the macros write "
                "into pages and drawings (acupoints/links.py, page_url) assume directory URLs; set it to true")
    if repeated := _repeated_nav_page(config.get("nav") or []):
        return (f"{CONFIG_FILE}: nav lists {repeated} twice; list each page once (a page has one place in "
                "the menu, and its ids would clash)")
    # An edition's file (mkdocs.hi.yml) that sets a list replaces the inherited one whole: name that file.
    lists_from = Path(config.get("config_file_path") or CONFIG_FILE).name
    for name in PLUGINS:
        if name not in (config.get("plugins") or {}):
            kind = "hooks" if name.startswith("hooks/") else "plugins"
            return (f"{lists_from}: {kind}: {name} is missing: every page is built or checked with it; "
                    "put it back")
    for name in MARKDOWN_EXTENSIONS:
        if name not in (config.get("markdown_extensions") or []):
            return (f"{lists_from}: markdown_extensions: {name} is missing: the pages are written with it "
                    "(safety boxes, question anchors) and would show it as plain text; put it back")
    config_file = Path(config.get("config_file_path") or CONFIG_FILE)
    return _theme_problem(config.get("theme") or {}, config_file)


def _theme_problem(theme, config_file: Path) -> str | None:
    """The edition's own settings are in its file (mkdocs.hi.yml), so a problem names that file."""
    custom_dir = getattr(theme, "custom_dir", None) or theme.get("custom_dir")
    if not custom_dir or Path(custom_dir).name != CUSTOM_DIR:
        return (f"{CONFIG_FILE}: theme.custom_dir must be {CUSTOM_DIR}: the disclaimer above every page, the "
                "review dates and the page scripts come from its templates")
    language = theme.get("language")
    # A language's folder holds its words (messages.po) and its pages; a draft edition may have no pages yet.
    folder = Path(edition_docs(str(language))).parent.as_posix()
    if language != LANGUAGE and not Path(config_file.parent, folder).is_dir():
        return (f"{config_file.name}: theme.language is {language}, but the pages are written in English ({LANGUAGE}) "
                f"and there is no {folder}/; screen readers would read them in the wrong voice")
    for feature in theme.get("features") or []:
        if feature == UNSUPPORTED_FEATURE or str(feature).startswith(UNSUPPORTED_FEATURE + "."):
            return (f"{CONFIG_FILE}: theme.features: {feature} is not supported: the routine, the pain log, "
                    "the FAQ filter and the print buttons start only when a page is loaded in full, so they "
                    "would not work on pages reached by a link; remove it")
    return None


def _nav_pages(nav) -> list[str]:
    """Every page path in a nav as mkdocs.yml writes it: names, {title: name} and {title: [section]}."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, dict):
        return [page for child in nav.values() for page in _nav_pages(child)]
    if isinstance(nav, list):
        return [page for child in nav for page in _nav_pages(child)]
    return []


def _repeated_nav_page(nav) -> str | None:
    pages = _nav_pages(nav)
    return next((f"docs/{page}" for i, page in enumerate(pages) if page in pages[:i]), None)
