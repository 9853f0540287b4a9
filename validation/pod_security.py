"""Pod Security Standards `restricted` (the checks the platform relies on), and a walker that finds every
pod template in synthesized objects, including those inside custom resources.

restricted_violations(pod_spec) follows https://kubernetes.io/docs/concepts/security/pod-security-standards/
(restricted + the baseline items it inherits that a CR can set): runAsNonRoot (pod or every container, and
no runAsUser 0), allowPrivilegeEscalation false, capabilities drop ALL and add at most NET_BIND_SERVICE,
seccompProfile RuntimeDefault/Localhost (pod or container), no privileged, no hostPath volumes, no
hostNetwork/hostPID/hostIPC, no hostPort.
"""
from __future__ import annotations

import copy
from typing import Any
from typing import Iterator

CONTAINER_KEYS = ("initContainers", "containers", "ephemeralContainers")
ALLOWED_SECCOMP = {"RuntimeDefault", "Localhost"}

# Kinds that never carry a pod template (anything else unknown is an error: teach pod_specs() about it).
NON_POD_KINDS = {
    "Namespace", "ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "NetworkPolicy",
    "ResourceQuota", "LimitRange", "ConfigMap", "Secret", "Service", "PersistentVolumeClaim", "Ingress",
    "PodDisruptionBudget", "HorizontalPodAutoscaler", "KafkaTopic", "KafkaUser", "Bucket", "S3Identity",
    "S3Credentials", "S3Policy", "S3PolicyBinding", "ScheduledBackup", "Backup", "ObjectStore", "Database",
    "Application", "AppProject", "ApplicationSet", "Certificate", "Issuer", "ClusterIssuer", "PolicyBinding",
    "FlinkSessionJob", "FlinkStateSnapshot", "ExternalSecret", "SecretStore", "ClusterSecretStore", "Password",
    "ResourceReferenceGrant", "PodMonitor", "ServiceMonitor", "PrometheusRule",
}

# CloudNativePG generates restricted-compliant instance pods unless the Cluster overrides the contexts
# (cloudnative-pg docs "Security": runAsNonRoot, seccomp RuntimeDefault, drop ALL, no privilege escalation).
CNPG_DEFAULT_POD = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
CNPG_DEFAULT_CONTAINER = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                          "runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}


def restricted_violations(pod_spec: dict) -> list[str]:
    """Every way pod_spec breaks `restricted`, as readable messages (empty list = compliant)."""
    problems: list[str] = []
    pod_sc = pod_spec.get("securityContext") or {}
    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if pod_spec.get(key):
            problems.append(f"{key}: true")
    for volume in pod_spec.get("volumes") or []:
        if "hostPath" in volume:
            problems.append(f"volume {volume.get('name')!r} uses hostPath")
    if pod_sc.get("runAsUser") == 0:
        problems.append("pod securityContext.runAsUser: 0")
    pod_seccomp = (pod_sc.get("seccompProfile") or {}).get("type")
    if pod_seccomp and pod_seccomp not in ALLOWED_SECCOMP:
        problems.append(f"pod seccompProfile {pod_seccomp}")
    containers = [(key, c) for key in CONTAINER_KEYS for c in pod_spec.get(key) or []]
    if not containers:
        problems.append("no containers")
    for key, container in containers:
        where = f"{key[:-1]} {container.get('name', '?')!r}"
        sc = container.get("securityContext") or {}
        non_root = sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot"))
        if non_root is not True:
            problems.append(f"{where}: runAsNonRoot must be true (pod or container)")
        if sc.get("runAsUser") == 0:
            problems.append(f"{where}: runAsUser 0")
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}: allowPrivilegeEscalation must be false")
        if sc.get("privileged"):
            problems.append(f"{where}: privileged")
        capabilities = sc.get("capabilities") or {}
        if "ALL" not in (capabilities.get("drop") or []):
            problems.append(f"{where}: capabilities.drop must include ALL")
        added = set(capabilities.get("add") or []) - {"NET_BIND_SERVICE"}
        if added:
            problems.append(f"{where}: adds capabilities {sorted(added)}")
        seccomp = (sc.get("seccompProfile") or {}).get("type") or pod_seccomp
        if seccomp not in ALLOWED_SECCOMP:
            problems.append(f"{where}: seccompProfile must be RuntimeDefault or Localhost (pod or container)")
        for port in container.get("ports") or []:
            if port.get("hostPort"):
                problems.append(f"{where}: hostPort {port['hostPort']}")
    return problems


def _dig(doc: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def _merge_containers(base: list[dict], extra: list[dict]) -> list[dict]:
    merged = {c.get("name"): copy.deepcopy(c) for c in base}
    for container in extra:
        merged.setdefault(container.get("name"), {}).update(copy.deepcopy(container))
    return list(merged.values())


def _flink(spec: dict) -> Iterator[tuple[str, dict]]:
    """FlinkDeployment: the operator merges spec.podTemplate with the jobManager/taskManager podTemplate and
    runs Flink in the container named flink-main-container (a bare one if the template doesn't name it)."""
    common = _dig(spec, "podTemplate", "spec") or {}
    for role in ("jobManager", "taskManager"):
        own = _dig(spec, role, "podTemplate", "spec") or {}
        merged = {**copy.deepcopy(common), **{k: v for k, v in own.items() if k not in CONTAINER_KEYS}}
        for key in CONTAINER_KEYS:
            merged[key] = _merge_containers(common.get(key) or [], own.get(key) or [])
        if not any(c.get("name") == "flink-main-container" for c in merged["containers"]):
            merged["containers"].append({"name": "flink-main-container"})
        yield role, merged


def _spark_pod(spec: dict, role: str) -> dict:
    """SparkApplication driver/executor (sparkoperator.k8s.io/v1beta2 SparkPodSpec) as a pod spec."""
    part = spec.get(role) or {}
    return {
        "securityContext": part.get("podSecurityContext"),
        "hostNetwork": part.get("hostNetwork"),
        "volumes": spec.get("volumes"),
        "initContainers": part.get("initContainers") or [],
        "containers": [{"name": f"spark-kubernetes-{role}", "securityContext": part.get("securityContext")},
                       *(part.get("sidecars") or [])],
    }


def _strimzi(template: dict | None, containers: dict[str, str]) -> dict:
    """Strimzi template (pod + named container templates) as a pod spec; every container must be hardened."""
    template = template or {}
    return {"securityContext": _dig(template, "pod", "securityContext"),
            "containers": [{"name": name, "securityContext": _dig(template, key, "securityContext")}
                           for key, name in containers.items()]}


def pod_specs(doc: dict) -> Iterator[tuple[str, dict]]:
    """(where, pod spec) for every pod template the object creates. Raises for unknown kinds."""
    kind, spec = doc.get("kind"), doc.get("spec") or {}
    if kind in NON_POD_KINDS:
        return
    if kind == "Pod":
        yield "spec", spec
    elif kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        yield "spec.template.spec", _dig(spec, "template", "spec") or {}
    elif kind == "CronJob":
        yield "spec.jobTemplate.spec.template.spec", _dig(spec, "jobTemplate", "spec", "template", "spec") or {}
    elif kind == "SparkApplication":
        for role in ("driver", "executor"):
            yield f"spec.{role}", _spark_pod(spec, role)
    elif kind == "ScheduledSparkApplication":
        for role in ("driver", "executor"):
            yield f"spec.template.{role}", _spark_pod(spec.get("template") or {}, role)
    elif kind == "FlinkDeployment":
        for role, pod in _flink(spec):
            yield f"spec.{role}.podTemplate (merged)", pod
    elif kind == "Kafka":
        yield "spec.kafka.template", _strimzi(_dig(spec, "kafka", "template"), {"kafkaContainer": "kafka"})
        if "entityOperator" in spec:
            yield "spec.entityOperator.template", _strimzi(
                _dig(spec, "entityOperator", "template"),
                {"topicOperatorContainer": "topic-operator", "userOperatorContainer": "user-operator"})
        if "kafkaExporter" in spec:
            yield "spec.kafkaExporter.template", _strimzi(_dig(spec, "kafkaExporter", "template"),
                                                          {"container": "kafka-exporter"})
    elif kind == "KafkaNodePool":
        yield "spec.template", _strimzi(spec.get("template"), {"kafkaContainer": "kafka"})
    elif kind == "Seaweed":
        for component in ("master", "volume", "filer", "s3", "admin", "worker"):
            part = spec.get(component)
            if part is None:
                continue
            yield f"spec.{component}", {
                "securityContext": part.get("podSecurityContext"),
                "hostNetwork": part.get("hostNetwork", spec.get("hostNetwork")),
                "volumes": part.get("volumes"),
                "initContainers": part.get("initContainers") or [],
                "containers": [{"name": component, "securityContext": part.get("containerSecurityContext")},
                               *(part.get("sidecars") or [])],
            }
    elif kind == "Tenant":
        for i, pool in enumerate(spec.get("pools") or []):
            yield f"spec.pools[{i}]", {"securityContext": pool.get("securityContext"),
                                       "containers": [{"name": "minio",
                                                       "securityContext": pool.get("containerSecurityContext")}]}
    elif kind == "Cluster" and doc.get("apiVersion", "").startswith("postgresql.cnpg.io/"):
        pod = {**CNPG_DEFAULT_POD, **(spec.get("podSecurityContext") or {})}
        container = {**CNPG_DEFAULT_CONTAINER, **(spec.get("securityContext") or {})}
        yield "spec (CNPG instance pods)", {"securityContext": pod,
                                            "containers": [{"name": "postgres", "securityContext": container}]}
    else:
        raise ValueError(f"pod_security does not know whether {doc.get('apiVersion')} {kind} creates pods: "
                         "add it to pod_specs() or NON_POD_KINDS")
