"""Restricted (Pod Security Standard) security contexts and the images' user ids: the one definition.

Used by the workflow in this folder (the promotion-gate pod) and by constructs_lib (every chart's pod
templates, through constructs_lib/security_context.py). It lives here because the scheduler's git-sync
checkout of this folder is all the workflow can import; plain Python only.
"""
from __future__ import annotations

# Numeric ids: the kubelet can only verify runAsNonRoot against a numeric user.
SPARK_UID = 185      # `spark` user of the apache/spark images (and of our spark-jobs image)
FLINK_UID = 9999     # `flink` user of the official Flink images (and of our flink-job image)


def _user(uid: int | None) -> dict:
    # uid None: the image's own non-root user (e.g. Strimzi's Kafka images), checked by runAsNonRoot.
    return {} if uid is None else {"runAsUser": uid, "runAsGroup": uid}


def pod_security_context(uid: int | None = None, *, fs_group: bool = True,
                         fs_group_change_policy: str | None = None) -> dict:
    context = {"runAsNonRoot": True, **_user(uid), "seccompProfile": {"type": "RuntimeDefault"}}
    if fs_group and uid is not None:
        context["fsGroup"] = uid
    if fs_group_change_policy:
        context["fsGroupChangePolicy"] = fs_group_change_policy
    return context


def container_security_context(uid: int | None = None, *, read_only_root: bool = True) -> dict:
    return {
        "runAsNonRoot": True,
        **_user(uid),
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "readOnlyRootFilesystem": read_only_root,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
