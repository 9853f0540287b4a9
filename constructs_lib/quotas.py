"""ResourceQuota and LimitRange for processing-jobs, where Airflow launches Spark, Flink and gate pods, and
LimitRange defaults (config container_defaults) in every other platform namespace."""
from __future__ import annotations

from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming
from constructs_lib.config import PlatformConfig
from constructs_lib.k8s_values import quantity as _q

QUOTA_NAME = "processing-jobs-quota"
LIMIT_RANGE_NAME = "processing-jobs-defaults"
DEFAULTS_NAME = "container-defaults"


class ProcessingJobsQuota(Construct):
    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig):
        super().__init__(scope, id)
        quota, namespace, env = config.processing_jobs_quota, config.namespaces.processing_jobs, config.environment
        k8s.KubeResourceQuota(
            self, "quota",
            metadata=k8s.ObjectMeta(name=QUOTA_NAME, namespace=namespace,
                                    labels=naming.labels("quota", name=QUOTA_NAME, environment=env)),
            spec=k8s.ResourceQuotaSpec(hard={
                "requests.cpu": _q(quota.requests_cpu), "requests.memory": _q(quota.requests_memory),
                "limits.cpu": _q(quota.limits_cpu), "limits.memory": _q(quota.limits_memory),
                "pods": _q(str(quota.pods)), "persistentvolumeclaims": _q(str(quota.persistent_volume_claims)),
            }),
        )
        # Defaults so that a pod without resources is still admitted under the quota (it caps limits too).
        k8s.KubeLimitRange(
            self, "limits",
            metadata=k8s.ObjectMeta(name=LIMIT_RANGE_NAME, namespace=namespace,
                                    labels=naming.labels("quota", name=LIMIT_RANGE_NAME, environment=env)),
            spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(
                type="Container",
                default_request={"cpu": _q(quota.default_cpu_request), "memory": _q(quota.default_memory_request)},
                default={"cpu": _q(quota.default_cpu_limit), "memory": _q(quota.default_memory_limit)},
                max={"memory": _q(quota.max_container_memory)},
            )]),
        )


class ContainerDefaultsLimitRanges(Construct):
    """A LimitRange in each platform namespace but processing-jobs: the API server's LimitRanger admission
    gives any container that comes without resources (operator-created init containers and Jobs, chart
    containers without a resources value) requests and a memory limit from config."""

    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig):
        super().__init__(scope, id)
        defaults, env = config.container_defaults, config.environment
        for role, namespace in config.namespaces.all():
            if namespace == config.namespaces.processing_jobs:
                continue
            k8s.KubeLimitRange(
                self, role,
                metadata=k8s.ObjectMeta(name=DEFAULTS_NAME, namespace=namespace,
                                        labels=naming.labels("quota", name=DEFAULTS_NAME, environment=env)),
                spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(
                    type="Container",
                    default_request={"cpu": _q(defaults.cpu_request), "memory": _q(defaults.memory_request)},
                    default={"memory": _q(defaults.memory_limit)},
                )]),
            )
