"""Handles: what one component tells the others (hosts, ports, Secret names, pod labels).

Computed once from the config so that every chart uses the same values; the component's own
chart exposes its handle (`chart.handle`), and other charts receive it as a typed prop instead
of rebuilding strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from constructs_lib.config import PlatformConfig
from constructs_lib.config.object_store import BucketsConfig

# Strimzi: the TLS listener of the internal bootstrap service.
KAFKA_TLS_PORT = 9093


@dataclass(frozen=True)
class KafkaHandle:
    cluster_name: str
    namespace: str
    bootstrap_servers: str
    tls_port: int
    ca_secret: str                # Strimzi `<cluster>-cluster-ca-cert`, key `ca.crt` (in `namespace` only)
    authentication: str           # scram-sha-512 | tls
    user_secrets: dict[str, str]  # workload -> KafkaUser Secret (same name as the KafkaUser), in user_secrets_namespace
    raw_topic: str
    features_topic: str
    rejected_topic: str
    broker_pod_labels: dict[str, str] = field(default_factory=dict)
    # The KafkaUsers and the Secrets the User Operator writes for them live where the clients run
    # (Kafka.spec.entityOperator.userOperator.watchedNamespace): a Pod can only use its own namespace's Secrets.
    user_secrets_namespace: str = ""
    # Clients trust the cluster CA through this copy of `ca_secret` in their own namespace, kept in sync by
    # the secret manager (config kafka.cluster_ca_trust_bundle); PEM, possibly several CA certificates.
    ca_bundle_secret: str = ""
    ca_bundle_key: str = "ca.crt"
    ca_bundle_namespace: str = ""


@dataclass(frozen=True)
class ObjectStoreHandle:
    backend: str
    namespace: str
    endpoint_host: str
    port: int
    tls: bool
    region: str
    buckets: BucketsConfig
    credentials_secrets: dict[str, str]  # workload -> Secret with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
    s3_pod_labels: dict[str, str]
    path_style: bool = True
    access_key_field: str = "AWS_ACCESS_KEY_ID"
    secret_key_field: str = "AWS_SECRET_ACCESS_KEY"
    credentials_namespaces: dict[str, str] = field(default_factory=dict)  # workload -> namespace of its Secret

    @property
    def endpoint_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.endpoint_host}:{self.port}"


@dataclass(frozen=True)
class PostgresHandle:
    namespace: str
    cluster_name: str
    rw_host: str        # CNPG `<cluster>-rw` service
    port: int
    database: str
    owner: str
    app_secret: str     # CNPG `<cluster>-app` (keys: username, password, uri, fqdn-uri, ...)
    # Pre-created `kubernetes.io/basic-auth` Secret in the data-plane namespace with the owner's
    # username/password; CNPG bootstraps the database with it (see constructs_lib/postgres.py).
    owner_secret: str = ""
    # No client reads `app_secret` across namespaces: Airflow and MLflow get pre-created Secrets in their
    # own namespaces (airflow.metadata_connection_secret, mlflow.database_secret).


def kafka_handle(config: PlatformConfig) -> KafkaHandle:
    kafka, ns = config.kafka, config.namespaces.data_plane
    return KafkaHandle(
        cluster_name=kafka.cluster_name,
        namespace=ns,
        bootstrap_servers=f"{kafka.cluster_name}-kafka-bootstrap.{ns}.svc:{KAFKA_TLS_PORT}",
        tls_port=KAFKA_TLS_PORT,
        ca_secret=f"{kafka.cluster_name}-cluster-ca-cert",
        authentication=kafka.authentication,
        user_secrets={"flink": "flink-user-activity"},
        raw_topic=kafka.topics.raw_events.name,
        features_topic=kafka.topics.features.name,
        rejected_topic=kafka.topics.rejected_events.name,
        broker_pod_labels={"strimzi.io/cluster": kafka.cluster_name, "strimzi.io/broker-role": "true"},
        user_secrets_namespace=config.namespaces.processing_jobs,
        ca_bundle_secret=kafka.cluster_ca_trust_bundle.name,
        ca_bundle_key=kafka.cluster_ca_trust_bundle.key,
        ca_bundle_namespace=config.namespaces.processing_jobs,
    )


def object_store_handle(config: PlatformConfig) -> ObjectStoreHandle:
    store, ns = config.object_store, config.namespaces.data_plane
    if store.backend == "seaweedfs":
        # seaweedfs-operator: the standalone S3 gateway Service `<seaweed>-s3` (port `s3EffectivePort`:
        # spec.s3.port, default seaweedv1.FilerS3Port 8333), plain HTTP in-cluster, pod labels from
        # `labelsForS3` - seaweedfs/seaweedfs-operator internal/controller/controller_s3.go
        # (buildS3Service, labelsForS3).
        host, port, tls = f"{store.name}-s3.{ns}.svc", 8333, False
        labels = {"app.kubernetes.io/name": "seaweedfs", "app.kubernetes.io/instance": store.name,
                  "app.kubernetes.io/component": "s3"}
    else:
        # MinIO Tenant: Service `minio` (https when requestAutoCert), port 443.
        minio = store.minio
        tls = bool(minio and minio.request_auto_cert)
        host, port = f"minio.{ns}.svc", 443 if tls else 80
        labels = {"v1.min.io/tenant": store.name}
    return ObjectStoreHandle(
        backend=store.backend, namespace=ns, endpoint_host=host, port=port, tls=tls, region=store.region,
        buckets=store.buckets, credentials_secrets=store.credentials.model_dump(), s3_pod_labels=labels,
        credentials_namespaces={"spark": config.namespaces.processing_jobs, "flink": config.namespaces.processing_jobs,
                                "mlflow": config.namespaces.ml_lifecycle, "postgres_backup": ns},
    )


def postgres_handle(config: PlatformConfig, database: str) -> PostgresHandle:
    ns, cluster = config.namespaces.data_plane, f"{database}-db"
    return PostgresHandle(namespace=ns, cluster_name=cluster, rw_host=f"{cluster}-rw.{ns}.svc", port=5432,
                          database=database, owner=database, app_secret=f"{cluster}-app",
                          owner_secret=f"{cluster}-owner")


# MLflow tracking server (community-charts `mlflow` with fullnameOverride `mlflow`, service.port 5000):
# artifacts are proxied (`--serve-artifacts`), so clients need only this URI, no S3 credentials.
MLFLOW_PORT = 5000


@dataclass(frozen=True)
class MlflowHandle:
    namespace: str
    host: str
    port: int

    @property
    def tracking_uri(self) -> str:
        return f"http://{self.host}:{self.port}"


def mlflow_handle(config: PlatformConfig) -> MlflowHandle:
    ns = config.namespaces.ml_lifecycle
    return MlflowHandle(namespace=ns, host=f"mlflow.{ns}.svc", port=MLFLOW_PORT)
