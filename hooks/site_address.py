"""MkDocs hook: say so when a build is made for a local address (SITE_URL=http://127.0.0.1/...).
Cards and the sitemap then leave the address out, so no reader is sent to an address they cannot
reach; under `strict` the warning stops the build. `mkdocs serve` always uses a local address, so
it is not warned about."""
import logging

from acupoints.site_address import is_local

_command = None


def on_startup(command, dirty):
    global _command
    _command = command


def on_config(config):
    if _command != "serve" and config.site_url and is_local(config.site_url):
        logging.getLogger("mkdocs").warning(
            f"mkdocs.yml: site_url {config.site_url} is a local address, so cards and the sitemap leave it out; "
            "set SITE_URL to the published address, or leave it unset")
    return config
