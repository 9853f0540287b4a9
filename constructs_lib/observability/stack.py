"""Environment-specific values of the kube-prometheus-stack 88.5.3 release, generated from
environments/<env>.yaml (written to dist/<env>/helm-values/kube-prometheus-stack.yaml by helm_values.py).

values/kube-prometheus-stack.yaml holds what is the same everywhere; this adds what differs per environment:
which namespaces' monitors and rules Prometheus reads (selectors.py), retention, storage and resources
(config `monitoring`), and node-exporter's own namespace. Every key exists in the pinned chart
(tests/platform/test_observability_stack.py checks the merged values against it).
"""
from __future__ import annotations

from constructs_lib.config import PlatformConfig
from constructs_lib.config.types import Resources
from constructs_lib.observability import selectors

RELEASE = selectors.RELEASE
# Grafana's admin login: generated once by ESO in the monitoring namespace (secrets inventory), never a
# chart-generated random value (the grafana chart's `randAlphaNum` would change on every Argo CD render).
GRAFANA_ADMIN_SECRET = "grafana-admin"
GRAFANA_ADMIN_USER_KEY = "admin-user"
GRAFANA_ADMIN_PASSWORD_KEY = "admin-password"


def _res(resources: Resources) -> dict:
    return resources.as_k8s()


def _small() -> dict:
    """Sidecars and hook Jobs of the stack (config reloader, dashboard sidecar, certgen): fixed and small."""
    return {"requests": {"cpu": "10m", "memory": "32Mi"}, "limits": {"memory": "64Mi"}}


def _claim(size: str, storage_class: str | None) -> dict:
    spec: dict = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}}}
    if storage_class:
        spec["storageClassName"] = storage_class
    return {"volumeClaimTemplate": {"spec": spec}}


def stack_values(config: PlatformConfig) -> dict:
    mon = config.monitoring
    prom, am, node = mon.prometheus, mon.alertmanager, mon.node_exporter
    namespaces = selectors.namespace_selector(config)
    monitors = {"matchLabels": dict(selectors.MONITOR_LABELS)}
    rules = {"matchLabels": dict(selectors.RULE_LABELS)}
    return {
        "prometheusOperator": {
            "resources": _res(mon.operator),
            "prometheusConfigReloader": {"resources": _small()},
            "admissionWebhooks": {"patch": {"resources": _small()}},
        },
        "prometheus": {
            "prometheusSpec": {
                "replicas": prom.replicas,
                "retention": prom.retention,
                "retentionSize": prom.retention_size,
                "scrapeInterval": prom.scrape_interval,
                "evaluationInterval": prom.evaluation_interval,
                "resources": _res(prom.resources),
                "storageSpec": _claim(prom.storage_size, prom.storage_class),
                "serviceMonitorSelector": monitors,
                "serviceMonitorNamespaceSelector": namespaces,
                "podMonitorSelector": monitors,
                "podMonitorNamespaceSelector": namespaces,
                "ruleSelector": rules,
                "ruleNamespaceSelector": namespaces,
                "probeSelector": monitors,
                "probeNamespaceSelector": namespaces,
                "scrapeConfigSelector": monitors,
                "scrapeConfigNamespaceSelector": namespaces,
            },
        },
        "alertmanager": {
            "alertmanagerSpec": {
                "replicas": am.replicas,
                "retention": am.retention,
                "resources": _res(am.resources),
                "storage": _claim(am.storage_size, prom.storage_class),
            },
        },
        "grafana": {
            "resources": _res(mon.grafana),
            "sidecar": {"resources": _small()},
            "admin": {"existingSecret": GRAFANA_ADMIN_SECRET, "userKey": GRAFANA_ADMIN_USER_KEY,
                      "passwordKey": GRAFANA_ADMIN_PASSWORD_KEY},
        },
        "kube-state-metrics": {"resources": _res(mon.kube_state_metrics)},
        "nodeExporter": {"enabled": node.enabled},
        "prometheus-node-exporter": {"namespaceOverride": node.namespace, "resources": _res(node.resources)},
    }
