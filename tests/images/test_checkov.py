"""checkov's Dockerfile checks over docker/: every finding fixed or suppressed with a reason in
docker/checkov-suppressions.yaml (same format as validation/checkov-suppressions.yaml)."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from imagelib import DOCKER

from validation.checkov_gate import Finding, load_suppressions, split

SUPPRESSIONS = DOCKER / "checkov-suppressions.yaml"


def checkov_bin() -> Path:
    checkov = os.environ.get("MLOPS_CHECKOV_BIN")
    if not checkov or not Path(checkov).exists():
        pytest.fail("MLOPS_CHECKOV_BIN is not set to a checkov executable: scripts/test.sh sets it; by hand: "
                    "export MLOPS_CHECKOV_BIN=$(scripts/venv.sh checkov)/bin/checkov")
    return Path(checkov)


def run_dockerfile_checks(directory: Path) -> tuple[list[Finding], int]:
    result = subprocess.run(
        [str(checkov_bin()), "--directory", str(directory), "--framework", "dockerfile", "--output", "json",
         "--quiet", "--compact", "--skip-download"],
        capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    reports = json.loads(result.stdout or "[]")
    reports = [reports] if isinstance(reports, dict) else reports
    findings, scanned = [], 0
    for report in reports:
        if report.get("check_type") not in (None, "dockerfile"):
            continue
        summary = report.get("summary", {})
        scanned += summary.get("passed", 0) + summary.get("failed", 0)
        for failed in report.get("results", {}).get("failed_checks", []):
            findings.append(Finding(failed["check_id"], failed["resource"], failed["file_path"], failed["check_name"]))
    return sorted(set(findings), key=lambda f: (f.file, f.check)), scanned


def test_suppressions_each_have_a_reason():
    assert load_suppressions(SUPPRESSIONS)


def test_dockerfiles_pass_checkov():
    findings, scanned = run_dockerfile_checks(DOCKER)
    assert scanned > 0, "checkov scanned no Dockerfile"
    open_findings, _, unused = split(findings, load_suppressions(SUPPRESSIONS))
    assert not open_findings, "\n".join(f"{f.check} {f.resource}: {f.name}" for f in open_findings)
    assert not unused, f"suppressions that match nothing (remove them): {unused}"


def test_checkov_flags_an_insecure_dockerfile(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "Dockerfile").write_text(
        "FROM ubuntu:latest\nRUN apt-get update\nRUN curl -k https://example.org/x | sh\n")
    findings, _ = run_dockerfile_checks(tmp_path)
    checks = {f.check for f in findings}
    assert "CKV_DOCKER_7" in checks  # latest tag
    assert "CKV_DOCKER_3" in checks  # no USER
    open_findings, _, _ = split(findings, load_suppressions(SUPPRESSIONS))
    assert {f.check for f in open_findings} >= {"CKV_DOCKER_3", "CKV_DOCKER_7"}
