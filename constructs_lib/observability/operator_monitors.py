"""`operator-monitors`: the PodMonitors of what helmfile installs (operators, cert-manager, External Secrets,
Argo CD), each built by the component's own module from its port in constructs_lib/ports.py.

Wave -7: after the kube-prometheus-stack release (helmfile.yaml wave "-8"), whose Application is Healthy only
once its CRDs (PodMonitor among them) are Established, so every object here is admitted on the first sync. A
monitor rendered by the charts themselves could not be: cert-manager's shares wave -8 with the stack, and Argo CD
and External Secrets are installed at bootstrap (wave -9, `helmfile -l bootstrap=true`) before any
monitoring.coreos.com CRD exists. The operators' Deployments may still be starting in wave -7: a PodMonitor only
selects pods, it does not wait for them.
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib import argocd, cert_manager, external_secrets, flink, seaweedfs, spark
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig

CHART_NAME = "operator-monitors"
SYNC_WAVE = -7


class OperatorMonitorsChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, CHART_NAME, config=config,
                         delivery=Delivery(sync_wave=SYNC_WAVE, namespace=config.namespaces.operators))
        cert_manager.monitors(self, config=config)
        external_secrets.monitors(self, config=config)
        flink.operator_monitors(self, config=config)
        spark.operator_monitors(self, config=config)
        if config.object_store.backend == "seaweedfs":
            seaweedfs.operator_monitors(self, config=config)
        argocd.monitors(self, config=config)
