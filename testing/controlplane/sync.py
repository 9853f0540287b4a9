"""What Argo CD would sync, in the order it syncs it: the Applications of dist/<env>/argocd-apps.yaml
by sync wave, each one's manifests (a dist/ file, or a Helm release rendered from its pinned chart
archive with the Application's value files) ordered as gitops-engine orders sync tasks.

Order inside an Application (gitops-engine pkg/sync/sync_tasks.go, syncTasks.Less): phase
(PreSync < Sync < PostSync), then wave (argocd.argoproj.io/sync-wave, or helm.sh/hook-weight for a
Helm hook), then kind (kindOrder, Helm's install order; other kinds after), then name. Helm hooks map
to phases as in gitops-engine pkg/sync/hook/helm/type.go (pre-install/pre-upgrade -> PreSync,
post-* -> PostSync); a Helm hook of any other type (test, pre-delete, ...) is a hook without a sync
phase and is never applied (hook.IsHook is true, no phase matches). `crd-install` is not a hook
(pkg/sync/hook/helm/hook.go).
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from constructs_lib import yaml_docs

ROOT = Path(__file__).resolve().parents[2]

KIND_ORDER = ["Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget",
              "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass", "PersistentVolume",
              "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
              "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
              "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
              "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService"]
_KIND_RANK = {k: i - len(KIND_ORDER) for i, k in enumerate(KIND_ORDER)}
_PHASES = {"PreSync": -1, "Sync": 0, "PostSync": 1}
_HELM_PHASE = {"pre-install": "PreSync", "pre-upgrade": "PreSync", "post-install": "PostSync",
               "post-upgrade": "PostSync"}


@dataclass(frozen=True)
class Application:
    name: str
    wave: int
    namespace: str                 # destination namespace
    project: str
    include: str | None = None     # dist/<env>/<include> (directory source)
    path: str | None = None
    chart: str | None = None       # Helm source
    chart_version: str | None = None
    release: str | None = None
    value_files: tuple[str, ...] = ()   # repository-relative paths
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_helm(self) -> bool:
        return self.chart is not None


def applications(env_dir: Path) -> list[Application]:
    """The Applications of dist/<env>/argocd-apps.yaml, in sync-wave order (then name)."""
    apps = []
    for doc in yaml.safe_load_all((env_dir / "argocd-apps.yaml").read_text()):
        if not doc or doc.get("kind") != "Application":
            continue
        meta, spec = doc["metadata"], doc["spec"]
        wave = int(meta.get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))
        common = dict(name=meta["name"], wave=wave, namespace=spec["destination"].get("namespace", ""),
                      project=spec.get("project", "default"), raw=doc)
        sources = spec.get("sources") or [spec["source"]]
        chart_src = next((s for s in sources if s.get("chart")), None)
        if chart_src:
            values = tuple(v.replace("$values/", "", 1) for v in chart_src.get("helm", {}).get("valueFiles", []))
            apps.append(Application(**common, chart=chart_src["chart"], chart_version=str(chart_src["targetRevision"]),
                                    release=chart_src.get("helm", {}).get("releaseName", meta["name"]),
                                    value_files=values))
        else:
            src = sources[0]
            apps.append(Application(**common, path=src["path"], include=src.get("directory", {}).get("include")))
    return sorted(apps, key=lambda a: (a.wave, a.name))


def sync_phase(obj: dict) -> str | None:
    """Argo CD's phase for an object; None for a hook Argo CD never applies."""
    ann = obj.get("metadata", {}).get("annotations") or {}
    if "argocd.argoproj.io/hook" in ann:
        phases = [p.strip() for p in ann["argocd.argoproj.io/hook"].split(",")]
        known = [p for p in phases if p in _PHASES]
        return known[0] if known else None
    helm = ann.get("helm.sh/hook")
    if helm is None or helm == "crd-install":
        return "Sync"
    mapped = [_HELM_PHASE[t.strip()] for t in helm.split(",") if t.strip() in _HELM_PHASE]
    return mapped[0] if mapped else None


def sync_key(obj: dict) -> tuple:
    ann = obj.get("metadata", {}).get("annotations") or {}
    phase = sync_phase(obj) or "Sync"
    wave_text = ann.get("argocd.argoproj.io/sync-wave")
    if wave_text is None and "helm.sh/hook" in ann:
        wave_text = ann.get("helm.sh/hook-weight")
    try:
        wave = int(wave_text or 0)
    except ValueError:
        wave = 0
    return (_PHASES[phase], wave, _KIND_RANK.get(obj.get("kind"), 0), obj.get("metadata", {}).get("name", ""))


def ordered(objs: list[dict]) -> list[dict]:
    """Drop hooks Argo CD never applies, sort as gitops-engine does."""
    return sorted((o for o in objs if sync_phase(o) is not None), key=sync_key)


def load_yaml_docs(text: str) -> list[dict]:
    out = []
    for doc in yaml_docs.load_all(text):  # the Prometheus Operator CRDs hold a plain `=` (constructs_lib/yaml_docs.py)
        if not doc:
            continue
        if doc.get("kind", "").endswith("List") and "items" in doc:
            out.extend(i for i in doc["items"] if i)
        else:
            out.append(doc)
    return out


def render_helm(app: Application, helm: Path, chart_archive: Path, kube_version: str, api_versions: list[str],
                root: Path = ROOT) -> list[dict]:
    """`helm template` as Argo CD's repo-server runs it: release name, destination namespace, the
    Application's value files, the cluster's version and API versions, CRDs included."""
    argv = [str(helm), "template", app.release, str(chart_archive), "--namespace", app.namespace,
            "--kube-version", kube_version, "--include-crds"]
    for version in api_versions:
        argv += ["--api-versions", version]
    for values in app.value_files:
        argv += ["--values", str(root / values)]
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"helm template for {app.name} failed: {result.stderr.strip()}")
    return load_yaml_docs(result.stdout)


def manifests(app: Application, env_dir: Path, render: Callable[[Application], list[dict]]) -> list[dict]:
    if app.is_helm:
        return render(app)
    return load_yaml_docs((env_dir / app.include).read_text())


def set_default_namespace(objs: list[dict], namespace: str, namespaced: Callable[[dict], bool | None]) -> None:
    """Argo CD puts a namespaced object lacking metadata.namespace into the destination namespace."""
    for obj in objs:
        meta = obj.setdefault("metadata", {})
        if not meta.get("namespace") and namespace and namespaced(obj):
            meta["namespace"] = namespace
