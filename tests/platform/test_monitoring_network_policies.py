"""The monitoring namespaces' NetworkPolicies against what kube-prometheus-stack 88.5.3 (and cert-manager, whose
ServiceMonitor the platform Prometheus reads) really deploy, rendered from the pinned archives with the
environment's values:

- the chart writes no NetworkPolicy of its own (policies add up: the table's are all there are);
- each group of connectivity.yaml that stands for a chart workload selects exactly that workload's pod template;
- every port a flow opens into such a group is a container port of that workload (protocol included);
- every ServiceMonitor in the rendered releases is a flow from the `prometheus` group: the Service it selects,
  the endpoint's port resolved Service port -> targetPort -> the pod's container port, the pod's group (or the
  `nodes` / `api-server` peer where the endpoints are node or API server addresses).
Prometheus' and Alertmanager's pods are created by the operator, not the chart: their labels and ports are the
operator's constants (prometheus-operator v0.93.0, cited in connectivity.yaml) and the CRs' fields are checked here.
"""
from __future__ import annotations

import pytest

from constructs_lib import helmfile
from constructs_lib.chart_render import Helm, render_release
from constructs_lib.config import load_environment
from constructs_lib.network_policies import resolve
from constructs_lib.observability import selectors
from validation.netpol import selector_matches

ENVS = ("dev", "prod")
RELEASES = ("kube-prometheus-stack", "cert-manager")
WORKLOADS = ("Deployment", "DaemonSet", "StatefulSet", "Job")
FULLNAME = selectors.RELEASE  # kube-prometheus-stack.fullname: the release name (it contains the chart name)

# Chart workload -> the connectivity group that stands for its pods.
GROUP_OF_WORKLOAD = {
    ("Deployment", f"{FULLNAME}-grafana"): "grafana",
    ("Deployment", f"{FULLNAME}-kube-state-metrics"): "kube-state-metrics",
    ("Deployment", f"{FULLNAME}-operator"): "prometheus-operator",
    ("Job", f"{FULLNAME}-admission-create"): "prometheus-operator-admission-jobs",
    ("Job", f"{FULLNAME}-admission-patch"): "prometheus-operator-admission-jobs",
    ("Deployment", "cert-manager"): "cert-manager",
    ("Deployment", "cert-manager-cainjector"): "cert-manager",
    ("Deployment", "cert-manager-webhook"): "cert-manager",
    # its post-install hook (no port opened to it; no policy in cert-manager's namespace)
    ("Job", "cert-manager-startupapicheck"): "cert-manager",
}
# Workloads with no group, on purpose: node-exporter runs on the host network (no NetworkPolicy selects it;
# Prometheus reaches it through the `nodes` peer).
WITHOUT_GROUP = {("DaemonSet", f"{FULLNAME}-prometheus-node-exporter")}
# Operator-created pods (prometheus-operator v0.93.0): container ports by name, as pkg/prometheus/common.go:449-458
# (web 9090), pkg/alertmanager/statefulset.go:435-453 (web 9093, mesh 9094) and pkg/operator/config_reloader.go:30,228
# (reloader-web 8080) declare them; the group's labels are the operator's selector labels.
OPERATOR_PODS = {
    "prometheus": {"http-web": 9090, "reloader-web": 8080},
    "alertmanager": {"http-web": 9093, "reloader-web": 8080},
}


@pytest.fixture(scope="module")
def rendered(helm, fresh_dist) -> dict[str, list[dict]]:
    """env -> the objects of both releases."""
    renderer = Helm(helm)
    out = {}
    for env in ENVS:
        version = load_environment(env).cluster.kubernetes_version
        releases = {r.name: r for r in helmfile.releases(env) if r.installed}
        out[env] = [d for name in RELEASES
                    for d in render_release(releases[name], helm=renderer, dist=fresh_dist, kubernetes_version=version)]
    return out


def workloads(docs: list[dict]) -> dict[tuple[str, str], dict]:
    return {(d["kind"], d["metadata"]["name"]): d for d in docs if d["kind"] in WORKLOADS}


def pod_labels(workload: dict) -> dict:
    return workload["spec"]["template"]["metadata"].get("labels") or {}


def container_ports(workload: dict) -> list[dict]:
    spec = workload["spec"]["template"]["spec"]
    return [p for c in spec.get("containers", []) + spec.get("initContainers", []) for p in c.get("ports") or []]


@pytest.mark.parametrize("env", ENVS)
def test_the_chart_writes_no_network_policy(rendered, env):
    assert [d["metadata"]["name"] for d in rendered[env] if d["kind"] == "NetworkPolicy"] == []


@pytest.mark.parametrize("env", ENVS)
def test_each_chart_workload_is_selected_by_its_group_only(rendered, env):
    config = load_environment(env)
    groups = resolve(config).groups
    found = workloads(rendered[env])
    assert set(found) == set(GROUP_OF_WORKLOAD) | WITHOUT_GROUP, "a workload appeared or went: give it a group or a reason"
    for key, workload in found.items():
        namespace = workload["metadata"]["namespace"]
        selecting = sorted(name for name, g in groups.items()
                           if g.namespace == namespace and selector_matches({"matchLabels": g.labels}, pod_labels(workload)))
        expected = [GROUP_OF_WORKLOAD[key]] if key in GROUP_OF_WORKLOAD else []
        assert selecting == expected, (key, selecting)
        if key in GROUP_OF_WORKLOAD:
            assert groups[GROUP_OF_WORKLOAD[key]].namespace == namespace


@pytest.mark.parametrize("env", ENVS)
def test_every_opened_port_is_a_container_port(rendered, env):
    config = load_environment(env)
    connectivity = resolve(config)
    found = workloads(rendered[env])
    declared: dict[str, set] = {}
    for key, group in GROUP_OF_WORKLOAD.items():
        declared.setdefault(group, set()).update(
            (p.get("protocol", "TCP"), p["containerPort"]) for p in container_ports(found[key]))
    for group, ports in OPERATOR_PODS.items():
        declared[group] = {("TCP", number) for number in ports.values()}
        if config.monitoring.alertmanager.replicas > 1 and group == "alertmanager":
            declared[group] |= {("TCP", 9094), ("UDP", 9094)}
    opened = [f for f in connectivity.flows if f.target in declared]
    assert opened
    for flow in opened:
        assert (flow.protocol, flow.port) in declared[flow.target], (flow, sorted(declared[flow.target]))


@pytest.mark.parametrize("env", ENVS)
def test_operator_created_pods_keep_the_operators_labels(rendered, env):
    """The Prometheus and Alertmanager CRs add no pod labels and name themselves as the groups expect; with one
    Alertmanager replica no gossip flow exists (the table's `alertmanager-cluster` condition)."""
    config = load_environment(env)
    connectivity = resolve(config)
    crs = {d["kind"]: d for d in rendered[env] if d["kind"] in ("Prometheus", "Alertmanager")}
    assert set(crs) == {"Prometheus", "Alertmanager"}
    prometheus, alertmanager = crs["Prometheus"], crs["Alertmanager"]
    assert connectivity.groups["prometheus"].labels == {
        "app.kubernetes.io/name": "prometheus", "operator.prometheus.io/name": prometheus["metadata"]["name"]}
    assert connectivity.groups["alertmanager"].labels == {
        "app.kubernetes.io/name": "alertmanager", "alertmanager": alertmanager["metadata"]["name"]}
    for cr in crs.values():
        assert "podMetadata" not in cr["spec"] and not cr["spec"].get("listenLocal")
        assert cr["spec"]["portName"] == "http-web"
    assert alertmanager["spec"]["replicas"] == config.monitoring.alertmanager.replicas
    gossip = [f for f in connectivity.flows if f.source == f.target == "alertmanager" and f.port == 9094]
    assert len(gossip) == (2 if alertmanager["spec"]["replicas"] > 1 else 0)
    (target,) = prometheus["spec"]["alerting"]["alertmanagers"]
    assert (target["name"], target["port"]) == (alertmanager["metadata"]["name"], "http-web")


def _scraped(docs: list[dict], service: dict, endpoint: dict, operator_groups: dict[str, dict]) -> list[tuple[str, int]]:
    """(group or peer, pod port) a ServiceMonitor endpoint scrapes behind `service`: its `port` (a Service port name
    -> that port's targetPort) or its `targetPort` (a pod port name or number), resolved on the pods the Service
    selects."""
    if "port" in endpoint:
        port = next(p for p in service["spec"]["ports"] if p.get("name") == endpoint["port"])
        target = port.get("targetPort", port["port"])
    else:
        target = endpoint["targetPort"]
    selector = service["spec"].get("selector") or {}
    for group, labels in operator_groups.items():   # a Service in front of operator-created pods
        if selector == labels:
            return [(group, target if isinstance(target, int) else OPERATOR_PODS[group][target])]
    out = []
    for key, workload in workloads(docs).items():
        if workload["metadata"]["namespace"] != service["metadata"]["namespace"] or not selector_matches(
                {"matchLabels": selector}, pod_labels(workload)):
            continue
        number = target if isinstance(target, int) else next(
            p["containerPort"] for p in container_ports(workload) if p.get("name") == target)
        host_network = workload["spec"]["template"]["spec"].get("hostNetwork", False)
        out.append(("nodes" if host_network else GROUP_OF_WORKLOAD[key], number))
    return out


@pytest.mark.parametrize("env", ENVS)
def test_every_chart_service_monitor_is_an_allowed_scrape(rendered, env):
    config = load_environment(env)
    connectivity = resolve(config)
    operator_groups = {g: dict(connectivity.groups[g].labels) for g in OPERATOR_PODS}
    opened = {(f.source, f.target, f.port) for f in connectivity.flows}
    docs = rendered[env]
    services = [d for d in docs if d["kind"] == "Service"]
    monitors = [d for d in docs if d["kind"] == "ServiceMonitor"]
    assert len(monitors) >= 8
    checked = []
    for monitor in monitors:
        spec, name = monitor["spec"], monitor["metadata"]["name"]
        assert selectors.MONITOR_LABELS.items() <= monitor["metadata"]["labels"].items(), name
        namespaces = (spec.get("namespaceSelector") or {}).get("matchNames") or [monitor["metadata"]["namespace"]]
        if namespaces == ["default"]:          # the apiserver ServiceMonitor: default/kubernetes -> API server
            assert spec["selector"]["matchLabels"] == {"component": "apiserver", "provider": "kubernetes"}
            assert all(("prometheus", "api-server", p) in opened for p in config.cluster.api_server_ports), name
            checked.append(name)
            continue
        if namespaces == ["kube-system"]:      # the kubelet Service the operator maintains: node InternalIPs:10250
            assert spec["selector"]["matchLabels"]["app.kubernetes.io/name"] == "kubelet"
            assert {e["port"] for e in spec["endpoints"]} == {"https-metrics"}
            assert ("prometheus", "nodes", 10250) in opened, name
            checked.append(name)
            continue
        selected = [s for s in services if s["metadata"]["namespace"] in namespaces
                    and selector_matches(spec["selector"], s["metadata"].get("labels") or {})]
        assert selected, f"ServiceMonitor {name} selects no Service of the release"
        for service in selected:
            for endpoint in spec["endpoints"]:
                targets = _scraped(docs, service, endpoint, operator_groups)
                assert targets, (name, service["metadata"]["name"])
                for group, port in targets:
                    assert ("prometheus", group, port) in opened, (name, group, port)
        checked.append(name)
    assert {f"{FULLNAME}-prometheus-node-exporter", f"{FULLNAME}-kubelet", f"{FULLNAME}-apiserver"} <= set(checked)
