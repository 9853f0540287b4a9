"""cert-manager (chart v1.21.1, helmfile release `cert-manager`): what the platform builds for it besides the
release's values, i.e. its PodMonitor.

The chart's own ServiceMonitor stays off (values/cert-manager.yaml `prometheus.servicemonitor.enabled: false`):
it belongs to the release's Application, wave -8, the same wave as kube-prometheus-stack, which installs the
ServiceMonitor CRD, so Argo CD could admit it only on a retry. This PodMonitor is in the `operator-monitors`
chart, a wave after the stack (constructs_lib/observability/operator_monitors.py).
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib import ports
from constructs_lib.config import PlatformConfig
from constructs_lib.observability.monitors import endpoint, pod_monitor

RELEASE = "cert-manager"
COMPONENT = "cert-manager"


def monitors(scope: Construct, *, config: PlatformConfig) -> None:
    """The controller, webhook and cainjector pods of the release: `app.kubernetes.io/instance` = the release name
    on all three pod templates (chart templates/deployment.yaml:36, webhook-deployment.yaml:36, cainjector-deployment.yaml:37),
    each declaring `http-metrics` 9402 (ports.CERT_MANAGER_METRICS). The same targets as the chart's ServiceMonitor
    (templates/servicemonitor.yaml: components cainjector, controller, webhook). honorLabels stays false, as in the
    chart's ServiceMonitor (values.yaml prometheus.servicemonitor.honorLabels): a Certificate's namespace arrives as
    `exported_namespace` (alerts.py `_certificates` reads either)."""
    pod_monitor(scope, "podmonitor-cert-manager", name=RELEASE, namespace=config.cluster.cert_manager_namespace,
                pods={"app.kubernetes.io/instance": RELEASE}, endpoints=[endpoint(ports.CERT_MANAGER_METRICS)],
                component=COMPONENT, environment=config.environment)
