"""Spark (Kubeflow Spark Operator 2.5.2) and Flink (operator 1.15.0) workload settings."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from constructs_lib.config.types import DnsLabel, Resources, StrictModel


class SparkConfig(StrictModel):
    driver: Resources
    executor: Resources
    executor_instances: int = Field(ge=1)
    time_to_live_seconds: int = Field(default=86400, ge=60)
    model_name: DnsLabel = "user-activity-model"
    experiment_name: DnsLabel = "user-activity"


class FlinkAutoscalerConfig(StrictModel):
    enabled: bool = False
    target_utilization: float = Field(default=0.7, gt=0, le=1)
    max_parallelism: int = Field(default=8, ge=1)


class FlinkConfig(StrictModel):
    parallelism: int = Field(ge=1)
    task_slots: int = Field(default=2, ge=1)
    upgrade_mode: Literal["stateless", "savepoint", "last-state"]
    job_manager: Resources
    task_manager: Resources
    window_size_seconds: int = Field(default=3600, ge=1)
    window_slide_seconds: int = Field(default=300, ge=1)
    max_out_of_orderness_seconds: int = Field(default=30, ge=0)
    checkpoint_interval_seconds: int = Field(default=60, ge=1)
    autoscaler: FlinkAutoscalerConfig = FlinkAutoscalerConfig()
