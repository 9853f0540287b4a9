"""Pod ports that both the connectivity table (constructs_lib/connectivity.yaml, by name) and the
workload that listens on them use: one number each, so that a policy and a listener cannot drift apart.

Flink: every port a JobManager or TaskManager listens on is set explicitly in the FlinkDeployment's
flinkConfiguration (constructs_lib/flink.py). Flink's own defaults differ per option and some are
random: `taskmanager.data.port` defaults to 0 (a random port, apache/flink flink-core
NettyShuffleEnvironmentOptions.DATA_PORT), which no NetworkPolicy can open.
"""
from __future__ import annotations

FLINK_REST = 8081               # rest.port: the operator's REST client (job status, savepoints, cancel)
FLINK_JOBMANAGER_RPC = 6123     # jobmanager.rpc.port
FLINK_BLOB = 6124               # blob.server.port
FLINK_TASKMANAGER_RPC = 6122    # taskmanager.rpc.port
FLINK_TASKMANAGER_DATA = 6121   # taskmanager.data.port: shuffle data between TaskManagers
FLINK_METRICS = 9249            # metrics.reporter.prom.port: the Prometheus reporter's scrape endpoint

# Strimzi 1.2.0: the Cluster Operator's KafkaAgentClient polls every node's broker state over HTTPS on
# this port (strimzi/strimzi-kafka-operator cluster-operator/src/main/java/io/strimzi/operator/cluster/
# operator/resource/KafkaAgentClient.java:38 KAFKA_AGENT_HTTPS_PORT = 8443; model/KafkaCluster.java:163).
KAFKA_AGENT = 8443

# Metrics endpoints Prometheus scrapes (the PodMonitors in constructs_lib/*.py use these numbers as `portNumber`;
# the connectivity table opens them to the Prometheus pods by name).
# Strimzi 1.2.0 Kafka nodes and Kafka Exporter: container port `tcp-prometheus`
# (cluster-operator/src/main/java/io/strimzi/operator/cluster/model/metrics/MetricsModel.java:14,19).
STRIMZI_METRICS = 9404
# CNPG 1.30.0 instance manager's exporter, container port `metrics` (pkg/management/url/url.go PostgresMetricsPort).
CNPG_METRICS = 9187
# Strimzi 1.2.0 entity operator: topic operator `healthcheck` 8080, user operator `healthcheck` 8081, /metrics on
# both (model/EntityTopicOperator.java:62, EntityUserOperator.java:53).
STRIMZI_TOPIC_OPERATOR_METRICS = 8080
STRIMZI_USER_OPERATOR_METRICS = 8081
# Strimzi 1.2.0 cluster operator: container port `http` 8080 serves /metrics
# (packaging/examples/metrics/prometheus-install/pod-monitors/cluster-operator-metrics.yaml).
STRIMZI_OPERATOR_METRICS = 8080

# Spark driver UI (spark.ui.port, set by spark.py): serves the PrometheusServlet (/metrics/prometheus) and the
# executors' metrics (/metrics/executors/prometheus); spark-submit declares it on the driver pod as `spark-ui`
# (apache/spark resource-managers/kubernetes/core .../features/BasicDriverFeatureStep.scala driverUIPort).
SPARK_UI = 4040

# Airflow chart 1.22.0 statsd exporter (constructs_lib/airflow.py sets the chart's `ports.statsdIngest` /
# `ports.statsdScrape` and airflow.cfg `[metrics] statsd_port` to these): Airflow's components send StatsD over
# UDP to the ingest port, Prometheus scrapes /metrics on the scrape port (the chart's defaults, 9125 and 9102).
AIRFLOW_STATSD_INGEST = 9125
AIRFLOW_STATSD_SCRAPE = 9102
# MLflow tracking server (community-charts mlflow 1.11.5 `service.containerPort`, values/mlflow.yaml): the API and
# UI, and /metrics with `--expose-prometheus` (constructs_lib/mlflow.py).
MLFLOW_HTTP = 5000
# Operators and controllers installed by helmfile (the PodMonitors of constructs_lib/observability/operator_monitors.py
# scrape these; each pod declares the port, checked against the rendered chart in
# tests/platform/test_observability_operator_monitors.py).
# cert-manager v1.21.1: controller, webhook and cainjector containers `http-metrics` 9402 (chart templates/
# deployment.yaml:158-160, webhook-deployment.yaml:144-148, cainjector-deployment.yaml:111-115, all with
# prometheus.enabled).
CERT_MANAGER_METRICS = 9402
# external-secrets 2.9.0: controller, webhook and cert-controller `metrics` (values.yaml metrics.listen.port,
# webhook.metrics.listen.port, certController.metrics.listen.port = 8080; templates/deployment.yaml:143,162-165).
EXTERNAL_SECRETS_METRICS = 8080
# flink-kubernetes-operator 1.15.0: no metrics port unless `metrics.port` is set (templates/controller/
# deployment.yaml:86-88); the operator's Prometheus reporter listens on it (values/flink-kubernetes-operator.yaml sets
# both to this number, test_observability_operator_monitors.py checks they agree). The reporter's default port, as
# for the jobs (another pod, so no clash).
FLINK_OPERATOR_METRICS = 9249
# spark-operator 2.5.2: controller and webhook `metrics` (values.yaml prometheus.metrics.port 8080, enabled by default;
# templates/controller/deployment.yaml:99-100,149-151, webhook/deployment.yaml:77-79,100-102).
SPARK_OPERATOR_METRICS = 8080
# seaweedfs-operator 0.1.39: controller-runtime metrics on `http` (values.yaml port.number 8080;
# templates/deployment.yaml:51,62-64).
SEAWEEDFS_OPERATOR_METRICS = 8080
# SeaweedFS servers (master, volume, filer, S3 gateway): each component's `metricsPort` in the Seaweed CR
# (constructs_lib/seaweedfs.py), which the operator passes as `-metricsPort` and declares as a container port
# (seaweedfs-operator 0.1.39 internal/controller/controller_master_statefulset.go:38-39,72-75,
# controller_volume_statefulset.go:103-104,280-281, controller_filer_statefulset.go:47-48,83-85, controller_s3.go:
# 259-262,344-345). Each component is its own pod, so one number serves all; 9327 as in SeaweedFS' own Helm chart.
SEAWEEDFS_METRICS = 9327
# MinIO Tenant: the S3 API port, which also serves the Prometheus endpoints (minio/operator v7.1.1
# pkg/apis/minio.min.io/v2/constants.go:70 MinIOPort, declared by pkg/resources/statefulsets/minio-statefulset.go:153).
MINIO_S3 = 9000
# Argo CD v3.4.4 (chart argo-cd 10.1.1): every component declares `metrics` unconditionally (values.yaml
# controller/server/repoServer/applicationSet/notifications `containerPorts.metrics`; templates/
# argocd-application-controller/statefulset.yaml:369-371, argocd-server/deployment.yaml:421-423,
# argocd-repo-server/deployment.yaml:383-385, argocd-applicationset/deployment.yaml:252-254,
# argocd-notifications/deployment.yaml:130-132); `*.metrics.enabled` only adds Services.
ARGOCD_CONTROLLER_METRICS = 8082
ARGOCD_SERVER_METRICS = 8083
ARGOCD_REPO_SERVER_METRICS = 8084
ARGOCD_APPLICATIONSET_METRICS = 8080
ARGOCD_NOTIFICATIONS_METRICS = 9001

# Names the connectivity table may use instead of a number.
NAMED = {
    "flink-rest": FLINK_REST,
    "flink-jobmanager-rpc": FLINK_JOBMANAGER_RPC,
    "flink-blob": FLINK_BLOB,
    "flink-taskmanager-rpc": FLINK_TASKMANAGER_RPC,
    "flink-data": FLINK_TASKMANAGER_DATA,
    "flink-metrics": FLINK_METRICS,
    "kafka-agent": KAFKA_AGENT,
    "strimzi-metrics": STRIMZI_METRICS,
    "cnpg-metrics": CNPG_METRICS,
    "strimzi-topic-operator-metrics": STRIMZI_TOPIC_OPERATOR_METRICS,
    "strimzi-user-operator-metrics": STRIMZI_USER_OPERATOR_METRICS,
    "strimzi-operator-metrics": STRIMZI_OPERATOR_METRICS,
    "spark-ui": SPARK_UI,
    "airflow-statsd-ingest": AIRFLOW_STATSD_INGEST,
    "airflow-statsd-scrape": AIRFLOW_STATSD_SCRAPE,
    "mlflow-http": MLFLOW_HTTP,
    "cert-manager-metrics": CERT_MANAGER_METRICS,
    "external-secrets-metrics": EXTERNAL_SECRETS_METRICS,
    "flink-operator-metrics": FLINK_OPERATOR_METRICS,
    "spark-operator-metrics": SPARK_OPERATOR_METRICS,
    "seaweedfs-operator-metrics": SEAWEEDFS_OPERATOR_METRICS,
    "seaweedfs-metrics": SEAWEEDFS_METRICS,
    "argocd-controller-metrics": ARGOCD_CONTROLLER_METRICS,
    "argocd-server-metrics": ARGOCD_SERVER_METRICS,
    "argocd-repo-server-metrics": ARGOCD_REPO_SERVER_METRICS,
    "argocd-applicationset-metrics": ARGOCD_APPLICATIONSET_METRICS,
    "argocd-notifications-metrics": ARGOCD_NOTIFICATIONS_METRICS,
}
