"""Copied Material partials (and MkDocs' sitemap) must stay the original plus our stated changes."""
import re
from pathlib import Path

import material
import mkdocs

from helpers import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
MKDOCS = Path(mkdocs.__file__).parent / "templates"
MENU = """    <button type="button" class="md-header__button md-icon toggle-button toggle-button--menu" \
data-toggles="__drawer" aria-label="{{ _('Menu') }}" aria-expanded="false">
      {% set icon = config.theme.icon.menu or "material/menu" %}
      {% include ".icons/" ~ icon ~ ".svg" %}
    </button>
"""
SEARCH = """        <button type="button" class="md-header__button md-icon toggle-button toggle-button--search" \
data-toggles="__search" aria-label="{{ lang.t('search') }}" aria-expanded="false">
          {% set icon = config.theme.icon.search or "material/magnify" %}
          {% include ".icons/" ~ icon ~ ".svg" %}
        </button>
"""
NAV_TOGGLE = """              <button type="button" class="md-nav__link {{ class }} toggle-button" \
data-toggles="{{ path }}" id="{{ path }}_label" \
aria-label="{{ gettext('%(section)s: its pages', section=nav_item.title) }}" \
aria-expanded="{{ nav_item.active | tojson }}">
                <span class="md-nav__icon md-icon"></span>
              </button>
"""
NAV_LABEL = """              <label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label" \
tabindex="{{ tabindex }}">
                <span class="md-nav__icon md-icon"></span>
              </label>
"""
SHORT_NAME = """          <span class="site-title--short" aria-hidden="true">{{ config.extra.short_name }}</span>
"""
# partial -> (what our copy has, what Material's has) for each of our changes, each exactly once
COPIES = {
    "partials/search.html": [(" aria-label=\"{{ lang.t('search') }}\"", "")] * 2,
    "partials/header.html": [("{% if config.extra.languages %}", "{% if config.extra.alternate %}"), (MENU, ""),
                             (SEARCH, ""), (" toggle-fallback", ""), (" toggle-fallback", ""),
                             (" site-title", ""), (SHORT_NAME, ""),
                             ('    {% include "partials/share-page.html" %}\n', "")],
    "partials/nav-item.html": [(NAV_TOGGLE, NAV_LABEL)],
    # Material's own words for Hindi readers, in everyday Hindi.
    "partials/languages/hi.html": [
        ('"action.skip": "सीधे लेख पर जाएँ"', '"action.skip": "विषय पर बढ़ें"'),
        ('"footer.next": "अगला"', '"footer.next": "आगामी"'),
        ('"footer": "फ़ुटर"', '"footer": "फुटर"'),  # फ़ keeps its dot (translations/hi/glossary.yml)
        ('"nav": "मेन्यू"', '"nav": "नैविगेशन"'),
        ('"search.placeholder": "खोजें"', '"search.placeholder": "खोज"'),
        ('"search.reset": "हटाएँ"', '"search.reset": "हटा दें"'),
        ('"search.result.initializer": "खोज तैयार हो रही है…"', '"search.result.initializer": "खोज शुरू करें"'),
        ('"search.result.placeholder": "खोजने के लिए लिखें"', '"search.result.placeholder": "खोज शुरू करने के लिए टाइप करें"'),
        ('"search.result.none": "कुछ नहीं मिला"', '"search.result.none": "कोई मिलान डॉक्यूमेंट नहीं"'),
        ('"search.result.one": "1 पेज मिला"', '"search.result.one": "1 मिलान डॉक्यूमेंट"'),
        ('"search.result.other": "# पेज मिले"', '"search.result.other": "# मिलान डाक्यूमेंट्स"'),
        ('"search.result.more.one": "इस पेज पर 1 और"', '"search.result.more.one": "1 और इस पृष्ठ पर"'),
        ('"search.result.more.other": "इस पेज पर # और"', '"search.result.more.other": "# और इस पृष्ठ पर"'),
        ('"search.result.term.missing": "नहीं मिला"', '"search.result.term.missing": "ग़ायब"'),
        ('"toc": "इस पेज पर"', '"toc": "विषय - सूची"'),
        ('"top": "ऊपर जाएँ"', '"top": "शीर्षभाग पर लौटें"'),
    ],
    "sitemap.xml": [
        (' xmlns:xhtml="http://www.w3.org/1999/xhtml"', ""),
        ('\n         {% if file.page.canonical_url %}{% for alt in config.extra.languages %}'
         '<xhtml:link rel="alternate" hreflang="{{ alt.lang|e }}" href="{{ alt.link | same_page_at(file.page)|e }}"/>'
         '{% endfor %}{% endif %}', ""),
    ],
    "404.html": [('{{ _("Not found") }}', "Not found")],
    "partials/alternate.html": [
        ("{% for alt in config.extra.languages %}", "{% for alt in config.extra.alternate %}"), (
        '<a href="{{ alt.link | same_page(page) }}" hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" target="_self" '
        'class="md-select__link">',
        '<a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" class="md-select__link">')],
    "partials/content.html": [(
        '{% set notice %}{% include "partials/disclaimer-notice.html" %}{% endset %}\n'
        '{{ page.content | replace("</h1>", "</h1>" ~ notice, 1) }}', "{{ page.content }}")],
}


def _without_header(template: str) -> str:
    """Without the first comment block: ours says where a copy comes from, Material's that it is generated."""
    return re.sub(r"\{#-.*?-#\}\n", "", template, count=1, flags=re.DOTALL)


def test_copied_partials_match_materials_original_but_for_our_changes():
    for name, changes in COPIES.items():
        ours = _without_header((ROOT / "overrides" / name).read_text(encoding="utf-8"))
        for change, original in changes:
            assert change in ours, f"{name} lost {change}"
            ours = ours.replace(change, original, 1)
        source = MKDOCS if name == "sitemap.xml" else MATERIAL
        original = _without_header((source / name).read_text(encoding="utf-8"))
        assert ours == original, f"Material's {name} changed: merge it into overrides/{name}"
