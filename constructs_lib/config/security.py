"""Security settings: quotas for the namespace where jobs run, and the serving port NetworkPolicies open."""
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
    # The quota caps limits.cpu, so a container without a CPU limit needs a default one to be admitted.
    default_cpu_limit: Quantity = "2"
    default_memory_request: Quantity = "512Mi"
    default_memory_limit: Quantity = "1Gi"
    max_container_memory: Quantity = "16Gi"


class ContainerDefaults(StrictModel):
    """LimitRange defaults in the platform namespaces other than processing-jobs (which has its own, with
    the quota): a container an operator creates without resources (e.g. CNPG's initdb Job, Strimzi's init
    container) or a chart offers no value for still gets requests and a memory limit."""

    cpu_request: Quantity = "100m"
    memory_request: Quantity = "256Mi"
    memory_limit: Quantity = "512Mi"


class NetworkSecurityConfig(StrictModel):
    """Ports of platform workloads that the NetworkPolicies open (pod ports, not Service ports)."""

    # The model-serving container port (MLflow/MLServer-style inference server).
    serving_port: int = Field(default=8080, ge=1, le=65535)
