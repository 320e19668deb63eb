import pytest

from acupoints import UnknownPointError


@pytest.mark.parametrize("typed, code", [
    ("BL23", "BL23"), ("B23", "BL23"), ("ub23", "BL23"), ("BL-23", "BL23"), ("bl 23", "BL23"),
    ("BL52", "BL52"), ("B52", "BL52"), ("B47", "BL52"), ("b-47", "BL52"), ("UB-52", "BL52"),
    ("GB30", "GB30"), ("gb30", "GB30"), ("gb-30", "GB30"), ("GB 30", "GB30"),
])
def test_every_alias_finds_its_point(catalog, typed, code):
    assert catalog.find(typed).code == code


def test_bl47_is_not_zhishi(catalog):
    # In WHO numbering BL47 is Hunmen, a different point; only the older "B47" means Zhishi.
    with pytest.raises(UnknownPointError):
        catalog.find("BL47")


def test_unknown_code_names_the_code_and_the_known_ones(catalog):
    with pytest.raises(UnknownPointError) as caught:
        catalog.find("XX9")
    assert str(caught.value) == "unknown point code 'XX9'; known codes: BL23, BL52, GB30"
