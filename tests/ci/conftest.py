"""Fixtures for the CI-configuration suite: .github/workflows (actionlint) and renovate.json."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def tools_bin() -> Path:
    """helm, helmfile and actionlint, pinned in tools/versions.env (scripts/install-tools.sh builds them
    from the Go module proxy once and caches them)."""
    result = subprocess.run([str(ROOT / "scripts" / "install-tools.sh")], capture_output=True, text=True,
                            check=False, timeout=3600)
    assert result.returncode == 0, f"scripts/install-tools.sh failed:\n{result.stderr[-3000:]}"
    return Path(result.stdout.strip().splitlines()[-1])


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if (ROOT / line).is_file()]
