"""Plain language: every page reads at Flesch reading ease 60 or more (about age 12 to 13)."""
import textstat

from helpers import built_pages, page_prose

MINIMUM = 60


def test_every_page_is_plain_english(built_site):
    scores = {
        str(page.relative_to(built_site).parent): textstat.flesch_reading_ease(page_prose(page.read_text("utf-8")))
        for page in built_pages(built_site)
    }
    hard = {page: score for page, score in scores.items() if score < MINIMUM}
    assert not hard, f"reading ease below {MINIMUM}: {hard}; rewrite these pages in shorter words and sentences"


def test_the_measure_flags_hard_prose():
    hard = ("<article><p>Acupressure's putative therapeutic mechanisms, notwithstanding considerable "
            "methodological heterogeneity, necessitate comprehensive longitudinal investigation.</p></article>")
    assert textstat.flesch_reading_ease(page_prose(hard)) < MINIMUM
