"""The GitHub workflows cannot run here: actionlint (pinned, built from the Go module proxy) is their
check, plus what the workflows must do: the README's test command with caches keyed by the pin files,
and one PR comment carrying the manifest diff, updated on each push."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())


def steps(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def actionlint(tools_bin: Path, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(tools_bin / "actionlint"), "-no-color", "-shellcheck=", "-pyflakes=",
                           *map(str, files)], capture_output=True, text=True, check=False, cwd=ROOT)


def test_actionlint_is_the_pinned_version(tools_bin):
    pin = next(line.split("=", 1)[1] for line in (ROOT / "tools/versions.env").read_text().splitlines()
               if line.startswith("ACTIONLINT_VERSION="))
    out = subprocess.run([str(tools_bin / "actionlint"), "-version"], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == pin


def test_workflows_pass_actionlint(tools_bin):
    assert WORKFLOWS, "no .github/workflows/*.yml"
    result = actionlint(tools_bin, *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_rejects_a_broken_workflow(tools_bin, tmp_path):
    """The lint can fail: an undefined step output and an unknown runner key are errors."""
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz: []\n")
    result = actionlint(tools_bin, broken)
    assert result.returncode == 1 and "stepz" in result.stdout


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    assert "CI runs `bash .ci/run`" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    workflow = load("ci.yml")
    assert "pull_request" in workflow[True] and "push" in workflow[True]  # `on:` parses as True
    assert [s["run"] for s in steps(workflow) if "run" in s] == ["bash .ci/run"]


@pytest.mark.parametrize("what,path,keyed_by", [
    ("venvs", "venvs", "requirements/*.txt"),
    ("Go builds and tools", "tools", "tools/versions.env"),
    ("jars", "~/.m2/repository", "tools/maven/**/pom.xml"),
    ("charts", "charts", "charts.lock"),
])
def test_ci_caches_are_keyed_by_their_lock_files(what, path, keyed_by):
    caches = [s["with"] for s in steps(load("ci.yml")) if str(s.get("uses", "")).startswith("actions/cache@")]
    match = [c for c in caches if path in c["path"]]
    assert match, f"no cache for {what}"
    assert f"'{keyed_by}'" in match[0]["key"], f"{what} cache key: {match[0]['key']}"


def test_pr_workflow_posts_one_comment_updated_per_push():
    workflow = load("manifest-diff.yml")
    assert list(workflow[True]) == ["pull_request"]
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}
    all_steps = steps(workflow)
    checkout = next(s for s in all_steps if str(s.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    run = next(s["run"] for s in all_steps if "scripts/diff.sh" in s.get("run", ""))
    assert '--base "origin/$BASE_REF"' in run and "--markdown" in run and '[ "$status" -le 1 ]' in run
    script = next(s["with"]["script"] for s in all_steps if str(s.get("uses", "")).startswith("actions/github-script@"))
    assert "<!-- manifest-diff -->" in script and "updateComment" in script and "createComment" in script
