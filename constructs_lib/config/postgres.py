"""PostgreSQL clusters (CloudNativePG 1.30) for Airflow and MLflow metadata."""
from __future__ import annotations

from pydantic import Field

from constructs_lib.config.types import Quantity, Resources, StrictModel


class PostgresConfig(StrictModel):
    instances: int = Field(ge=1)
    storage_size: Quantity
    storage_class: str | None = None
    # Each instance's postgres container (Cluster.spec.resources; CNPG gives its init and Job containers
    # the same): without them the pods run unbounded (or with the namespace's LimitRange defaults).
    resources: Resources
    postgres_image: str = "ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie"
    backup_schedule: str = Field(default="0 0 2 * * *", pattern=r"^(\S+\s+){5}\S+$")
    backup_retention: str = Field(default="14d", pattern=r"^[1-9][0-9]*[dwm]$")
    monitoring: bool = True
