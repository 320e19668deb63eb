"""MkDocs hook: the theme's templates defer Material's own script (acupoints.page_scripts); if
Material writes it differently one day, the build stops with one line saying so."""
from acupoints.page_scripts import PageScriptError, deferred_theme_bundle
from site_plugin.errors import stop


def _deferred(scripts):
    try:
        return deferred_theme_bundle(scripts)
    except PageScriptError as error:
        stop(str(error))


def on_env(env, config, files):
    env.filters["deferred_theme_bundle"] = _deferred
    return env
