"""Golden files for the macros' output, as pymdown-extensions keeps for its extensions: each case is a
macro called as a page calls it, on the frozen fixture data (tests/fixtures/), and its output is compared
with tests/unit/golden/<case>.html, so a change to the markup or the core's words shows as a diff in
review, and an edit to the site's own data changes none of them. After a change you mean, rewrite the
files with `UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_golden.py` and read the diff."""
import os
from pathlib import Path

import pytest

from acupoints.page_macros import page_macros

GOLDEN = Path(__file__).parent / "golden"
# (case, page the macro is called from, macro, arguments): one of each kind of fragment.
CASES = [
    ("point-facts-gb30", "points/gb30.md", "point_facts", ("GB30",)),
    ("standard-location-bl52", "points/bl52.md", "standard_location", ("BL52",)),
    ("point-cautions-gb30", "points/gb30.md", "point_cautions", ("GB30",)),
    ("point-figure-bl23", "points/bl23.md", "point_figure", ("BL23",)),
    ("point-press-bl23", "points/bl23.md", "point_press", ("BL23",)),
    ("point-warning-signs-gb30", "points/gb30.md", "point_warning_signs", ("GB30",)),
    ("point-about-bl52", "points/bl52.md", "point_about", ("BL52",)),
    ("point-sources-gb30", "points/gb30.md", "point_sources", ("GB30",)),
    ("body-map", "points/index.md", "body_map", ()),
    ("points-table", "points/index.md", "points_table", ()),
    ("get-help-now", "points/gb30.md", "get_help_now", ()),
    ("help-tier-emergency", "precautions.md", "help_tier", ("emergency",)),
    ("help-tier-urgent", "precautions.md", "help_tier", ("urgent",)),
    ("help-tier-see-doctor", "precautions.md", "help_tier", ("see_doctor",)),
    ("leg-symptoms", "guide.md", "leg_symptoms", ()),
    ("painkillers", "back-care.md", "painkillers", ()),
    ("caution-overview", "precautions.md", "caution_overview", ()),
    ("point-card-bl52", "cards.md", "point_card", ("BL52",)),
    ("start-here", "index.md", "start_here", ()),
    ("routine", "routine.md", "routine", ()),
    ("pain-log", "progress.md", "pain_log", ()),
    ("faq-filter", "faq.md", "faq_filter", ()),
    ("question", "faq.md", "question", ("how-often", "How often should I press?")),
]


@pytest.mark.parametrize("case, page, macro, arguments", CASES, ids=[case[0] for case in CASES])
def test_macro_output_matches_its_golden_file(catalog, case, page, macro, arguments):
    macros = page_macros(catalog, lambda: page, "Not medical advice.", "example.org")
    # One element per line, so a change shows as a readable diff.
    output = str(macros[macro](*arguments)).replace("> <", ">\n<").rstrip("\n") + "\n"
    golden = GOLDEN / f"{case}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert golden.is_file(), f"no golden file for {case}: run with UPDATE_GOLDEN=1 and read what it wrote"
    assert output == golden.read_text(encoding="utf-8"), f"{macro} output changed: see the diff above"
