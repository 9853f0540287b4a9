"""Restricted (Pod Security Standard) security contexts for every chart's pod templates: dags/pod_security.py
is their one definition (the workflow there runs with that folder only), re-exported here for the charts as
plain data (custom resources) and as cdk8s-plus-28 structs (core kinds)."""
from __future__ import annotations

from cdk8s_plus_28 import k8s

from dags.pod_security import FLINK_UID, SPARK_UID, container_security_context, pod_security_context

__all__ = ["FLINK_UID", "SPARK_UID", "container_security_context", "k8s_container_security_context",
           "k8s_pod_security_context", "pod_security_context"]


def k8s_pod_security_context(uid: int) -> k8s.PodSecurityContext:
    ctx = pod_security_context(uid)
    return k8s.PodSecurityContext(run_as_non_root=ctx["runAsNonRoot"], run_as_user=ctx["runAsUser"],
                                  run_as_group=ctx["runAsGroup"], fs_group=ctx["fsGroup"],
                                  seccomp_profile=k8s.SeccompProfile(type=ctx["seccompProfile"]["type"]))


def k8s_container_security_context(uid: int) -> k8s.SecurityContext:
    ctx = container_security_context(uid)
    return k8s.SecurityContext(run_as_non_root=ctx["runAsNonRoot"], run_as_user=ctx["runAsUser"],
                               run_as_group=ctx["runAsGroup"], allow_privilege_escalation=ctx["allowPrivilegeEscalation"],
                               privileged=ctx["privileged"], read_only_root_filesystem=ctx["readOnlyRootFilesystem"],
                               capabilities=k8s.Capabilities(drop=ctx["capabilities"]["drop"]),
                               seccomp_profile=k8s.SeccompProfile(type=ctx["seccompProfile"]["type"]))
