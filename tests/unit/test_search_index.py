"""The search index as the site writes it: the same JSON, with letters as UTF-8."""
import json

from acupoints.search import utf8_index


def test_the_index_keeps_its_content_and_loses_its_escapes():
    index = json.dumps({"config": {"separator": "[\\s।॥]+"},
                        "docs": [{"title": "कमर दर्द", "text": "<p>B23 & \"x\"</p>"}]})
    written = utf8_index(index)
    assert json.loads(written) == json.loads(index)
    assert "कमर दर्द" in written and "\\u" not in written
    assert len(written.encode("utf-8")) < len(index.encode("utf-8"))
