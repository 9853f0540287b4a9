"""Object storage: one S3 interface, two backends (SeaweedFS default, MinIO Tenant)."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from constructs_lib.config.types import BucketName, DnsLabel, DnsSubdomain, Quantity, StrictModel


class BucketsConfig(StrictModel):
    raw: BucketName
    features: BucketName
    mlflow_artifacts: BucketName
    flink_checkpoints: BucketName
    spark_checkpoints: BucketName
    postgres_backups: BucketName


class WorkloadCredentialsConfig(StrictModel):
    """Secret names (keys AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) per workload, in the workload's namespace:
    written by the SeaweedFS operator, or with MinIO read from the secret manager (secrets inventory)."""

    spark: DnsSubdomain
    flink: DnsSubdomain
    mlflow: DnsSubdomain
    postgres_backup: DnsSubdomain


class SeaweedfsConfig(StrictModel):
    masters: int = Field(default=1, ge=1)
    volumes: int = Field(default=1, ge=1)
    filers: int = Field(default=1, ge=1)
    volume_storage: Quantity = "50Gi"
    filer_storage: Quantity = "5Gi"
    master_storage: Quantity = "1Gi"
    storage_class: str | None = None
    replication: str = Field(default="000", pattern=r"^[0-9]{3}$")


class MinioConfig(StrictModel):
    servers: int = Field(default=4, ge=1)
    volumes_per_server: int = Field(default=4, ge=1)
    volume_size: Quantity = "100Gi"
    storage_class: str | None = None
    configuration_secret: DnsSubdomain
    request_auto_cert: bool = True


class ObjectStoreConfig(StrictModel):
    backend: Literal["seaweedfs", "minio"] = "seaweedfs"
    name: DnsLabel = "lake"
    region: str = "us-east-1"
    buckets: BucketsConfig
    credentials: WorkloadCredentialsConfig
    seaweedfs: SeaweedfsConfig = SeaweedfsConfig()
    minio: MinioConfig | None = None
