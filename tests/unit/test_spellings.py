"""How readers type an edition's words (acupoints/spellings.py), from small glossaries written here, not
the edition's own."""
import pytest

from acupoints import DataError
from acupoints.spellings import NO_SPELLINGS, load_spellings, spellings_from

GLOSSARY = {
    "typed": [
        {"written": "\u093C", "typed": "", "example": ["ज़ोर", "जोर"]},
        {"written": "ॉ", "typed": "ा", "example": ["डॉक्टर", "डाक्टर"]},
        {"written": "म्", "typed": "ं", "before": "पब", "example": ["एम्बुलेंस", "एंबुलेंस"]},
    ],
    "terms": [
        {"en": "doctor", "hi": "डॉक्टर"},
        {"en": "Pregnancy", "hi": "गर्भावस्था", "also": ["प्रेगनेंसी"]},
    ],
}


def _spellings(glossary=GLOSSARY):
    return spellings_from(glossary, "hi", "translations/hi/glossary.yml")


def test_a_rule_before_some_letters_becomes_a_pair_for_each():
    assert _spellings().pairs == (("\u093C", ""), ("ॉ", "ा"), ("म्प", "ंप"), ("म्ब", "ंब"))


def test_only_terms_with_other_words_make_groups_in_lower_case():
    assert _spellings().groups == (("pregnancy", "गर्भावस्था", "प्रेगनेंसी"),)


def test_a_word_has_every_mix_of_its_marks_typed_or_not():
    spellings = _spellings()
    assert spellings.forms("ज़ोर") == {"जोर"}
    assert spellings.forms("फ़ॉर") == {"फॉर", "फ़ार", "फार"}
    assert spellings.forms("दर्द") == set()
    assert spellings.fold("डॉक्टर ज़ोर Pain") == "डाक्टर जोर pain"


def test_the_other_words_are_the_forms_and_the_groups_found():
    spellings = _spellings()
    assert spellings.others(["गर्भावस्था", "में", "ज़ोर"]) == {"pregnancy", "प्रेगनेंसी", "जोर"}
    assert spellings.others(["pregnancy"]) == {"गर्भावस्था", "प्रेगनेंसी"}
    assert spellings.others(["दर्द"]) == set()


def test_the_script_gets_the_pairs_and_groups():
    assert _spellings().for_script() == {"pairs": [["\u093C", ""], ["ॉ", "ा"], ["म्प", "ंप"], ["म्ब", "ंब"]],
                                         "groups": [["pregnancy", "गर्भावस्था", "प्रेगनेंसी"]]}


@pytest.mark.parametrize("change, where", [
    (lambda g: g["typed"][0].update(example=["ज़ोर", "ज़ोर"]), "/typed/0/example: the rule makes 'ज़ोर' into 'जोर'"),
    (lambda g: g["typed"][1].update(typed="ॉ"), "/typed/1: `typed` must differ"),
    (lambda g: g["typed"][1].pop("example"), "/typed/1/example: must be a word"),
    (lambda g: g["typed"][2].update(extra=1), "/typed/2: must have `written`"),
    (lambda g: g["typed"][0].update(written="\u095B"), "/typed/0/written: must be in Unicode NFC"),
    (lambda g: g["terms"][1].update(also=[]), "/terms/1/also: must be a list"),
    (lambda g: g["terms"][1].update(also=["ok", ""]), "/terms/1/also/1: must be text, not empty"),
    (lambda g: g["terms"][1].update(also=["a\u200bb"]), "/terms/1/also/0: hidden character U+200B"),
])
def test_a_mistake_names_its_place_in_the_glossary(change, where):
    glossary = {"typed": [dict(rule) for rule in GLOSSARY["typed"]], "terms": [dict(t) for t in GLOSSARY["terms"]]}
    change(glossary)
    with pytest.raises(DataError) as error:
        _spellings(glossary)
    assert str(error.value).startswith(f"translations/hi/glossary.yml: {where}")


def test_english_and_an_edition_without_a_glossary_have_no_spellings(tmp_path):
    assert load_spellings(tmp_path, "en") is NO_SPELLINGS
    assert load_spellings(tmp_path, "ta") is NO_SPELLINGS
    assert NO_SPELLINGS.others(["डॉक्टर"]) == set()


def test_an_edition_reads_its_glossary_file(tmp_path):
    path = tmp_path / "translations" / "hi" / "glossary.yml"
    path.parent.mkdir(parents=True)
    path.write_text("typed:\n  - {written: ॉ, typed: ा, example: [डॉक्टर, डाक्टर]}\nterms: []\n", encoding="utf-8")
    assert load_spellings(tmp_path, "hi").forms("बॉल") == {"बाल"}
    path.write_text("terms: [", encoding="utf-8")
    with pytest.raises(DataError, match="translations/hi/glossary.yml: not readable YAML"):
        load_spellings(tmp_path, "hi")
