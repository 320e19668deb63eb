"""The macros pages call, bound to one catalog. Free of MkDocs so tests can call them directly."""
from collections.abc import Callable

from . import cards, controls, figures, guide, links, pain_log, point_page, routine_page, safety
from .catalog import Catalog
from .page_scripts import ScriptNeeds
from .spellings import NO_SPELLINGS, Spellings
from .templating import render

# The scripts (docs/javascripts/<name>.js) each macro's markup needs. A page loads the scripts of the
# macros it calls, and nothing else (overrides/main.html); the build checks that each one is bundled.
SCRIPTS = {
    "routine": ("routine-player", "pain-log"),
    "pain_log": ("pain-log",),
    "print_card_control": ("print-card",),
    "print_all_control": ("print-card",),
    "faq_filter": ("faq-filter",),
}

# The macros that give a reader a point's facts to act on (where to press, how, for how long), and
# those whose markup shows every warning sign with the emergency numbers. A page that calls one of the
# first, or is a point's page, must call one of the second (acupoints/build_checks/page_rules.py).
GIVES_FACTS_TO_ACT_ON = frozenset({"point_fact", "point_facts", "point_press", "point_card", "point_cards",
                                   "points_table", "start_here", "routine"})
SHOWS_WARNING_SIGNS = frozenset({"get_help_now", "point_warning_signs", "leg_symptoms", "routine", "pain_log",
                                 "point_card", "point_cards"})


def page_macros(
    catalog: Catalog, current_page: Callable[[], str], disclaimer: str, address: str,
    needs: ScriptNeeds | None = None, store: str = "./", spellings: Spellings = NO_SPELLINGS,
) -> dict[str, Callable[..., str]]:
    """Name -> function for every macro. current_page() gives the calling page's path in docs/;
    disclaimer and address are printed on every card; needs records the scripts each page's macros need;
    store is where the reader's own data is kept, from the site's root (acupoints/editions.py, english_root);
    spellings are how readers type the edition's words (acupoints/spellings.py), for the FAQ filter."""
    macros = _macros(catalog, current_page, disclaimer, address, store, spellings)
    needs = needs if needs is not None else ScriptNeeds()
    for name, scripts in SCRIPTS.items():
        macros[name] = _needing(name, macros[name], scripts, needs, current_page)
    return macros


def _needing(name: str, macro: Callable[..., str], scripts: tuple[str, ...], needs: ScriptNeeds,
             current_page: Callable[[], str]) -> Callable[..., str]:
    """The macro, noting on each call that the calling page needs its scripts."""
    macro.__name__ = macro.__qualname__ = name  # "routine() takes 0 positional arguments but 1 was given"

    def call(*args, **kwargs):
        markup = macro(*args, **kwargs)
        needs.add(current_page(), name, scripts)
        return markup
    return call


def _macros(catalog: Catalog, current_page: Callable[[], str], disclaimer: str, address: str, store: str,
            spellings: Spellings):
    find, language = catalog.find, catalog.language
    return {
        "point_card": lambda code: cards.point_card(catalog, find(code), disclaimer, address),
        "point_cards": lambda: "\n\n".join(
            cards.point_card(catalog, point, disclaimer, address) for point in catalog.points
        ),
        "print_card_control": lambda code: cards.print_card_control(language, find(code)),
        "print_all_control": lambda: controls.print_all_control(language),
        "faq_filter": lambda: controls.faq_filter(language, spellings),
        "offline_copy_size": lambda: render("offline-size.html", language),
        "point_title": lambda code: links.point_title(find(code)),
        "point_link": lambda code: links.point_link(find(code), current_page()),
        "point_links": lambda: links.point_links(language, catalog.points, current_page()),
        "point_fact": lambda code, name: point_page.point_fact(language, find(code), name),
        "point_facts": lambda code: point_page.point_facts(language, find(code)),
        "point_about": lambda code: point_page.point_about(catalog, find(code)),
        "point_press": lambda code: point_page.point_press(catalog, find(code)),
        "point_warning_signs": lambda code: safety.point_warning_signs(catalog, find(code), current_page()),
        "point_sources": lambda code: safety.point_sources(catalog, find(code)),
        "standard_location": lambda code: point_page.standard_location(language, find(code)),
        "point_cautions": lambda code: safety.point_cautions(catalog, find(code)),
        "point_figure": lambda code: figures.point_figure(
            language, find(code), point_page.figure_description(find(code))
        ),
        "body_map": lambda: figures.overview_figure(
            language, catalog.points, lambda point: links.url_between(current_page(), point.page_path)
        ),
        "points_table": lambda: guide.points_table(catalog, current_page()),
        "caution_overview": lambda *said_elsewhere: safety.caution_overview(catalog, current_page(), *said_elsewhere),
        "caution": lambda key: safety.caution(catalog, key),
        "points_with_caution": lambda key: safety.points_with_caution(catalog, key, current_page()),
        "guide_fact": lambda name: guide.guide_fact(catalog, name),
        "get_help_now": lambda legs=False: safety.get_help_now(catalog, current_page(), legs=legs),
        "start_here": lambda: routine_page.start_here(catalog, current_page()),
        "routine": lambda: routine_page.routine_page(catalog, current_page(), store),
        "pain_log": lambda: pain_log.pain_log_page(catalog, current_page(), store),
        "help_tier": lambda key: safety.help_tier(catalog, key),
        "leg_symptoms": lambda: safety.leg_symptoms(catalog),
        "painkillers": lambda: safety.painkillers(catalog),
        "sources": lambda *keys: safety.sources(catalog, *keys),
        "question": lambda anchor, text: guide.question(language, anchor, text),
    }
