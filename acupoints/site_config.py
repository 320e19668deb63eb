"""The mkdocs.yml settings the site depends on, and the ones it cannot work with. Each problem is one
line naming the setting and what to do, instead of a traceback or a green build of broken pages."""
from collections.abc import Mapping

CONFIG_FILE = "mkdocs.yml"
# Material features that swap pages without loading them: the page scripts (the routine, the pain log,
# the FAQ filter, printing) start once, on a full page load, and would be dead on every page reached
# by a link. The feature's own options (navigation.instant.prefetch, ...) need it.
UNSUPPORTED_FEATURE = "navigation.instant"


def config_problem(config: Mapping) -> str | None:
    """The first thing wrong with the site's settings, as one line, or None."""
    site_url = config.get("site_url")
    if not isinstance(site_url, str) or not site_url.strip():
        return (f"{CONFIG_FILE}: site_url is missing: set it to the address the site is published at "
                "(site_url: https://example.org/); every card prints it")
    disclaimer = (config.get("extra") or {}).get("disclaimer")
    if not isinstance(disclaimer, str) or not disclaimer.strip():
        return (f"{CONFIG_FILE}: extra.disclaimer is missing: it is the one-line disclaimer shown above every "
                "page and on every card; put it back under extra:")
    if config.get("use_directory_urls") is False:
        return (f"{CONFIG_FILE}: use_directory_urls: false is not supported: the links the macros write "
                "into pages and drawings (acupoints/render.py, page_url) assume directory URLs; set it to true")
    if repeated := _repeated_nav_page(config.get("nav") or []):
        return (f"{CONFIG_FILE}: nav lists {repeated} twice; list each page once (a page has one place in "
                "the menu, and its ids would clash)")
    features = (config.get("theme") or {}).get("features") or []
    for feature in features:
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
