"""Pages state codes, names and hold times only through macros, so no page can disagree with the data."""
import re

import pytest

from acupoints import load_catalog
from acupoints.language import load_language
from acupoints.routine import session_words
from acupoints.text import seconds_range
from helpers import DATA_FILE, DOCS, ROOT

HINDI_DOCS = ROOT / "translations" / "hi" / "docs"
PAGES = sorted(DOCS.rglob("*.md")) + sorted(HINDI_DOCS.rglob("*.md"))

_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_QUESTION = re.compile(r'\{\{\s*question\("[^"]*",\s*"([^"]*)"\)\s*\}\}')  # its text is prose
# Any "N to M seconds/minutes" or "N-M secs" said in prose is a duration that belongs in the data.
_DURATION = re.compile(r"\b\d+\s*(?:-|–|—|to|से)\s*\d+\s*(?:seconds?|secs?|minutes?|mins?|सेकंड|मिनट)",
                       re.IGNORECASE)


def literal_facts(catalog) -> dict[str, re.Pattern]:
    """Every code, alias, name and hold time in the data, as patterns that match them in prose."""
    facts = {}
    for point in catalog.points:
        words = [point["code"], *point["aliases"], point["pinyin"], *point["english_names"]]
        for word in words:
            flexible = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", word))
            facts[word] = re.compile(rf"(?<![\w]){flexible}(?![\w])", re.IGNORECASE)
        for characters in point["chinese"].values():
            facts[characters] = re.compile(re.escape(characters))
        hold = seconds_range(point["hold_seconds"], catalog.language)
        facts[hold] = re.compile(re.escape(hold))
    facts[session_words(catalog)] = re.compile(re.escape(session_words(catalog)))
    return facts


def literals_in(markdown: str, facts: dict[str, re.Pattern]) -> list[str]:
    prose = _TEMPLATE.sub(" ", _QUESTION.sub(r"\1", markdown))
    found = [name for name, pattern in facts.items() if pattern.search(prose)]
    return found + _DURATION.findall(prose)


@pytest.fixture(scope="module")
def hindi_catalog():
    return load_catalog(DATA_FILE, language=load_language(ROOT, "hi"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_states_no_fact_literally(page, catalog, hindi_catalog):
    edition = hindi_catalog if page.is_relative_to(HINDI_DOCS) else catalog
    found = literals_in(page.read_text(encoding="utf-8"), literal_facts(edition))
    assert not found, f"{page.relative_to(ROOT)} states {found} literally; use a macro instead"


@pytest.mark.parametrize("sentence", [
    "Press B23 on your back.", "Try ub-23 first.", "Try li 4.", "Hegu is on the hand.",
    "Will's Chamber is further out.", "Hold it for 1 to 2 minutes.", "Hold for 30-60 seconds.",
    "Curl your toes to find 涌泉.",
])
def test_the_check_catches_literal_facts(catalog, sentence):
    assert literals_in(sentence, literal_facts(catalog))


def test_the_check_reads_question_text_as_prose(catalog):
    assert literals_in('{{ question("best", "Is B23 the best point?") }}', literal_facts(catalog))


def test_the_check_allows_macros(catalog):
    assert not literals_in('Press {{ point_link("B23") }} for {{ point_fact("B23", "hold") }}.',
                           literal_facts(catalog))
