"""The site in more than one language: one build per edition. English is written in docs/; an edition in
another language has its pages in translations/<code>/docs/, one for each English page, and its words
in translations/<code>/messages.po. Each translated page names the version of the English page it
translates, by the Git blob id of that file (`translates:` in its front matter), so a changed English
page stops the edition's build until its translation is brought up to date."""
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from .language import ENGLISH

ENGLISH_DOCS = "docs"
STAMP = "translates"


def shown_path(path: str) -> str:
    """A file as an editor finds it: its path from the working directory (the project, where builds
    run), or as given when it is elsewhere."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else Path(relative).as_posix()


def edition_folder(code: str) -> str:
    """Where an edition is published, under the English site's root: '' for English, 'hi/' for Hindi
    (scripts/build_site.py builds mkdocs.<code>.yml there)."""
    return "" if code == ENGLISH else f"{code}/"


def edition_docs(code: str) -> str:
    """Where an edition's pages are, relative to the project."""
    return ENGLISH_DOCS if code == ENGLISH else f"translations/{code}/docs"


def blob_id(content: bytes) -> str:
    """The id Git gives a file with this content (`git hash-object`)."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def _front_matter(text: str) -> dict:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if end is None:
        return {}
    data = yaml.safe_load("\n".join(lines[1:end]))
    return data if isinstance(data, dict) else {}


def pages(docs: Path) -> list[str]:
    return sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*.md"))


def static_files(docs: Path) -> list[str]:
    """The files that are not pages (styles, scripts, icons, the app manifest): every edition uses the
    English ones, unless it has its own."""
    return sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*")
                  if path.is_file() and path.suffix != ".md")


def edition_problems(project: Path, code: str,
                     commit_of: Callable[[str, str], tuple[str, str] | None] = lambda path, blob: None,
                     ) -> Iterator[str]:
    """One line for each page the edition lacks, has beyond English, or translates from an older version of
    its English page. commit_of(path, blob) gives (commit, date) of a commit that has that version of the
    file, where Git can tell: the change since is what `git diff <commit> -- <path>` shows."""
    english_dir, edition_dir = project / ENGLISH_DOCS, project / edition_docs(code)
    english, edition = pages(english_dir), pages(edition_dir)
    for page in sorted(set(english) - set(edition)):
        yield (f"{edition_docs(code)}/{page} is missing: every page of {ENGLISH_DOCS}/ needs its translation; "
               f"translate {ENGLISH_DOCS}/{page} there, then run: make translated PAGE={edition_docs(code)}/{page}")
    for page in sorted(set(edition) - set(english)):
        yield f"{edition_docs(code)}/{page} has no English page {ENGLISH_DOCS}/{page}; remove it or write that page"
    for page in sorted(set(english) & set(edition)):
        stamp = _front_matter((edition_dir / page).read_text(encoding="utf-8")).get(STAMP)
        current = blob_id((english_dir / page).read_bytes())
        where = f"{edition_docs(code)}/{page}"
        if not isinstance(stamp, str) or len(stamp) != 40:
            yield (f"{where}: front matter has no '{STAMP}: <blob id>' naming the version of {ENGLISH_DOCS}/{page} "
                   f"it translates; once it says all the English page says, run: make translated PAGE={where}")
        elif stamp != current:
            english_page = f"{ENGLISH_DOCS}/{page}"
            found = commit_of(english_page, stamp)
            version, see = ((f"commit {found[0]} of {found[1]}", f"see what changed with: git diff {found[0]} -- "
                             f"{english_page}; ") if found else (f"Git blob {stamp[:10]}", ""))
            yield (f"{where} is out of date: {english_page} has changed since the version it translates "
                   f"({version}); {see}translate the change, then run: make translated PAGE={where}")


def stamped(text: str, blob: str) -> str:
    """A translated page's text with its front matter naming the English version it translates."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return f"---\n{STAMP}: {blob}\n---\n\n" + text
    kept = [line for line in lines[1:] if not line.startswith(f"{STAMP}:")]
    return lines[0] + f"{STAMP}: {blob}\n" + "".join(kept)


def same_page_in(other_root: str, page_url: str) -> str:
    """The address of this page in another edition, from this edition's root, where other_root is that
    edition's root from here (extra.languages): '../' and 'guide/' -> '../guide/'."""
    return other_root.removeprefix("./") + page_url


def relative_to_page(page_url: str, path: str) -> str:
    """A path from the site's root as a link from a page: MkDocs' url filter cannot take one that leaves
    the site (../), as a link to another edition does. 'points/li4/', '../x/' -> '../../../x/'."""
    return "../" * page_url.count("/") + path or "./"


def english_root(alternates: list[dict]) -> str:
    """Where the English edition's root is from this edition's root (extra.languages): what a reader
    keeps in the browser (the pain log, the routine's choices) is kept under it, so every edition shows
    the same log."""
    return next((entry["link"] for entry in alternates if entry.get("lang") == ENGLISH), "./")
