"""Every helmfile release rendered the way Argo CD renders its Application: `helm template` of the
pinned, digest-checked chart archive (constructs_lib/chart_archives.py) with the release's value files,
CRDs included, namespaced objects without a namespace put in the destination namespace."""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path


from constructs_lib import helmfile
from constructs_lib import yaml_docs

ROOT = Path(__file__).resolve().parents[2]

# Kinds the API server serves cluster-scoped (everything else a chart renders here is namespaced).
CLUSTER_SCOPED = {
    ("", "Namespace"), ("", "PersistentVolume"), ("apiextensions.k8s.io", "CustomResourceDefinition"),
    ("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
    ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
    ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
    ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
    ("scheduling.k8s.io", "PriorityClass"), ("storage.k8s.io", "StorageClass"), ("storage.k8s.io", "CSIDriver"),
    ("apiregistration.k8s.io", "APIService"), ("networking.k8s.io", "IngressClass"), ("node.k8s.io", "RuntimeClass"),
    ("cert-manager.io", "ClusterIssuer"), ("external-secrets.io", "ClusterSecretStore"),
}


def group_of(doc: dict) -> str:
    api = doc["apiVersion"]
    return api.rpartition("/")[0] if "/" in api else ""


def is_cluster_scoped(doc: dict) -> bool:
    return (group_of(doc), doc["kind"]) in CLUSTER_SCOPED


def render_release(release: helmfile.Release, *, helm: Path, dist: Path, kubernetes_version: str) -> list[dict]:
    """The release's objects. Value files under dist/ are read from `dist` (a fresh synthesis of dist/)."""
    from constructs_lib.chart_archives import chart_archive

    archive = chart_archive(release.name)
    args = [str(helm), "template", release.name, str(archive), "--namespace", release.namespace, "--include-crds",
            "--kube-version", f"{kubernetes_version}.0"]
    for path in release.values:
        file = dist / path.removeprefix("dist/") if path.startswith("dist/") else ROOT / path
        args += ["--values", str(file)]
    with tempfile.TemporaryDirectory(prefix="helm-home-") as home:
        env = {**os.environ, "HELM_CONFIG_HOME": f"{home}/config", "HELM_CACHE_HOME": f"{home}/cache",
               "HELM_DATA_HOME": f"{home}/data"}
        result = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, f"helm template {release.name} failed:\n{result.stderr[-3000:]}"
    docs = [d for d in yaml_docs.load_all(result.stdout) if d]
    for doc in docs:
        if not is_cluster_scoped(doc):
            doc["metadata"].setdefault("namespace", release.namespace)
    return docs


def unavailable_reason(release: str) -> str | None:
    """Why a release's archive cannot be had (charts.lock `unavailable`), or None."""
    from constructs_lib.chart_archives import locked_chart

    return locked_chart(release).unavailable
