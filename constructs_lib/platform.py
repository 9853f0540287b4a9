"""Builds every chart of one environment. Charts hand each other handles, never rebuilt strings."""
from __future__ import annotations

import cdk8s

from constructs_lib.argocd import ArgocdAppsChart
from constructs_lib.chart import PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.namespaces import NamespacesChart
from constructs_lib.security import SecurityChart


def build_platform(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    charts: list[PlatformChart] = [NamespacesChart(app, config=config)]
    charts.append(SecurityChart(app, config=config))
    charts += _compute_charts(app, config)
    # Last: one Argo CD Application per chart above and per helmfile release.
    charts.append(ArgocdAppsChart(app, config=config, charts=list(charts)))
    return charts


def _compute_charts(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    """Flink job, Spark templates, model serving (imported here: each chart imports only its CRDs)."""
    from constructs_lib.flink import FlinkJobsChart
    from constructs_lib.handles import kafka_handle, mlflow_handle, object_store_handle
    from constructs_lib.images import images
    from constructs_lib.serving import ModelServingChart
    from constructs_lib.spark import SparkTemplatesChart

    kafka, store, mlflow, image_set = kafka_handle(config), object_store_handle(config), mlflow_handle(config), images()
    return [
        FlinkJobsChart(app, config=config, kafka=kafka, object_store=store, images=image_set),
        SparkTemplatesChart(app, config=config, object_store=store, mlflow=mlflow, images=image_set),
        ModelServingChart(app, config=config, mlflow=mlflow, images=image_set),
    ]
