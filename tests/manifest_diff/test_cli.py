"""`make diff` end to end on a throw-away Git repository (a copy of this one): a no-op commit shows
nothing, a one-value config change shows exactly the object it touches, a chart version bump shows the
rendered objects that change, a Secret change prints no value. Real synth, real helm, real archives."""
from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from scenario import BUMP_RELEASE, BUMP_VERSION, bump_chart, commit, copy_repo, edit, make_mirror

SECRET_VALUE = "pw-never-printed-4711"


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    markdown: str
    data: dict


@pytest.fixture(scope="module")
def mirror(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mirror")
    make_mirror(folder)
    return folder


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("repo"))


def diff(repo: Path, mirror: Path, tmp_path: Path, *args: str) -> Run:
    # The BASE worktree and the chart cache (it gets the made-up chart version) go beside the throw-away
    # repository, and away with it.
    env = {**os.environ, "MLOPS_CHART_MIRROR": str(mirror), "MLOPS_DIFF_WORKTREES": str(repo.parent / "worktrees"),
           "MLOPS_CHART_CACHE": str(repo.parent / "charts")}
    md, js = tmp_path / "diff.md", tmp_path / "diff.json"
    result = subprocess.run([sys.executable, "-m", "manifest_diff", "--repo", str(repo), "--markdown", str(md),
                             "--json", str(js), *args], cwd=ROOT, capture_output=True, text=True, env=env,
                            check=False, timeout=1800)
    assert result.returncode in (0, 1), result.stderr[-4000:]
    return Run(result.returncode, result.stdout, result.stderr, md.read_text(), json.loads(js.read_text()))


def test_no_op_commit_shows_nothing(repo, mirror, tmp_path):
    edit(repo / "README.md", "# MLOps platform as code", "# MLOps platform as code (docs only)")
    commit(repo, "docs only")
    run = diff(repo, mirror, tmp_path)   # BASE defaults to the merge base with main
    assert run.status == 0, run.stdout
    assert run.data["objects"] == []
    assert "No change to any object Argo CD would apply." in run.markdown
    assert "merge base with main" in run.stdout.splitlines()[0]


def test_one_value_config_change_shows_exactly_that_object(repo, mirror, tmp_path):
    edit(repo / "environments" / "dev.yaml", "raw_events: {name: user-events-raw, partitions: 3,",
         "raw_events: {name: user-events-raw, partitions: 6,")
    commit(repo, "more partitions")
    run = diff(repo, mirror, tmp_path, "--base", "HEAD~1")
    assert run.status == 1
    (obj,) = run.data["objects"]
    assert (obj["env"], obj["app"], obj["kind"], obj["status"]) == ("dev", "dev-kafka", "KafkaTopic", "changed")
    assert obj["changes"] == [{"path": "spec.partitions", "old": 3, "new": 6}]
    assert "~ KafkaTopic" in run.stdout and "spec.partitions: 3 → 6" in run.stdout
    assert "| dev | `dev-kafka` | 0 | 0 | 1 |" in run.markdown


def render(helm: Path, archive: Path, values: Path, namespace: str) -> dict:
    out = subprocess.run([str(helm), "template", BUMP_RELEASE, str(archive), "--namespace", namespace,
                          "--include-crds", "--kube-version", "1.33.0", "--values", str(values)],
                         capture_output=True, text=True, check=True).stdout
    docs = [d for d in yaml.safe_load_all(out) if isinstance(d, dict)]
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


def test_chart_version_bump_shows_the_rendered_objects_that_change(repo, mirror, tmp_path):
    from constructs_lib import chart_archives
    from manifest_diff.cli import helm_binary

    archive = mirror / f"{BUMP_RELEASE}-{BUMP_VERSION}.tgz"
    bump_chart(repo, archive)
    commit(repo, "bump strimzi chart")
    run = diff(repo, mirror, tmp_path, "--base", "HEAD~1")
    assert run.status == 1

    # What changes, computed independently: both archives rendered with helm, compared whole.
    namespace = "platform-operators"
    values = repo / "values" / f"{BUMP_RELEASE}.yaml"
    old = render(helm_binary(), chart_archives.chart_archive(BUMP_RELEASE), values, namespace)
    new = render(helm_binary(), archive, values, namespace)
    expected = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
    assert expected, "the bumped chart renders nothing different: the test would prove nothing"
    for env in ("dev", "prod"):
        app = f"{env}-{BUMP_RELEASE}"
        shown = {(o["kind"], o["name"]) for o in run.data["objects"] if o["env"] == env and o["app"] == app}
        assert shown == expected
        root = [o for o in run.data["objects"] if o["env"] == env and o["app"] == f"{env}-root"]
        assert [(o["name"], [c["new"] for c in o["changes"]]) for o in root] == [(app, [BUMP_VERSION])]
        others = {o["app"] for o in run.data["objects"] if o["env"] == env} - {app, f"{env}-root"}
        assert others == set()
    image_changes = [c for o in run.data["objects"] for c in o["changes"] if str(c["new"]).endswith(":1.2.1")]
    assert image_changes, "the operator image tag change is shown"


def test_secret_change_prints_no_value(repo, mirror, tmp_path):
    values = repo / "values" / "mlflow.yaml"
    values.write_text(values.read_text() + f"auth:\n  enabled: true\n  adminUsername: admin\n"
                                            f"  adminPassword: {SECRET_VALUE}-old\n")
    commit(repo, "mlflow auth")
    edit(values, f"adminPassword: {SECRET_VALUE}-old", f"adminPassword: {SECRET_VALUE}")
    commit(repo, "rotate the admin password")
    run = diff(repo, mirror, tmp_path, "--base", "HEAD~1")
    assert run.status == 1
    secrets = [o for o in run.data["objects"] if o["kind"] == "Secret"]
    assert secrets and all(o["app"].endswith("-mlflow") for o in secrets)
    assert {c["path"] for o in secrets for c in o["changes"]} == {"data.password"}
    assert "data.password: (value hidden) → (value hidden)" in run.stdout
    printed = run.stdout + run.stderr + run.markdown + json.dumps(run.data)
    for value in (SECRET_VALUE, f"{SECRET_VALUE}-old"):
        assert value not in printed
        assert base64.b64encode(value.encode()).decode() not in printed

