"""Two builds of the same commit are byte-identical. Only the sitemap carries a date (MkDocs writes
the build date as <lastmod>); `make build` sets SOURCE_DATE_EPOCH to the commit's time to fix it."""
from helpers import ROOT, build


def _tree(site):
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def _build(tmp_path, name, epoch, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    # A published build: without an address, the sitemap lists no pages and so carries no dates.
    assert build(ROOT, tmp_path / name, SITE_URL="https://example.org/").returncode == 0
    return _tree(tmp_path / name)


def test_same_commit_same_bytes(tmp_path, monkeypatch):
    assert _build(tmp_path, "first", 1795000000, monkeypatch) == _build(tmp_path, "second", 1795000000, monkeypatch)


def test_only_the_sitemap_depends_on_the_date(tmp_path, monkeypatch):
    one, other = _build(tmp_path, "one", 1795000000, monkeypatch), _build(tmp_path, "other", 1830000000, monkeypatch)
    assert one.keys() == other.keys()
    assert sorted(name for name in one if one[name] != other[name]) == ["sitemap.xml", "sitemap.xml.gz"]
