"""Safety text stands wherever a reader might act: point pages, the guide, every card and figure."""
import re

import pytest
from bs4 import BeautifulSoup

from acupoints.build_checks.translated_pages import macro_calls
from acupoints.checks import BACK_REGIONS, SPINE_CAUTION
from helpers import DOCS, built_pages

# The studies the evidence page may cite (../shared/content/facts.md), each shown with its DOI as text.
DOIS = ["10.1136/bmj.38744.672616.AE", "10.1136/bmj.332.7543.680", "10.1093/pm/pnz138",
        "10.1016/j.ctcp.2020.101146", "10.1155/2021/8862399"]


def _soup(site, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def _text(element) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ")).replace(" ,", ",").replace(" .", ".")


def _point_pages(catalog):
    return [f"points/{point.code.lower()}" for point in catalog.points]


def test_every_card_says_when_to_get_help_now(built_site, catalog):
    cards = _soup(built_site, "cards").select("article.point-card")
    assert len(cards) == len(catalog.points)
    emergency = catalog.get_help["emergency"]
    for card in cards:
        help_line = card.select_one(".point-card__help")
        assert help_line is not None, f"{card['id']} has no warning signs"
        text = _text(help_line)
        assert text.startswith("Get help now if")
        for sign in [*(item["text"] for item in emergency["short"]), emergency["where"], *_numbers(catalog)]:
            assert sign in text, f"{card['id']}: {sign!r} missing"
        for tier, selector, opening in [("urgent", "--today", "See a doctor today if"),
                                        ("see_doctor", "--doctor", "See a doctor if")]:
            text = _text(card.select_one(f".point-card__help{selector}"))
            assert text.startswith(opening), f"{card['id']}: {text!r}"
            for sign in catalog.get_help[tier]["short"]:
                assert sign["text"] in text, f"{card['id']}: {sign['text']!r} missing"
        assert not card.select('a[href^="tel:"]'), f"{card['id']}: a card is printed, its numbers are plain text"


def _numbers(catalog) -> list[str]:
    """The emergency numbers as pages show them: 'India 112', 'UK 999'..."""
    return [f"{entry['place']} {entry['number']}" for entry in catalog.get_help["emergency"]["numbers"]]


def _short_signs(catalog, *tiers: str) -> list[str]:
    return [item["text"] for tier in tiers for item in catalog.get_help[tier]["short"]]


# The macros whose markup is the inline box of warning signs (.get-help-now); the build makes every page
# that tells a reader how to press call one of them or another macro that shows the signs
# (acupoints/build_checks/page_rules.py).
INLINE_BOX = {"get_help_now", "point_warning_signs", "routine", "pain_log"}
INLINE_BOX_PAGES = [page.relative_to(DOCS).as_posix().removesuffix("index.md").removesuffix(".md")
                    for page in sorted(DOCS.rglob("*.md"))
                    if INLINE_BOX & {call.name for call in macro_calls(page.read_text(encoding="utf-8"))}]


@pytest.mark.parametrize("page", INLINE_BOX_PAGES, ids=lambda page: page or "home")
def test_pages_where_readers_press_show_the_warning_signs_inline(built_site, catalog, page):
    """Every emergency sign and number, and every sign to see a doctor today, in short form."""
    box = _soup(built_site, page).select_one("article .get-help-now")
    assert box is not None, f"{page} shows no warning signs"
    for sign in [*_short_signs(catalog, "emergency", "urgent"), *_numbers(catalog)]:
        assert sign in _text(box), f"{page}: {sign!r} missing"
    assert "See a doctor today if" in _text(box)
    assert box.select_one('a[href$="precautions/#when-to-get-medical-help"]')


def test_every_back_point_says_beside_the_spine_on_page_card_and_figure(built_site, catalog):
    spine = catalog.cautions[SPINE_CAUTION]
    back_points = [point for point in catalog.points if point.region in BACK_REGIONS]
    assert back_points
    cards = _soup(built_site, "cards")
    for point in back_points:
        page = _soup(built_site, f"points/{point.code.lower()}")
        full, short = spine.words(), spine.words(short=True)
        assert full in _text(page.select_one(".point-cautions")), point.code
        assert full in _text(page.select_one("figure.body-map desc")), point.code
        step = _soup(built_site, "routine").select_one(f'.routine-point[data-point="{point.code}"]')
        assert full in _text(step), f"{point.code} routine step"
        card = cards.select_one(f"#card-{point.code.lower()}")
        assert short in _text(card.select_one(".point-card__cautions")), point.code


def test_our_own_advice_is_marked_as_ours(built_site, catalog):
    own = [key for key, caution in catalog.cautions.items() if caution.note]
    assert own
    for key in own:
        point = next(point for point in catalog.points if point.has_caution(key))
        page = _text(_soup(built_site, f"points/{point.code.lower()}").select_one(".point-cautions"))
        assert catalog.cautions[key].text + " (This is our own advice, not a published source's.)" in page


def test_every_citation_shows_its_doi_as_text(built_site):
    citations = _text(_soup(built_site, "evidence").select_one("ol.citations"))
    for doi in DOIS:
        assert f"doi: {doi}" in citations, f"{doi} is not shown as text"


def test_uk_services_are_explained_once_for_readers_elsewhere(built_site):
    glossary = _text(_soup(built_site, "precautions").select_one("#words-used-on-this-page").find_next("ul"))
    for term in ["111", "GP"]:
        assert f"{term} " in glossary or f"{term} (" in glossary, term


def test_every_emergency_tier_shows_the_numbers_to_call(built_site, catalog):
    """Wherever the emergency tier appears: the full tier, the inline boxes, the leg-symptoms message."""
    pages = [path.parent for path in built_pages(built_site)]  # the Hindi pages: tests/builds/test_editions.py
    boxes = [(page, box) for page in pages
             for box in BeautifulSoup((page / "index.html").read_text(encoding="utf-8"), "html.parser").select(
                 "#help-emergency, .get-help-now, .leg-symptoms, .point-card__help:first-of-type")]
    assert len(boxes) > 20
    numbers = {number for entry in catalog.get_help["emergency"]["numbers"]  # "108 for an ambulance" too
               for number in [entry["number"], *re.findall(r"\d{2,4}", entry.get("also", ""))]}
    for page, box in boxes:
        for number in _numbers(catalog):
            assert number in _text(box), f"{page.relative_to(built_site)}: {number!r} missing"
        if "point-card__help" not in box.get("class", []):  # on screen, a tap calls the number
            dialled = {link["href"].removeprefix("tel:") for link in box.select('a[href^="tel:"]')}
            assert dialled == numbers, f"{page.relative_to(built_site)}: calls {sorted(dialled)}"
    assert [entry["place"] for entry in catalog.get_help["emergency"]["numbers"]][0] == "India"  # the article's readers


def test_leg_symptoms_say_the_same_everywhere(built_site, catalog):
    """One message on every page that talks about legs: one leg (often sciatica), then every emergency
    sign (pain in both legs is one of them, never shown alone) and every sign to see a doctor today
    (new sciatica after about 50 must not read as "wait a few weeks")."""
    for page in ["points", "points/gb30", "guide", "faq"]:
        box = _soup(built_site, page).select_one("article .leg-symptoms")
        assert box is not None, page
        for words in [catalog.leg_symptoms["one_leg"], *_short_signs(catalog, "emergency", "urgent")]:
            assert words in _text(box), (page, words)


def test_help_tiers_cautions_and_self_care_name_their_sources(built_site, catalog):
    precautions = _soup(built_site, "precautions")
    for tier in ["emergency", "urgent", "see-doctor"]:
        assert _text(precautions.select_one(f"#help-{tier} .sources")).startswith("Sources: NHS: back pain")
    assert catalog.sources["red-flags-review"] in _text(precautions.select_one("#help-urgent .sources"))
    for point in catalog.points:  # at the foot of the page, after what the reader came for
        foot = _soup(built_site, f"points/{point.code.lower()}").select("article > p.sources")
        assert len(foot) == 1, point.code
        keys = [key for caution in point.cautions for key in caution.sources] + catalog.get_help["urgent"]["sources"]
        for name in catalog.source_names(*keys):
            assert name in _text(foot[0]), (point.code, name)
    back_care = _text(_soup(built_site, "back-care").select_one("article"))
    for key in ["nhs-back-pain", "nice-ng59", "nhs-ibuprofen"]:
        assert catalog.sources[key] in back_care


def test_painkiller_cautions_stand_beside_the_painkiller_advice(built_site, catalog):
    box = _text(_soup(built_site, "back-care").select_one(".painkillers"))
    for item in catalog.painkillers["ask_first"]:
        assert item in box
    assert not re.search(r"\d+\s*mg", _text(_soup(built_site, "back-care").select_one("article")))  # no doses


def test_the_hip_bone_means_one_thing(built_site, catalog):
    """'Hip bone' is the top of the pelvis (BL23, BL52); the bump GB30 is measured from is the top of
    the thigh bone, and no page or figure calls it a hip bone."""
    gb30 = catalog.find("GB30")
    assert "buttock meets" not in gb30.location["plain"]
    page = _soup(built_site, "points/gb30")
    for label in page.select("figure.body-map text.label"):
        assert "hip bone" not in label.get_text(), label
    assert "top of thigh bone" in _text(page.select_one("figure.body-map"))
