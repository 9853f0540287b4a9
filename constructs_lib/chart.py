"""The base of every platform chart: one chart = one file in dist/<env>/ = one Argo CD Application."""
from __future__ import annotations

from dataclasses import dataclass

import cdk8s
from constructs import Construct

from constructs_lib.config import PlatformConfig


@dataclass(frozen=True)
class Delivery:
    """How Argo CD delivers a chart. `synced=False`: the file is read from Git by someone else
    (for example the Airflow DAGs read their SparkApplication templates) and never applied."""

    sync_wave: int
    namespace: str | None = None
    synced: bool = True


class PlatformChart(cdk8s.Chart):
    """A chart with stable names (no hash suffixes) that knows how it is delivered."""

    def __init__(self, scope: Construct, name: str, *, config: PlatformConfig, delivery: Delivery):
        super().__init__(scope, name, disable_resource_name_hashes=True)
        self.chart_name = name
        self.config = config
        self.delivery = delivery
