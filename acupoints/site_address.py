"""The address printed on cards: the published site's, never one a reader cannot reach."""
from urllib.parse import urlsplit

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", ""}


def is_local(site_url: str | None) -> bool:
    """True where site_url is unset or names this computer (a local or unconfigured build)."""
    return not site_url or (urlsplit(site_url).hostname or "") in LOCAL_HOSTS or \
        (urlsplit(site_url).hostname or "").startswith("127.")


def printed_address(site_url: str | None) -> str:
    """'example.org/guide' for a published site; '' for a local or unconfigured one."""
    if is_local(site_url):
        return ""
    return site_url.split("://", 1)[-1].rstrip("/")
