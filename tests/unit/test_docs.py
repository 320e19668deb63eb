"""The contributor documents: a README a newcomer reads in two minutes, opening with the two commands;
CONTRIBUTING.md and MAINTAINING.md beside it (not in docs/, the readers' site); and no link or path
in them that leads nowhere or out of the repository."""
import re

import pytest

from helpers import ROOT

README = ROOT / "README.md"
DOCUMENTS = [README, ROOT / "CONTRIBUTING.md", ROOT / "MAINTAINING.md", ROOT / "TRANSLATING.md"]
MAX_README_LINES = 100
OPENING_LINES = 15

_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
# A path in backticks under a folder of the repository (`acupoints/checks.py`, `tests/unit/golden`).
# Placeholders (`docs/points/<code>.md`) and made-up folders (`site/`, `.venv/`) are left alone.
_CODE = re.compile(r"`([^`\s]+)`")
_TRACKED = ("acupoints", "data", "docs", "hooks", "overrides", "scripts", "tests", "requirements", ".github", ".ci",
            "translations")


def _text(document):
    return document.read_text(encoding="utf-8")


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_the_document_exists(document):
    assert document.is_file(), f"{document.name} is missing"


def test_the_readme_is_read_in_two_minutes():
    lines = len(_text(README).splitlines())
    assert lines <= MAX_README_LINES, (f"README.md has {lines} lines (at most {MAX_README_LINES}): move the "
                                       "detail to CONTRIBUTING.md or MAINTAINING.md")


def test_the_readme_opens_with_the_two_commands():
    opening = "\n".join(_text(README).splitlines()[:OPENING_LINES])
    for command in ("make serve", "make test"):
        assert command in opening, f"README.md should name `{command}` in its first {OPENING_LINES} lines"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_nothing_points_outside_the_repository(document):
    assert "../" not in _text(document), f"{document.name} points outside the repository (../)"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_relative_link_leads_to_a_file_here(document):
    broken = []
    for target in _LINK.findall(_text(document)):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (document.parent / target.split("#")[0]).resolve()
        if not path.is_relative_to(ROOT) or not path.exists():
            broken.append(target)
    assert not broken, f"{document.name} links to paths that do not exist: {broken}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_path_it_names_exists(document):
    missing = []
    for code in _CODE.findall(_text(document)):
        if re.fullmatch(r"[\w.-]+(/[\w.-]+)*/?", code) and code.split("/")[0] in _TRACKED \
                and not (ROOT / code).exists():
            missing.append(code)
    assert not missing, f"{document.name} names paths that do not exist (renamed or moved?): {missing}"


def test_contributor_documents_stay_out_of_the_readers_site():
    strays = [document.name for document in DOCUMENTS if (ROOT / "docs" / document.name).exists()]
    assert not strays, f"docs/ is the readers' site; keep {strays} at the top of the repository"
