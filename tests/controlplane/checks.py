"""The tier's checks as functions over a live cluster, shared by the tests on the synced platform
and by the deliberate-breakage tests that prove each check fails when it should."""
from __future__ import annotations

from testing.controlplane.inventory import inventory, pod_references, why_missing_is_expected

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


def unresolved_references(admin, env: str, include_breakage: bool = False) -> list[str]:
    """Every Secret, ConfigMap and ServiceAccount a Pod references exists, or is a Secret that
    constructs_lib.secrets_inventory says an operator that does not run here writes (or ESO copies
    from one). A Secret missing from the inventory, or one the tier's bootstrap / ESO stand-in should
    have created, is a problem."""
    problems = set()
    entries = inventory(env)

    def exists(ns: str, name: str) -> bool:
        return admin.get_or_none("v1", "Secret", name, ns) is not None

    for pod in admin.list("v1", "Pod"):
        ns = pod["metadata"]["namespace"]
        if not _ours(ns, include_breakage):
            continue
        for kind, name, optional in pod_references(pod):
            if optional or admin.get_or_none("v1", kind, name, ns) is not None:
                continue
            where = f"Pod {ns}/{pod['metadata']['name']}: {kind} {name} does not exist"
            if kind != "Secret":
                problems.add(where)
            elif (ns, name) not in entries:
                problems.add(f"{where} and is not in constructs_lib.secrets_inventory")
            elif why_missing_is_expected(entries, ns, name, exists) is None:
                problems.add(f"{where} although its source is here: {entries[(ns, name)].describe_source()}")
    return sorted(problems)
