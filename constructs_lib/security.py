"""The `security` chart: ServiceAccounts + RBAC, processing-jobs quotas, and the NetworkPolicies."""
from __future__ import annotations

from constructs import Construct

from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.network_policies import NetworkPolicies
from constructs_lib.quotas import ContainerDefaultsLimitRanges, ProcessingJobsQuota
from constructs_lib.rbac import Rbac


class SecurityChart(PlatformChart):
    # After the namespaces (-10), before any workload: pods must never start without their policies.
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "security", config=config, delivery=Delivery(sync_wave=-5))
        self.rbac = Rbac(self, "rbac", config=config)
        self.quota = ProcessingJobsQuota(self, "quota", config=config)
        self.container_defaults = ContainerDefaultsLimitRanges(self, "container-defaults", config=config)
        self.network_policies = NetworkPolicies(self, "network-policies", config=config)
