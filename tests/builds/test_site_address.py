"""Cards, the canonical links and the sitemap print the published address, and a local or
unconfigured build prints none: never an address a reader cannot reach."""
import re

from helpers import ROOT, build

LOCAL = re.compile(r"127\.0\.0\.1|localhost|0\.0\.0\.0")


def test_a_build_without_site_url_prints_no_local_address(built_site):
    files = [*built_site.rglob("*.html"), *built_site.rglob("*.xml")]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not LOCAL.search(text), f"{path.relative_to(built_site)} names a local address"
    assert "Full guide:" not in (built_site / "cards" / "index.html").read_text(encoding="utf-8")


def test_a_published_build_prints_its_address_on_every_card(tmp_path):
    result = build(ROOT, tmp_path / "site", SITE_URL="https://example.org/backcare/")
    assert result.returncode == 0, result.stderr
    cards = (tmp_path / "site" / "cards" / "index.html").read_text(encoding="utf-8")
    assert cards.count("Full guide: example.org/backcare") == cards.count('class="point-card"') > 0
    assert '<link rel="canonical" href="https://example.org/backcare/cards/">' in cards


def test_a_build_for_a_local_address_is_warned_about(tmp_path):
    result = build(ROOT, tmp_path / "site", SITE_URL="http://127.0.0.1:8000/")
    assert result.returncode != 0  # strict: the warning stops the build
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 1, result.stderr
    assert "site_url http://127.0.0.1:8000/ is a local address" in warnings[0]
