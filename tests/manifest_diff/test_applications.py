"""manifest_diff.applications: the sources of the synthesized Argo CD Applications."""
from __future__ import annotations

import pytest

from conftest import ROOT
from manifest_diff.applications import ApplicationError, applications, expand_braces, included, parse_application


def test_brace_globs():
    assert expand_braces("{a,b}.yaml") == ["a.yaml", "b.yaml"]
    assert included("kafka.yaml", "{kafka,postgres}.yaml") and not included("x.yaml", "{kafka,postgres}.yaml")


def test_committed_dist_every_file_and_release_is_an_application_source():
    """Every dist chart but the Spark templates and the root is synced by a directory Application; every helmfile
    release by a chart Application whose value files are repository paths."""
    from constructs_lib import helmfile

    for env_dir in sorted(p for p in (ROOT / "dist").iterdir() if p.is_dir()):
        apps = applications(env_dir)
        files = {f.name for f in env_dir.glob("*.yaml")}
        synced = {f for a in apps for d in a.directories for f in files if included(f, d.include)}
        # The Spark templates are submitted by the DAG; the root Application is applied at bootstrap and
        # is in no Application (it must not gate on itself: constructs_lib/bootstrap.py).
        assert files - synced == {"spark-templates.yaml", "argocd-root.yaml"}
        charts = {(c.chart, c.version) for a in apps for c in a.charts}
        releases = {(r.chart_name, r.version) for r in helmfile.releases(env_dir.name) if r.installed}
        assert charts == releases
        for app in apps:
            for chart in app.charts:
                assert chart.release_name and app.namespace
                assert all((ROOT / v).is_file() for v in chart.value_files), chart.value_files


def test_value_file_must_come_from_a_ref_source():
    doc = {"metadata": {"name": "x"}, "spec": {"destination": {"namespace": "n"}, "sources": [
        {"chart": "c", "repoURL": "https://r", "targetRevision": "1", "helm": {"valueFiles": ["$other/v.yaml"]}},
        {"ref": "values", "repoURL": "https://git"}]}}
    with pytest.raises(ApplicationError, match="names no `ref: other` source"):
        parse_application(doc)
    doc["spec"]["sources"][0]["helm"]["valueFiles"] = ["$values/values/v.yaml"]
    (chart,) = parse_application(doc).charts
    assert chart.value_files == ("values/v.yaml",) and chart.release_name == "x"
