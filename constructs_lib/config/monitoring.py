"""Monitoring (kube-prometheus-stack 88.5.3): retention, storage and resources per environment.

The namespace is cluster.monitoring_namespace (the NetworkPolicies' scrape peer); node-exporter runs in its
own namespace because it needs host access (Pod Security `privileged` there, `restricted` everywhere else).
"""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from constructs_lib.config.types import QUANTITY_FACTORS, DnsLabel, DnsSubdomain, Quantity, Resources, StrictModel

# The Prometheus CRD's own patterns (monitoring.coreos.com/v1 Prometheus spec.retention / spec.retentionSize,
# schemas/crds/monitoring.coreos.com/v1/Prometheus.json): checked here so that a typo stops synth with the
# key's name instead of being refused by the API server at sync.
_DURATION = re.compile(r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$")
_BYTE_SIZE = re.compile(r"(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$")
# Prometheus' byte units are Kubernetes' quantity suffixes (one table: constructs_lib/config/types.py).
_BYTE_FACTORS = {suffix or "": factor for suffix, factor in QUANTITY_FACTORS.items() if suffix != "m"}


def _duration(value: str) -> str:
    if not value or value == "0" or not _DURATION.match(value):
        raise ValueError(f"{value!r} is not a Prometheus duration (e.g. 30s, 15d, 1w2d; units y w d h m s ms)")
    return value


def _byte_size(value: str) -> str:
    if not _BYTE_SIZE.match(value):
        raise ValueError(f"{value!r} is not a Prometheus byte size (e.g. 45GB, 900MiB)")
    return value


def byte_size(value: str) -> float:
    """A Prometheus byte size (e.g. 45GiB) in bytes."""
    match = re.match(r"^([0-9]*\.?[0-9]+)((?:K|M|G|T|E|P)i?)?B$", value)
    if not match:
        return 0.0
    return float(match.group(1)) * float(_BYTE_FACTORS[match.group(2) or ""])


PromDuration = Annotated[str, AfterValidator(_duration)]
PromByteSize = Annotated[str, AfterValidator(_byte_size)]


class PrometheusConfig(StrictModel):
    replicas: int = Field(default=1, ge=1, le=3)
    retention: PromDuration = "10d"
    # Prometheus deletes the oldest blocks beyond this size; must leave headroom below storage_size (WAL,
    # compaction), checked in rules.py.
    retention_size: PromByteSize
    storage_size: Quantity
    storage_class: DnsSubdomain | None = None   # None: the cluster's default StorageClass
    scrape_interval: PromDuration = "30s"
    evaluation_interval: PromDuration = "30s"
    resources: Resources


class AlertmanagerConfig(StrictModel):
    replicas: int = Field(default=1, ge=1, le=3)
    retention: PromDuration = "120h"
    storage_size: Quantity = "1Gi"
    resources: Resources


class NodeExporterConfig(StrictModel):
    enabled: bool = True
    namespace: DnsLabel = "monitoring-node-exporter"
    resources: Resources


class MonitoringConfig(StrictModel):
    prometheus: PrometheusConfig
    alertmanager: AlertmanagerConfig
    grafana: Resources
    operator: Resources
    kube_state_metrics: Resources
    node_exporter: NodeExporterConfig
