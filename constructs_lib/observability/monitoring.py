"""The `monitoring` chart: what the kube-prometheus-stack release needs before it starts, in the monitoring
namespace: Grafana's admin login, generated once by ESO (secrets inventory). Its wave is before the release's
(helmfile.yaml `wave: "-8"`): a Grafana pod whose Secret does not exist yet never becomes Ready, and Argo CD
would wait on that wave forever.
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.external_secrets import build_entry, monitoring_entry
from constructs_lib.secrets_inventory import inventory

CHART_NAME = "monitoring"
# After the namespaces (-10); with ESO (bootstrap, -9: its CRDs exist before Argo CD syncs anything);
# before kube-prometheus-stack (-8).
SYNC_WAVE = -9


class MonitoringChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, CHART_NAME, config=config, delivery=Delivery(sync_wave=SYNC_WAVE))
        for entry in inventory(config):
            if monitoring_entry(entry, config):
                build_entry(self, entry, config)
