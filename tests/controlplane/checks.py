"""The tier's checks as functions over a live cluster, shared by the tests on the synced platform
and by the deliberate-breakage tests that prove each check fails when it should."""
from __future__ import annotations

import re

from testing.controlplane.inventory import Provided, pod_references, provided

BREAKAGE_PREFIX = "breakage-"   # namespaces the breakage tests create for their own objects


def _ours(ns: str | None, include_breakage: bool) -> bool:
    return include_breakage or not (ns or "").startswith(BREAKAGE_PREFIX)


def failed_create_events(admin, include_breakage: bool = False, namespace: str | None = None) -> list[str]:
    out = []
    for e in admin.list("v1", "Event", namespace):
        obj = e.get("involvedObject", {})
        if not _ours(obj.get("namespace"), include_breakage):
            continue
        message = e.get("message") or ""
        if e.get("reason") == "FailedCreate" or "PodSecurity" in message:
            out.append(f"{obj.get('kind')}/{obj.get('namespace')}/{obj.get('name')}: {e.get('reason')}: {message}")
    return out


def workloads_without_pods(admin, include_breakage: bool = False) -> list[str]:
    pods = admin.list("v1", "Pod")
    owners = {(p["metadata"]["namespace"], o["kind"], o["name"]) for p in pods
              for o in p["metadata"].get("ownerReferences", [])}
    missing = []
    for api_version, kind in (("apps/v1", "ReplicaSet"), ("apps/v1", "StatefulSet"), ("batch/v1", "Job")):
        for obj in admin.list(api_version, kind):
            ns, name = obj["metadata"]["namespace"], obj["metadata"]["name"]
            if not _ours(ns, include_breakage):
                continue
            wanted = obj["spec"].get("replicas", 1) if kind != "Job" else 1
            if wanted and (ns, kind, name) not in owners:
                missing.append(f"{kind}/{ns}/{name}")
    for d in admin.list("apps/v1", "Deployment"):
        ns = d["metadata"]["namespace"]
        if _ours(ns, include_breakage) and d["spec"].get("replicas", 1) and not d.get("status", {}).get("replicas"):
            missing.append(f"Deployment/{ns}/{d['metadata']['name']} (no replicas created)")
    return missing


def operator_written(admin) -> tuple[Provided, ...]:
    """Secrets the synced custom resources make operators that cannot run here write: SeaweedFS
    writes each S3Credentials' spec.secretRef; Strimzi's User Operator a Secret named after each
    KafkaUser in its namespace."""
    out = []
    for api_version, kind in (("seaweed.seaweedfs.com/v1", "S3Credentials"), ("kafka.strimzi.io/v1", "KafkaUser")):
        try:
            objs = admin.list(api_version, kind)
        except KeyError:
            continue
        for obj in objs:
            if kind == "S3Credentials":
                ref = obj["spec"]["secretRef"]
                ns, name = ref.get("namespace") or obj["metadata"]["namespace"], ref["name"]
                source = f"SeaweedFS operator (S3Credentials {obj['metadata']['namespace']}/{obj['metadata']['name']})"
            else:
                ns, name = obj["metadata"]["namespace"], obj["metadata"]["name"]
                source = f"Strimzi User Operator (KafkaUser {ns}/{name})"
            out.append(Provided("Secret", re.escape(ns), re.escape(name), source))
    return tuple(out)


def unresolved_references(admin, include_breakage: bool = False) -> list[str]:
    problems = set()
    extra = operator_written(admin)
    for pod in admin.list("v1", "Pod"):
        ns = pod["metadata"]["namespace"]
        if not _ours(ns, include_breakage):
            continue
        for kind, name, optional in pod_references(pod):
            if optional or admin.get_or_none("v1", kind, name, ns) is not None:
                continue
            if provided(kind, ns, name, extra) is None:
                problems.add(f"Pod {ns}/{pod['metadata']['name']}: {kind} {name} does not exist and no operator "
                             "or bootstrap source is known for it")
    return sorted(problems)
