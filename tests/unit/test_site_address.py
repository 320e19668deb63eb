import pytest

from acupoints.site_address import is_local, printed_address


@pytest.mark.parametrize("site_url, printed", [
    (None, ""), ("", ""), ("http://127.0.0.1:8000/", ""), ("http://localhost/", ""), ("http://[::1]:8000/", ""),
    ("http://0.0.0.0/", ""), ("http://127.1.2.3/guide/", ""),
    ("https://example.org/", "example.org"), ("https://owner.github.io/backcare/", "owner.github.io/backcare"),
])
def test_cards_print_only_an_address_a_reader_can_reach(site_url, printed):
    assert printed_address(site_url) == printed
    assert is_local(site_url) == (printed == "")
