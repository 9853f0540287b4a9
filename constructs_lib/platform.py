"""Builds every chart of one environment. Charts hand each other handles, never rebuilt strings."""
from __future__ import annotations

import cdk8s

from constructs_lib.chart import PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.namespaces import NamespacesChart
from constructs_lib.kafka import KafkaChart
from constructs_lib.object_store import ObjectStoreChart
from constructs_lib.postgres import PostgresChart


def build_platform(app: cdk8s.App, config: PlatformConfig) -> list[PlatformChart]:
    charts: list[PlatformChart] = [NamespacesChart(app, config=config)]
    charts.append(KafkaChart(app, config=config))
    object_store = ObjectStoreChart(app, config=config)
    charts.append(object_store)
    charts.append(PostgresChart(app, config=config, object_store=object_store.handle))
    return charts
