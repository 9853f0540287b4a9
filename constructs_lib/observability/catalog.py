"""The metric catalog: per component, the metric names it exposes with the exporter configuration this
repository sets. Alerts, dashboards and their tests (issue 14 part B) may only query names listed here.

Each set cites where the names come from at the pinned version. Names are what Prometheus stores: a
histogram contributes `<name>_bucket`, `_count` and `_sum` (see `_histogram`), a summary `_count`, `_sum`
and the name itself. `up` (and the other `scrape_*` series) Prometheus writes for every target.
API: `EXPOSED` (component -> names) and `exposes(name)`.
"""
from __future__ import annotations

from constructs_lib import airflow


def _histogram(*names: str) -> set[str]:
    return {f"{n}_{suffix}" for n in names for suffix in ("bucket", "count", "sum")}


def _summary(*names: str) -> set[str]:
    return {f"{n}{suffix}" for n in names for suffix in ("", "_count", "_sum")}


# Prometheus itself, for every scrape target (prometheus/prometheus scrape/scrape.go reportSample names).
_PROMETHEUS_TARGET = {"up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling",
                      "scrape_series_added"}

# Kafka brokers and controllers with `metricsConfig.type: strimziMetricsReporter` (constructs_lib/kafka.py):
# the names the Strimzi 1.2.0 Grafana dashboards for the reporter query (strimzi/strimzi-kafka-operator
# packaging/examples/metrics/strimzi-metrics-reporter/grafana-dashboards/strimzi-kafka.json, strimzi-kraft.json
# at tag 1.2.0). The reporter keeps Kafka's own metric group/name, lower-cased; Yammer meters end in `_total`.
_KAFKA = {
    "kafka_server_replicamanager_underreplicatedpartitions",
    "kafka_server_replicamanager_partitioncount",
    "kafka_server_replicamanager_leadercount",
    "kafka_controller_kafkacontroller_offlinepartitionscount",
    "kafka_controller_kafkacontroller_activecontrollercount",
    "kafka_controller_controllerstats_uncleanleaderelectionspersec_total",
    "kafka_cluster_partition_underminisr",
    "kafka_cluster_partition_atminisr",
    "kafka_server_brokertopicmetrics_bytesinpersec_total",
    "kafka_server_brokertopicmetrics_bytesoutpersec_total",
    "kafka_server_brokertopicmetrics_messagesinpersec_total",
    "kafka_server_brokertopicmetrics_totalproducerequestspersec_total",
    "kafka_server_brokertopicmetrics_totalfetchrequestspersec_total",
    "kafka_server_brokertopicmetrics_failedproducerequestspersec_total",
    "kafka_server_brokertopicmetrics_failedfetchrequestspersec_total",
    "kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent_total",
    "kafka_network_socketserver_networkprocessoravgidlepercent",
    "kafka_server_socket_server_metrics_connection_count",
    "kafka_log_log_size",
    "kafka_server_kafkaserver_linux_disk_read_bytes",
    "kafka_server_kafkaserver_linux_disk_write_bytes",
    "kafka_server_raft_metrics_current_leader",
    "kafka_server_raft_metrics_current_epoch",
    "kafka_server_raft_metrics_current_state_info",
    "kafka_server_raft_metrics_high_watermark",
    "kafka_server_raft_metrics_log_end_offset",
    "kafka_server_raft_metrics_commit_latency_avg",
    "kafka_server_raft_metrics_append_records_rate",
    "kafka_server_raft_metrics_fetch_records_rate",
    "jvm_memory_used_bytes", "jvm_threads_current", "jvm_gc_collection_seconds_count", "jvm_gc_collection_seconds_sum",
    "process_open_fds",
}

# Kafka Exporter (`spec.kafkaExporter` of the Kafka CR): danielqsj/kafka_exporter names as queried by Strimzi
# 1.2.0's packaging/examples/metrics/grafana-dashboards/strimzi-kafka-exporter.json.
_KAFKA_EXPORTER = {
    "kafka_consumergroup_lag", "kafka_consumergroup_current_offset", "kafka_topic_partitions",
    "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset",
    "kafka_topic_partition_in_sync_replica", "kafka_topic_partition_replicas",
    "kafka_topic_partition_under_replicated_partition", "kafka_topic_partition_leader_is_preferred",
}

# Strimzi cluster operator and entity operator (topic/user operators): Strimzi 1.2.0
# packaging/examples/metrics/grafana-dashboards/strimzi-operators.json (Micrometer names).
_STRIMZI_OPERATORS = {
    "strimzi_reconciliations_total", "strimzi_reconciliations_successful_total", "strimzi_reconciliations_failed_total",
    "strimzi_reconciliations_locked_total", "strimzi_reconciliations_periodical_total",
    "strimzi_reconciliations_duration_seconds_max", "strimzi_resources", "strimzi_certificate_expiration_timestamp_ms",
    "jvm_memory_used_bytes", "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum",
}

# CNPG 1.30.0 instance exporter (port 9187): the built-in collector (docs/src/monitoring.md "Predefined set of
# metrics") and the default queries ConfigMap (config/manager/default-monitoring.yaml: `cnpg_<query>_<column>`).
_CNPG = {
    "cnpg_collector_up", "cnpg_collector_last_collection_error", "cnpg_collector_collections_total",
    "cnpg_collector_pg_wal", "cnpg_collector_pg_wal_archive_status", "cnpg_collector_fencing_on",
    "cnpg_collector_manual_switchover_required", "cnpg_collector_sync_replicas", "cnpg_collector_replica_mode",
    "cnpg_collector_nodes_used", "cnpg_collector_postgres_version", "cnpg_collector_wal_bytes",
    "cnpg_collector_wal_records", "cnpg_collector_wal_fpi", "cnpg_collector_wal_buffers_full",
    "cnpg_backends_total", "cnpg_backends_max_tx_duration_seconds", "cnpg_backends_waiting_total",
    "cnpg_pg_database_size_bytes", "cnpg_pg_database_xid_age", "cnpg_pg_database_mxid_age",
    "cnpg_pg_postmaster_start_time",
    "cnpg_pg_replication_lag", "cnpg_pg_replication_in_recovery", "cnpg_pg_replication_is_wal_receiver_up",
    "cnpg_pg_replication_streaming_replicas", "cnpg_pg_replication_slots_active",
    "cnpg_pg_replication_slots_pg_wal_lsn_diff",
    "cnpg_pg_stat_archiver_archived_count", "cnpg_pg_stat_archiver_failed_count",
    "cnpg_pg_stat_archiver_seconds_since_last_archival", "cnpg_pg_stat_archiver_seconds_since_last_failure",
    "cnpg_pg_stat_archiver_last_archived_time", "cnpg_pg_stat_archiver_last_failed_time",
    "cnpg_pg_stat_database_xact_commit", "cnpg_pg_stat_database_xact_rollback", "cnpg_pg_stat_database_blks_read",
    "cnpg_pg_stat_database_blks_hit", "cnpg_pg_stat_database_deadlocks", "cnpg_pg_stat_database_temp_bytes",
    "cnpg_pg_stat_replication_replay_lag_seconds", "cnpg_pg_stat_replication_write_lag_seconds",
    "cnpg_pg_stat_replication_flush_lag_seconds", "cnpg_pg_stat_replication_replay_diff_bytes",
    "cnpg_pg_settings_setting",
    # Barman Cloud plugin (backups): exposed through the instance manager's exporter, superseding the in-core
    # cnpg_collector_*backup* metrics (cloudnative-pg/plugin-barman-cloud web/docs observability.md).
    "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp",
    "barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp",
    "barman_cloud_cloudnative_pg_io_first_recoverability_point",
}

# Flink 2.2 PrometheusReporter (flink.py: metrics.reporter.prom.* on ports.FLINK_METRICS): `flink_` + the scope
# format (metrics.scope.jm / jm-job / tm / tm-job / task / operator defaults) + the metric name, camelCase kept
# (apache/flink docs/content/docs/ops/metrics.md "System metrics"; flink-metrics-prometheus
# AbstractPrometheusReporter: invalid characters become `_`). Checkpointing, restarts and job state metrics
# live in the JobManager's job scope; `uptime`/`downtime` are deprecated in 2.x, the per-state `<state>Time`
# gauges replace them.
_FLINK = {
    "flink_jobmanager_numRunningJobs", "flink_jobmanager_numRegisteredTaskManagers",
    "flink_jobmanager_taskSlotsAvailable", "flink_jobmanager_taskSlotsTotal",
    "flink_jobmanager_job_numRestarts", "flink_jobmanager_job_runningTime", "flink_jobmanager_job_restartingTime",
    "flink_jobmanager_job_totalNumberOfCheckpoints", "flink_jobmanager_job_numberOfCompletedCheckpoints",
    "flink_jobmanager_job_numberOfFailedCheckpoints", "flink_jobmanager_job_numberOfInProgressCheckpoints",
    "flink_jobmanager_job_lastCheckpointDuration", "flink_jobmanager_job_lastCheckpointSize",
    "flink_jobmanager_job_lastCompletedCheckpointId",
    "flink_jobmanager_Status_JVM_Memory_Heap_Used", "flink_jobmanager_Status_JVM_CPU_Load",
    "flink_taskmanager_Status_JVM_Memory_Heap_Used", "flink_taskmanager_Status_JVM_Memory_Heap_Max",
    "flink_taskmanager_Status_JVM_CPU_Load",
    "flink_taskmanager_job_task_numRecordsIn", "flink_taskmanager_job_task_numRecordsOut",
    "flink_taskmanager_job_task_numRecordsInPerSecond", "flink_taskmanager_job_task_numRecordsOutPerSecond",
    "flink_taskmanager_job_task_busyTimeMsPerSecond", "flink_taskmanager_job_task_backPressuredTimeMsPerSecond",
    "flink_taskmanager_job_task_idleTimeMsPerSecond",
    "flink_taskmanager_job_task_operator_numRecordsIn", "flink_taskmanager_job_task_operator_numRecordsOut",
    "flink_taskmanager_job_task_operator_currentEmitEventTimeLag",
    "flink_taskmanager_job_task_operator_pendingRecords",
}

# Kubeflow Spark Operator 2.5.2 controller metrics (pkg/common/metrics.go constants; the chart's
# prometheus.metrics.prefix is empty).
_SPARK_OPERATOR = {
    "spark_application_count", "spark_application_submit_count", "spark_application_failed_submission_count",
    "spark_application_running_count", "spark_application_success_count", "spark_application_failure_count",
    "spark_executor_running_count", "spark_executor_success_count", "spark_executor_failure_count",
} | _summary("spark_application_success_execution_time_seconds", "spark_application_failure_execution_time_seconds",
             "spark_application_start_latency_seconds") \
  | _histogram("spark_application_start_latency_seconds_histogram")

# Spark 4.3 drivers and executors (spark.py metrics_conf: PrometheusServlet with spark.metrics.namespace=spark, and
# spark.ui.prometheus.enabled), as served by a real local driver with that configuration
# (tests/jobs/spark/test_metrics.py fetches both endpoints and checks every name below). The servlet appends
# `_Value`/`_Number` to gauges and `_Count` to counters (core/.../metrics/sink/PrometheusServlet.scala).
_SPARK = {
    "metrics_spark_driver_appStatus_jobDuration_Value",
    "metrics_spark_driver_appStatus_jobs_succeededJobs_Count", "metrics_spark_driver_appStatus_jobs_failedJobs_Count",
    "metrics_spark_driver_appStatus_stages_completedStages_Count",
    "metrics_spark_driver_appStatus_stages_failedStages_Count",
    "metrics_spark_driver_appStatus_tasks_completedTasks_Count", "metrics_spark_driver_appStatus_tasks_failedTasks_Count",
    "metrics_spark_driver_appStatus_tasks_killedTasks_Count",
    "metrics_spark_driver_DAGScheduler_job_activeJobs_Value", "metrics_spark_driver_DAGScheduler_job_allJobs_Value",
    "metrics_spark_driver_DAGScheduler_stage_failedStages_Value",
    "metrics_spark_driver_DAGScheduler_stage_runningStages_Value",
    "metrics_spark_driver_BlockManager_memory_memUsed_MB_Value",
    "metrics_spark_driver_BlockManager_memory_maxMem_MB_Value",
    "metrics_spark_driver_ExecutorMetrics_JVMHeapMemory_Value", "metrics_spark_driver_JVMCPU_jvmCpuTime_Value",
    "metrics_executor_activeTasks", "metrics_executor_completedTasks_total", "metrics_executor_failedTasks_total",
    "metrics_executor_totalTasks_total", "metrics_executor_totalDuration_seconds_total",
    "metrics_executor_totalGCTime_seconds_total", "metrics_executor_totalInputBytes_bytes_total",
    "metrics_executor_totalShuffleRead_bytes_total", "metrics_executor_totalShuffleWrite_bytes_total",
    "metrics_executor_memoryUsed_bytes", "metrics_executor_maxMemory_bytes", "metrics_executor_diskUsed_bytes",
    "metrics_executor_JVMHeapMemory_bytes", "metrics_executor_totalCores", "spark_info",
}

# Airflow 3.3 StatsD metrics through the chart's statsd exporter with the platform's mapping (constructs_lib/airflow.py
# MAPPINGS, tags as labels): the names a real Airflow 3.3.2 scheduler, DAG processor and task runner make the
# pinned statsd_exporter expose (tests/observability/test_airflow_statsd.py checks every one, with its labels).
_AIRFLOW = set(airflow.exposed_names())

# MLflow 3.17 `mlflow server --expose-prometheus` (constructs_lib/mlflow.py): prometheus_flask_exporter with
# defaults_prefix="mlflow" (mlflow/server/prometheus_exporter.py), which registers
# `<prefix>_http_request_duration_seconds` (histogram, labels method/status/mlflow_version) and
# `<prefix>_http_request_total` (counter, method/status) (prometheus_flask_exporter 0.23.2 __init__.py:430-455), as a
# real server serves them (tests/observability/test_mlflow_metrics.py). `_http_request_exceptions_total` has no
# series until a request raises, so nothing may rely on it.
_MLFLOW = {"mlflow_http_request_total", "mlflow_exporter_info"} | _histogram("mlflow_http_request_duration_seconds")

# cert-manager v1.21.1 controller (pkg/metrics/certificates.go).
_CERT_MANAGER = {
    "certmanager_certificate_expiration_timestamp_seconds", "certmanager_certificate_renewal_timestamp_seconds",
    "certmanager_certificate_ready_status", "certmanager_controller_sync_call_count",
}

# kube-state-metrics 2.x (kube-state-metrics chart 8.4.0) names the platform's rules and dashboards use
# (kubernetes/kube-state-metrics docs/metrics/workload/*.md).
_KUBE_STATE_METRICS = {
    "kube_pod_status_phase", "kube_pod_status_ready", "kube_pod_container_status_restarts_total",
    "kube_pod_container_status_waiting_reason", "kube_deployment_status_replicas_available",
    "kube_deployment_spec_replicas", "kube_statefulset_status_replicas_ready", "kube_statefulset_replicas",
    "kube_job_status_failed", "kube_job_status_succeeded", "kube_persistentvolumeclaim_resource_requests_storage_bytes",
    "kube_pod_labels", "kube_pod_info",
}

# kubelet / cAdvisor (the chart's kubelet ServiceMonitor).
_KUBELET = {
    "container_cpu_usage_seconds_total", "container_memory_working_set_bytes", "container_memory_usage_bytes",
    "kubelet_volume_stats_available_bytes", "kubelet_volume_stats_capacity_bytes", "kubelet_volume_stats_used_bytes",
}

# node-exporter (prometheus-node-exporter chart 4.56.1).
_NODE_EXPORTER = {
    "node_cpu_seconds_total", "node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes",
    "node_filesystem_avail_bytes", "node_filesystem_size_bytes",
}

EXPOSED: dict[str, frozenset[str]] = {
    "prometheus-targets": frozenset(_PROMETHEUS_TARGET),
    "kafka": frozenset(_KAFKA),
    "kafka-exporter": frozenset(_KAFKA_EXPORTER),
    "strimzi-operators": frozenset(_STRIMZI_OPERATORS),
    "cnpg": frozenset(_CNPG),
    "flink": frozenset(_FLINK),
    "spark-operator": frozenset(_SPARK_OPERATOR),
    "spark": frozenset(_SPARK),
    "airflow": frozenset(_AIRFLOW),
    "mlflow": frozenset(_MLFLOW),
    "cert-manager": frozenset(_CERT_MANAGER),
    "kube-state-metrics": frozenset(_KUBE_STATE_METRICS),
    "kubelet": frozenset(_KUBELET),
    "node-exporter": frozenset(_NODE_EXPORTER),
}


def exposes(name: str) -> bool:
    """Whether some component of the platform exposes a series of this name."""
    return any(name in names for names in EXPOSED.values())
