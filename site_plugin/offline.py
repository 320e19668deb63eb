"""The built site works offline and installs like an app, from any build.

`mkdocs build`, `mkdocs gh-deploy`, `properdocs build` and `make build` all write the same service
worker (sw.js, by scripts/offline.mjs with Workbox); `mkdocs serve` writes none and loads no
registration script, since a saved copy would only hide a page's edits. The build stops with one line
when the worker cannot be made, when a file the pages use is not in the offline copy, when the copy
is over its budget (acupoints/offline_copy.py), or when docs/offline.md, the page shown offline at
addresses that are not saved, is missing.
"""
import json
import logging
import shutil
import subprocess
from pathlib import Path

import acupoints
from acupoints import offline_copy
from acupoints.editions import edition_docs, edition_folder

from .errors import stop

OFFLINE_PAGE = "offline.md"
REGISTRATION = "javascripts/register-service-worker.js"
log = logging.getLogger("mkdocs")


def leave_out_registration(config) -> None:
    """Under `mkdocs serve`: no script registers a worker."""
    config.extra_javascript = [script for script in config.extra_javascript if str(script) != REGISTRATION]


def check_offline_page(files, config) -> None:
    offline = files.get_file_from_path(OFFLINE_PAGE)
    if offline is None:
        stop(f"{edition_docs(config.theme['language'])}/{OFFLINE_PAGE} is missing: readers offline at an address "
             "that is not saved get it instead of the browser's error page; restore it (and its not_in_nav entry "
             "in mkdocs.yml)")
    if offline.dest_uri != "offline/index.html":
        stop(f"docs/{OFFLINE_PAGE} is built as {offline.dest_uri}, but the service worker "
             "(scripts/service-worker.js) shows offline/index.html: keep use_directory_urls: true")


def _folder(config) -> str:
    return edition_folder(config.theme["language"])


def _is_offline_page(page) -> bool:
    return page.file.src_uri == OFFLINE_PAGE


def offline_base_url(context, page, config) -> None:
    # Material's scripts find the site's root from base_url: from any address, it has to be absolute.
    if _is_offline_page(page):
        context["base_url"] = offline_copy.served_path(config.site_url, _folder(config))


def with_offline_base(output: str, page, config) -> str:
    if _is_offline_page(page):
        base = offline_copy.base_element(config.site_url, page.url, _folder(config))
        output = output.replace("<head>", f"<head>{base}", 1)
    return output


def _offline_script(config) -> Path:
    """scripts/offline.mjs beside mkdocs.yml, whose node_modules hold workbox-build; a copy of the
    sources alone (as the tests and the benchmark build) uses the checkout its acupoints came from."""
    for root in (Path(config.config_file_path).parent, Path(acupoints.__file__).parent.parent):
        script = root / "scripts" / "offline.mjs"
        if script.is_file():
            return script
    stop("scripts/offline.mjs is missing: it writes the service worker that keeps the site offline")


def _write_worker(config, site: Path) -> dict[str, str | None]:
    """Runs Workbox (scripts/offline.mjs) to write sw.js; the offline copy, file -> revision."""
    result = subprocess.run(["node", str(_offline_script(config)), str(site)],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        stop((result.stderr.strip().splitlines() or ["scripts/offline.mjs failed"])[-1])
    return {entry["url"]: entry["revision"] for entry in json.loads(result.stdout)}


def write_offline_copy(config) -> None:
    """The service worker, once every other file of the site is written."""
    site = Path(config.site_dir)
    if shutil.which("node") is None:
        stop("node is not installed: the service worker that keeps the site offline is made with "
             "Workbox on Node.js; install Node.js, then run `make node_modules/.installed`")
    copy = _write_worker(config, site)
    # The home page says how much room the copy takes: measured now, written in, and the worker made
    # again, so that it saves the page as it now reads.
    marked = [page for page in site.rglob("*.html") if "data-offline-size" in page.read_text(encoding="utf-8")]
    if marked:
        size = offline_copy.stored_bytes(site, copy)
        for page in marked:
            page.write_text(offline_copy.fill_size(page.read_text(encoding="utf-8"), size), encoding="utf-8")
        copy = _write_worker(config, site)
    served = offline_copy.served_path(config.site_url, _folder(config))
    missing = offline_copy.missing_from_copy(site, set(copy), served)
    if missing:
        page, file = missing
        stop(f"{site.name}/sw.js: {file}, used by {page}, is not in the offline copy: add its kind of file "
             "to globPatterns in scripts/offline.mjs")
    cost = offline_copy.cost(site, copy, served)
    if problem := cost.over_budget():
        stop(f"{site.name}/sw.js: {problem}")
    stored = offline_copy.size_words(offline_copy.stored_bytes(site, copy))
    log.info(f"Offline: sw.js saves {len(copy)} files, {stored} on a reader's device; {cost.summary()}")
