"""The scripts a page loads follow from the macros it calls: each macro declares the scripts its markup
needs (acupoints/page_macros.py), the build records them per page and checks that each is bundled.
Material's own script is deferred, like ours."""
import re

from markupsafe import Markup


class PageScriptError(ValueError):
    """A page needs a script the site does not have or does not bundle, or names scripts by hand."""


class ScriptNeeds:
    """The scripts each page's macros asked for, in the order first asked, with the macro that asked."""

    def __init__(self):
        self._by_page: dict[str, dict[str, str]] = {}

    def start(self, page: str) -> None:
        """Forget what an earlier build of the page asked for (mkdocs serve rebuilds in one process)."""
        self._by_page[page] = {}

    def add(self, page: str, macro: str, scripts: tuple[str, ...]) -> None:
        needs = self._by_page.setdefault(page, {})
        for script in scripts:
            needs.setdefault(script, macro)

    def of(self, page: str) -> dict[str, str]:
        """Script name -> the first macro on the page that needs it."""
        return dict(self._by_page.get(page, {}))


def bundle_problem(needs: dict[str, str], available: set[str], bundled: set[str]) -> str | None:
    """Why a page's scripts would not load, or None. `available`: the names in docs/javascripts/;
    `bundled`: the paths the minify plugin makes a .min.js of (the page loads that file)."""
    for script, macro in needs.items():
        if script not in available:
            return f"{macro}() needs docs/javascripts/{script}.js, which does not exist"
        if f"javascripts/{script}.js" not in bundled:
            return (f"{macro}() needs the script {script}, which the site does not bundle: add "
                    f"javascripts/{script}.js to js_files of the minify plugin in mkdocs.yml")
    return None


def front_matter_scripts_problem(meta: dict) -> str | None:
    """Pages no longer name their scripts: a list kept by hand drifts from the markup it serves."""
    if "scripts" in meta:
        return ("scripts: in front matter is not read any more: a page loads the scripts its macros need "
                "(acupoints/page_macros.py, SCRIPTS); remove the line")
    return None


# Material's own script, as its base.html writes it at the end of <body>: no other attribute.
_THEME_BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def deferred_theme_bundle(scripts: str) -> Markup:
    """Material's scripts block with its bundle deferred. At the end of <body> it runs after the page is
    read either way, but as a plain script it held back the first paint until it had loaded and run
    (Lighthouse, a phone on a slow network: first paint 1.5 s, deferred 1.2 s). Deferred scripts run in
    the order they come, so the bundle still runs before ours, as before."""
    if len(_THEME_BUNDLE.findall(scripts)) != 1:
        raise PageScriptError("overrides/main.html: Material's scripts block no longer has one "
                              "<script src=\".../assets/javascripts/bundle.<hash>.min.js\"></script> to defer; "
                              "see what base.html writes now and change acupoints/page_scripts.py to match")
    return Markup(_THEME_BUNDLE.sub(r'<script defer src="\1"></script>', scripts))
