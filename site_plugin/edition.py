"""One edition of the site (acupoints/editions.py). An edition in another language than English stops
with one line when a page is missing or translates an older version of its English page; it uses
English's styles, scripts and icons unless it has its own; and the templates in overrides/ speak its
language, from the same catalogue as the pages' macros."""
import subprocess
from pathlib import Path
from urllib.parse import urljoin

from babel.dates import format_date
from mkdocs.structure.files import File

from acupoints.editions import (
    ENGLISH_DOCS,
    SETTINGS_WORDS,
    edition_docs,
    edition_folder,
    edition_languages,
    edition_problems,
    editions_problem,
    is_draft,
    pages,
    relative_to_page,
    same_page_in,
    settings_words,
    static_files,
    translated_nav,
)
from acupoints.errors import DataError
from acupoints.language import ENGLISH, load_language

from .errors import stop


def _project(config) -> Path:
    return Path(config.config_file_path).parent


def _code(config) -> str:
    return config.theme["language"]


def _commit_of(project: Path):
    def commit_of(path: str, blob: str) -> tuple[str, str] | None:
        """The commit that made this version of the file, and its date: (1a2b3c4, 2026-12-02)."""
        try:
            result = subprocess.run(["git", "log", "--format=%h %cs", f"--find-object={blob}", "--", path],
                                    cwd=project, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return None
        commits = [line.split() for line in result.stdout.splitlines()] if result.returncode == 0 else []
        return tuple(commits[-1]) if commits and len(commits[-1]) == 2 else None  # the oldest: it added it
    return commit_of


def configure(config, serving: bool) -> None:
    """This edition's language menu and store, from the list of editions (extra.editions), and its
    published address: the English one and the edition's folder (scripts/build_site.py). `mkdocs serve`
    serves one edition alone: no language menu leads to the other, which is not there."""
    code, config_file = _code(config), Path(config.config_file_path).name
    if "languages" in config.extra:
        stop(f"{config_file}: extra.languages is made from extra.editions in mkdocs.yml, with links worked "
             "out from each edition's folder; remove it, and change the list there")
    if problem := editions_problem(config.extra.get("editions"), code, config_file):
        stop(problem)
    config.extra["draft"] = is_draft(config.extra["editions"], code)
    config.extra["languages"] = [] if serving else edition_languages(config.extra["editions"], code)
    if code != ENGLISH:
        _speak_the_settings(config, code)
    if config.site_url and code != ENGLISH:
        config.site_url = config.site_url.rstrip("/") + "/" + edition_folder(code)


def _speak_the_settings(config, code: str) -> None:
    """The settings' words (the site's name and description, the menu, the colour switch) in the
    edition's, from its catalogue: mkdocs.yml has them once, in English. A published edition stops
    while one has no translation; a draft shows it in English."""
    try:
        language = load_language(_project(config), code, config.extra["draft"])
    except DataError as error:
        stop(str(error))
    if not language.draft:
        for where, english in settings_words(config):
            if not language.has(english):
                stop(f"translations/{code}/messages.po: {where} in mkdocs.yml has no current translation; translate "
                     f"{english!r} (make translations adds it there)")
    for name in SETTINGS_WORDS:
        if config[name]:
            config[name] = language.gettext(config[name])
    if config.extra.get("short_name"):
        config.extra["short_name"] = language.gettext(config.extra["short_name"])
    config.nav = translated_nav(config.nav or [], language.gettext) if config.nav else config.nav
    for scheme in config.theme.get("palette") or []:
        if isinstance(scheme, dict) and (scheme.get("toggle") or {}).get("name"):
            scheme["toggle"]["name"] = language.gettext(scheme["toggle"]["name"])


def edition_files(files, config) -> None:
    """The edition's pages: each English page's translation, or for a draft the English page where
    there is none yet; and English's styles, scripts and icons where the edition has none of its own."""
    code = _code(config)
    if code == ENGLISH:
        return
    project, draft = _project(config), config.extra["draft"]
    for problem in edition_problems(project, code, _commit_of(project), draft):
        stop(problem)
    english, translated = project / ENGLISH_DOCS, project / edition_docs(code)
    for page in pages(english) if draft else ():
        chosen = translated if (translated / page).is_file() else english
        current = files.get_file_from_path(page)
        if current is None or Path(current.src_dir) != chosen:
            if current is not None:
                files.remove(current)
            files.append(File(page, str(chosen), config.site_dir, config.use_directory_urls))
    for path in static_files(english):
        if files.get_file_from_path(path) is None:
            files.append(File(path, str(english), config.site_dir, config.use_directory_urls))


def mark_english_page(page, config) -> None:
    """A draft's page that is still the English one says so to screen readers (overrides/main.html),
    which would otherwise read it in the edition's voice."""
    if config.extra["draft"] and Path(page.file.src_dir).resolve() == (_project(config) / ENGLISH_DOCS).resolve():
        page.meta["in_english"] = True


def speak_the_edition(env, config) -> None:
    """The theme's templates in the edition's words, and its links to the other editions' pages."""
    language = load_language(_project(config), _code(config), config.extra["draft"])
    env.policies["ext.i18n.trimmed"] = True  # as in acupoints/templating.py: one message, whatever its line breaks
    env.install_gettext_callables(language.gettext, language.ngettext, newstyle=True)
    env.filters["long_date"] = lambda day: format_date(day, "d MMMM y", locale=_code(config))

    def same_page(other_root: str, page) -> str:
        url = page.url if page else ""  # the 404 page has none: its links lead to the home pages
        return relative_to_page(url, same_page_in(other_root, url))
    env.filters["same_page"] = same_page
    # The whole address of a page in another edition, for the sitemap (there is one with a site_url).
    env.filters["same_page_at"] = lambda other_root, page: urljoin(config.site_url,
                                                                   same_page_in(other_root, page.url))
