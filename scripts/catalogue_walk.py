"""Figures, not a test: how far the catalogue travels through the core to make one page.

    python scripts/catalogue_walk.py [page ...]     (default: docs/points/gb30.md)

Renders the page's macros as mkdocs-macros does (Jinja, the core's macros as globals) and follows every
call into the core's Python (acupoints/*.py; its templates count as templating.py, which renders them),
printing, each counted once however often it happens:
- stays: the core's functions the page's making passes through;
- modules: the modules they are in;
- climbs back up: calls (from one function to another) into a module that is already further up the
  call stack, below another one: a lower layer calling back into a higher one;
- made again: how often, while the page is made, a point's title or a hold's words are put together
  (text.seconds_range; links.point_name, before titles were made once) and a word is looked up in
  the edition's language (gettext), each call counted: what the catalogue could make once, as it loads.
"""
import sys
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parent.parent
CORE = str(ROOT / "acupoints")
REMADE = {("acupoints/links.py", "point_name"), ("acupoints/text.py", "seconds_range")}
LOOKED_UP = {("acupoints/language.py", "gettext"), ("acupoints/language.py", "ngettext")}


def _module(frame) -> str | None:
    path = frame.f_code.co_filename
    return Path(path).relative_to(ROOT).as_posix() if path.startswith(CORE) and path.endswith(".py") else None


def walk(render) -> dict:
    stack, stays, climbs, remade, looked_up = [], set(), set(), 0, 0

    def profile(frame, event, _):
        nonlocal remade, looked_up
        if event == "call":
            module = _module(frame)
            here = (module, frame.f_code.co_name)
            remade += here in REMADE
            looked_up += here in LOOKED_UP
            if module is not None:
                stays.add(here)
                above = [entry for entry in stack if entry[0] is not None]
                if above and module != above[-1][0] and module in {entry[0] for entry in above}:
                    climbs.add((above[-1], here))
            stack.append(here)
        elif event == "return" and stack:
            stack.pop()
    sys.setprofile(profile)
    try:
        render()
    finally:
        sys.setprofile(None)
    return {"stays": len(stays), "modules": len({module for module, _ in stays}), "climbs back up": len(climbs),
            "titles and holds made": remade, "words looked up": looked_up}


def main(pages: list[str]) -> None:
    from acupoints import load_catalog, page_macros

    catalog = load_catalog(ROOT / "data" / "points.json", shown_as="data/points.json")
    for page in pages or ["docs/points/gb30.md"]:
        source = (ROOT / page).read_text(encoding="utf-8").split("---", 2)[-1]
        src_uri = Path(page).relative_to("docs").as_posix()
        macros = page_macros(catalog, lambda: src_uri, "Information only.", "")
        template = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(source)
        figures = walk(lambda: template.render(**macros))
        print(f"{page}: " + ", ".join(f"{value} {name}" for name, value in figures.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
