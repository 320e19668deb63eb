"""What the search index gets beyond the page text, and how it is written."""
import html
import json
import re
from collections import Counter
from html.parser import HTMLParser

from .catalog import Catalog
from .links import point_at
from .spellings import Spellings

# Hidden fields Material's search reads from the index (its worker makes a lunr field of each entry in
# config.fields and shows only title, text and tags). A reader's word matched in one of them counts as
# found, so the result does not say it is missing.
TITLE_SPELLINGS, TEXT_SPELLINGS, QUESTION = "title_spellings", "text_spellings", "question"
# Material multiplies a page's own entry by about 2.5 against its sections (score * (1 + boost**2),
# boost = 1 for a page + the share of the reader's words matched), and the safety page has a boost of
# its own, so a page whose title holds one of a reader's words came before the FAQ question that holds
# the word no page title has ("sciatica safe": "Safety first" before "Can acupressure help with
# sciatica?"). The words that tell a question from the others rank it by ten times a title; a point's
# codes (tags, 1e6) still rank its page first.
QUESTION_BOOST = 10


def search_tags(catalog: Catalog, page: str) -> list[str]:
    """Hidden search keywords for a point page: every code and name readers type. Material puts
    tags into its results as HTML without escaping them, so <, > and & are escaped here; quotes
    are left alone so that "Will's Chamber" still matches what a reader types."""
    point = point_at(catalog, page)
    if point is None:
        return []
    words = [point.code, *point.aliases, point.pinyin, *point.english_names]
    return [html.escape(word, quote=False) for word in words]


def utf8_index(index: str) -> str:
    """Material's search index (JSON text) with every letter as itself, not as a \\u escape: an escape
    takes six bytes where UTF-8 takes three for Devanagari. Each edition's pages fetch their index;
    the Hindi one went from 372 KB to 205 KB (gzip: 31 KB to 25 KB)."""
    return json.dumps(json.loads(index), ensure_ascii=False, separators=(",", ":"))


class _QuestionLinks(HTMLParser):
    """The questions of a page: an FAQ question's heading is followed by a link to itself (.faq-link,
    acupoints/guide.py question), which the FAQ filter also goes by."""

    def __init__(self):
        super().__init__()
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        href = attributes.get("href") or ""
        if tag == "a" and "faq-link" in (attributes.get("class") or "").split() and href.startswith("#"):
            self.anchors.add(href[1:])


def question_anchors(page_html: str) -> set[str]:
    """The anchors of the FAQ questions a built page holds."""
    parser = _QuestionLinks()
    parser.feed(page_html)
    parser.close()
    return parser.anchors


def _words(markup: str, separator: re.Pattern) -> list[str]:
    """The words Material's search makes of a field: the text between tags, split by the separator, in
    lower case."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return [word for word in separator.split(text.lower()) if word]


def _field(words: set[str]) -> str:
    # Material reads the field as HTML: a word is text, never a tag.
    return html.escape(" ".join(sorted(words)), quote=False)


def with_spellings(index: dict, spellings: Spellings, questions: dict[str, set[str]]) -> dict:
    """Material's search index (as JSON gives it) with hidden fields: the other ways readers type each
    entry's title and text words (acupoints/spellings.py), and for an FAQ question the words that tell it
    from the page's other questions. `questions`: page location ('faq/') -> its questions' anchors."""
    separator = re.compile(index["config"]["separator"])
    fields = index["config"]["fields"]
    fields[TITLE_SPELLINGS] = {"boost": fields["title"]["boost"]}
    fields[TEXT_SPELLINGS] = {"boost": fields["text"]["boost"]}
    fields[QUESTION] = {"boost": fields["title"]["boost"] * QUESTION_BOOST}
    question_words: dict[str, list[str]] = {}  # in the title's order: a group's words may be a phrase
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        title, text = _words(doc["title"], separator), _words(doc["text"], separator)
        for name, words in ((TITLE_SPELLINGS, title), (TEXT_SPELLINGS, text)):
            if others := spellings.others(words):
                doc[name] = _field(others)
        if anchor and anchor in questions.get(page, ()):
            question_words[doc["location"]] = list(dict.fromkeys(title))
    # A word in one question only, by page: "how", "should" and "acupressure" are in many questions.
    seen = Counter(f"{location.partition('#')[0]}#{word}" for location, words in question_words.items()
                   for word in words)
    for doc in index["docs"]:
        if (words := question_words.get(doc["location"])) is not None:
            page = doc["location"].partition("#")[0]
            telling = [word for word in words if seen[f"{page}#{word}"] == 1]
            if telling:
                doc[QUESTION] = _field(set(telling) | spellings.others(telling))
    return index
