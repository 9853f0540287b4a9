"""The metric names the alert rules and the dashboards query: one definition for both.

Each name is one some component's exporter exposes (constructs_lib/observability/catalog.py says which;
tests/observability checks every name used in dist/ is there). Grouped by the exporter that writes it.
"""
from __future__ import annotations

from constructs_lib import airflow

# Kafka brokers and controllers (Strimzi metrics reporter: Kafka's group/type/name lower-cased; meters `_total`).
KAFKA_UNDER_REPLICATED_PARTITIONS = "kafka_server_replicamanager_underreplicatedpartitions"
KAFKA_OFFLINE_PARTITIONS = "kafka_controller_kafkacontroller_offlinepartitionscount"
KAFKA_BYTES_IN = "kafka_server_brokertopicmetrics_bytesinpersec_total"
KAFKA_BYTES_OUT = "kafka_server_brokertopicmetrics_bytesoutpersec_total"
KAFKA_MESSAGES_IN = "kafka_server_brokertopicmetrics_messagesinpersec_total"
# Kafka Exporter (deployed by Strimzi beside the cluster): lag per consumer group, topic and partition.
KAFKA_CONSUMER_GROUP_LAG = "kafka_consumergroup_lag"

# Flink PrometheusReporter (job-manager and task-manager scopes; Flink's metric names, `.` -> `_`).
FLINK_RUNNING_JOBS = "flink_jobmanager_numRunningJobs"
FLINK_JOB_RESTARTS = "flink_jobmanager_job_numRestarts"
FLINK_FAILED_CHECKPOINTS = "flink_jobmanager_job_numberOfFailedCheckpoints"
FLINK_COMPLETED_CHECKPOINTS = "flink_jobmanager_job_numberOfCompletedCheckpoints"
FLINK_LAST_CHECKPOINT_DURATION_MS = "flink_jobmanager_job_lastCheckpointDuration"
FLINK_RECORDS_IN_PER_SECOND = "flink_taskmanager_job_task_numRecordsInPerSecond"
FLINK_RECORDS_OUT_PER_SECOND = "flink_taskmanager_job_task_numRecordsOutPerSecond"

# CloudNativePG instance manager (default monitoring queries) and the Barman Cloud plugin's backup gauges.
CNPG_REPLICATION_LAG_SECONDS = "cnpg_pg_replication_lag"
CNPG_ARCHIVER_FAILED_COUNT = "cnpg_pg_stat_archiver_failed_count"
CNPG_ARCHIVER_SECONDS_SINCE_LAST_ARCHIVAL = "cnpg_pg_stat_archiver_seconds_since_last_archival"
CNPG_BACKENDS = "cnpg_backends_total"
CNPG_LAST_AVAILABLE_BACKUP = "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"

# Airflow (StatsD metrics through the platform's statsd-exporter mapping, constructs_lib/airflow.py: the timer
# `dagrun.duration.failed` becomes the summary `airflow_dagrun_failed`, one observation per failed run, so its
# `_count` counts failed runs; labelled dag_id and run_type).
AIRFLOW_SCHEDULER_HEARTBEAT = airflow.SCHEDULER_HEARTBEAT.name
AIRFLOW_DAGRUN_FAILED = f"{airflow.DAGRUN_FAILED.name}_count"

# Kubeflow Spark operator (controller metrics).
SPARK_APP_FAILURES = "spark_application_failure_count"
SPARK_APP_SUCCESSES = "spark_application_success_count"
SPARK_APP_SUCCESS_DURATION = "spark_application_success_execution_time_seconds"

# MLflow server `--expose-prometheus`: prometheus_flask_exporter with defaults_prefix="mlflow"
# (mlflow/server/prometheus_exporter.py): a request counter and a latency histogram.
MLFLOW_HTTP_REQUESTS = "mlflow_http_request_total"
MLFLOW_HTTP_DURATION = "mlflow_http_request_duration_seconds"

# kube-state-metrics (kube-prometheus-stack) and the kubelet's volume statistics.
DEPLOYMENT_AVAILABLE_REPLICAS = "kube_deployment_status_replicas_available"
DEPLOYMENT_SPEC_REPLICAS = "kube_deployment_spec_replicas"
VOLUME_USED_BYTES = "kubelet_volume_stats_used_bytes"
VOLUME_CAPACITY_BYTES = "kubelet_volume_stats_capacity_bytes"

# cert-manager controller.
CERTIFICATE_EXPIRATION = "certmanager_certificate_expiration_timestamp_seconds"

# Argo CD application controller: one argocd_app_info series (value 1) per Application with its sync_status and
# health_status labels.
ARGOCD_APP_INFO = "argocd_app_info"

# External Secrets Operator: 1 for the ExternalSecret's current (condition, status) pair.
EXTERNAL_SECRET_STATUS_CONDITION = "externalsecret_status_condition"

# Prometheus itself: 1 when the last scrape of a target succeeded.
UP = "up"
