"""Everything under tests/jobs runs a real job or server: the `jobs` tier (markers in pyproject.toml)."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.jobs)
