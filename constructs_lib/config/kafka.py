"""Kafka (Strimzi 1.2.0, KRaft) configuration."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from constructs_lib.config.types import DnsLabel, Quantity, SecretKeyRef, StrictModel


class NodePoolConfig(StrictModel):
    replicas: int = Field(ge=1)
    storage_size: Quantity
    storage_class: str | None = None
    cpu_request: Quantity = "500m"
    memory: Quantity = "2Gi"


class TopicConfig(StrictModel):
    name: DnsLabel
    partitions: int = Field(ge=1, le=1000)
    replicas: int = Field(ge=1)
    retention_ms: int = Field(ge=-1)
    cleanup_policy: Literal["delete", "compact", "compact,delete"] = "delete"
    min_insync_replicas: int | None = Field(default=None, ge=1)


class KafkaTopicsConfig(StrictModel):
    """Topics the workloads need, by role. `extra` adds more topics without a workload."""

    raw_events: TopicConfig
    features: TopicConfig
    # The Flink job's dead-letter topic: every raw record it cannot use, with the reason.
    rejected_events: TopicConfig
    extra: list[TopicConfig] = []

    def all(self) -> list[tuple[str, TopicConfig]]:
        named = [("raw_events", self.raw_events), ("features", self.features),
                 ("rejected_events", self.rejected_events)]
        return named + [(f"extra[{i}]", t) for i, t in enumerate(self.extra)]


class KafkaConfig(StrictModel):
    cluster_name: DnsLabel = "events"
    version: Literal["4.2.0", "4.2.1", "4.3.0", "4.3.1"] = "4.3.1"
    metadata_version: str = "4.3-IV0"
    controllers: NodePoolConfig
    brokers: NodePoolConfig
    authentication: Literal["scram-sha-512", "tls"] = "scram-sha-512"
    default_replication_factor: int = Field(ge=1)
    min_insync_replicas: int = Field(ge=1)
    # Internal topics (consumer offsets, transaction state); None = default_replication_factor /
    # min_insync_replicas. Flink's exactly-once sink depends on the transaction state log.
    offsets_topic_replication_factor: int | None = Field(default=None, ge=1)
    transaction_state_log_replication_factor: int | None = Field(default=None, ge=1)
    transaction_state_log_min_isr: int | None = Field(default=None, ge=1)
    zone_topology_key: str | None = "topology.kubernetes.io/zone"
    spread_across_zones: bool = False
    topics: KafkaTopicsConfig
    flink_consumer_group: DnsLabel = "user-activity-features"
    flink_transactional_id_prefix: DnsLabel = "user-activity-features"
    # The cluster CA certificate (public) for clients in the processing-jobs namespace. Strimzi writes
    # `<cluster>-cluster-ca-cert` only in the Kafka namespace and a Pod cannot mount another namespace's
    # Secret, so ESO copies it here (every certificate, PEM, under `key`: during a CA renewal Strimzi's
    # Secret holds the old and the new one) and re-reads it every secrets.copy_refresh_interval.
    cluster_ca_trust_bundle: SecretKeyRef = SecretKeyRef(name="kafka-cluster-ca-trust", key="ca.crt")

    @property
    def offsets_replication(self) -> int:
        return self.offsets_topic_replication_factor or self.default_replication_factor

    @property
    def transaction_replication(self) -> int:
        return self.transaction_state_log_replication_factor or self.default_replication_factor

    @property
    def transaction_min_isr(self) -> int:
        return self.transaction_state_log_min_isr or self.min_insync_replicas
