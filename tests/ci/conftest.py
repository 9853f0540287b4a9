"""Fixtures for the CI-configuration suite: .github/workflows (actionlint) and renovate.json."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from testing.tools import pinned_tools_bin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def tools_bin() -> Path:
    """helm, helmfile and actionlint, pinned in tools/versions.env, built once from the Go module proxy by
    scripts/install-tools.sh (the setup step of scripts/test.sh); a test never builds them itself."""
    return pinned_tools_bin()


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if (ROOT / line).is_file()]
