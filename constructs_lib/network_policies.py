"""NetworkPolicies: default deny in every platform namespace, then exactly the flows of connectivity.yaml.

The table is data (constructs_lib/connectivity.yaml); `resolve()` turns it into concrete flows for one
environment (namespaces, label placeholders, ports and the object-store backend from the config), and the
construct renders one egress policy per source group and one ingress policy per destination group, so
that a flow is open only when both ends allow it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming, ports as named_ports
from constructs_lib.k8s_values import int_or_string
from constructs_lib.config import PlatformConfig

TABLE = Path(__file__).with_name("connectivity.yaml")
NAMESPACE_LABEL = "kubernetes.io/metadata.name"
# Peers outside the platform namespaces; `all` = every pod of every platform namespace (sources only).
OUTSIDE = ("api-server", "git-host", "kube-dns", "monitoring", "ingress", "internet", "secret-store")
ALL = "all"
# Group namespaces outside the platform namespaces (peers only: no policy is written there): the monitoring
# namespace (the Prometheus pods), and Argo CD's and cert-manager's (targets of Prometheus' scrapes).
MONITORING_ROLE = "monitoring"
CLUSTER_ROLES = {MONITORING_ROLE: "monitoring_namespace", "argocd": "argocd_namespace",
                 "cert_manager": "cert_manager_namespace"}
# Pod (not Service) port of the S3 endpoint per backend: MinIO's Service 443/80 targets container port 9000.
S3_POD_PORT = {"seaweedfs": 8333, "minio": named_ports.MINIO_S3}


@dataclass(frozen=True)
class Group:
    name: str
    namespace: str
    labels: dict
    source: str

    def __hash__(self) -> int:
        return hash(self.name)


@dataclass(frozen=True)
class Flow:
    source: str       # group name, ALL, or an OUTSIDE peer
    target: str
    port: int
    protocol: str
    why: str


@dataclass(frozen=True)
class Connectivity:
    groups: dict[str, Group]
    flows: list[Flow]
    config: PlatformConfig

    def peer(self, name: str) -> k8s.NetworkPolicyPeer:
        """The NetworkPolicyPeer of a group or an outside peer."""
        cluster = self.config.cluster
        if name in self.groups:
            group = self.groups[name]
            return _peer(group.namespace, dict(group.labels))
        if name == "kube-dns":
            return _peer(cluster.dns_namespace, {"k8s-app": "kube-dns"})
        if name == "monitoring":
            return _peer(cluster.monitoring_namespace)
        if name == "ingress":
            return _peer(cluster.ingress_namespace)
        raise ValueError(f"no single peer for {name!r}")

    def peers(self, name: str) -> list[k8s.NetworkPolicyPeer]:
        if name == "api-server":
            return _ip_blocks(self.config.cluster.api_server_cidrs)
        if name == "git-host":
            return _ip_blocks(self.config.git.host_cidrs)
        if name == "secret-store":  # NetworkPolicies match addresses, not host names (config secrets.store.egress)
            return _ip_blocks(self.config.secrets.store.egress.cidrs)
        if name == ALL:
            return [_peer(ns) for _, ns in self.config.namespaces.all()]
        return [self.peer(name)]


def _peer(namespace: str, pod_labels: dict[str, str] | None = None) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(
        namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_LABEL: namespace}),
        pod_selector=k8s.LabelSelector(match_labels=pod_labels) if pod_labels is not None else None)


def _ip_blocks(cidrs) -> list[k8s.NetworkPolicyPeer]:
    return [k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=str(cidr))) for cidr in cidrs]


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE) -> dict:
    return yaml.safe_load(path.read_text())


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def resolve(config: PlatformConfig, table: dict | None = None) -> Connectivity:
    """The table for one environment: groups with real namespaces and labels, flows one port each."""
    table = table or load_table()
    backend = config.object_store.backend
    values = {"kafka": config.kafka.cluster_name, "store": config.object_store.name,
              "flink": naming.FLINK_DEPLOYMENT, "spark_features": naming.SPARK_FEATURE_APP,
              "spark_training": naming.SPARK_TRAINING_APP}
    groups, skipped = {}, set()
    for name, row in table["groups"].items():
        if row.get("backend", backend) != backend:
            skipped.add(name)
            continue
        labels = {key: str(value).format(**values) for key, value in row["pods"].items()}
        role = row["namespace"]
        namespace = (getattr(config.cluster, CLUSTER_ROLES[role]) if role in CLUSTER_ROLES
                     else getattr(config.namespaces, role))
        groups[name] = Group(name, namespace, labels, row["source"])
    ports = {"s3": [S3_POD_PORT[backend]], "api": list(config.cluster.api_server_ports),
             "serving": [config.network_security.serving_port], "git": [config.git.port],
             "secret-store": list(config.secrets.store.egress.ports),
             **{name: [number] for name, number in named_ports.NAMED.items()}}
    known = set(groups) | skipped | set(OUTSIDE) | {ALL}
    flows: list[Flow] = []
    for row in table["flows"]:
        for source in _as_list(row["from"]):
            for target in _as_list(row["to"]):
                for end in (source, target):
                    if end not in known:
                        raise ValueError(f"{TABLE.name}: unknown group {end!r} in flow {row}")
                if source in skipped or target in skipped:
                    continue
                for port in row["ports"]:
                    if isinstance(port, str) and port not in ports:
                        raise ValueError(f"{TABLE.name}: unknown port name {port!r} in flow {row}")
                    for number in ports[port] if isinstance(port, str) else [port]:
                        flows.append(Flow(source, target, int(number), row.get("protocol", "TCP"), row["why"]))
    return Connectivity(groups, flows, config)


def _rules(flows: list[Flow], peer_of) -> list[tuple[str, list[k8s.NetworkPolicyPort]]]:
    """One rule per peer, with every port that peer gets (stable order)."""
    by_peer: dict[str, list[Flow]] = defaultdict(list)
    for flow in flows:
        by_peer[peer_of(flow)].append(flow)
    rules = []
    for peer, peer_flows in sorted(by_peer.items()):
        ports = sorted({(f.protocol, f.port) for f in peer_flows})
        rules.append((peer, [k8s.NetworkPolicyPort(protocol=protocol, port=int_or_string(port))
                             for protocol, port in ports]))
    return rules


class NetworkPolicies(Construct):
    """Default deny everywhere, then the intended connectivity (and nothing else)."""

    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig):
        super().__init__(scope, id)
        self.connectivity = connectivity = resolve(config)
        env = config.environment
        for role, namespace in config.namespaces.all():
            self._policy(f"{role}-default-deny", "default-deny", namespace, {}, ["Ingress", "Egress"], env)
            everyone = [f for f in connectivity.flows if f.source == ALL]
            egress = [k8s.NetworkPolicyEgressRule(to=connectivity.peers(peer), ports=ports)
                      for peer, ports in _rules(everyone, lambda f: f.target)]
            self._policy(f"{role}-allow-dns", "allow-dns", namespace, {}, ["Egress"], env, egress=egress)

        platform = {namespace for _, namespace in config.namespaces.all()}
        for name, group in sorted(connectivity.groups.items()):
            if group.namespace not in platform:
                continue  # not default-deny there (the monitoring namespace): the group is a peer only
            outgoing = [f for f in connectivity.flows if f.source == name]
            incoming = [f for f in connectivity.flows if f.target == name]
            if outgoing:
                egress = [k8s.NetworkPolicyEgressRule(to=connectivity.peers(peer), ports=ports)
                          for peer, ports in _rules(outgoing, lambda f: f.target)]
                self._policy(f"{name}-egress", f"allow-{name}-egress", group.namespace, group.labels,
                             ["Egress"], env, egress=egress)
            if incoming:
                ingress = [k8s.NetworkPolicyIngressRule(from_=connectivity.peers(peer), ports=ports)
                           for peer, ports in _rules(incoming, lambda f: f.source)]
                self._policy(f"{name}-ingress", f"allow-{name}-ingress", group.namespace, group.labels,
                             ["Ingress"], env, ingress=ingress)

    def _policy(self, id: str, name: str, namespace: str, pod_labels: dict, types: list[str], env: str, *,
                egress: list[k8s.NetworkPolicyEgressRule] | None = None,
                ingress: list[k8s.NetworkPolicyIngressRule] | None = None) -> None:
        k8s.KubeNetworkPolicy(
            self, id,
            metadata=k8s.ObjectMeta(name=name, namespace=namespace,
                                    labels=naming.labels("network-policy", name=name, environment=env)),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels) or None),
                                       policy_types=types, egress=egress or None, ingress=ingress or None),
        )
