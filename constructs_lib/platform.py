"""Builds every chart of one environment. Charts hand each other handles, never rebuilt strings."""
from __future__ import annotations

import cdk8s

from constructs_lib.argocd import ArgocdAppsChart
from constructs_lib.chart import PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.external_secrets import OperatorSecretCopiesChart, SecretsChart
from constructs_lib.kafka import KafkaChart
from constructs_lib.namespaces import NamespacesChart
from constructs_lib.observability.monitoring import MonitoringChart
from constructs_lib.object_store import ObjectStoreChart
from constructs_lib.postgres import PostgresChart
from constructs_lib.security import SecurityChart


def build_platform(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    charts: list[PlatformChart] = [NamespacesChart(app, config=config), SecurityChart(app, config=config),
                                   SecretsChart(app, config=config), MonitoringChart(app, config=config)]
    kafka = KafkaChart(app, config=config)
    object_store = ObjectStoreChart(app, config=config)
    charts += [kafka, object_store, PostgresChart(app, config=config, object_store=object_store.handle),
               OperatorSecretCopiesChart(app, config=config)]
    charts += _compute_charts(app, config, kafka=kafka.handle, object_store=object_store.handle)
    charts += _observability_charts(app, config)
    # Last: one Argo CD Application per chart above and per helmfile release, the project and the root.
    apps = ArgocdAppsChart(app, config=config, charts=list(charts))
    charts += [apps, apps.project_chart, apps.root_chart]
    return charts


def _compute_charts(app: cdk8s.App, config: PlatformConfig, *, kafka, object_store) -> list[PlatformChart]:
    """Flink job, Spark templates, model serving (imported here: each chart imports only its CRDs)."""
    from constructs_lib.flink import FlinkJobsChart
    from constructs_lib.handles import mlflow_handle
    from constructs_lib.images import images
    from constructs_lib.serving import ModelServingChart
    from constructs_lib.spark import SparkTemplatesChart

    mlflow, image_set = mlflow_handle(config), images()
    return [
        FlinkJobsChart(app, config=config, kafka=kafka, object_store=object_store, images=image_set),
        SparkTemplatesChart(app, config=config, object_store=object_store, mlflow=mlflow, images=image_set),
        ModelServingChart(app, config=config, mlflow=mlflow, images=image_set),
    ]


def _observability_charts(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    """The platform's PrometheusRules and Grafana dashboards (monitoring namespace)."""
    from constructs_lib.observability.alerts import AlertsChart
    from constructs_lib.observability.dashboards import DashboardsChart

    return [AlertsChart(app, config=config), DashboardsChart(app, config=config)]
