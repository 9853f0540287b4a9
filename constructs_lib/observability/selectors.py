"""How Prometheus finds ServiceMonitors/PodMonitors/PrometheusRules and how Grafana finds dashboards: the one
place every monitor, rule and dashboard of the platform takes its labels and namespace from.

Prometheus (kube-prometheus-stack 88.5.3, values/kube-prometheus-stack.yaml) sets every
`*SelectorNilUsesHelmValues: false` and gets explicit selectors from stack.py: an object is picked up when it
carries MONITOR_LABELS (monitors) or RULE_LABELS (rules) AND lives in one of `watched_namespaces(config)`.
The labels are the chart's own convention (`release: <release name>`, which its bundled monitors, rules and
the kube-state-metrics/node-exporter subcharts already carry: templates/prometheus/servicemonitor.yaml
`include "kube-prometheus-stack.labels"`, subcharts' `releaseLabel: true`), so one selector covers the
chart's objects and ours.

Grafana's dashboard sidecar (grafana chart 12.11.1 `sidecar.dashboards`) loads every ConfigMap labelled
DASHBOARD_LABEL=DASHBOARD_LABEL_VALUE in `dashboard_namespace(config)` (searchNamespace unset: Grafana's own
namespace only, charts/grafana/templates/_pod.tpl `NAMESPACE` env = `.Release.Namespace` unless searchNamespace).
"""
from __future__ import annotations

from constructs_lib.config import PlatformConfig

RELEASE = "kube-prometheus-stack"
MONITOR_LABELS: dict[str, str] = {"release": RELEASE}
RULE_LABELS: dict[str, str] = {"release": RELEASE}
DASHBOARD_LABEL = "grafana_dashboard"
DASHBOARD_LABEL_VALUE = "1"
DASHBOARD_LABELS: dict[str, str] = {DASHBOARD_LABEL: DASHBOARD_LABEL_VALUE}
NAMESPACE_LABEL = "kubernetes.io/metadata.name"


def monitoring_namespace(config: PlatformConfig) -> str:
    """Prometheus, Alertmanager, Grafana, the operator; the platform's PrometheusRules go here too."""
    return config.cluster.monitoring_namespace


def rules_namespace(config: PlatformConfig) -> str:
    return config.cluster.monitoring_namespace


def dashboard_namespace(config: PlatformConfig) -> str:
    return config.cluster.monitoring_namespace


def node_exporter_namespace(config: PlatformConfig) -> str:
    return config.monitoring.node_exporter.namespace


def watched_namespaces(config: PlatformConfig) -> list[str]:
    """Namespaces whose monitors and rules Prometheus reads: the platform's, the monitoring ones, and those
    of the charts that create their own monitors (cert-manager, Argo CD)."""
    names = {name for _, name in config.namespaces.all()}
    names |= {config.cluster.monitoring_namespace, config.monitoring.node_exporter.namespace,
              config.cluster.cert_manager_namespace, config.cluster.argocd_namespace}
    return sorted(names)


def namespace_selector(config: PlatformConfig) -> dict:
    """A LabelSelector over namespace objects matching exactly `watched_namespaces(config)`."""
    return {"matchExpressions": [{"key": NAMESPACE_LABEL, "operator": "In", "values": watched_namespaces(config)}]}
