"""The platform namespaces, with standard labels and Pod Security Admission levels."""
from __future__ import annotations

from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig

PSA_VERSION = "latest"

# Every platform namespace enforces `restricted` (decided in the security baseline, issue 8): none is left at
# `baseline`, because every pod there can be made compliant through its chart or CR: Strimzi with
# STRIMZI_POD_SECURITY_PROVIDER_CLASS=restricted or hardened Kafka/KafkaNodePool templates, CNPG instances by
# default, Seaweed via podSecurityContext/containerSecurityContext, MinIO pools via securityContext/
# containerSecurityContext, and the operator charts' securityContext values. tests/platform/test_pod_security.py
# checks every pod template in dist/ against the same rules the admission controller will apply.
POD_SECURITY = {
    "operators": "restricted",
    "data_plane": "restricted",
    "orchestration": "restricted",
    "ml_lifecycle": "restricted",
    "processing_jobs": "restricted",
}


def pod_security_labels(level: str) -> dict[str, str]:
    labels = {}
    for mode in ("enforce", "audit", "warn"):
        labels[f"pod-security.kubernetes.io/{mode}"] = level
        labels[f"pod-security.kubernetes.io/{mode}-version"] = PSA_VERSION
    return labels


# Argo CD's own namespace: the AppProject, the Applications and the argo-cd release live there, so it must
# exist before the first bootstrap step that installs into it (constructs_lib/bootstrap.py). It is created
# by the first bootstrap step (`kubectl apply` of this chart) and then owned, like the others, by the
# `namespaces` Application. The argo-cd chart's pods meet `restricted` (tests/platform/test_rendered_charts.py).
ARGOCD_POD_SECURITY = "restricted"


# kube-prometheus-stack (constructs_lib/observability/stack.py): Prometheus, Alertmanager, Grafana, the operator
# and kube-state-metrics meet `restricted` (tests/platform/test_observability_stack.py renders the release and
# checks every pod). node-exporter cannot: it reads the host's /proc, /sys and root filesystem (hostPath), in
# the host's network and PID namespaces (hostNetwork, hostPID) to report node CPU, memory, disk and network
# (prometheus-node-exporter chart 4.56.1 templates/daemonset.yaml). So it runs alone in its own namespace
# (chart value namespaceOverride), the only one labelled `privileged`; nothing else may run there.
MONITORING_POD_SECURITY = "restricted"
NODE_EXPORTER_POD_SECURITY = "privileged"


def namespaces_of(config: PlatformConfig) -> list[tuple[str, str, str]]:
    """(id, name, Pod Security level) of every namespace this chart creates, in creation order."""
    result = ([(role, name, POD_SECURITY[role]) for role, name in config.namespaces.all()]
              + [("argocd", config.cluster.argocd_namespace, ARGOCD_POD_SECURITY),
                 ("monitoring", config.cluster.monitoring_namespace, MONITORING_POD_SECURITY)])
    if config.monitoring.node_exporter.enabled:
        result.append(("node-exporter", config.monitoring.node_exporter.namespace, NODE_EXPORTER_POD_SECURITY))
    return result


class NamespacesChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "namespaces", config=config, delivery=Delivery(sync_wave=-10))
        for role, name, level in namespaces_of(config):
            k8s.KubeNamespace(
                self, role,
                metadata=k8s.ObjectMeta(
                    name=name,
                    labels={
                        **naming.labels("namespace", name=name, environment=config.environment),
                        "kubernetes.io/metadata.name": name,
                        **pod_security_labels(level),
                    },
                ),
            )
