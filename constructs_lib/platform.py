"""Builds every chart of one environment. Charts hand each other handles, never rebuilt strings: each handle
is computed once, by the chart that owns the component, and passed to the charts that need it."""
from __future__ import annotations

from typing import NamedTuple

import cdk8s

from constructs_lib.argocd import ArgocdAppsChart
from constructs_lib.chart import PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.external_secrets import OperatorSecretCopiesChart, SecretsChart
from constructs_lib.handles import PlatformHandles, mlflow_handle
from constructs_lib.kafka import KafkaChart
from constructs_lib.namespaces import NamespacesChart
from constructs_lib.observability.monitoring import MonitoringChart
from constructs_lib.object_store import ObjectStoreChart
from constructs_lib.postgres import PostgresChart
from constructs_lib.security import SecurityChart


class Platform(NamedTuple):
    charts: list[PlatformChart]
    handles: PlatformHandles  # for the generated Helm values (constructs_lib/helm_values.py)


def build_platform(app: cdk8s.App, config: PlatformConfig) -> Platform:
    charts: list[PlatformChart] = [NamespacesChart(app, config=config), SecurityChart(app, config=config),
                                   SecretsChart(app, config=config), MonitoringChart(app, config=config)]
    kafka = KafkaChart(app, config=config)
    object_store = ObjectStoreChart(app, config=config)
    postgres = PostgresChart(app, config=config, object_store=object_store.handle)
    charts += [kafka, object_store, postgres, OperatorSecretCopiesChart(app, config=config)]
    # MLflow is a Helm release (its values: constructs_lib/helm_values.py); its handle is made here, once.
    handles = PlatformHandles(kafka=kafka.handle, object_store=object_store.handle, postgres=postgres.handles,
                              mlflow=mlflow_handle(config))
    charts += _compute_charts(app, config, handles)
    charts += _observability_charts(app, config)
    # Last: one Argo CD Application per chart above and per helmfile release, the project and the root.
    apps = ArgocdAppsChart(app, config=config, charts=list(charts))
    charts += [apps, apps.project_chart, apps.root_chart]
    return Platform(charts, handles)


def _compute_charts(app: cdk8s.App, config: PlatformConfig, handles: PlatformHandles) -> list[PlatformChart]:
    """Flink job, Spark templates, model serving."""
    from constructs_lib.flink import FlinkJobsChart
    from constructs_lib.images import images
    from constructs_lib.serving import ModelServingChart
    from constructs_lib.spark import SparkMonitorsChart, SparkTemplatesChart

    image_set = images()
    return [
        FlinkJobsChart(app, config=config, kafka=handles.kafka, object_store=handles.object_store, images=image_set),
        SparkTemplatesChart(app, config=config, object_store=handles.object_store, mlflow=handles.mlflow,
                            images=image_set),
        SparkMonitorsChart(app, config=config),
        ModelServingChart(app, config=config, mlflow=handles.mlflow, images=image_set),
    ]


def _observability_charts(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    """The platform's PrometheusRules and Grafana dashboards (monitoring namespace), the applications' PodMonitors."""
    from constructs_lib.observability.alerts import AlertsChart
    from constructs_lib.observability.app_monitors import AppMonitorsChart
    from constructs_lib.observability.dashboards import DashboardsChart
    from constructs_lib.observability.operator_monitors import OperatorMonitorsChart

    return [AlertsChart(app, config=config), DashboardsChart(app, config=config), OperatorMonitorsChart(app, config=config),
            AppMonitorsChart(app, config=config)]
