"""Fixtures for the platform suite: one synthesis of the committed environments per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from testing.tools import pinned_tools_bin

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


def run_synth(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-O", str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture(scope="session")
def fresh_dist(tmp_path_factory) -> Path:
    """dist/ synthesized now from the committed environments (not the committed dist/)."""
    out = tmp_path_factory.mktemp("dist")
    result = run_synth("--dist", str(out))
    assert result.returncode == 0, result.stderr
    return out


def read_dist(dist: Path) -> dict[str, dict[str, list[dict]]]:
    """A dist/ folder as env -> chart name -> documents."""
    import yaml

    return {
        env.name: {f.stem: [d for d in yaml.safe_load_all(f.read_text()) if d] for f in sorted(env.glob("*.yaml"))}
        for env in sorted(dist.iterdir()) if env.is_dir()
    }


@pytest.fixture(scope="session")
def synthesized(fresh_dist) -> dict[str, dict[str, list[dict]]]:
    """env -> chart name -> documents."""
    return read_dist(fresh_dist)


@pytest.fixture
def environments_copy(tmp_path) -> Path:
    target = tmp_path / "environments"
    shutil.copytree(ROOT / "environments", target)
    return target


@pytest.fixture(scope="session")
def helm() -> Path:
    """The pinned helm (scripts/install-tools.sh, run by the setup step of scripts/test.sh); never built here."""
    return pinned_tools_bin() / "helm"


@pytest.fixture(scope="session")
def archive_crds(helm) -> dict:
    """Every CRD the pinned chart archives of tools/crds.yaml install (rendered once per session)."""
    from validation.crds import all_crds

    return all_crds(helm)
