"""Cross-field rules: what a single field's type cannot say. Each yields (key path, rule)."""
from __future__ import annotations

from collections import Counter
from ipaddress import IPv4Network
from typing import Iterator

from pydantic import BaseModel

from constructs_lib.config.models import PlatformConfig
from constructs_lib.config.types import MIB, Resources, parse_quantity

Issue = tuple[str, str]


def check(config: PlatformConfig, *, file_stem: str) -> list[Issue]:
    issues: list[Issue] = []
    for rule in (_environment, _namespaces, _kafka, _kafka_internal_topics, _object_store, _seaweedfs, _resources,
                 _airflow, _compute, _cluster_namespaces, _processing_jobs_quota, _git, _secrets, _monitoring,
                 _alerts, _node_cidrs):
        issues.extend(rule(config, file_stem))
    return issues


def _environment(config: PlatformConfig, file_stem: str) -> Iterator[Issue]:
    if config.environment != file_stem:
        yield "environment", f"must equal the file name ({file_stem!r}), got {config.environment!r}"


def _namespaces(config: PlatformConfig, _: str) -> Iterator[Issue]:
    counts = Counter(name for _, name in config.namespaces.all())
    for key, name in config.namespaces.all():
        if counts[name] > 1:
            yield f"namespaces.{key}", f"namespace {name!r} is used for more than one role; each role needs its own"


def _min_isr_rule(min_isr: int, replicas: int) -> str | None:
    if replicas == 1 and min_isr != 1:
        return f"must be 1 when the replication factor is 1, got {min_isr}"
    if replicas > 1 and min_isr >= replicas:
        return (f"must be less than the replication factor ({replicas}) so that one broker can be down "
                f"without blocking producers, got {min_isr}")
    return None


def _kafka(config: PlatformConfig, _: str) -> Iterator[Issue]:
    kafka = config.kafka
    brokers = kafka.brokers.replicas
    if kafka.default_replication_factor > brokers:
        yield ("kafka.default_replication_factor",
               f"must be at most the number of brokers (kafka.brokers.replicas = {brokers}), "
               f"got {kafka.default_replication_factor}")
    problem = _min_isr_rule(kafka.min_insync_replicas, kafka.default_replication_factor)
    if problem:
        yield "kafka.min_insync_replicas", problem
    if kafka.controllers.replicas % 2 == 0:
        yield "kafka.controllers.replicas", f"must be odd for a KRaft quorum, got {kafka.controllers.replicas}"
    if config.production:
        for key, minimum in (("brokers.replicas", 3), ("controllers.replicas", 3),
                             ("default_replication_factor", 3), ("min_insync_replicas", 2)):
            value = kafka.brokers.replicas if key == "brokers.replicas" else (
                kafka.controllers.replicas if key == "controllers.replicas" else getattr(kafka, key))
            if value < minimum:
                yield f"kafka.{key}", f"must be at least {minimum} in production (production: true), got {value}"
        if not kafka.spread_across_zones:
            yield "kafka.spread_across_zones", "must be true in production (production: true)"
    names = Counter(topic.name for _, topic in kafka.topics.all())
    for key, topic in kafka.topics.all():
        path = f"kafka.topics.{key}"
        if names[topic.name] > 1:
            yield f"{path}.name", f"duplicate topic name {topic.name!r}: topic names must be unique"
        if topic.replicas > brokers:
            yield (f"{path}.replicas",
                   f"must be at most the number of brokers (kafka.brokers.replicas = {brokers}), got {topic.replicas}")
        if topic.min_insync_replicas is not None:
            problem = _min_isr_rule(topic.min_insync_replicas, topic.replicas)
            if problem:
                yield f"{path}.min_insync_replicas", problem
    if kafka.authentication == "tls":
        # No accepted setting may be a dead end: the PyFlink job maps no keystore (user.p12) into its
        # Kafka client, so with mutual TLS it would present no client certificate and be refused.
        yield ("kafka.authentication",
               "'tls' (mutual TLS) is not supported yet: the Flink job presents no client certificate; "
               "use 'scram-sha-512' (SCRAM over the TLS listener)")


def _object_store(config: PlatformConfig, _: str) -> Iterator[Issue]:
    store = config.object_store
    buckets = store.buckets.model_dump()
    counts = Counter(buckets.values())
    for key, name in buckets.items():
        if counts[name] > 1:
            yield f"object_store.buckets.{key}", f"bucket {name!r} is used for more than one purpose; buckets must be unique"
    if store.backend == "minio":
        if store.minio is None:
            yield "object_store.minio", "is required when object_store.backend is 'minio'"
        elif config.production:
            if store.minio.servers < 4:
                yield "object_store.minio.servers", f"must be at least 4 in production (erasure coding), got {store.minio.servers}"
            if store.minio.volumes_per_server < 4:
                yield ("object_store.minio.volumes_per_server",
                       f"must be at least 4 in production (erasure coding), got {store.minio.volumes_per_server}")


def _resources(config: PlatformConfig, _: str) -> Iterator[Issue]:
    def walk(value, path):
        if isinstance(value, Resources):
            yield from _request_within_limit(value, path)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                yield from walk(getattr(value, name), f"{path}.{name}" if path else name)

    yield from walk(config, "")


def _request_within_limit(resources: Resources, path: str) -> Iterator[Issue]:
    if parse_quantity(resources.memory_request) > parse_quantity(resources.memory_limit):
        yield f"{path}.memory_request", f"must not exceed {path}.memory_limit ({resources.memory_limit})"
    if resources.cpu_limit and parse_quantity(resources.cpu_request) > parse_quantity(resources.cpu_limit):
        yield f"{path}.cpu_request", f"must not exceed {path}.cpu_limit ({resources.cpu_limit})"


# The Airflow chart reads these Secrets with fixed keys (chart templates `_helpers.yaml`:
# fernet-key, api-secret-key, jwt-secret); a different key would leave the variable unset.
AIRFLOW_CHART_SECRET_KEYS = {"fernet_key": "fernet-key", "api_secret_key": "api-secret-key", "jwt_secret": "jwt-secret"}


def _airflow(config: PlatformConfig, _: str) -> Iterator[Issue]:
    for field, key in AIRFLOW_CHART_SECRET_KEYS.items():
        ref = getattr(config.airflow, field)
        if ref.key != key:
            yield (f"airflow.{field}.key",
                   f"must be {key!r}: the Airflow chart reads Secret {ref.name!r} with that fixed key, got {ref.key!r}")
# Spark's minimum memory overhead (spark.{driver,executor}.memoryOverhead floor), in bytes.
SPARK_MIN_OVERHEAD = 384 * MIB


def _compute(config: PlatformConfig, _: str) -> Iterator[Issue]:
    for role in ("driver", "executor"):
        resources: Resources = getattr(config.spark, role)
        headroom = parse_quantity(resources.memory_limit) - parse_quantity(resources.memory_request)
        if 0 <= headroom < SPARK_MIN_OVERHEAD:
            yield (f"spark.{role}.memory_limit",
                   f"must exceed spark.{role}.memory_request by at least 384Mi: the JVM heap is memory_request "
                   f"and Spark adds at least 384Mi of overhead inside the pod limit")
    flink = config.flink
    if flink.window_slide_seconds > flink.window_size_seconds or flink.window_size_seconds % flink.window_slide_seconds:
        yield ("flink.window_slide_seconds",
               f"must divide flink.window_size_seconds ({flink.window_size_seconds}): sliding windows are built "
               f"from slices of the slide, got {flink.window_slide_seconds}")
    if flink.autoscaler.enabled and flink.autoscaler.max_parallelism < flink.parallelism:
        yield ("flink.autoscaler.max_parallelism",
               f"must be at least flink.parallelism ({flink.parallelism}), got {flink.autoscaler.max_parallelism}")
def _cluster_namespaces(config: PlatformConfig, _: str) -> Iterator[Issue]:
    # NetworkPolicies treat these as peers of their own (the monitoring namespace with its own default deny and
    # groups); inside a platform namespace their pods would be default-denied by that namespace's policies.
    platform = {name: key for key, name in config.namespaces.all()}
    for key in ("dns_namespace", "monitoring_namespace", "ingress_namespace", "argocd_namespace"):
        name = getattr(config.cluster, key)
        if name in platform:
            yield (f"cluster.{key}", f"must not be a platform namespace (namespaces.{platform[name]} = {name!r}): "
                   "platform namespaces deny all traffic by default")
    node_exporter = config.monitoring.node_exporter.namespace
    others = {name: f"namespaces.{key}" for key, name in config.namespaces.all()}
    others |= {getattr(config.cluster, key): f"cluster.{key}" for key in (
        "dns_namespace", "monitoring_namespace", "ingress_namespace", "argocd_namespace", "cert_manager_namespace")}
    if node_exporter in others:
        yield ("monitoring.node_exporter.namespace",
               f"must be a namespace of its own ({others[node_exporter]} = {node_exporter!r}): it is the only "
               "namespace with Pod Security `privileged` (node-exporter reads the host)")


def _processing_jobs_quota(config: PlatformConfig, _: str) -> Iterator[Issue]:
    quota, path = config.processing_jobs_quota, "processing_jobs_quota"
    for request, limit in (("requests_cpu", "limits_cpu"), ("requests_memory", "limits_memory"),
                           ("default_cpu_request", "default_cpu_limit"),
                           ("default_memory_request", "default_memory_limit"),
                           ("default_memory_limit", "max_container_memory")):
        if parse_quantity(getattr(quota, request)) > parse_quantity(getattr(quota, limit)):
            yield f"{path}.{request}", f"must not exceed {path}.{limit} ({getattr(quota, limit)})"
def _kafka_internal_topics(config: PlatformConfig, _: str) -> Iterator[Issue]:
    """Consumer offsets and transaction state topics: created once by the brokers, so a replication
    factor above the broker count blocks every consumer group and every transactional producer."""
    kafka = config.kafka
    brokers = kafka.brokers.replicas
    for key in ("offsets_topic_replication_factor", "transaction_state_log_replication_factor"):
        value = getattr(kafka, key)
        if value is not None and value > brokers:
            yield (f"kafka.{key}",
                   f"must be at most the number of brokers (kafka.brokers.replicas = {brokers}), got {value}")
    if kafka.transaction_state_log_min_isr is not None:
        problem = _min_isr_rule(kafka.transaction_state_log_min_isr, kafka.transaction_replication)
        if problem:
            yield "kafka.transaction_state_log_min_isr", problem


def _seaweedfs(config: PlatformConfig, _: str) -> Iterator[Issue]:
    """SeaweedFS replication `xyz` keeps 1+x+y+z copies of each volume on distinct volume servers;
    its masters elect a leader by Raft."""
    store = config.object_store
    if store.backend != "seaweedfs":
        return
    sw = store.seaweedfs
    copies = 1 + sum(int(d) for d in sw.replication)
    if copies > sw.volumes:
        yield ("object_store.seaweedfs.replication",
               f"needs {copies} volume servers for replication {sw.replication!r}, "
               f"object_store.seaweedfs.volumes = {sw.volumes}")
    if sw.masters % 2 == 0:
        yield "object_store.seaweedfs.masters", f"must be odd for a Raft quorum, got {sw.masters}"


def git_url_port(url: str) -> int:
    """The TCP port a Git URL connects to: its explicit port, else 443 (https) or 22 (ssh, scp-like git@)."""
    from urllib.parse import urlsplit

    if url.startswith("git@"):
        return 22
    parts = urlsplit(url)
    return parts.port or {"https": 443, "ssh": 22}[parts.scheme]


def _git(config: PlatformConfig, _: str) -> Iterator[Issue]:
    """The NetworkPolicy opens git.port to git.host_cidrs: it must be the port git-sync dials."""
    try:
        expected = git_url_port(config.git.repo_url)
    except ValueError as error:
        yield "git.repo_url", f"has no valid port: {error}"
        return
    if config.git.port != expected:
        yield ("git.port", f"must be {expected}, the port git-sync connects to for git.repo_url "
                           f"{config.git.repo_url!r}, got {config.git.port}")


def _secret_refs(node, path: str):
    """(key path, {name, namespace, key}) for every Secret reference inside an ESO provider block: a mapping
    with `name` and `key` (SecretKeySelector), or `name` under a key ending in SecretRef."""
    if isinstance(node, dict):
        if "name" in node and ("key" in node or path.endswith(("SecretRef", "secretRef"))):
            yield path, node
            return
        for key, value in node.items():
            yield from _secret_refs(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _secret_refs(value, f"{path}[{i}]")


def _secrets(config: PlatformConfig, _: str) -> Iterator[Issue]:
    secrets = config.secrets
    store = secrets.store
    if len(store.provider) != 1:
        yield "secrets.store.provider", f"must name exactly one provider (vault, aws, gcpsm, ...), got {sorted(store.provider)}"
    credential = store.credential
    for path, ref in _secret_refs(store.provider, "secrets.store.provider"):
        if credential is None:
            yield path, (f"references Secret {ref.get('name')!r}, but secrets.store.credential is not set: "
                         "the store's one hand-made Secret must be declared there")
        elif ref.get("name") != credential.name or ref.get("namespace") != credential.namespace:
            yield path, (f"must reference the declared credential {credential.namespace}/{credential.name} "
                         f"(secrets.store.credential), got {ref.get('namespace')}/{ref.get('name')}: "
                         "a ClusterSecretStore reference needs the namespace, and no other Secret is made by hand")
        elif "key" in ref and ref["key"] not in credential.keys:
            yield f"{path}.key", f"must be one of secrets.store.credential.keys {credential.keys}, got {ref['key']!r}"
    if len(store.provider) == 1:
        yield from _store_provider_schema_problems(config)
    git, url = secrets.git, config.git.repo_url
    if git.auth == "https" and not url.startswith("https://"):
        yield "secrets.git.auth", f"is 'https' but git.repo_url is not an https:// URL ({url!r})"
    if git.auth == "ssh":
        if not url.startswith(("ssh://", "git@")):
            yield "secrets.git.auth", f"is 'ssh' but git.repo_url is not an ssh:// or git@ URL ({url!r})"
        if not git.known_hosts:
            yield "secrets.git.known_hosts", "is required with secrets.git.auth 'ssh' (git-sync and Argo CD check the host key)"


def _store_provider_schema_problems(config: PlatformConfig) -> Iterator[Issue]:
    """The provider block against the pinned ClusterSecretStore CRD (schemas/crds, `make imports`): unknown
    fields, enums, required keys. Synth stops here instead of the API server rejecting the store."""
    from constructs_lib.crd_schemas import crd_schema, validator

    store = config.secrets.store
    schema = crd_schema("external-secrets.io/v1", "ClusterSecretStore")
    assert schema is not None, "schemas/crds/ has no ClusterSecretStore: run `make imports`"
    document = {"apiVersion": "external-secrets.io/v1", "kind": "ClusterSecretStore", "metadata": {"name": store.name},
                "spec": {"provider": dict(store.provider)}}
    for error in sorted(validator(schema).iter_errors(document), key=lambda e: list(map(str, e.path))):
        path = ".".join(str(p) for p in list(error.absolute_path)[2:])
        yield f"secrets.store.provider{'.' + path if path else ''}", f"{error.message} (ClusterSecretStore CRD schema)"


def _monitoring(config: PlatformConfig, _: str) -> Iterator[Issue]:
    from constructs_lib.config.monitoring import byte_size

    prometheus = config.monitoring.prometheus
    # Prometheus needs room beyond the retained blocks for the WAL and compaction (the operator's guidance:
    # retentionSize well below the volume size); 80 % leaves that headroom.
    if byte_size(prometheus.retention_size) > float(parse_quantity(prometheus.storage_size)) * 0.8:
        yield ("monitoring.prometheus.retention_size",
               f"must be at most 80% of monitoring.prometheus.storage_size ({prometheus.storage_size}): the WAL "
               f"and compaction need the rest of the volume, got {prometheus.retention_size}")


# Where cluster nodes live: the RFC 1918 ranges and the shared address space (RFC 6598, used for node and pod
# networks by several managed clusters). Python's `is_private` is not the test: it calls 0.0.0.0/0 private.
NODE_RANGES = tuple(IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"))


def _node_cidrs(config: PlatformConfig, _: str) -> Iterator[Issue]:
    """Prometheus may dial node-exporter (9100) and the kubelet (10250) at these addresses: a public or wider
    range would open those ports towards hosts outside the cluster's network."""
    for i, cidr in enumerate(config.cluster.node_cidrs):
        if not any(cidr.subnet_of(block) for block in NODE_RANGES):
            yield (f"cluster.node_cidrs[{i}]",
                   f"must lie within a private range ({', '.join(map(str, NODE_RANGES))}): the NetworkPolicies open "
                   f"Prometheus' egress to node-exporter and the kubelet there, got {cidr}")


def _alerts(config: PlatformConfig, _: str) -> Iterator[Issue]:
    alerts = config.alerts
    if alerts.certificate_expiry_critical_days >= alerts.certificate_expiry_warning_days:
        yield ("alerts.certificate_expiry_critical_days",
               f"must be less than alerts.certificate_expiry_warning_days ({alerts.certificate_expiry_warning_days}): "
               f"the warning comes first, got {alerts.certificate_expiry_critical_days}")
    # postgres.backup_schedule is CNPG's six-field cron (seconds first): a single hour means one backup a
    # day at most, so a shorter age limit fires between two healthy backups.
    hour = config.postgres.backup_schedule.split()[2]
    if hour.isdigit() and alerts.postgres_backup_max_age_hours < 25:
        yield ("alerts.postgres_backup_max_age_hours",
               f"must be at least 25 with a once-a-day postgres.backup_schedule ({config.postgres.backup_schedule!r}: "
               f"a day plus an hour to finish), got {alerts.postgres_backup_max_age_hours}")
