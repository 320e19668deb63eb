"""The site's build, as one object: what it checks and makes at each step of MkDocs' build, in order,
and the little it remembers between steps (the command, the previews' fonts and descriptions).
hooks/site.py hands MkDocs its methods; the core's checks are in acupoints/build_checks/.

It is a plain object, not a BasePlugin: a hook module is what both MkDocs and its successors load
(tests/canaries/). Under `mkdocs serve` it writes no service worker and draws no previews."""
from mkdocs.plugins import event_priority

from . import checks, edition, offline
from .previews import LinkPreviews
from .search_index import rewrite_search_index


class SiteBuild:
    def __init__(self, offline_copy: bool = True):
        self.offline_copy = offline_copy  # the benchmark's scale runs leave it out: far over its budget
        self.serving = False
        self.previews: LinkPreviews | None = None

    def on_startup(self, command, dirty):
        self.serving = command == "serve"

    # Before the macros plugin, which needs site_url, extra.disclaimer and the edition's draft flag.
    @event_priority(100)
    def on_config(self, config):
        checks.check_settings(config)
        edition.configure(config, self.serving)
        if not self.serving:
            checks.warn_of_a_local_address(config)  # serve always uses a local address
        if self.serving:
            offline.leave_out_registration(config)
        self.previews = LinkPreviews(config, drawn=not self.serving)
        return config

    def on_files(self, files, config):
        checks.check_page_files(files)  # before anything reads them: a file that is not UTF-8 is named
        edition.edition_files(files, config)
        offline.check_offline_page(files, config)
        self.previews.find_icon(files)
        return files

    def on_page_markdown(self, markdown, page, config, files):
        edition.mark_english_page(page, config)
        return markdown

    def on_env(self, env, config, files):
        checks.add_theme_script_filter(env)
        edition.speak_the_edition(env, config)
        LinkPreviews.add_filters(env, config)
        return env

    def on_page_context(self, context, page, config, nav):
        self.previews.take_description(page)
        offline.offline_base_url(context, page, config)
        return context

    def on_post_page(self, output, page, config):
        checks.check_built_page(output, page)
        output = offline.with_offline_base(output, page, config)
        self.previews.draw(output, page, config)
        return output

    # Last of all: after the search plugin writes its index and the minify plugin its scripts, so
    # the offline copy saves the files as they are served.
    @event_priority(-100)
    def on_post_build(self, config):
        checks.check_anchors(config)
        rewrite_search_index(config)
        if self.offline_copy and not self.serving:
            offline.write_offline_copy(config)
