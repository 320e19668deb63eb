"""An edition's glossary, checked on made-up terms and words (acupoints/build_checks/glossary.py)."""
from acupoints.build_checks.glossary import Term, glossary_problems, page_words, terms_of

GLOSSARY = "translations/xx/glossary.yml"
TERMS = [Term("doctor", "डॉक्टर", ("चिकित्सक",)), Term("back pain", "कमर दर्द")]


def _problems(english, translated):
    return list(glossary_problems(TERMS, GLOSSARY, [("page.md", english, translated)]))


def test_the_glossary_word_stands_wherever_the_english_term_does():
    assert _problems("See a doctor today.", "आज डॉक्टर को दिखाएँ।") == []
    assert _problems("See a Doctor today.", "आज डॉक्टरों को दिखाएँ।") == []  # any case; Hindi endings follow
    [problem] = _problems("For back pain, see a doctor.", "कमर दर्द में हकीम को दिखाएँ।")
    assert problem == ("page.md: the English says 'doctor', which is 'डॉक्टर' in translations/xx/glossary.yml; use "
                       "that word, or change the glossary for every page")


def test_a_word_the_glossary_avoids_is_named_and_a_name_kept_in_english_is_not():
    [problem] = _problems("Ask a doctor.", "डॉक्टर या चिकित्सक से पूछें।")
    assert "'चिकित्सक' is a word translations/xx/glossary.yml avoids for 'doctor'; write 'डॉक्टर'" in problem
    assert _problems("The Doctor Journal says", "The Doctor Journal कहता है") == []  # a published name, as published
    assert _problems("Score {doctor} here", "यहाँ {doctor} लिखें") == []  # a name the message fills in is no word


def test_a_term_without_its_word_or_written_twice_names_its_entry():
    assert terms_of({"terms": [{"en": "doctor", "xx": "डॉक्टर"}]}, "xx", GLOSSARY) == ([Term("doctor", "डॉक्टर")], None)
    _, problem = terms_of({"terms": [{"en": "doctor"}]}, "xx", GLOSSARY)
    assert problem == "translations/xx/glossary.yml: /terms/0: a term needs `en` and `xx`, each a word or words"
    _, problem = terms_of({"terms": [{"en": "doctor", "xx": "a"}, {"en": "Doctor", "xx": "b"}]}, "xx", GLOSSARY)
    assert problem.startswith("translations/xx/glossary.yml: /terms/1: 'Doctor' is in the glossary twice")


def test_a_pages_own_words_leave_out_its_front_matter_and_macro_calls():
    assert page_words('---\ndescription: doctor\n---\n# Go\n\n{{ point_link("LI4") }} now.\n').split() == ["#", "Go",
                                                                                                           "now."]
