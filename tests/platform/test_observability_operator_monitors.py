"""The monitors of what helmfile installs (chart `operator-monitors`) and of the SeaweedFS servers: each one aims at
pods its release really renders, on a container port those pods declare (the Prometheus Operator keeps a
`portNumber` target only then), in a wave after the CRDs exist; and no release renders a Prometheus Operator object
in a wave before kube-prometheus-stack's CRDs are Established."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from constructs_lib import helmfile, ports
from constructs_lib.chart_render import Helm, load_documents, value_files
from constructs_lib.config import load_environment
from constructs_lib.observability import operator_monitors, selectors
from validation.pod_security import pod_specs

ENVS = ("dev", "prod")
STACK = "kube-prometheus-stack"
MONITORING_GROUP = "monitoring.coreos.com"
# The releases whose pods the operator-monitors chart scrapes.
SCRAPED_RELEASES = ("cert-manager", "external-secrets", "flink-kubernetes-operator", "spark-operator",
                    "seaweedfs-operator", "argo-cd")
POD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


def _releases(env: str) -> dict[str, helmfile.Release]:
    return {r.name: r for r in helmfile.releases(env) if r.installed}


@pytest.fixture(scope="module")
def renders(helm, fresh_dist) -> dict[str, list[dict]]:
    """dev's releases as Argo CD renders them once the stack is installed: `--api-versions monitoring.coreos.com/v1`
    given, so a template that checks .Capabilities for the CRD would render its monitor here."""
    from constructs_lib.chart_archives import chart_archive

    version = load_environment("dev").cluster.kubernetes_version
    renderer = Helm(helm)
    out = {}
    for name, release in _releases("dev").items():
        if name == STACK or release.name not in SCRAPED_RELEASES:
            continue
        args = ["template", release.name, str(chart_archive(release.name)), "--namespace", release.namespace,
                "--kube-version", f"{version}.0", "--api-versions", f"{MONITORING_GROUP}/v1"]
        for path in value_files(release, dist=fresh_dist):
            args += ["--values", str(path)]
        docs = load_documents(renderer.run(args))
        for doc in docs:
            doc.setdefault("metadata", {}).setdefault("namespace", release.namespace)
        out[name] = docs
    return out


def _monitors(synthesized, env: str, chart: str) -> list[dict]:
    return [d for d in synthesized[env][chart] if d["kind"] == "PodMonitor"]


@pytest.mark.parametrize("env", ENVS)
def test_the_chart_syncs_after_the_stack_installs_the_crds(synthesized, env):
    stack_wave = _releases(env)[STACK].sync_wave
    assert operator_monitors.SYNC_WAVE > stack_wave
    apps = {a["metadata"]["name"]: a for a in synthesized[env]["argocd-apps"] if a["kind"] == "Application"}
    app = apps[f"{env}-{operator_monitors.CHART_NAME}"]
    assert int(app["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) == operator_monitors.SYNC_WAVE
    # Every Prometheus Operator object of dist/ is in an Application of a later wave than the stack's.
    for name, app in apps.items():
        wave = int(app["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        chart = name.removeprefix(f"{env}-")
        for doc in synthesized[env].get(chart, []):
            if doc["apiVersion"].startswith(MONITORING_GROUP):
                assert wave > stack_wave, f"{chart} (wave {wave}): {doc['kind']} {doc['metadata']['name']}"


def test_no_release_renders_a_monitor_before_the_crds_exist(renders):
    """cert-manager (wave -8, with the stack), Argo CD and External Secrets (bootstrap, wave -9) must not render
    monitoring.coreos.com objects: Argo CD would admit them only on a retry, the bootstrap not at all."""
    stack_wave = _releases("dev")[STACK].sync_wave
    early = [name for name, release in _releases("dev").items() if release.sync_wave <= stack_wave and name in renders]
    assert set(early) == {"cert-manager", "argo-cd", "external-secrets"}
    found = [f"{name}: {d['kind']} {d['metadata']['name']}" for name in early for d in renders[name]
             if d.get("apiVersion", "").startswith(MONITORING_GROUP)]
    assert not found, found


@pytest.mark.parametrize("env", ENVS)
def test_every_operator_monitor_is_selected_by_prometheus(synthesized, env):
    config = load_environment(env)
    found = _monitors(synthesized, env, operator_monitors.CHART_NAME)
    names = {m["metadata"]["name"] for m in found}
    assert {"cert-manager", "external-secrets", "flink-kubernetes-operator", "spark-operator-controller",
            "argocd-application-controller"} <= names
    for m in found:
        assert selectors.MONITOR_LABELS.items() <= m["metadata"]["labels"].items()
        assert m["metadata"]["namespace"] in selectors.watched_namespaces(config)


def _declared_ports(pod: dict) -> set[int]:
    return {p["containerPort"] for c in pod.get("containers", []) for p in c.get("ports", [])}


def test_each_monitor_scrapes_a_port_its_pods_declare(synthesized, renders):
    """For every PodMonitor of the chart: the rendered pod templates in its namespace that its selector matches
    exist, and each declares every scraped port."""
    problems, matched = [], 0
    for monitor in _monitors(synthesized, "dev", operator_monitors.CHART_NAME):
        name, namespace = monitor["metadata"]["name"], monitor["metadata"]["namespace"]
        wanted = monitor["spec"]["selector"]["matchLabels"].items()
        pods = [(f"{release}: {d['kind']} {d['metadata']['name']}", d) for release, docs in renders.items()
                for d in docs if d["kind"] in POD_KINDS and d["metadata"]["namespace"] == namespace
                and wanted <= (d["spec"]["template"]["metadata"].get("labels") or {}).items()]
        if not pods:
            problems.append(f"{name}: no rendered pod in {namespace} matches {dict(wanted)}")
        for where, doc in pods:
            matched += 1
            declared = set().union(*(_declared_ports(pod) for _, pod in pod_specs(doc)))
            for endpoint in monitor["spec"]["podMetricsEndpoints"]:
                if endpoint["portNumber"] not in declared:
                    problems.append(f"{name} -> {where}: port {endpoint['portNumber']} not declared ({sorted(declared)})")
    assert matched >= 13, matched
    assert not problems, "\n".join(problems)


def test_cert_manager_scraped_by_our_monitor_not_the_charts(synthesized, renders):
    assert not [d for d in renders["cert-manager"] if d["kind"] in ("ServiceMonitor", "PodMonitor")]
    (monitor,) = [m for m in _monitors(synthesized, "dev", operator_monitors.CHART_NAME)
                  if m["metadata"]["name"] == "cert-manager"]
    assert monitor["metadata"]["namespace"] == load_environment("dev").cluster.cert_manager_namespace
    assert [e["portNumber"] for e in monitor["spec"]["podMetricsEndpoints"]] == [ports.CERT_MANAGER_METRICS]


def test_flink_operator_reporter_listens_on_the_declared_port(renders):
    """values/flink-kubernetes-operator.yaml sets the reporter port and `metrics.port` (the container port): both
    must be ports.FLINK_OPERATOR_METRICS, and the operator's rendered configuration must carry the reporter."""
    values = yaml.safe_load((ROOT / "values" / "flink-kubernetes-operator.yaml").read_text())
    assert values["metrics"]["port"] == ports.FLINK_OPERATOR_METRICS
    (config_map,) = [d for d in renders["flink-kubernetes-operator"]
                     if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "flink-operator-config"]
    conf = dict(line.split(": ", 1) for line in config_map["data"]["flink-conf.yaml"].splitlines()
                if ": " in line and not line.lstrip().startswith("#"))
    assert conf["kubernetes.operator.metrics.reporter.prom.factory.class"] == \
        "org.apache.flink.metrics.prometheus.PrometheusReporterFactory"
    assert int(conf["kubernetes.operator.metrics.reporter.prom.port"]) == ports.FLINK_OPERATOR_METRICS
    # The chart's own defaults stay (the slf4j reporter, the reconcile interval).
    assert conf["kubernetes.operator.reconcile.interval"] == "15 s"


def test_external_secrets_controller_honours_the_externalsecret_namespace(synthesized):
    monitors = {m["metadata"]["name"]: m for m in _monitors(synthesized, "dev", operator_monitors.CHART_NAME)}
    assert monitors["external-secrets"]["spec"]["podMetricsEndpoints"][0]["honorLabels"] is True
    assert "honorLabels" not in monitors["external-secrets-webhook"]["spec"]["podMetricsEndpoints"][0]


@pytest.mark.parametrize("env", ENVS)
def test_seaweedfs_servers_expose_metrics_and_are_scraped(synthesized, env):
    config = load_environment(env)
    (seaweed,) = [d for d in synthesized[env]["object-store"] if d["kind"] == "Seaweed"]
    for component in ("master", "volume", "filer", "s3"):
        assert seaweed["spec"][component]["metricsPort"] == ports.SEAWEEDFS_METRICS, component
    (monitor,) = _monitors(synthesized, env, "object-store")
    assert monitor["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "seaweedfs", "app.kubernetes.io/instance": config.object_store.name}
    assert [e["portNumber"] for e in monitor["spec"]["podMetricsEndpoints"]] == [ports.SEAWEEDFS_METRICS]
