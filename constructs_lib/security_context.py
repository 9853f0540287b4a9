"""Restricted (Pod Security Standard) security contexts for the platform's own workload pods."""
from __future__ import annotations

# Numeric ids: the kubelet can only verify runAsNonRoot against a numeric user.
SPARK_UID = 185      # `spark` user of the apache/spark images (and of our spark-jobs image)
FLINK_UID = 9999     # `flink` user of the official Flink images (and of our flink-job image)


def pod_security_context(uid: int, *, fs_group: bool = True) -> dict:
    context = {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    if fs_group:
        context["fsGroup"] = uid
    return context


def container_security_context(uid: int, *, read_only_root: bool = True) -> dict:
    return {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "readOnlyRootFilesystem": read_only_root,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
