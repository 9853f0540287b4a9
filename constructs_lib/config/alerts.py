"""Alert thresholds (the PrometheusRules of constructs_lib/observability/alerts.py): what differs per environment.

Durations are Prometheus durations (`30s`, `10m`, `2h`, `1d`): they go verbatim into `for:` and range
selectors, so a value Prometheus would refuse stops synth here instead of failing the rule load.
"""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from constructs_lib.config.types import StrictModel

# Prometheus' duration syntax (prometheus/common model.ParseDuration), one unit: enough for thresholds.
_DURATION = re.compile(r"^[1-9][0-9]*(ms|s|m|h|d|w|y)$")
_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}


def duration_seconds(value: str) -> float:
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a Prometheus duration (a positive integer and one unit of ms, s, m, h, "
                         "d, w, y: e.g. 30s, 10m, 2h)")
    return int(value[: -len(match.group(1))]) * _SECONDS[match.group(1)]


def _duration(value: str) -> str:
    duration_seconds(value)
    return value


Duration = Annotated[str, AfterValidator(_duration)]


class AlertsConfig(StrictModel):
    # Kafka: the Flink job's consumer group lag summed over its partitions (messages), and for how long.
    kafka_consumer_lag_max: int = Field(ge=1)
    kafka_consumer_lag_for: Duration = "10m"
    # Flink: restarts of the job within flink_restart_window that page someone.
    flink_restarts_max: int = Field(default=3, ge=1)
    flink_restart_window: Duration = "1h"
    # Flink: the last checkpoint's duration (seconds) beyond which checkpoints count as slow.
    flink_checkpoint_duration_max_seconds: int = Field(ge=1)
    # CNPG: a standby's replay lag (seconds).
    postgres_replication_lag_max_seconds: int = Field(ge=1)
    # CNPG: age of the newest successful base backup (hours); must cover the backup schedule's interval.
    postgres_backup_max_age_hours: int = Field(ge=1)
    # Airflow: the scheduler's heartbeat counter must move within this window.
    airflow_scheduler_heartbeat_window: Duration = "5m"
    # Object store: fraction of a volume's capacity used.
    object_store_usage_max_ratio: float = Field(gt=0, lt=1)
    # Certificates: warn this many days before expiry, page at the critical number.
    certificate_expiry_warning_days: int = Field(default=21, ge=1)
    certificate_expiry_critical_days: int = Field(default=7, ge=1)
    # How long a serving/tracking Deployment may have no available replica before paging.
    service_down_for: Duration = "5m"
    # Argo CD: how long an Application may stay Degraded/Missing, or OutOfSync (auto-sync retries meanwhile).
    gitops_unhealthy_for: Duration = "15m"
    gitops_out_of_sync_for: Duration = "30m"
    # External Secrets: how long an ExternalSecret may stay not Ready (its Secret not written or stale).
    external_secret_not_ready_for: Duration = "15m"
