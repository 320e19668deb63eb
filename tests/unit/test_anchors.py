"""Links to a part of one of the site's pages (acupoints.build_checks.anchors)."""
from acupoints.build_checks.anchors import anchor_problems

SITE = {
    "index.html": '<h1 id="top">Home</h1><a href="faq/#how-often">How often</a> <a href="#top">Top</a>',
    "faq/index.html": '<h2 id="how-often">How often?</h2><a href="../#top">Home</a> <a href="../">Home</a>',
}


def test_links_to_parts_that_exist_pass():
    assert anchor_problems(SITE) == []


def test_a_missing_part_is_named_with_the_page_and_the_link():
    site = {**SITE, "faq/index.html": SITE["faq/index.html"] + '<a href="../#no-such-part">x</a>'}
    assert anchor_problems(site) == [
        "faq/index.html: the link '../#no-such-part' leads to #no-such-part, which index.html does not have"]


def test_a_missing_part_on_the_same_page_is_found():
    site = {**SITE, "index.html": SITE["index.html"] + '<a href="#gone">x</a>'}
    assert anchor_problems(site) == ["index.html: the link '#gone' leads to #gone, which index.html does not have"]


def test_other_sites_missing_pages_and_encoded_parts_are_left_alone_or_decoded():
    site = {**SITE, "index.html": SITE["index.html"] + (
        '<a href="https://doi.org/x#y">doi</a> <a href="nowhere/#x">gone page</a> '
        '<a href="mailto:a@b.c">mail</a> <h2 id="caf\u00e9">Caf\u00e9</h2> <a href="#caf%C3%A9">encoded</a>')}
    assert anchor_problems(site) == []
