"""`make validate` (python -m validation): a missing input ends with one line naming the command that
provides it, never a traceback (its counts on dist/: test_validation_gate.py)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "validation", *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)


def test_missing_dist_names_make_synth(tmp_path):
    result = run("--dist", str(tmp_path / "absent"))
    assert result.returncode == 2
    assert "run `make synth`" in result.stderr and "Traceback" not in result.stderr


def test_missing_checkov_names_its_command(tmp_path):
    result = run("--checkov", str(tmp_path / "checkov"))
    assert result.returncode == 2
    assert "scripts/venv.sh checkov" in result.stderr and "Traceback" not in result.stderr
