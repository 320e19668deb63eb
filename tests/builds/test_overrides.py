"""Copied Material partials must stay the original plus our stated changes."""
from pathlib import Path

import material

from helpers import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
# partial -> the attributes our copy adds (each exactly once)
COPIES = {"partials/search.html": [" aria-label=\"{{ lang.t('search') }}\""] * 2}


def _without_header(template: str) -> str:
    return template.split("-#}\n", 1)[1]


def test_copied_partials_match_materials_original_but_for_our_changes():
    for name, additions in COPIES.items():
        ours = _without_header((ROOT / "overrides" / name).read_text(encoding="utf-8"))
        for addition in additions:
            assert addition in ours, f"{name} lost {addition}"
            ours = ours.replace(addition, "", 1)
        original = _without_header((MATERIAL / name).read_text(encoding="utf-8"))
        assert ours == original, f"Material's {name} changed: merge it into overrides/{name}"
