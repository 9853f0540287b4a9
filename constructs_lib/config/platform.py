"""Platform-wide settings: target cluster, Git source, namespaces."""
from __future__ import annotations

from ipaddress import IPv4Network

from pydantic import Field

from constructs_lib.config.types import DnsLabel, StrictModel


class NamespacesConfig(StrictModel):
    operators: DnsLabel = "platform-operators"
    data_plane: DnsLabel = "data-plane"
    orchestration: DnsLabel = "orchestration"
    ml_lifecycle: DnsLabel = "ml-lifecycle"
    processing_jobs: DnsLabel = "processing-jobs"

    def all(self) -> list[tuple[str, str]]:
        return [(key, getattr(self, key)) for key in type(self).model_fields]


class ClusterConfig(StrictModel):
    kubernetes_version: str = Field(default="1.33", pattern=r"^1\.[0-9]{2}$")
    api_server_cidrs: list[IPv4Network] = Field(min_length=1)
    api_server_ports: list[int] = Field(default=[443, 6443], min_length=1)
    dns_namespace: DnsLabel = "kube-system"
    monitoring_namespace: DnsLabel = "monitoring"
    argocd_namespace: DnsLabel = "argocd"
    cert_manager_namespace: DnsLabel = "cert-manager"
    # Namespace of the ingress controller: the only way into model serving and the Airflow/MLflow UIs.
    ingress_namespace: DnsLabel = "ingress-nginx"
    # The nodes' addresses (InternalIP of every node): Prometheus scrapes node-exporter (host network, so its
    # endpoint is the node's IP) and the kubelet (10250) there. A NetworkPolicy selects no host-network pod
    # and matches a node only by ipBlock, so the environment gives the node subnets (rules.py: private ranges).
    node_cidrs: list[IPv4Network] = Field(min_length=1)


class GitConfig(StrictModel):
    repo_url: str = Field(pattern=r"^(https://|ssh://|git@)\S+$")
    target_revision: str = "main"
    # Where git-sync (Airflow's DAG checkout) connects: NetworkPolicies cannot name hosts, so the Git
    # host's addresses are given as CIDRs (every address its name resolves to) and the port as a number
    # (443 for https://, 22 for ssh:// and git@, or the URL's explicit port; rules.py checks it).
    host_cidrs: list[IPv4Network] = Field(min_length=1)
    port: int = Field(default=443, ge=1, le=65535)
