"""Pod Security Standard `restricted` (plus the baseline rules it includes) for one pod spec.

`restricted_violations(pod_spec)` takes a core PodSpec dict and returns one message per violation.
Container-level settings override pod-level ones, as the kubelet applies them.
https://kubernetes.io/docs/concepts/security/pod-security-standards/
"""
from __future__ import annotations

ALLOWED_VOLUME_TYPES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                        "projected", "secret"}
ALLOWED_ADDED_CAPABILITIES = {"NET_BIND_SERVICE"}


def _containers(pod_spec: dict) -> list[tuple[str, dict]]:
    return [(f"{kind}[{c.get('name', i)}]", c)
            for kind in ("initContainers", "containers", "ephemeralContainers")
            for i, c in enumerate(pod_spec.get(kind) or [])]


def restricted_violations(pod_spec: dict) -> list[str]:
    problems: list[str] = []
    pod_ctx = pod_spec.get("securityContext") or {}
    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if pod_spec.get(key):
            problems.append(f"{key} must not be true")
    for volume in pod_spec.get("volumes") or []:
        kinds = set(volume) - {"name"}
        if not kinds <= ALLOWED_VOLUME_TYPES:
            problems.append(f"volume {volume.get('name')}: type {sorted(kinds - ALLOWED_VOLUME_TYPES)} not allowed")
    if pod_ctx.get("runAsUser") == 0:
        problems.append("pod securityContext.runAsUser must not be 0")
    if not _containers(pod_spec):
        problems.append("no containers")
    for where, container in _containers(pod_spec):
        ctx = container.get("securityContext") or {}

        def effective(key):
            return ctx[key] if key in ctx else pod_ctx.get(key)

        if ctx.get("privileged"):
            problems.append(f"{where}: privileged must not be true")
        if ctx.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}: allowPrivilegeEscalation must be false")
        if effective("runAsNonRoot") is not True:
            problems.append(f"{where}: runAsNonRoot must be true (container or pod)")
        if effective("runAsUser") == 0:
            problems.append(f"{where}: runAsUser must not be 0")
        seccomp = (effective("seccompProfile") or {}).get("type")
        if seccomp not in ("RuntimeDefault", "Localhost"):
            problems.append(f"{where}: seccompProfile.type must be RuntimeDefault or Localhost (container or pod)")
        capabilities = ctx.get("capabilities") or {}
        if "ALL" not in (capabilities.get("drop") or []):
            problems.append(f"{where}: capabilities.drop must include ALL")
        added = set(capabilities.get("add") or []) - ALLOWED_ADDED_CAPABILITIES
        if added:
            problems.append(f"{where}: capabilities.add {sorted(added)} not allowed")
        for port in container.get("ports") or []:
            if port.get("hostPort"):
                problems.append(f"{where}: hostPort must not be set")
    return problems
