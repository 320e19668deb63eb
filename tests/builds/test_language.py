"""Every Chinese name in the built site is tagged with its script, so browsers choose a Chinese font
(not a Japanese one) and screen readers do not read it as English."""
import re

from bs4 import BeautifulSoup, NavigableString

from helpers import every_built_page

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _tagged(element):
    """The nearest element that sets a language, and the language it sets."""
    while element is not None and not element.get("lang"):
        element = element.parent
    return element, element.get("lang") if element is not None else None


def test_every_chinese_name_carries_its_script_tag(built_site, catalog):
    expected = {}
    for point in catalog.points:
        expected[point.chinese["simplified"]] = "zh-Hans"
        expected.setdefault(point.chinese["traditional"], "zh-Hant")
    wrong = []
    for page in every_built_page(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for text in soup.find_all(string=HAN):
            if not isinstance(text, NavigableString) or text.parent.name in {"script", "style"}:
                continue
            element, language = _tagged(text.parent)
            # The tagged element must hold exactly one name, in the script its tag says.
            shown = element.get_text() if element is not None else str(text)
            if expected.get(shown) != language:
                wrong.append(f"{page.relative_to(built_site)}: {text.strip()[:40]!r} is inside lang={language!r}; "
                             "each name needs an element of its own tagged zh-Hans or zh-Hant")
    assert not wrong, "\n".join(wrong)
    assert expected, "the data has no Chinese names"
