"""The alerts and dashboards reach the cluster after the kube-prometheus-stack release: each its own Argo CD
Application, in a later sync wave (the PrometheusRule CRD, the operator and Grafana's sidecar exist first), with
the monitoring namespace as destination."""
from __future__ import annotations

import pytest

from conftest import ENVIRONMENTS, dist_documents
from constructs_lib import helm_values
from constructs_lib import helmfile as helmfile_state
from constructs_lib.config import load_environment
from constructs_lib.observability import selectors

SYNC_WAVE = "argocd.argoproj.io/sync-wave"


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("chart", ["alerts", "dashboards"])
def test_application_after_the_monitoring_stack(env, chart):
    config = load_environment(env)
    apps = {d["metadata"]["name"]: d for d in dist_documents(env, "argocd-apps") if d["kind"] == "Application"}
    app = apps[f"{env}-{chart}"]
    assert app["spec"]["source"]["directory"]["include"] == f"{chart}.yaml"
    assert app["spec"]["destination"]["namespace"] == selectors.monitoring_namespace(config)
    releases = {r.name: r for r in helmfile_state.releases(env, values=helm_values.helmfile_environment(config))}
    stack = releases[selectors.RELEASE]
    assert int(app["metadata"]["annotations"][SYNC_WAVE]) > stack.sync_wave, (
        f"{chart} must sync after the {selectors.RELEASE} release (wave {stack.sync_wave})")
