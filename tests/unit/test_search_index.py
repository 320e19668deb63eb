"""The search index as the site writes it: the same JSON, with letters as UTF-8."""
import json

from acupoints.search import question_anchors, utf8_index, with_spellings
from acupoints.spellings import spellings_from


def test_the_index_keeps_its_content_and_loses_its_escapes():
    index = json.dumps({"config": {"separator": "[\\s।॥]+"},
                        "docs": [{"title": "कमर दर्द", "text": "<p>B23 & \"x\"</p>"}]})
    written = utf8_index(index)
    assert json.loads(written) == json.loads(index)
    assert "कमर दर्द" in written and "\\u" not in written
    assert len(written.encode("utf-8")) < len(index.encode("utf-8"))


SEPARATOR = '[\\s\\-,:;!?=\\[\\]()"/।॥]+|\\.(?!\\d)'  # the Hindi edition's (mkdocs.hi.yml)
SPELLINGS = spellings_from({"typed": [{"written": "\u093C", "typed": "", "example": ["ज़ोर", "जोर"]}],
                            "terms": [{"en": "pregnancy", "hi": "गर्भावस्था", "also": ["प्रेगनेंसी"]}]}, "hi", "glossary")


def _index(*docs):
    fields = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}
    return {"config": {"separator": SEPARATOR, "fields": fields},
            "docs": [{"location": location, "title": title, "text": text} for location, title, text in docs]}


def test_the_faq_questions_are_the_headings_with_a_link_to_themselves():
    page = ('<h2 id="safety">सुरक्षा</h2><h3 id="pregnant">गर्भावस्था</h3>'
            '<p><a class="faq-link" href="#pregnant">लिंक</a></p><p><a href="#safety">x</a></p>')
    assert question_anchors(page) == {"pregnant"}


def test_hidden_fields_hold_the_other_spellings_and_the_words_that_tell_a_question_apart():
    index = with_spellings(_index(
        ("faq/", "सवाल", ""),
        ("faq/#how-hard", "कितने ज़ोर से दबाना चाहिए?", "<p>इतने ज़ोर से &amp; दबाएँ।</p>"),
        ("faq/#pregnant", "गर्भावस्था: क्या दबाना चाहिए?", "<p>पूछें।</p>"),
        ("guide/", "ज़ोर", "<p>गर्भावस्था</p>"),
    ), SPELLINGS, {"faq/": {"how-hard", "pregnant"}})
    config = index["config"]["fields"]
    assert config["title_spellings"] == {"boost": 1000.0} and config["text_spellings"] == {"boost": 1.0}
    assert config["question"] == {"boost": 10000.0}
    docs = {doc["location"]: doc for doc in index["docs"]}
    assert docs["faq/#how-hard"]["title_spellings"] == "जोर"
    assert docs["faq/#how-hard"]["text_spellings"] == "जोर"
    # दबाना and चाहिए are in both questions: they tell neither apart.
    assert docs["faq/#how-hard"]["question"] == "कितने ज़ोर जोर से"
    assert docs["faq/#pregnant"]["question"] == "pregnancy क्या गर्भावस्था प्रेगनेंसी"
    assert docs["guide/"]["text_spellings"] == "pregnancy प्रेगनेंसी"
    assert "question" not in docs["guide/"] and "text_spellings" not in docs["faq/"]


def test_the_hidden_words_are_text_for_materials_html_fields():
    index = with_spellings(_index(("a/", "x", "<p>&lt;b&gt;ज़</p>")), SPELLINGS, {})
    assert index["docs"][0]["text_spellings"] == "&lt;b&gt;ज"
