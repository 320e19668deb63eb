"""Every test in this folder drives real Chromium: mark them all `browser` here, not file by file
(`pytest -m "not browser"` runs the rest)."""
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    # pytest hands every collected item to each conftest's hook, so pick out this folder's.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)
