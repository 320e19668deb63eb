"""The site in more than one language: one build per edition. English is written in docs/; an edition in
another language has its pages in translations/<code>/docs/, one for each English page, and its words
in translations/<code>/messages.po. Each translated page names the version of the English page it
translates, by the Git blob id of that file (`translates:` in its front matter), so a changed English
page stops the edition's build until its translation is brought up to date."""
import hashlib
import io
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

from .build_checks.glossary import glossary_problems, page_words, terms_of
from .build_checks.page_files import front_matter_problem
from .build_checks.translated_pages import heading_problem, macro_problem
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
                     draft: bool = False) -> Iterator[str]:
    """One line for each page the edition lacks (a draft may: English stands in), has beyond English,
    cannot read the front matter of, translates from an older version of its English page, or shows
    differently from it (other macro calls, other heading ids: acupoints/build_checks/translated_pages.py).
    commit_of(path, blob) gives (commit, date) of a commit that has that version of the file, where Git
    can tell: the change since is what `git diff <commit> -- <path>` shows."""
    english_dir, edition_dir = project / ENGLISH_DOCS, project / edition_docs(code)
    english, edition = pages(english_dir), pages(edition_dir) if edition_dir.is_dir() else []
    for page in sorted(set(english) - set(edition)) if not draft else ():
        yield (f"{edition_docs(code)}/{page} is missing: every page of {ENGLISH_DOCS}/ needs its translation; "
               f"translate {ENGLISH_DOCS}/{page} there, then run: make translated PAGE={edition_docs(code)}/{page}")
    for page in sorted(set(edition) - set(english)):
        yield f"{edition_docs(code)}/{page} has no English page {ENGLISH_DOCS}/{page}; remove it or write that page"
    for page in sorted(set(english) & set(edition)):
        where, english_page = f"{edition_docs(code)}/{page}", f"{ENGLISH_DOCS}/{page}"
        text, english_text = (edition_dir / page).read_text(encoding="utf-8"), (english_dir / page).read_text("utf-8")
        if found := front_matter_problem(text):
            yield _at(where, *found)
        elif stale := list(_stamp_problems(where, english_page, _front_matter(text).get(STAMP),
                                           blob_id((english_dir / page).read_bytes()), commit_of)):
            yield from stale  # translating the change comes first: the checks below compare with it
        elif found := (macro_problem(english_text, text, english_page)
                       or heading_problem(english_text, text, english_page)):
            yield _at(where, *found)
    yield from _glossary_problems(project, code, sorted(set(english) & set(edition)))


def _glossary_problems(project: Path, code: str, translated_pages: list[str]) -> Iterator[str]:
    """The edition's words against its glossary, if it has one: its messages, then its pages."""
    glossary_file = f"translations/{code}/glossary.yml"
    if not (project / glossary_file).is_file():
        return
    try:
        glossary = yaml.safe_load((project / glossary_file).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        yield f"{glossary_file}: not readable YAML ({str(error).splitlines()[0]})"
        return
    terms, problem = terms_of(glossary, code, glossary_file)
    if problem:
        yield problem
        return
    english_dir, edition_dir = project / ENGLISH_DOCS, project / edition_docs(code)
    pages = [(f"{edition_docs(code)}/{page}", page_words((english_dir / page).read_text(encoding="utf-8")),
              page_words((edition_dir / page).read_text(encoding="utf-8"))) for page in translated_pages]
    yield from glossary_problems(terms, glossary_file, [*_message_pairs(project, code), *pages])


def _message_pairs(project: Path, code: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) for each translated message of the edition's catalogue."""
    path = Path(project, "translations", code, "messages.po")
    if not path.is_file():
        return
    for message in read_po(io.BytesIO(path.read_bytes()), locale=code):
        if message.id and message.string and not message.fuzzy:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield f"translations/{code}/messages.po, line {message.lineno}", ids[0], " ".join(strings)


def _at(where: str, line: int | None, problem: str) -> str:
    return f"{where}, line {line}: {problem}" if line else f"{where}: {problem}"


def _stamp_problems(where: str, english_page: str, stamp, current: str, commit_of) -> Iterator[str]:
    if not isinstance(stamp, str) or len(stamp) != 40:
        yield (f"{where}: front matter has no '{STAMP}: <blob id>' naming the version of {english_page} "
               f"it translates; once it says all the English page says, run: make translated PAGE={where}")
    elif stamp != current:
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


# What each entry of extra.editions (mkdocs.yml) says, in its own language: its name in the language
# menu, the locale a shared link gives (og:locale), the link to it on the other home pages and the one
# line a browser preferring its language is shown.
EDITION_FIELDS = ("lang", "name", "locale", "read", "offer")
# A draft edition (`draft: true`) builds with English wherever it has no translation yet, says so on
# every page, and is in no other edition's language menu until it is ready.
DRAFT = "draft"


def editions_problem(editions, code: str, config_file: str) -> str | None:
    """Why the list of editions (extra.editions in mkdocs.yml) cannot make this edition's language menu,
    or None: every edition needs each field, English must be one, and this build's theme.language too."""
    if not isinstance(editions, list) or not editions:
        return "mkdocs.yml: extra.editions is missing: it lists the site's editions, English first"
    for index, edition in enumerate(editions):
        missing = [name for name in EDITION_FIELDS if not isinstance(edition, dict) or not edition.get(name)]
        if missing:
            return f"mkdocs.yml: extra.editions[{index}] has no {', '.join(missing)}"
        if not isinstance(edition.get(DRAFT, False), bool):
            return f"mkdocs.yml: extra.editions[{index}].{DRAFT} must be true or false"
    codes = [edition["lang"] for edition in editions]
    if codes[0] != ENGLISH or editions[0].get(DRAFT) or len(set(codes)) != len(codes):
        return f"mkdocs.yml: extra.editions must list English ({ENGLISH}) first and each language once: {codes}"
    if code not in codes:
        return (f"{config_file}: theme.language is {code!r}, which is not one of the editions in mkdocs.yml "
                f"(extra.editions: {', '.join(codes)})")
    return None


def edition_languages(editions: list[dict], code: str) -> list[dict]:
    """extra.languages for the edition in `code`: each edition with its link from this edition's root,
    worked out from where each is published (edition_folder), so no link can lead out of the site. A
    draft is listed only in its own menu."""
    here = edition_folder(code)

    def link(other: str) -> str:
        return "./" if other == code else relative_to_page(here, edition_folder(other))
    return [{**{name: edition[name] for name in EDITION_FIELDS}, "link": link(edition["lang"])}
            for edition in editions if edition["lang"] == code or not edition.get(DRAFT)]


def is_draft(editions: list[dict], code: str) -> bool:
    return any(edition["lang"] == code and edition.get(DRAFT) is True for edition in editions)


def english_root(code: str) -> str:
    """Where the English edition's root is from the root of the edition in `code`: what a reader keeps
    in the browser (the pain log, the routine's choices) is kept under it, so every edition shows the
    same log. Worked out from the folders, as the language menu's links are."""
    return relative_to_page(edition_folder(code), edition_folder(ENGLISH))


# The settings a reader reads, written once in English in mkdocs.yml: every other edition has them from
# its catalogue (scripts/translations.py puts them there), so its file names only its language and folders.
SETTINGS_WORDS = ("site_name", "site_description", "copyright")


def settings_words(settings: Mapping) -> Iterator[tuple[str, str]]:
    """(where in mkdocs.yml, English) for each word of the settings a reader sees: the site's name,
    description and footer line, its short name (extra.short_name), the menu's titles and the colour
    switch's labels (theme.palette)."""
    for name in SETTINGS_WORDS:
        if settings.get(name):
            yield name, settings[name]
    if (settings.get("extra") or {}).get("short_name"):
        yield "extra.short_name", settings["extra"]["short_name"]
    for title in _nav_titles(settings.get("nav") or []):
        yield "nav", title
    for scheme in (settings.get("theme") or {}).get("palette") or []:
        if isinstance(scheme, Mapping) and (scheme.get("toggle") or {}).get("name"):
            yield "theme.palette", scheme["toggle"]["name"]


def _nav_titles(nav) -> Iterator[str]:
    for entry in nav:
        if isinstance(entry, Mapping):
            for title, value in entry.items():
                yield title
                if isinstance(value, list):
                    yield from _nav_titles(value)


def translated_nav(nav, gettext: Callable[[str], str]) -> list:
    """The menu with its titles in the edition's words, its pages as they are."""
    return [{gettext(title): translated_nav(value, gettext) if isinstance(value, list) else value
             for title, value in entry.items()} if isinstance(entry, Mapping) else entry for entry in nav]
