"""The connectivity table (constructs_lib/connectivity.yaml) evaluated over the Pods that exist: the
Pods the controllers and operators of the tier created (their real labels and namespaces, read back
from the API server) and the NetworkPolicies as the API server stored them, with the project's
evaluator (validation/netpol.py). Every intended flow between live Pods is allowed; the flows that must
stay denied are denied. Where the tier has no Pod for an end of a flow, the flow is listed as not
evaluated (build/controlplane/<env>/connectivity.txt and the assertion that the list is what the
tier cannot create), never passed silently."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

import checks
from conftest import ARTIFACTS
from constructs_lib.config import load_environment
from constructs_lib.network_policies import ALL, policy_namespaces, resolve
from validation.netpol import Cluster, External, Pod

INTERNET = External("8.8.8.8", "internet")
# Pod ends of the table outside the platform's namespaces: nothing in the tier runs there.
OUTSIDE_PODS = ("kube-dns", "ingress")


def _live_pods(admin) -> list[Pod]:
    out = []
    for pod in admin.list("v1", "Pod"):
        meta = pod["metadata"]
        if meta["namespace"].startswith(checks.BREAKAGE_PREFIX):
            continue
        out.append(Pod(meta["namespace"], dict(meta.get("labels") or {}), f"{meta['namespace']}/{meta['name']}"))
    return out


def _resolve_named_ports(policies: list[dict], pods: list[dict]) -> list[dict]:
    """A named port in an ingress rule means the container port of that name on the selected (destination)
    Pod; resolved here from the live Pods, as a CNI does, so the evaluator sees numbers."""
    from validation.netpol import selector_matches

    for policy in policies:
        ns = policy["metadata"]["namespace"]
        selected = [p for p in pods if p["metadata"]["namespace"] == ns
                    and selector_matches(policy["spec"].get("podSelector") or {}, p["metadata"].get("labels") or {})]
        named = {cp["name"]: cp["containerPort"] for p in selected for c in p["spec"]["containers"]
                 for cp in c.get("ports") or [] if cp.get("name")}
        for rule in policy["spec"].get("ingress") or []:
            for port in rule.get("ports") or []:
                if isinstance(port.get("port"), str):
                    if port["port"] not in named:
                        raise AssertionError(f"NetworkPolicy {ns}/{policy['metadata']['name']}: named port "
                                             f"{port['port']} matches no container port of the Pods it selects")
                    port["port"] = named[port["port"]]
    return policies


@dataclass
class Live:
    env: str
    config: object
    cluster: Cluster             # the evaluator over the live NetworkPolicies and Namespaces
    connectivity: object
    members: dict[str, list[Pod]]   # table group -> its live Pods
    pods: list[Pod]


@pytest.fixture(scope="module")
def live(settled) -> Live:
    admin = settled.cluster.admin
    config = load_environment(settled.env)
    raw_pods = [p for p in admin.list("v1", "Pod")
                if not p["metadata"]["namespace"].startswith(checks.BREAKAGE_PREFIX)]
    policies = _resolve_named_ports(admin.list("networking.k8s.io/v1", "NetworkPolicy"), raw_pods)
    namespaces = {n["metadata"]["name"]: n["metadata"].get("labels") or {} for n in admin.list("v1", "Namespace")}
    pods = _live_pods(admin)
    connectivity = resolve(config)
    members = {name: [p for p in pods if p.namespace == g.namespace
                      and all(p.labels.get(k) == v for k, v in g.labels.items())]
               for name, g in connectivity.groups.items()}
    return Live(settled.env, config, Cluster(policies, namespaces), connectivity, members, pods)


def _ends(name: str, config, connectivity, members, pods) -> list | None:
    """Live endpoints for one end of a flow; None where the tier has none."""
    if name == ALL:   # every pod of a namespace with an allow-dns policy
        dns_ns = {ns for _, ns, dns in policy_namespaces(config) if dns}
        return [p for p in pods if p.namespace in dns_ns] or None
    if name in connectivity.groups:
        return members[name] or None
    if name == "api-server":
        return [External(str(c.network_address), f"api-server {c}") for c in config.cluster.api_server_cidrs]
    if name == "git-host":
        return [External(str(c.network_address), f"git-host {c}") for c in config.git.host_cidrs]
    if name == "secret-store":
        return [External(str(c.network_address), f"secret-store {c}") for c in config.secrets.store.egress.cidrs]
    if name == "nodes":
        return [External(str(c.network_address + 2), f"node in {c}") for c in config.cluster.node_cidrs]
    return None


def test_intended_flows_between_live_pods_are_allowed(live):
    config, cluster, connectivity, members, pods = live.config, live.cluster, live.connectivity, live.members, live.pods
    denied, evaluated, not_evaluated = [], 0, set()
    for flow in connectivity.flows:
        sources = _ends(flow.source, config, connectivity, members, pods)
        targets = _ends(flow.target, config, connectivity, members, pods)
        if sources is None or targets is None:
            missing = [e for e, found in ((flow.source, sources), (flow.target, targets)) if found is None]
            not_evaluated.add(f"{flow.source} -> {flow.target}: no live Pod for {', '.join(missing)}")
            continue
        for source in sources:
            for target in targets:
                if source == target:
                    continue
                evaluated += 1
                if not cluster.allowed(source, target, flow.port, flow.protocol):
                    denied.append(f"{source} -> {target} :{flow.port}/{flow.protocol} ({flow.why}): "
                                  f"{cluster.explain(source, target, flow.port, flow.protocol)}")
    report = ARTIFACTS / live.env / "connectivity.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(f"{evaluated} live pairs evaluated\nnot evaluated (no live Pod):\n"
                      + "".join(f"  {line}\n" for line in sorted(not_evaluated)))
    assert not denied, "intended flows denied between live Pods:\n" + "\n".join(denied)
    assert evaluated >= 20, evaluated


def test_groups_without_live_pods_are_the_ones_the_tier_cannot_run(live):
    """Each group of the table without a live Pod is named, with why (operators that do not run here
    create no operand Pods; charts without an archive render nothing); a group that should have Pods
    here and has none fails."""
    members = live.members
    # Created by operators or charts the tier cannot run (issue 19: not obtainable from registries), or by
    # Airflow (its chart has no archive: charts.lock `unavailable`), or only when a DAG task runs a pod.
    cannot = {"strimzi-operator", "seaweedfs-operator", "minio-operator", "flink-operator", "kafka-broker",
              "kafka-controller", "kafka-entity-operator", "seaweed-master", "seaweed-volume", "seaweed-filer",
              "seaweed-s3", "minio-tenant", "flink-jobmanager", "flink-taskmanager", "airflow-scheduler",
              "airflow-api-server", "airflow-dag-processor", "airflow-triggerer", "airflow-worker",
              "airflow-migrations", "airflow-statsd", "promotion-gate", "spark-executor", "kafka-exporter",
              # run out of cluster by the tier (operators.Operators), not as Pods
              "cnpg-operator", "barman-cloud-plugin", "spark-operator-controller", "spark-operator-webhook"}
    empty = sorted(name for name, found in members.items() if not found)
    unexpected = [name for name in empty if name not in cannot]
    assert not unexpected, f"no live Pod for {unexpected} (all without Pods: {empty})"
    present = sorted(name for name, found in members.items() if found)
    # prometheus, alertmanager: the Prometheus Operator runs here and creates their StatefulSets' Pods; the rest of
    # the monitoring groups are the chart's Deployments and certgen hook Jobs.
    for name in ("airflow-db", "mlflow-db", "spark-driver", "spark-training-driver", "mlflow", "model-serving",
                 "prometheus", "alertmanager", "grafana", "kube-state-metrics", "prometheus-operator",
                 "prometheus-operator-admission-jobs"):
        assert name in present, (name, present)


# Flows that must stay denied between live Pods: (source group, target group, port, why).
MUST_DENY = [
    ("spark-driver", "airflow-db", 5432, "Spark has no business with Airflow's database"),
    ("spark-driver", "mlflow-db", 5432, "jobs go through the MLflow server, never its database"),
    ("spark-training-driver", "mlflow-db", 5432, "processing-jobs -> PostgreSQL"),
    ("model-serving", "mlflow-db", 5432, "serving -> database"),
    ("mlflow", "airflow-db", 5432, "MLflow uses only its own database"),
    ("model-serving", "spark-driver", 7078, "only executors reach the driver RPC port"),
    ("spark-driver", "model-serving", 8080, "jobs do not call serving"),
    ("airflow-db", "mlflow-db", 5432, "the two clusters do not replicate to each other"),
    # The monitoring namespace is default-deny too; the chart's own Deployments and hook Jobs have live Pods here.
    ("spark-driver", "grafana", 3000, "jobs do not reach Grafana"),
    ("grafana", "airflow-db", 5432, "Grafana has no PostgreSQL datasource"),
    ("grafana", "kube-state-metrics", 8080, "Grafana reads metrics through Prometheus only"),
    ("mlflow", "kube-state-metrics", 8080, "only Prometheus scrapes"),
    ("kube-state-metrics", "mlflow-db", 5432, "kube-state-metrics talks to the API server only"),
    ("airflow-db", "prometheus-operator", 10250, "only the API server calls the operator's webhook"),
    ("prometheus-operator-admission-jobs", "prometheus-operator", 10250, "the certgen Jobs use the API server only"),
    ("prometheus", "airflow-db", 5432, "Prometheus reaches the exporter port only, not PostgreSQL"),
    ("prometheus", "mlflow-db", 5432, "Prometheus reaches the exporter port only, not PostgreSQL"),
    ("airflow-db", "prometheus", 9090, "a data-plane pod cannot query Prometheus"),
    ("spark-driver", "prometheus", 9090, "jobs cannot query Prometheus"),
    ("mlflow", "alertmanager", 9093, "only Prometheus sends alerts, only Grafana reads them"),
    ("alertmanager", "prometheus", 9090, "Alertmanager never calls Prometheus"),
    ("prometheus-operator", "prometheus", 9090, "the operator opens no connection to the pods it manages"),
]


def test_flows_that_must_stay_denied_are_denied(live):
    cluster, members = live.cluster, live.members
    allowed, evaluated = [], 0
    for source_group, target_group, port, why in MUST_DENY:
        sources, targets = members.get(source_group) or [], members.get(target_group) or []
        assert sources and targets, f"{source_group} -> {target_group}: no live Pod (the tier should create both)"
        for source in sources:
            for target in targets:
                evaluated += 1
                if cluster.allowed(source, target, port):
                    allowed.append(f"{source} -> {target} :{port} ({why})")
        for source in sources:
            if cluster.allowed(source, INTERNET, 443):
                allowed.append(f"{source} -> internet :443")
    assert not allowed, "must be denied:\n" + "\n".join(allowed)
    assert evaluated >= len(MUST_DENY)


def test_argocd_repo_server_reachable_only_from_argocd(live):
    """Anything but Argo CD's server, application controller (and, per the chart's own policy, the
    ApplicationSet and notifications controllers) -> the repo-server (which holds the repository
    credential and renders manifests) is denied."""
    config, cluster, pods = live.config, live.cluster, live.pods
    argocd = config.cluster.argocd_namespace
    repo = [p for p in pods if p.namespace == argocd and p.labels.get("app.kubernetes.io/name") == "argocd-repo-server"]
    assert repo, "no live argocd-repo-server Pod"
    trusted = {"argocd-server", "argocd-application-controller", "argocd-applicationset-controller",
               "argocd-notifications-controller"}
    allowed = []
    for source in pods:
        if source.namespace == argocd and source.labels.get("app.kubernetes.io/name") in trusted:
            continue
        for target in repo:
            if source != target and cluster.allowed(source, target, 8081):
                allowed.append(f"{source} -> {target} :8081")
    assert not allowed, f"{len(allowed)} flow(s) to the repo-server allowed:\n" + "\n".join(allowed[:30])
