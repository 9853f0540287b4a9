"""`npx cdk8s synth --no-check-upgrade`, the command cdk8s.yaml documents, run as a person would: no CDK8S_*
variables from the Makefile; it writes the same dist/ as `make synth`, and says nothing on stderr."""
from __future__ import annotations

import filecmp
import os
import subprocess

import pytest

from conftest import ROOT


def test_cdk8s_synth_by_hand_is_clean(tmp_path, fresh_dist):
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.fail("cdk8s-cli is not installed: run scripts/node-tools.sh (scripts/test.sh does it in its setup step)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CDK8S_", "JSII_"))}
    env["MLOPS_DIST"] = str(tmp_path / "dist")  # main.py's output folder instead of the checkout's dist/
    out = tmp_path / "cdk8s.out"
    result = subprocess.run([str(cli), "synth", "--no-check-upgrade", "--output", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip() == "", result.stderr
    compared = filecmp.dircmp(fresh_dist / "dev", tmp_path / "dist" / "dev")
    assert not (compared.left_only or compared.right_only or compared.diff_files), compared.report()
    assert (out / "dev-kafka.yaml").read_text() == (fresh_dist / "dev" / "kafka.yaml").read_text()
