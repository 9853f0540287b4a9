"""The whole environment configuration, as parsed from environments/<env>.yaml."""
from __future__ import annotations

from constructs_lib.config.alerts import AlertsConfig
from constructs_lib.config.apps import AirflowConfig, MlflowConfig, ServingConfig
from constructs_lib.config.compute import FlinkConfig, SparkConfig
from constructs_lib.config.kafka import KafkaConfig
from constructs_lib.config.monitoring import MonitoringConfig
from constructs_lib.config.object_store import ObjectStoreConfig
from constructs_lib.config.platform import ClusterConfig, GitConfig, NamespacesConfig
from constructs_lib.config.postgres import PostgresConfig
from constructs_lib.config.secrets import SecretsConfig
from constructs_lib.config.security import ContainerDefaults, NetworkSecurityConfig, ProcessingJobsQuota
from constructs_lib.config.types import DnsLabel, StrictModel


class PlatformConfig(StrictModel):
    environment: DnsLabel
    production: bool = False
    git: GitConfig
    cluster: ClusterConfig
    namespaces: NamespacesConfig = NamespacesConfig()
    kafka: KafkaConfig
    object_store: ObjectStoreConfig
    postgres: PostgresConfig
    spark: SparkConfig
    flink: FlinkConfig
    airflow: AirflowConfig
    mlflow: MlflowConfig
    serving: ServingConfig
    processing_jobs_quota: ProcessingJobsQuota
    container_defaults: ContainerDefaults
    network_security: NetworkSecurityConfig = NetworkSecurityConfig()
    secrets: SecretsConfig
    monitoring: MonitoringConfig
    alerts: AlertsConfig
