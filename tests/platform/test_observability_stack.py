"""kube-prometheus-stack 88.5.3: values valid for the pinned chart (parent and subcharts), every pod of the
rendered release `restricted` except node-exporter, which runs alone in its own `privileged` namespace;
Prometheus selects monitors and rules by the labels and namespaces of constructs_lib/observability/selectors.py;
retention, storage and resources come from config."""
from __future__ import annotations

import functools

import pytest
import yaml

from conftest import ROOT
from constructs_lib import helmfile
from constructs_lib.config import load_environment
from constructs_lib.namespaces import namespaces_of
from constructs_lib.observability import selectors
from constructs_lib.chart_render import Helm, render_release
from validation.chart_values import _unknown_keys, chart_data, check_values, merge
from validation.pod_security import pod_specs, restricted_violations

ENVS = ("dev", "prod")
RELEASE = "kube-prometheus-stack"
SUBCHARTS = ("grafana", "kube-state-metrics", "prometheus-node-exporter")


def values(env: str, dist=ROOT / "dist") -> dict:
    static = yaml.safe_load((ROOT / "values" / f"{RELEASE}.yaml").read_text())
    generated = yaml.safe_load((dist / env / "helm-values" / f"{RELEASE}.yaml").read_text())
    return merge(static, generated)


def problems_of(merged: dict) -> list[str]:
    """The parent chart's keys against its values.yaml; each subchart's section against the subchart's
    values.yaml merged with what the parent's values.yaml sets for it (Helm passes both to the subchart)."""
    chart = chart_data(RELEASE)
    defaults = yaml.safe_load((chart / "values.yaml").read_text())
    problems = check_values({k: v for k, v in merged.items() if k not in SUBCHARTS}, chart)
    for sub in SUBCHARTS:
        sub_defaults = merge(yaml.safe_load((chart / "charts" / sub / "values.yaml").read_text()),
                             defaults.get(sub) or {})
        problems += _unknown_keys(merged.get(sub) or {}, sub_defaults, sub)
    return problems


@functools.lru_cache(maxsize=None)
def release(env: str) -> helmfile.Release:
    (found,) = [r for r in helmfile.releases(env) if r.name == RELEASE]
    return found


@pytest.fixture(scope="module")
def rendered(helm, fresh_dist) -> dict[str, list[dict]]:
    renderer = Helm(helm)
    return {env: render_release(release(env), helm=renderer, dist=fresh_dist,
                                kubernetes_version=load_environment(env).cluster.kubernetes_version) for env in ENVS}


@pytest.mark.parametrize("env", ENVS)
def test_values_exist_in_the_pinned_chart(env, fresh_dist):
    assert problems_of(values(env, fresh_dist)) == []


@pytest.mark.parametrize("bad", [
    {"prometheus": {"prometheusSpec": {"retentionn": "1d"}}},
    {"grafana": {"sidecar": {"dashboards": {"labell": "x"}}}},
    {"prometheus-node-exporter": {"namespaceOverides": "x"}},
    {"kube-state-metrics": {"prometheuss": {}}},
])
def test_misspelt_values_are_reported(bad):
    assert problems_of(merge(values("dev"), bad))


def test_release_is_pinned_and_before_the_operators():
    r = release("dev")
    chart = yaml.safe_load((chart_data(RELEASE) / "Chart.yaml").read_text())
    assert (r.chart_name, r.version) == (chart["name"], chart["version"]) == ("kube-prometheus-stack", "88.5.3")
    assert r.namespace == load_environment("dev").cluster.monitoring_namespace
    operators = [x for x in helmfile.releases("dev") if x.tier == "operators"]
    # Operator charts create ServiceMonitors/PodMonitors: their CRDs (this release) come first.
    assert operators and all(r.sync_wave < o.sync_wave for o in operators)
    assert values("dev")["crds"]["enabled"] is True


@pytest.mark.parametrize("env", ENVS)
def test_every_pod_is_restricted_but_node_exporter_alone_in_its_namespace(rendered, env):
    config = load_environment(env)
    node_ns = config.monitoring.node_exporter.namespace
    checked, problems = 0, []
    for doc in rendered[env]:
        for where, pod in pod_specs(doc) if doc["kind"] in ("Deployment", "DaemonSet", "StatefulSet", "Job") else []:
            checked += 1
            namespace = doc["metadata"]["namespace"]
            violations = restricted_violations(pod)
            if doc["kind"] == "DaemonSet" and "node-exporter" in doc["metadata"]["name"]:
                assert namespace == node_ns, "node-exporter must run in its own namespace"
                assert any("hostPath" in v for v in violations)  # why it needs `privileged`
                continue
            assert namespace != node_ns, f"{doc['kind']} {doc['metadata']['name']} in the privileged namespace"
            problems += [f"{doc['kind']} {doc['metadata']['name']} {where}: {v}" for v in violations]
    assert checked >= 5
    assert not problems, "\n".join(problems)
    levels = {name: level for _, name, level in namespaces_of(config)}
    assert levels[config.cluster.monitoring_namespace] == "restricted"
    assert levels[node_ns] == "privileged"
    assert [n for n, level in levels.items() if level != "restricted"] == [node_ns]


@pytest.mark.parametrize("env", ENVS)
def test_prometheus_selects_by_the_selectors_module(rendered, env):
    config = load_environment(env)
    (prometheus,) = [d for d in rendered[env] if d["kind"] == "Prometheus"]
    spec = prometheus["spec"]
    namespaces = selectors.namespace_selector(config)
    for kind in ("serviceMonitor", "podMonitor", "probe", "scrapeConfig"):
        assert spec[f"{kind}Selector"] == {"matchLabels": selectors.MONITOR_LABELS}
        assert spec[f"{kind}NamespaceSelector"] == namespaces
    assert spec["ruleSelector"] == {"matchLabels": selectors.RULE_LABELS}
    assert spec["ruleNamespaceSelector"] == namespaces
    watched = set(namespaces["matchExpressions"][0]["values"])
    assert {name for _, name in config.namespaces.all()} | {config.cluster.monitoring_namespace} <= watched
    # The chart's own monitors and rules carry the labels, so the same selector picks them up.
    own = [d for d in rendered[env] if d["kind"] in ("ServiceMonitor", "PodMonitor", "PrometheusRule")]
    assert len(own) > 10
    for doc in own:
        labels = doc["metadata"].get("labels", {})
        wanted = selectors.RULE_LABELS if doc["kind"] == "PrometheusRule" else selectors.MONITOR_LABELS
        assert wanted.items() <= labels.items(), (doc["kind"], doc["metadata"]["name"])


@pytest.mark.parametrize("env", ENVS)
def test_retention_storage_and_resources_from_config(rendered, env):
    mon = load_environment(env).monitoring
    (prometheus,) = [d for d in rendered[env] if d["kind"] == "Prometheus"]
    spec = prometheus["spec"]
    assert (spec["retention"], spec["retentionSize"], spec["replicas"]) == (
        mon.prometheus.retention, mon.prometheus.retention_size, mon.prometheus.replicas)
    claim = spec["storage"]["volumeClaimTemplate"]["spec"]
    assert claim["resources"]["requests"]["storage"] == mon.prometheus.storage_size
    assert spec["resources"] == mon.prometheus.resources.as_k8s()
    (alertmanager,) = [d for d in rendered[env] if d["kind"] == "Alertmanager"]
    assert alertmanager["spec"]["resources"] == mon.alertmanager.resources.as_k8s()
    deployments = {d["metadata"]["name"]: d for d in rendered[env] if d["kind"] == "Deployment"}
    grafana = deployments[f"{RELEASE}-grafana"]["spec"]["template"]["spec"]
    (main,) = [c for c in grafana["containers"] if c["name"] == "grafana"]
    assert main["resources"] == mon.grafana.as_k8s()


@pytest.mark.parametrize("env", ENVS)
def test_grafana_admin_login_is_the_generated_secret_and_dashboards_come_from_labelled_configmaps(rendered, env):
    config = load_environment(env)
    secrets = [d for d in rendered[env] if d["kind"] == "Secret" and "grafana" in d["metadata"]["name"]]
    assert not [s for s in secrets if "admin-password" in (s.get("data") or {})], "chart-generated admin password"
    deployments = {d["metadata"]["name"]: d for d in rendered[env] if d["kind"] == "Deployment"}
    pod = deployments[f"{RELEASE}-grafana"]["spec"]["template"]["spec"]
    env_vars = {e["name"]: e for c in pod["containers"] for e in c.get("env", [])}
    ref = env_vars["GF_SECURITY_ADMIN_PASSWORD"]["valueFrom"]["secretKeyRef"]
    assert ref["name"] == "grafana-admin"
    (sidecar,) = [c for c in pod["containers"] if c["name"] == "grafana-sc-dashboard"]
    sc_env = {e["name"]: e.get("value") for e in sidecar.get("env", [])}
    assert sc_env["LABEL"] == selectors.DASHBOARD_LABEL and sc_env["LABEL_VALUE"] == selectors.DASHBOARD_LABEL_VALUE
    # No NAMESPACE override: the sidecar watches Grafana's own namespace only.
    assert sc_env.get("NAMESPACE") in (None, selectors.dashboard_namespace(config))
    assert deployments[f"{RELEASE}-grafana"]["metadata"]["namespace"] == selectors.dashboard_namespace(config)
