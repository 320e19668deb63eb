"""MkDocs hook: the site's build, one object (site_plugin/build.py) whose methods MkDocs calls at each
step; what it checks, makes and in which order is written there."""
from site_plugin.build import SiteBuild

_build = SiteBuild()

on_startup = _build.on_startup
on_config = _build.on_config
on_files = _build.on_files
on_page_markdown = _build.on_page_markdown
on_env = _build.on_env
on_page_context = _build.on_page_context
on_post_page = _build.on_post_page
on_post_build = _build.on_post_build
