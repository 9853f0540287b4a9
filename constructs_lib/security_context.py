"""Restricted (Pod Security Standard) security contexts for every chart's pod templates: dags/pod_security.py
is their one definition (the workflow there runs with that folder only), re-exported here for the charts."""
from __future__ import annotations

from dags.pod_security import FLINK_UID, SPARK_UID, container_security_context, pod_security_context

__all__ = ["FLINK_UID", "SPARK_UID", "container_security_context", "pod_security_context"]
