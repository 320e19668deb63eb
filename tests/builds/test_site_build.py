"""The build's side is one object (site_plugin/build.py, loaded by hooks/site.py): MkDocs calls its
methods, and their order against the plugins is what the site needs."""
from mkdocs.config import load_config

from helpers import ROOT
from site_plugin.build import SiteBuild


def _site_build_at(handlers) -> int:
    return next(i for i, handler in enumerate(handlers) if isinstance(getattr(handler, "__self__", None), SiteBuild))


def test_one_hook_hands_mkdocs_the_builds_steps_in_the_order_the_site_needs():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert [name for name in config.plugins if name.startswith("hooks/")] == ["hooks/site.py"]
    events = config.plugins.events
    handlers = {event: events[event] for event in ("config", "files", "env", "post_page", "post_build")}
    assert all(any(isinstance(getattr(h, "__self__", None), SiteBuild) for h in found) for found in handlers.values())
    # The settings and the edition before the macros plugin reads extra.disclaimer and extra.draft.
    macros = next(i for i, handler in enumerate(events["config"]) if type(handler.__self__).__name__ == "MacrosPlugin")
    assert _site_build_at(events["config"]) < macros
    # The offline copy after every plugin has written its files: the search index, the minified scripts.
    assert _site_build_at(events["post_build"]) == len(events["post_build"]) - 1
