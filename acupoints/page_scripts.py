"""Pages name the scripts they need in their front matter (`scripts: [faq-filter]`)."""


class PageScriptError(ValueError):
    """A page names a script that does not exist, or names it the wrong way."""


def page_scripts(meta: dict, available: set[str]) -> list[str]:
    """The scripts a page names, each one of `available` (the names in docs/javascripts/)."""
    names = meta.get("scripts", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise PageScriptError(f"scripts must be a list of names, such as [faq-filter], not {names!r}")
    unknown = [name for name in names if name not in available]
    if unknown:
        raise PageScriptError(f"unknown script {unknown[0]!r}; scripts in docs/javascripts/: "
                              f"{', '.join(sorted(available))}")
    return names
