"""Airflow 3 metrics: Airflow's StatsD client -> the Airflow chart's statsd exporter -> Prometheus.

Airflow is a helmfile release (apache/airflow chart 1.22.0, values/airflow.yaml); this module owns what the
platform adds for its metrics: the exporter's mapping (delivered as the chart's `statsd.overrideMappings` in the
generated dist/<env>/helm-values/airflow.yaml), the `[metrics]` settings the mapping relies on, and the PodMonitor
of the exporter pod. The metric names the alerts and the catalog use come from MAPPINGS below, and
tests/observability/test_airflow_statsd.py runs a real Airflow 3.3.2 (scheduler, API server, DAG processor)
against the pinned statsd_exporter with exactly this mapping file.

Tags, not legacy names: Airflow 3.3 emits every metric under its tag-free name with tags (dag_id, task_id,
state, ...) and, while `[metrics] legacy_names_on` is on, again under a legacy name with the tag values spliced
in (airflow/_shared/observability/metrics/stats.py `_get_legacy_stat_name_and_tags`; the pairs in
metrics_template.yaml, e.g. `dagrun.duration.failed` / `dagrun.duration.failed.{dag_id}`). The chart's own
mapping (chart/files/statsd-mappings.yml) matches the legacy names; plain StatsD drops the tags, so each tag-free
name arrives unlabelled beside its mapped legacy twin (and `task.duration` would take the very name the chart maps
`dag.*.*.duration` to, with other labels). Here Airflow sends
the tags in the InfluxDB line convention (`statsd_influxdb_enabled`, statsd_logger.py `prepare_stat_with_tags`),
which statsd_exporter turns into labels, and legacy names are off: one series per metric, labelled.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from constructs_lib import ports

if TYPE_CHECKING:  # the catalog imports this module in the job venvs too, which have no cdk8s
    from constructs import Construct

    from constructs_lib.config import PlatformConfig

# The Airflow release is named `airflow` (helmfile.yaml); the chart puts tier/component/release on the statsd
# pod template (apache/airflow chart/templates/statsd/statsd-deployment.yaml, pod labels lines 60-63 of the
# stored version 00c4d7589d3c19370699d6bd381a140535842e55; container ports `statsd-ingest` UDP
# .Values.ports.statsdIngest and `statsd-scrape` .Values.ports.statsdScrape, lines 107-112).
RELEASE = "airflow"
STATSD_POD_LABELS = {"tier": "airflow", "component": "statsd", "release": RELEASE}
PREFIX = "airflow"  # [metrics] statsd_prefix (the chart's default too)


@dataclass(frozen=True)
class StatsdMetric:
    """One Airflow metric: its StatsD name (without prefix and tags), the Prometheus name the mapping gives it,
    its StatsD type, and the Airflow tags that arrive as labels (Airflow's metrics_template.yaml
    `name_variables`, plus what the call site adds, e.g. run_type from DagRun.stats_tags)."""

    statsd: str
    name: str
    kind: Literal["counter", "gauge", "timer"]
    labels: tuple[str, ...] = ()

    @property
    def exposed(self) -> tuple[str, ...]:
        """What Prometheus stores: statsd_exporter keeps a timer as a summary (its default observer type):
        the quantile series under the name, plus `_sum` and `_count`."""
        if self.kind == "timer":
            return (self.name, f"{self.name}_sum", f"{self.name}_count")
        return (self.name,)

    def mapping(self) -> dict:
        return {"match": f"{PREFIX}.{self.statsd}", "name": self.name}


# Emitted by the scheduler (SchedulerJobRunner heartbeat_callback, every scheduler_heartbeat_sec).
SCHEDULER_HEARTBEAT = StatsdMetric("scheduler_heartbeat", "airflow_scheduler_heartbeat", "counter")
# One observation per DAG run that ends failed (DagRun._emit_duration_stats_for_finished_state, and the
# scheduler for runs past dagrun_timeout): the summary's `_count` counts failed runs per DAG.
DAGRUN_FAILED = StatsdMetric("dagrun.duration.failed", "airflow_dagrun_failed", "timer", ("dag_id", "run_type"))
DAGRUN_SUCCEEDED = StatsdMetric("dagrun.duration.success", "airflow_dagrun_duration", "timer",
                                ("dag_id", "run_type"))
DAGRUN_SCHEDULE_DELAY = StatsdMetric("dagrun.schedule_delay", "airflow_dagrun_schedule_delay", "timer", ("dag_id",))
TASK_DURATION = StatsdMetric("task.duration", "airflow_task_duration", "timer", ("dag_id", "task_id"))
TI_FINISH = StatsdMetric("ti.finish", "airflow_ti_finish", "counter", ("dag_id", "task_id", "state"))
TI_FAILURES = StatsdMetric("ti_failures", "airflow_ti_failures", "counter", ("dag_id", "task_id"))
TI_SUCCESSES = StatsdMetric("ti_successes", "airflow_ti_successes", "counter", ("dag_id", "task_id"))
OPERATOR_FAILURES = StatsdMetric("operator_failures", "airflow_operator_failures", "counter",
                                 ("dag_id", "task_id", "operator_name"))
OPERATOR_SUCCESSES = StatsdMetric("operator_successes", "airflow_operator_successes", "counter",
                                  ("dag_id", "task_id", "operator_name"))
IMPORT_ERRORS = StatsdMetric("dag_processing.import_errors", "airflow_dag_processing_import_errors", "gauge")
# Replaces Airflow 2's dag_processing.last_runtime.<file> (not in Airflow 3.3's metrics_template.yaml).
DAG_FILE_PARSE_DURATION = StatsdMetric("dag_processing.last_duration", "airflow_dag_processing_last_duration",
                                       "timer", ("bundle_name", "file_name"))
POOL_OPEN_SLOTS = StatsdMetric("pool.open_slots", "airflow_pool_open_slots", "gauge", ("pool_name",))
POOL_RUNNING_SLOTS = StatsdMetric("pool.running_slots", "airflow_pool_running_slots", "gauge", ("pool_name",))
POOL_STARVING_TASKS = StatsdMetric("pool.starving_tasks", "airflow_pool_starving_tasks", "gauge", ("pool_name",))
# BaseExecutor tags these with the executor's class name and the slot status (open/queued/running).
EXECUTOR_OPEN_SLOTS = StatsdMetric("executor.open_slots", "airflow_executor_open_slots", "gauge",
                                   ("executor_class_name", "status"))
EXECUTOR_QUEUED_TASKS = StatsdMetric("executor.queued_tasks", "airflow_executor_queued_tasks", "gauge",
                                     ("executor_class_name", "status"))
EXECUTOR_RUNNING_TASKS = StatsdMetric("executor.running_tasks", "airflow_executor_running_tasks", "gauge",
                                      ("executor_class_name", "status"))

METRICS: tuple[StatsdMetric, ...] = (
    SCHEDULER_HEARTBEAT, DAGRUN_FAILED, DAGRUN_SUCCEEDED, DAGRUN_SCHEDULE_DELAY, TASK_DURATION, TI_FINISH,
    TI_FAILURES, TI_SUCCESSES, OPERATOR_FAILURES, OPERATOR_SUCCESSES, IMPORT_ERRORS, DAG_FILE_PARSE_DURATION,
    POOL_OPEN_SLOTS, POOL_RUNNING_SLOTS, POOL_STARVING_TASKS, EXECUTOR_OPEN_SLOTS, EXECUTOR_QUEUED_TASKS,
    EXECUTOR_RUNNING_TASKS)

# Everything else keeps statsd_exporter's default name (`.` -> `_`) with its tags as labels.
MAPPINGS: list[dict] = [m.mapping() for m in METRICS]


def exposed_names() -> frozenset[str]:
    return frozenset(name for m in METRICS for name in m.exposed)


def mappings_checksum() -> str:
    """A pod annotation that rolls the exporter when the mapping changes: the chart adds its own
    checksum/statsd-config annotation only when extraMappings or podAnnotations are set, not for
    overrideMappings (statsd-deployment.yaml lines 67-73 of the stored version cited above)."""
    return hashlib.sha256(json.dumps(MAPPINGS, sort_keys=True).encode()).hexdigest()


def statsd_values() -> dict:
    """The generated part of the Airflow chart's values for metrics (values/airflow.yaml enables the exporter
    and sets its security contexts and resources)."""
    return {
        "statsd": {"overrideMappings": MAPPINGS,
                   "podAnnotations": {"mlops.platform/statsd-mappings-sha256": mappings_checksum()}},
        # The chart's ConfigMap renders overrideMappings as `mappings:` (templates/configmaps/statsd-configmap.yaml);
        # its airflow.cfg defaults set statsd_on (= statsd.enabled) and statsd_host (<release>-statsd); the port is
        # a literal 9125 there (values.yaml config.metrics.statsd_port), so it and the pod ports are set from
        # constructs_lib/ports.py here, the number the connectivity table opens.
        "ports": {"statsdIngest": ports.AIRFLOW_STATSD_INGEST, "statsdScrape": ports.AIRFLOW_STATSD_SCRAPE},
        "config": {"metrics": {"statsd_port": ports.AIRFLOW_STATSD_INGEST, "statsd_prefix": PREFIX,
                               "statsd_influxdb_enabled": "True", "legacy_names_on": "False"}},
    }


def monitors(scope: Construct, *, config: PlatformConfig) -> None:
    """The PodMonitor of the chart's statsd exporter (Prometheus scrapes /metrics on the scrape port)."""
    from constructs_lib.observability.monitors import endpoint, pod_monitor

    pod_monitor(scope, "podmonitor-airflow-statsd", name="airflow-statsd", namespace=config.namespaces.orchestration,
                pods=STATSD_POD_LABELS, component="airflow", environment=config.environment,
                endpoints=[endpoint(ports.AIRFLOW_STATSD_SCRAPE)])
