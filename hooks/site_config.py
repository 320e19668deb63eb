"""MkDocs hook: settings in mkdocs.yml the site cannot work with stop the build with one line, before
any plugin trips over them (the checks are acupoints.build_checks.settings)."""
from mkdocs.plugins import event_priority

from acupoints.build_checks.settings import config_problem
from site_plugin.errors import stop


@event_priority(100)  # before the macros plugin, which needs site_url and extra.disclaimer
def on_config(config):
    if problem := config_problem(config):
        stop(problem)
    return config
