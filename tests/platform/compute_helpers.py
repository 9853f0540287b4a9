"""Shared helpers for the compute tests (Flink, Spark, serving): pod specs out of each CR."""
from __future__ import annotations

import re

import yaml

# Anything that looks like a credential value rather than a reference to one.
SECRET_LIKE = re.compile(r"(?i)(AKIA[0-9A-Z]{16}|aws_secret_access_key\s*[:=]\s*\S+|password\s*[:=]\s*\S+|"
                         r"access[._-]?key\s*[:=]\s*\S+|secret[._-]?key\s*[:=]\s*\S+)")


def one(docs: list[dict], kind: str, name: str) -> dict:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    return found[0]


def flink_pod_spec(deployment: dict) -> dict:
    """The pod the operator builds for JobManager and TaskManager: the podTemplate (no role templates)."""
    spec = deployment["spec"]
    assert "podTemplate" not in spec.get("jobManager", {}) and "podTemplate" not in spec.get("taskManager", {})
    return spec["podTemplate"]["spec"]


def spark_pod_spec(application: dict, role: str) -> dict:
    """What the Spark operator (submission + webhook) puts into the driver/executor pod."""
    spec, part = application["spec"], application["spec"][role]
    volume_names = {m["name"] for m in part.get("volumeMounts", [])}
    return {
        "securityContext": part.get("podSecurityContext"),
        "hostNetwork": part.get("hostNetwork", False),
        "volumes": [v for v in spec.get("volumes", []) if v["name"] in volume_names],
        "containers": [{"name": f"spark-kubernetes-{role}", "securityContext": part.get("securityContext"),
                        "env": part.get("env", [])}],
    }


def env_of(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container.get("env", [])}


def text(docs: list[dict]) -> str:
    return yaml.safe_dump_all(docs)


def flatten(node, path: str = "") -> dict[str, object]:
    """Leaf paths of a document; list items with a `name` are keyed by it (stable under reordering)."""
    if isinstance(node, dict):
        out: dict[str, object] = {}
        for key, value in node.items():
            out.update(flatten(value, f"{path}.{key}" if path else str(key)))
        return out or {path: {}}
    if isinstance(node, list):
        out = {}
        for i, item in enumerate(node):
            key = item["name"] if isinstance(item, dict) and "name" in item else str(i)
            out.update(flatten(item, f"{path}[{key}]"))
        return out or {path: []}
    return {path: node}


def changed_paths(before: list[dict], after: list[dict]) -> set[str]:
    """`Kind/name:path` of every leaf that differs between two versions of a chart's documents."""
    def index(docs):
        return {f"{d['kind']}/{d['metadata']['name']}:{p}": v for d in docs for p, v in flatten(d).items()}

    a, b = index(before), index(after)
    return {p for p in a.keys() | b.keys() if a.get(p) != b.get(p)}
