"""Quotas for the namespace where jobs run."""
from __future__ import annotations

from pydantic import Field

from constructs_lib.config.types import Quantity, StrictModel


class ProcessingJobsQuota(StrictModel):
    requests_cpu: Quantity
    requests_memory: Quantity
    limits_cpu: Quantity
    limits_memory: Quantity
    pods: int = Field(ge=1)
    persistent_volume_claims: int = Field(default=10, ge=0)
    default_cpu_request: Quantity = "250m"
    default_memory_request: Quantity = "512Mi"
    default_memory_limit: Quantity = "1Gi"
    max_container_memory: Quantity = "16Gi"
