"""Fixtures for the observability suite: the committed dist/ rules and dashboards, and the pinned promtool."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from testing.tools import pinned_tools_bin

ROOT = Path(__file__).resolve().parents[2]
ENVIRONMENTS = sorted(p.stem for p in (ROOT / "environments").glob("*.yaml"))


def dist_documents(env: str, chart: str) -> list[dict]:
    path = ROOT / "dist" / env / f"{chart}.yaml"
    if not path.is_file():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make synth`")
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


@pytest.fixture(scope="session")
def promtool() -> Path:
    """The pinned promtool (scripts/install-tools.sh, the setup step of scripts/test.sh); never built here."""
    return pinned_tools_bin() / "promtool"
