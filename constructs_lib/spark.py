"""Batch jobs: the SparkApplication templates (Kubeflow Spark Operator 2.5.2, v1beta2).

Delivered with `synced=False`: Argo CD never applies them. The Airflow DAG reads
dist/<env>/spark-templates.yaml through gitSync, renders the run date (RUN_DATE) (SparkKubernetesOperator's
templated `template_spec`), sets metadata.name per run and submits.
"""
from __future__ import annotations

import math

import cdk8s
from constructs import Construct

from constructs_lib import naming, ports
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.config.compute import SparkConfig
from constructs_lib.config.types import Resources, jvm_memory, parse_quantity
from constructs_lib.custom_resource import custom_resource, sorted_data
from constructs_lib.handles import MlflowHandle, ObjectStoreHandle
from constructs_lib.images import SPARK_JOBS_DIR, ImagesFile
from constructs_lib.observability.monitors import endpoint, pod_monitor
from constructs_lib.security_context import SPARK_UID, container_security_context, pod_security_context
API = "sparkoperator.k8s.io/v1beta2"
COMPONENT = "spark"
# Jinja, rendered by Airflow at submit time: the DAG's macro for the last complete UTC day before the
# end of the run's data interval (dags/batch_feature_training.py states the rule; not `ds`, which under
# Airflow 3's default cron timetable is the day that has just begun).
RUN_DATE = "{{ last_complete_day(data_interval_end) }}"
# Writable scratch for a read-only root filesystem: /tmp (MLflow, Python) and Spark's work dir.
SCRATCH = {"tmp": "/tmp", "work-dir": "/opt/spark/work-dir"}


def s3a_conf(store: ObjectStoreHandle) -> dict[str, str]:
    """S3A (Hadoop 3.5, AWS SDK v2) against the platform's object store. No key here: the
    credentials come from the environment (secretKeyRef), read by EnvironmentVariableCredentialsProvider."""
    return {
        "spark.hadoop.fs.s3a.endpoint": store.endpoint_url,
        "spark.hadoop.fs.s3a.endpoint.region": store.region,
        "spark.hadoop.fs.s3a.path.style.access": "true" if store.path_style else "false",
        "spark.hadoop.fs.s3a.connection.ssl.enabled": "true" if store.tls else "false",
        "spark.hadoop.fs.s3a.aws.credentials.provider":
            "software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider",
        "spark.hadoop.fs.s3a.impl": "org.apache.hadoop.fs.s3a.S3AFileSystem",
        "spark.sql.sources.partitionOverwriteMode": "dynamic",
        # Day partitions (event_date, run_date) are UTC days whatever the node's time zone.
        "spark.sql.session.timeZone": "UTC",
    }


def _sizing(resources: Resources) -> dict:
    """Spark pod memory = JVM heap + overhead: heap = memory_request, overhead = the rest up to the
    limit (config rule: at least Spark's 384 MiB minimum), pod limit = memory_limit."""
    overhead = parse_quantity(resources.memory_limit) - parse_quantity(resources.memory_request)
    sizing = {
        "cores": max(1, math.ceil(parse_quantity(resources.cpu_request))),
        "coreRequest": resources.cpu_request,
        "memory": jvm_memory(resources.memory_request),
        "memoryOverhead": jvm_memory(overhead),
        "memoryLimit": resources.memory_limit,
    }
    if resources.cpu_limit:
        sizing["coreLimit"] = resources.cpu_limit
    return sizing


# Metrics of every Spark application: the driver's PrometheusServlet sink (driver and its sources) and the
# executors' summary (`spark.ui.prometheus.enabled`), both served by the driver UI on ports.SPARK_UI and scraped
# by the PodMonitor of SparkMonitorsChart. `spark.metrics.namespace` replaces the default prefix (the application
# id, different on every run) so the series keep their names across runs: metrics_spark_driver_... . The names
# were read from a real Spark 4.3 driver (tests/jobs/spark/test_metrics.py checks the catalog against one).
METRICS_NAMESPACE = "spark"


def metrics_conf() -> dict[str, str]:
    return {
        "spark.ui.port": str(ports.SPARK_UI),
        "spark.ui.prometheus.enabled": "true",
        "spark.metrics.namespace": METRICS_NAMESPACE,
        "spark.metrics.conf.*.sink.prometheusServlet.class": "org.apache.spark.metrics.sink.PrometheusServlet",
        "spark.metrics.conf.*.sink.prometheusServlet.path": "/metrics/prometheus",
    }


class SparkTemplatesChart(PlatformChart):
    """`spark-templates`: the SparkApplications `feature-engineering` and `model-training`."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, object_store: ObjectStoreHandle,
                 mlflow: MlflowHandle, images: ImagesFile):
        super().__init__(scope, "spark-templates", config=config, delivery=Delivery(sync_wave=50, synced=False))
        buckets = object_store.buckets
        features_uri = f"s3a://{buckets.features}/user_activity"
        self.feature_engineering = self._application(
            naming.SPARK_FEATURE_APP, file="feature_engineering.py", object_store=object_store, images=images,
            arguments=["--input-uri", f"s3a://{buckets.raw}/events", "--output-uri", features_uri,
                       "--run-date", RUN_DATE],
        )
        tmp_bucket = f"s3a://{buckets.spark_checkpoints}"
        self.model_training = self._application(
            naming.SPARK_TRAINING_APP, file="training.py", object_store=object_store, images=images,
            arguments=["--features-uri", features_uri, "--run-date", RUN_DATE,
                       "--model-name", config.spark.model_name, "--experiment-name", config.spark.experiment_name,
                       # executors write the Spark model's parts to shared storage, not the driver's disk
                       "--dfs-tmpdir", f"{tmp_bucket}/mlflow-tmp"],
            # mlflow.spark.log_model copies the saved model back with Hadoop's *default* FileSystem
            # (FileSystem.get(conf)), so an s3a:// dfs_tmpdir fails with "Wrong FS" unless the default FS
            # is that bucket. Paths the job uses are all scheme-qualified; Spark resolves schemeless
            # local dirs (event log, warehouse) to file:. Tested in tests/jobs/spark/test_cluster_fidelity.py.
            extra_conf={"spark.hadoop.fs.defaultFS": tmp_bucket},
            # MLflow proxies artifacts: the tracking URI is all the job needs for MLflow.
            driver_env=[{"name": "MLFLOW_TRACKING_URI", "value": mlflow.tracking_uri}],
        )

    def _application(self, name: str, *, file: str, arguments: list[str], object_store: ObjectStoreHandle,
                     images: ImagesFile, driver_env: list[dict] | None = None,
                     extra_conf: dict[str, str] | None = None) -> cdk8s.ApiObject:
        spark: SparkConfig = self.config.spark
        labels = naming.labels(COMPONENT, name=name, environment=self.config.environment)
        common_env = object_store.credentials_env("spark") + [{"name": "HOME", "value": "/tmp"}]

        def pod(role: str, extra_env: list[dict], **fields) -> dict:
            return {**fields, "labels": labels, **_sizing(getattr(spark, role)),
                    "env": common_env + extra_env,
                    "volumeMounts": [{"name": volume, "mountPath": path} for volume, path in SCRATCH.items()],
                    "podSecurityContext": pod_security_context(SPARK_UID),
                    "securityContext": container_security_context(SPARK_UID)}

        spec = {
            "type": "Python",
            "pythonVersion": "3",
            "mode": "cluster",
            "image": images.spark_jobs,
            "imagePullPolicy": "IfNotPresent",
            "sparkVersion": images.spark_version,
            "mainApplicationFile": f"local://{SPARK_JOBS_DIR}/{file}",
            "arguments": arguments,
            "sparkConf": s3a_conf(object_store) | metrics_conf() | (extra_conf or {}),
            # Never: Airflow owns retries (task retries: 2) and resubmits a fresh application;
            # operator retries on top would multiply attempts and hide failures from the task.
            "restartPolicy": {"type": "Never"},
            "timeToLiveSeconds": spark.time_to_live_seconds,
            "driver": pod("driver", driver_env or [], serviceAccount=naming.SPARK_DRIVER_SA),
            "executor": pod("executor", [], instances=spark.executor_instances),
            "volumes": [{"name": volume, "emptyDir": {}} for volume in SCRATCH],
        }
        # Keys sorted: the order cdk8s gave the typed objects this chart used to build (dist/ unchanged).
        return custom_resource(self, name, api_version=API, kind="SparkApplication", name=name,
                               namespace=self.config.namespaces.processing_jobs, component=COMPONENT,
                               environment=self.config.environment, spec=sorted_data(spec))


class SparkMonitorsChart(PlatformChart):
    """`spark-monitors`: the PodMonitor of every Spark driver in processing-jobs (the SparkApplications are
    templates the DAG submits, never synced, so their monitor lives in a synced chart of its own)."""

    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "spark-monitors", config=config, delivery=Delivery(sync_wave=50))
        pod_monitor(self, "podmonitor-drivers", name="spark-drivers", namespace=config.namespaces.processing_jobs,
                    pods={"spark-role": "driver"}, component=COMPONENT, environment=config.environment,
                    endpoints=[endpoint(ports.SPARK_UI, path="/metrics/prometheus",
                                        relabel_pod_labels="sparkoperator_k8s_io_app_name"),
                               endpoint(ports.SPARK_UI, path="/metrics/executors/prometheus",
                                        relabel_pod_labels="sparkoperator_k8s_io_app_name")])


# The Kubeflow Spark operator (helmfile release `spark-operator` 2.5.2): controller and webhook pods, labels
# app.kubernetes.io/name=spark-operator + app.kubernetes.io/component=controller|webhook (chart templates/
# controller/_helpers.tpl, webhook/_helpers.tpl selectorLabels). Both serve metrics by default
# (values.yaml prometheus.metrics.enable true, port 8080 `metrics`: controller/deployment.yaml:98-105,149-151,
# webhook/deployment.yaml:77-82,100-102). The controller's are the SparkApplication counters (pkg/common/metrics.go).
OPERATOR_COMPONENTS = ("controller", "webhook")


def operator_monitors(scope: Construct, *, config: PlatformConfig) -> None:
    for part in OPERATOR_COMPONENTS:
        pod_monitor(scope, f"podmonitor-spark-operator-{part}", name=f"spark-operator-{part}",
                    namespace=config.namespaces.operators,
                    pods={"app.kubernetes.io/name": "spark-operator", "app.kubernetes.io/component": part},
                    endpoints=[endpoint(ports.SPARK_OPERATOR_METRICS)], component=COMPONENT,
                    environment=config.environment)
