"""`dashboards`: the pipeline's Grafana dashboards as code, one ConfigMap each for Grafana's dashboard sidecar.

Built with grafana-foundation-sdk (its builders are generated from Grafana's dashboard schema) from the metric
names of metric_names.py, the same constants the alert rules use. Stable: every dashboard has a fixed uid,
panel ids are assigned in order, and the JSON is written with sorted keys, so synth is byte-identical.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from constructs import Construct
from grafana_foundation_sdk.builders.common import VizLegendOptions
from grafana_foundation_sdk.builders.dashboard import Dashboard, DatasourceVariable, Row
from grafana_foundation_sdk.builders.prometheus import Dataquery
from grafana_foundation_sdk.builders.stat import Panel as Stat
from grafana_foundation_sdk.builders.timeseries import Panel as Timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.common import LegendDisplayMode, LegendPlacement
from grafana_foundation_sdk.models.dashboard import DataSourceRef

from cdk8s_plus_28 import k8s
from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.observability import metric_names as m
from constructs_lib.observability import selectors

CHART_NAME = "dashboards"
SYNC_WAVE = -7  # after the kube-prometheus-stack release (Grafana and its sidecar), like the alerts
COMPONENT = "dashboards"
TAG = "mlops-platform"
# Every panel queries the data source the dashboard's `datasource` variable picks (Grafana's Prometheus
# data source provisioned by kube-prometheus-stack is its default).
DATASOURCE = DataSourceRef(type_val="prometheus", uid="${datasource}")


@dataclass(frozen=True)
class PanelSpec:
    title: str
    queries: tuple[tuple[str, str], ...]   # (PromQL, legend)
    unit: str
    kind: str = "timeseries"               # timeseries | stat


def _panel(spec: PanelSpec) -> Timeseries | Stat:
    panel: Timeseries | Stat
    if spec.kind == "timeseries":
        panel = Timeseries().legend(VizLegendOptions().show_legend(True).display_mode(LegendDisplayMode.LIST)
                                    .placement(LegendPlacement.BOTTOM))
    else:
        panel = Stat()
    panel = panel.title(spec.title).unit(spec.unit).datasource(DATASOURCE)
    for index, (expr, legend) in enumerate(spec.queries):
        panel = panel.with_target(Dataquery().expr(expr).legend_format(legend).ref_id(chr(ord("A") + index)))
    return panel


def _dashboard(uid: str, title: str, rows: list[tuple[str, list[PanelSpec]]]) -> dict:
    builder = (Dashboard(title).uid(uid).tags([TAG]).refresh("1m").time("now-6h", "now").timezone("utc")
               .editable().with_variable(DatasourceVariable("datasource").label("Data source").type("prometheus")))
    for row, panels in rows:
        builder = builder.with_row(Row(row))
        for spec in panels:
            builder = builder.with_panel(_panel(spec))
    model = json.loads(json.dumps(builder.build(), cls=JSONEncoder))
    # Stable panel ids (Grafana assigns them otherwise, and links/alerts refer to them).
    for number, panel in enumerate(model["panels"], start=1):
        panel["id"] = number
    return model


def _kafka(config: PlatformConfig) -> dict:
    ns, group = config.namespaces.data_plane, config.kafka.flink_consumer_group
    sel = f'{{namespace="{ns}"}}'
    return _dashboard("mlops-kafka", "MLOps / Kafka", [
        ("Throughput", [
            PanelSpec("Bytes in by topic", ((f"sum by (topic) (rate({m.KAFKA_BYTES_IN}{sel}[5m]))", "{{topic}}"),), "Bps"),
            PanelSpec("Bytes out by topic", ((f"sum by (topic) (rate({m.KAFKA_BYTES_OUT}{sel}[5m]))", "{{topic}}"),), "Bps"),
            PanelSpec("Messages in by topic", ((f"sum by (topic) (rate({m.KAFKA_MESSAGES_IN}{sel}[5m]))", "{{topic}}"),),
                      "short"),
        ]),
        ("Consumers and replication", [
            PanelSpec("Flink consumer group lag",
                      ((f'sum by (topic) ({m.KAFKA_CONSUMER_GROUP_LAG}{{namespace="{ns}", consumergroup="{group}"}})',
                        "{{topic}}"),), "short"),
            PanelSpec("Under-replicated partitions", ((f"sum({m.KAFKA_UNDER_REPLICATED_PARTITIONS}{sel})", "under-replicated"),),
                      "short", "stat"),
            PanelSpec("Offline partitions", ((f"max({m.KAFKA_OFFLINE_PARTITIONS}{sel})", "offline"),), "short", "stat"),
        ]),
    ])


def _flink(config: PlatformConfig) -> dict:
    sel = f'{{namespace="{config.namespaces.processing_jobs}"}}'
    return _dashboard("mlops-flink", "MLOps / Flink streaming features", [
        ("Throughput", [
            PanelSpec("Records in per second", ((f"sum by (task_name) ({m.FLINK_RECORDS_IN_PER_SECOND}{sel})", "{{task_name}}"),),
                      "short"),
            PanelSpec("Records out per second",
                      ((f"sum by (task_name) ({m.FLINK_RECORDS_OUT_PER_SECOND}{sel})", "{{task_name}}"),), "short"),
            PanelSpec("Running jobs", ((f"max({m.FLINK_RUNNING_JOBS}{sel})", "running"),), "short", "stat"),
        ]),
        ("Checkpoints and restarts", [
            PanelSpec("Last checkpoint duration", ((f"max by (job_name) ({m.FLINK_LAST_CHECKPOINT_DURATION_MS}{sel})",
                                                    "{{job_name}}"),), "ms"),
            PanelSpec("Checkpoints per 15m", (
                (f"sum(increase({m.FLINK_COMPLETED_CHECKPOINTS}{sel}[15m]))", "completed"),
                (f"sum(increase({m.FLINK_FAILED_CHECKPOINTS}{sel}[15m]))", "failed")), "short"),
            PanelSpec("Restarts per hour", ((f"sum(increase({m.FLINK_JOB_RESTARTS}{sel}[1h]))", "restarts"),), "short"),
        ]),
    ])


def _spark(config: PlatformConfig) -> dict:
    duration = m.SPARK_APP_SUCCESS_DURATION
    return _dashboard("mlops-spark", "MLOps / Spark applications", [
        ("Applications", [
            PanelSpec("Mean duration of successful applications (1h)",
                      ((f"sum(rate({duration}_sum[1h])) / sum(rate({duration}_count[1h]))", "mean"),), "s"),
            PanelSpec("Applications finished per hour", (
                (f"sum(increase({m.SPARK_APP_SUCCESSES}[1h]))", "succeeded"),
                (f"sum(increase({m.SPARK_APP_FAILURES}[1h]))", "failed")), "short"),
        ]),
    ])


def _postgres(config: PlatformConfig) -> dict:
    sel = f'{{namespace="{config.namespaces.data_plane}"}}'
    return _dashboard("mlops-postgres", "MLOps / PostgreSQL (CloudNativePG)", [
        ("Replication and backups", [
            PanelSpec("Replication lag", ((f"max by (pod) ({m.CNPG_REPLICATION_LAG_SECONDS}{sel})", "{{pod}}"),), "s"),
            PanelSpec("WAL archive failures per 10m",
                      ((f"sum by (pod) (increase({m.CNPG_ARCHIVER_FAILED_COUNT}{sel}[10m]))", "{{pod}}"),), "short"),
            PanelSpec("Seconds since last WAL archival",
                      ((f"max by (pod) ({m.CNPG_ARCHIVER_SECONDS_SINCE_LAST_ARCHIVAL}{sel})", "{{pod}}"),), "s"),
            PanelSpec("Age of the last backup", ((f"time() - max by (pod) ({m.CNPG_LAST_AVAILABLE_BACKUP}{sel})", "{{pod}}"),),
                      "s"),
        ]),
        ("Connections", [
            PanelSpec("Backends", ((f"sum by (pod) ({m.CNPG_BACKENDS}{sel})", "{{pod}}"),), "short"),
        ]),
    ])


def _ml_services(config: PlatformConfig) -> dict:
    ns = config.namespaces.ml_lifecycle
    sel = f'{{namespace="{ns}"}}'
    return _dashboard("mlops-ml-services", "MLOps / MLflow and model serving", [
        ("Availability", [
            PanelSpec("Available replicas", (
                (f'max({m.DEPLOYMENT_AVAILABLE_REPLICAS}{{namespace="{ns}", deployment="mlflow"}})', "mlflow"),
                (f'max({m.DEPLOYMENT_AVAILABLE_REPLICAS}{{namespace="{ns}", deployment="{naming.MODEL_SERVING_DEPLOYMENT}"}})',
                 "model-serving")), "short"),
        ]),
        ("MLflow requests", [
            PanelSpec("Requests per second by status", ((f"sum by (status) (rate({m.MLFLOW_HTTP_REQUESTS}{sel}[5m]))",
                                                         "{{status}}"),), "reqps"),
            PanelSpec("Request latency p95", ((f"histogram_quantile(0.95, sum by (le) "
                                               f"(rate({m.MLFLOW_HTTP_DURATION}_bucket{sel}[5m])))", "p95"),), "s"),
        ]),
    ])


DASHBOARDS: dict[str, Callable[[PlatformConfig], dict]] = {
    "kafka": _kafka, "flink": _flink, "spark": _spark, "postgres": _postgres, "ml-services": _ml_services,
}


def dashboards(config: PlatformConfig) -> dict[str, dict]:
    """name -> Grafana dashboard JSON model."""
    return {name: build(config) for name, build in DASHBOARDS.items()}


class DashboardsChart(PlatformChart):
    """One ConfigMap per dashboard, labelled for the Grafana sidecar, in Grafana's namespace."""

    def __init__(self, scope: Construct, *, config: PlatformConfig):
        ns = selectors.dashboard_namespace(config)
        super().__init__(scope, CHART_NAME, config=config, delivery=Delivery(sync_wave=SYNC_WAVE, namespace=ns))
        self.dashboards = dashboards(config)
        for name, model in self.dashboards.items():
            configmap = f"grafana-dashboard-{name}"
            k8s.KubeConfigMap(
                self, f"dashboard-{name}",
                metadata=k8s.ObjectMeta(
                    name=configmap, namespace=ns,
                    labels={**naming.labels(COMPONENT, name=configmap, environment=config.environment),
                            **selectors.DASHBOARD_LABELS}),
                data={f"{name}.json": json.dumps(model, indent=2, sort_keys=True) + "\n"})
