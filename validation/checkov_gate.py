"""checkov's Kubernetes checks over dist/, minus one reviewed suppression list (each with a reason)."""
from __future__ import annotations

import fnmatch
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SUPPRESSIONS = ROOT / "validation" / "checkov-suppressions.yaml"


@dataclass(frozen=True)
class Suppression:
    check: str
    resource: str  # fnmatch pattern over checkov's resource id, e.g. "Kafka.data-plane.events"
    reason: str


@dataclass(frozen=True)
class Finding:
    check: str
    resource: str
    file: str
    name: str


def load_suppressions(path: Path = SUPPRESSIONS) -> list[Suppression]:
    entries = yaml.safe_load(path.read_text()) or []
    suppressions = []
    for entry in entries:
        if set(entry) != {"check", "resource", "reason"} or not str(entry["reason"]).strip():
            raise ValueError(f"{path}: every suppression needs exactly check, resource and a reason: {entry}")
        suppressions.append(Suppression(**entry))
    return suppressions


def run_checkov(checkov_bin: Path, directory: Path, framework: str = "kubernetes") -> list[Finding]:
    result = subprocess.run(
        [str(checkov_bin), "--directory", str(directory), "--framework", framework, "--output", "json",
         "--quiet", "--compact", "--skip-download"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"checkov failed ({result.returncode}): {result.stderr[-2000:]}")
    reports = json.loads(result.stdout or "[]")
    if isinstance(reports, dict):
        reports = [reports]
    findings = []
    for report in reports:
        for failed in report.get("results", {}).get("failed_checks", []):
            findings.append(Finding(failed["check_id"], failed["resource"], failed["file_path"], failed["check_name"]))
    return sorted(set(findings), key=lambda f: (f.file, f.resource, f.check))


def split(findings: list[Finding], suppressions: list[Suppression]):
    """-> (unsuppressed findings, suppressed findings, suppressions that matched nothing)."""
    used: set[Suppression] = set()
    open_findings, suppressed = [], []
    for finding in findings:
        match = next((s for s in suppressions
                      if s.check == finding.check and fnmatch.fnmatchcase(finding.resource, s.resource)), None)
        if match:
            used.add(match)
            suppressed.append(finding)
        else:
            open_findings.append(finding)
    return open_findings, suppressed, [s for s in suppressions if s not in used]
