"""Rendered objects keyed the way Argo CD tracks them: (application, kind, namespace, name)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

# Kinds that have no namespace (the core and extension APIs the platform and its charts render).
# Custom kinds are looked up in the CRDs rendered on the same side (spec.scope).
CLUSTER_SCOPED = frozenset({
    "APIService", "CSIDriver", "CSINode", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
    "IngressClass", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration",
    "Namespace", "Node", "PersistentVolume", "PriorityClass", "PriorityLevelConfiguration", "FlowSchema",
    "RuntimeClass", "StorageClass", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration", "VolumeAttachment",
})
SECRET_FIELDS = ("data", "stringData")


class Key(NamedTuple):
    app: str
    kind: str
    namespace: str
    name: str

    def label(self) -> str:
        where = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind} {where}{self.name}"


@dataclass
class AppOutput:
    """What one Argo CD Application would apply, plus how it was obtained."""
    name: str
    source: str                       # "dist/dev/kafka.yaml" or "chart strimzi-kafka-operator 1.2.0"
    namespace: str = ""               # destination namespace (for objects that name none)
    objects: list[dict] = field(default_factory=list)
    volatile: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)  # raw_id -> field paths
    volatile_reason: str = ""         # the template functions that regenerate those fields
    note: str = ""                    # e.g. why a chart could not be rendered




def raw_id(obj: dict) -> tuple[str, str, str]:
    """(kind, metadata.namespace as written, name): identifies an object within one render."""
    meta = obj.get("metadata") or {}
    return str(obj.get("kind", "?")), str(meta.get("namespace") or ""), str(meta.get("name", "?"))


def cluster_scoped_kinds(objects: Iterable[dict]) -> set[str]:
    kinds = set(CLUSTER_SCOPED)
    for obj in objects:
        if obj.get("kind") == "CustomResourceDefinition" and obj.get("spec", {}).get("scope") == "Cluster":
            kinds.add(obj["spec"].get("names", {}).get("kind", ""))
    return kinds


def object_key(app: str, obj: dict, default_namespace: str, cluster_kinds: set[str]) -> Key:
    """Argo CD puts a namespaced object without metadata.namespace into the destination namespace."""
    meta = obj.get("metadata") or {}
    kind = str(obj.get("kind", "?"))
    namespace = "" if kind in cluster_kinds else str(meta.get("namespace") or default_namespace)
    return Key(app, kind, namespace, str(meta.get("name", "?")))


def is_secret(key: Key) -> bool:
    return key.kind == "Secret"


def secret_keys(obj: dict) -> list[str]:
    """The names of a Secret's keys (its values are never shown)."""
    return sorted({str(k) for f in SECRET_FIELDS for k in (obj.get(f) or {})})


def redact(value: Any) -> Any:
    """Returned in place of any Secret value."""
    return "(value hidden)"


@dataclass(frozen=True)
class Entry:
    obj: dict
    volatile: frozenset[str]   # field paths this render regenerates every time
    reason: str


def index(apps: Iterable[AppOutput]) -> dict[Key, Entry]:
    """All objects of all applications by key. A duplicate key keeps the last one (as an apply would)."""
    apps = list(apps)
    kinds = cluster_scoped_kinds(o for a in apps for o in a.objects)
    result: dict[Key, Entry] = {}
    for app in apps:
        for obj in app.objects:
            paths = frozenset(app.volatile.get(raw_id(obj), ()))
            result[object_key(app.name, obj, app.namespace, kinds)] = Entry(obj, paths, app.volatile_reason)
    return result
