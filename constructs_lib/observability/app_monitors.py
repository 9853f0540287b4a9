"""`app-monitors`: the PodMonitors of the applications helmfile installs (the Airflow chart's statsd exporter, the
MLflow tracking server), each built by the component's own module from its port in constructs_lib/ports.py.

Wave -7: after the kube-prometheus-stack release (helmfile.yaml wave "-8"), whose Application is Healthy only once
its CRDs (PodMonitor among them) are Established, so the monitors are admitted on the first sync; the Airflow and
MLflow releases come later, and a PodMonitor only selects pods, it does not wait for them.
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib import airflow, mlflow
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig

CHART_NAME = "app-monitors"
SYNC_WAVE = -7


class AppMonitorsChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, CHART_NAME, config=config, delivery=Delivery(sync_wave=SYNC_WAVE))
        airflow.monitors(self, config=config)
        mlflow.monitors(self, config=config)
