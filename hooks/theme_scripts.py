"""MkDocs hook: the theme's templates defer Material's own script (acupoints.page_scripts); if
Material writes it differently one day, the build stops with one line saying so."""
import logging

from acupoints.page_scripts import PageScriptError, deferred_theme_bundle


def _deferred(scripts):
    try:
        return deferred_theme_bundle(scripts)
    except PageScriptError as error:
        # One line, as an error: an exception here would make MkDocs print a second line of its own.
        logging.getLogger("mkdocs").error(str(error))
        raise SystemExit(1)


def on_env(env, config, files):
    env.filters["deferred_theme_bundle"] = _deferred
    return env
