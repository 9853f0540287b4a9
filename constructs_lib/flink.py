"""The streaming feature job: one FlinkDeployment (operator 1.15, application mode, PyFlink 2.2)."""
from __future__ import annotations

from decimal import Decimal

from constructs import Construct

from constructs_lib import naming, ports
from constructs_lib.observability.monitors import endpoint, pod_monitor
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.config.compute import FlinkConfig
from constructs_lib.config.types import Resources, jvm_memory, parse_quantity
from constructs_lib.custom_resource import custom_resource, sorted_data
from constructs_lib.handles import KafkaHandle, ObjectStoreHandle
from constructs_lib.images import FLINK_JOB_FILE, ImagesFile
from constructs_lib.security_context import FLINK_UID, container_security_context, pod_security_context

API = "flink.apache.org/v1beta1"
COMPONENT = "flink"
# spec.flinkVersion of the operator 1.15 CRD (enum): the PyFlink 2.2 image of docker/images.yaml.
FLINK_VERSION = "v2_2"
# The operator merges this container into the JobManager and TaskManager main containers.
MAIN_CONTAINER = "flink-main-container"
PYTHON_DRIVER = "org.apache.flink.client.python.PythonDriver"
KAFKA_CA_DIR = "/etc/kafka/ca"
KAFKA_USER_DIR = "/etc/kafka/user"

def flink_cpu(quantity: str) -> float:
    return float(parse_quantity(quantity))


def kafka_env(kafka: KafkaHandle) -> tuple[list[dict], list[dict], list[dict]]:
    """(env, volumes, volumeMounts) the job's kafka_security_options() maps to client properties.
    Strimzi TLS listener: trust the cluster CA (PEM); authenticate with the KafkaUser's Secret.
    Both Secrets are in the pod's own namespace (processing-jobs): the KafkaUser Secret is written there by
    the User Operator (watchedNamespace), the CA bundle is ESO's copy of `<cluster>-cluster-ca-cert`."""
    user_secret = kafka.user_secrets["flink"]
    volumes = [{"name": "kafka-cluster-ca", "secret": {
        "secretName": kafka.ca_bundle_secret, "items": [{"key": kafka.ca_bundle_key, "path": "ca.crt"}]}}]
    mounts = [{"name": "kafka-cluster-ca", "mountPath": KAFKA_CA_DIR, "readOnly": True}]
    env: list[dict] = [{"name": "KAFKA_SSL_TRUSTSTORE_PATH", "value": f"{KAFKA_CA_DIR}/ca.crt"}]
    if kafka.authentication == "scram-sha-512":
        env += [
            {"name": "KAFKA_SECURITY_PROTOCOL", "value": "SASL_SSL"},
            {"name": "KAFKA_SASL_MECHANISM", "value": "SCRAM-SHA-512"},
            # Strimzi: the SCRAM user name is the KafkaUser name, its Secret carries `password`.
            {"name": "KAFKA_SASL_USERNAME", "value": user_secret},
            {"name": "KAFKA_SASL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": user_secret, "key": "password"}}},
        ]
    else:  # mutual TLS: the KafkaUser Secret holds user.p12 + user.password
        volumes.append({"name": "kafka-user", "secret": {"secretName": user_secret,
                                                         "items": [{"key": "user.p12", "path": "user.p12"}]}})
        mounts.append({"name": "kafka-user", "mountPath": KAFKA_USER_DIR, "readOnly": True})
        env += [
            {"name": "KAFKA_SECURITY_PROTOCOL", "value": "SSL"},
            {"name": "KAFKA_SSL_KEYSTORE_TYPE", "value": "PKCS12"},
            {"name": "KAFKA_SSL_KEYSTORE_PATH", "value": f"{KAFKA_USER_DIR}/user.p12"},
            {"name": "KAFKA_SSL_KEYSTORE_PASSWORD",
             "valueFrom": {"secretKeyRef": {"name": user_secret, "key": "user.password"}}},
        ]
    return env, volumes, mounts


def pod_template(*, labels: dict[str, str], kafka: KafkaHandle, store: ObjectStoreHandle) -> dict:
    env, volumes, mounts = kafka_env(kafka)
    # Flink writes logs, its generated config and Python/Beam working files: give it writable
    # emptyDirs so the root filesystem can stay read-only.
    scratch = {"tmp": "/tmp", "flink-log": "/opt/flink/log"}
    volumes += [{"name": name, "emptyDir": {}} for name in scratch]
    mounts += [{"name": name, "mountPath": path} for name, path in scratch.items()]
    return {
        "metadata": {"labels": labels},
        "spec": sorted_data({
            "automountServiceAccountToken": True,  # native mode: the JobManager creates TaskManager pods
            "securityContext": pod_security_context(FLINK_UID),
            "containers": [{
                "name": MAIN_CONTAINER,
                "env": env + store.credentials_env("flink"),
                # Declared so that the PodMonitor (portNumber) finds the Prometheus reporter's endpoint.
                "ports": [{"name": "metrics", "containerPort": ports.FLINK_METRICS, "protocol": "TCP"}],
                "volumeMounts": mounts,
                # Writable root: the Flink image's docker-entrypoint.sh rewrites files under
                # /opt/flink/conf at start (cf. GoogleCloudPlatform/flink-on-k8s-operator#213);
                # Pod Security `restricted` does not require a read-only root.
                "securityContext": container_security_context(FLINK_UID, read_only_root=False),
            }],
            "volumes": volumes,
        }),
    }


def flink_configuration(flink: FlinkConfig, *, store: ObjectStoreHandle) -> dict[str, str]:
    bucket = f"s3://{store.buckets.flink_checkpoints}/{naming.FLINK_DEPLOYMENT}"
    conf = {
        "taskmanager.numberOfTaskSlots": str(flink.task_slots),
        "high-availability.type": "kubernetes",
        "high-availability.storageDir": f"{bucket}/ha",
        # Flink 2 names: state.checkpoints.dir / state.savepoints.dir are gone.
        "execution.checkpointing.storage": "filesystem",
        "execution.checkpointing.dir": f"{bucket}/checkpoints",
        "execution.checkpointing.savepoint-dir": f"{bucket}/savepoints",
        "execution.checkpointing.interval": f"{flink.checkpoint_interval_seconds}s",
        "execution.checkpointing.mode": "EXACTLY_ONCE",
        "execution.checkpointing.externalized-checkpoint-retention": "RETAIN_ON_CANCELLATION",
        "state.backend.type": "rocksdb",
        "execution.checkpointing.incremental": "true",
        # S3 (SeaweedFS / MinIO): endpoint and path-style here, credentials only from env (credentials_env).
        "s3.endpoint": store.endpoint_url,
        "s3.path.style.access": "true",
        "s3.endpoint.region": store.region,
        # The operator writes these into the pods' flink config; the root filesystem is read-only.
        "io.tmp.dirs": "/tmp",
        "python.executable": "python3",
        "python.client.executable": "python3",
    }
    conf.update(port_configuration())
    for role, resources in (("jobmanager", flink.job_manager), ("taskmanager", flink.task_manager)):
        factor = _cpu_limit_factor(resources)
        if factor:
            conf[f"kubernetes.{role}.cpu.limit-factor"] = factor
    if flink.autoscaler.enabled:
        # Operator 1.15 option names (job.autoscaler.target.utilization is deprecated).
        conf.update({
            "job.autoscaler.enabled": "true",
            "job.autoscaler.utilization.target": str(flink.autoscaler.target_utilization),
            "job.autoscaler.vertex.max-parallelism": str(flink.autoscaler.max_parallelism),
            "pipeline.max-parallelism": str(flink.autoscaler.max_parallelism),
        })
    return conf


def port_configuration() -> dict[str, str]:
    """Every port a JobManager/TaskManager listens on, from the constants the connectivity table opens
    (constructs_lib/ports.py): none is left to a Flink default, and `taskmanager.data.port` (default 0 =
    random) is pinned so TaskManagers can exchange data through a NetworkPolicy."""
    return {
        "rest.port": str(ports.FLINK_REST),
        "jobmanager.rpc.port": str(ports.FLINK_JOBMANAGER_RPC),
        # With high availability on, the JobManager's RPC port comes from this option (default 0 = random;
        # native Kubernetes falls back to jobmanager.rpc.port only when it is 0: apache/flink flink-kubernetes
        # KubernetesClusterDescriptor + KubernetesUtils.checkAndUpdatePortConfigOption). Pinned either way.
        "high-availability.jobmanager.port": str(ports.FLINK_JOBMANAGER_RPC),
        "blob.server.port": str(ports.FLINK_BLOB),
        "taskmanager.rpc.port": str(ports.FLINK_TASKMANAGER_RPC),
        "taskmanager.data.port": str(ports.FLINK_TASKMANAGER_DATA),
        # The Prometheus reporter ships in the Flink distribution's plugins/metrics-prometheus/
        # (apache/flink flink-dist/src/main/assemblies/plugins.xml), so the official image has it.
        "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
        "metrics.reporter.prom.port": str(ports.FLINK_METRICS),
    }


def _cpu_limit_factor(resources: Resources) -> str | None:
    if not resources.cpu_limit:
        return None
    factor = parse_quantity(resources.cpu_limit) / parse_quantity(resources.cpu_request)
    return str(factor.quantize(Decimal("0.01")).normalize())


def job_args(flink: FlinkConfig, *, kafka: KafkaHandle, consumer_group: str, transactional_id_prefix: str) -> list[str]:
    return [
        "-py", FLINK_JOB_FILE,
        "--bootstrap-servers", kafka.bootstrap_servers,
        "--source-topic", kafka.raw_topic,
        "--sink-topic", kafka.features_topic,
        "--rejects-topic", kafka.rejected_topic,
        "--group-id", consumer_group,
        "--transactional-id-prefix", transactional_id_prefix,
        "--window-size-seconds", str(flink.window_size_seconds),
        "--window-slide-seconds", str(flink.window_slide_seconds),
        "--max-out-of-orderness-seconds", str(flink.max_out_of_orderness_seconds),
        "--checkpoint-interval-seconds", str(flink.checkpoint_interval_seconds),
    ]


class FlinkJobsChart(PlatformChart):
    """`flink-jobs`: synced last, after the operator, Kafka, the object store and RBAC exist."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, kafka: KafkaHandle,
                 object_store: ObjectStoreHandle, images: ImagesFile, sync_wave: int = 50):
        super().__init__(scope, "flink-jobs", config=config, delivery=Delivery(sync_wave=sync_wave))
        flink, namespace = config.flink, config.namespaces.processing_jobs
        labels = naming.labels(COMPONENT, name=naming.FLINK_DEPLOYMENT, environment=config.environment)
        # A Pod can only reference Secrets of its own namespace (KafkaUser Secret, CA bundle).
        for what, secret_ns in (("KafkaUser Secrets", kafka.user_secrets_namespace),
                                ("cluster CA bundle", kafka.ca_bundle_namespace)):
            if secret_ns != namespace:
                raise ValueError(f"flink-jobs runs in {namespace!r} but the Kafka {what} are in {secret_ns!r}")
        if images.flink_version_enum != FLINK_VERSION:
            raise ValueError(f"docker/images.yaml flink_version {images.flink_version}: this chart targets Flink 2.2")
        spec = {
            "flinkConfiguration": sorted_data(flink_configuration(flink, store=object_store)),
            "flinkVersion": FLINK_VERSION,
            "image": images.flink_job,
            "imagePullPolicy": "IfNotPresent",
            "job": {
                "args": job_args(flink, kafka=kafka, consumer_group=config.kafka.flink_consumer_group,
                                 transactional_id_prefix=config.kafka.flink_transactional_id_prefix),
                "entryClass": PYTHON_DRIVER,
                "jarURI": images.flink_python_jar,
                "parallelism": flink.parallelism,
                "state": "running",
                "upgradeMode": flink.upgrade_mode,
            },
            "jobManager": {"replicas": 1, "resource": {
                "cpu": flink_cpu(flink.job_manager.cpu_request), "memory": jvm_memory(flink.job_manager.memory_limit)}},
            "podTemplate": pod_template(labels=labels, kafka=kafka, store=object_store),
            "serviceAccount": naming.FLINK_SA,
            "taskManager": {"resource": {
                "cpu": flink_cpu(flink.task_manager.cpu_request), "memory": jvm_memory(flink.task_manager.memory_limit)}},
        }
        custom_resource(self, "deployment", api_version=API, kind="FlinkDeployment", name=naming.FLINK_DEPLOYMENT,
                        namespace=namespace, component=COMPONENT, environment=config.environment, spec=spec)
        # JobManager and TaskManagers (Flink labels every pod `app: <FlinkDeployment name>`, apache/flink
        # flink-kubernetes utils/Constants.java LABEL_APP_KEY) serve the Prometheus reporter on FLINK_METRICS.
        pod_monitor(self, "podmonitor", name=naming.FLINK_DEPLOYMENT, namespace=namespace,
                    pods={"app": naming.FLINK_DEPLOYMENT}, component=COMPONENT, environment=config.environment,
                    endpoints=[endpoint(ports.FLINK_METRICS, relabel_pod_labels="component")])


# The Flink Kubernetes Operator (helmfile release `flink-kubernetes-operator` 1.15.0): pod label
# app.kubernetes.io/name=flink-kubernetes-operator (chart templates/_helpers.tpl flink-operator.selectorLabels,
# controller/deployment.yaml:38-39). Its Prometheus reporter (values/flink-kubernetes-operator.yaml:
# `kubernetes.operator.metrics.reporter.prom.*`, the reporter jar ships in the operator image per
# docs/content/docs/operations/metrics-logging.md:521 at release-1.15.0) listens on ports.FLINK_OPERATOR_METRICS,
# which `metrics.port` declares on the operator container (controller/deployment.yaml:86-89).
OPERATOR_PODS = {"app.kubernetes.io/name": "flink-kubernetes-operator"}


def operator_monitors(scope: Construct, *, config: PlatformConfig) -> None:
    pod_monitor(scope, "podmonitor-flink-operator", name="flink-kubernetes-operator",
                namespace=config.namespaces.operators, pods=dict(OPERATOR_PODS),
                endpoints=[endpoint(ports.FLINK_OPERATOR_METRICS)], component=COMPONENT,
                environment=config.environment)
