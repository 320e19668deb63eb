"""Facts typed into a page's text, refused by the build (acupoints/build_checks/literal_facts.py), on the
fixtures' points: each sentence types one of their facts."""
import pytest

from acupoints.build_checks.literal_facts import literal_fact_problem, literal_facts, prose


@pytest.fixture(scope="module")
def facts(catalog):
    return literal_facts(catalog)


@pytest.mark.parametrize("sentence, what", [
    ("Press B23 on your back.", "B23"), ("Try ub-23 first.", "UB-23"), ("Try bl 52.", "BL 52"),
    ("Shenshu is low on the back.", "Shenshu"), ("Will's Chamber is further out.", "Will's Chamber"),
    ("Find 环跳 on your hip.", "环跳"), ("Hold it for 1 to 2 minutes.", "1 to 2 minutes"),
    ("Hold for 30-60 seconds.", "30-60 seconds"),
])
def test_a_typed_code_name_or_time_is_refused(facts, sentence, what):
    line, problem = literal_fact_problem(sentence, facts)
    assert line == 1 and problem.startswith(f"{what!r} is a fact of data/points.json typed into the page")


def test_a_typed_hold_time_of_a_point_names_its_macro(catalog, facts):
    point = catalog.points[0]
    _, problem = literal_fact_problem(f"Hold it {point.hold.words}.", facts)
    assert f'point_fact("{point.code}", "hold")' in problem


def test_a_caution_in_its_own_words_and_the_count_of_points_are_refused(catalog, facts):
    key, caution = next(iter(catalog.cautions.items()))
    _, problem = literal_fact_problem(f"- {caution.words()}", facts)
    assert f'caution("{key}")' in problem
    count = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}[len(catalog.points)]
    for sentence in (f"These {count} acupressure points help.", f"These {len(catalog.points)} points help."):
        assert 'guide_fact("point_count")' in literal_fact_problem(sentence, facts)[1], sentence


def test_the_line_is_the_line_in_the_file(facts):
    page = "---\ndescription: Where to press.\n---\n# Title\n\n{{ point_link('BL23') }} first,\nthen B52.\n"
    assert literal_fact_problem(page, facts)[0] == 7


def test_a_question_is_prose_and_a_macro_is_not(facts):
    assert literal_fact_problem('{{ question("best", "Is B23 the best point?") }}', facts)
    assert literal_fact_problem('Press {{ point_link("B23") }} for {{ point_fact("B23", "hold") }}.', facts) is None
    assert prose('a {{ x("y") }}\nb') == "a " + " " * len('{{ x("y") }}') + "\nb"
