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
}
