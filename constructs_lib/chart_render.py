"""The one chart renderer: a helmfile release (or an Argo CD chart source) rendered the way Argo CD renders
it, `helm template --include-crds` of the pinned, digest-checked archive (constructs_lib/chart_archives.py)
with the release's value files, for a Kubernetes version.

Used by `make diff` (manifest_diff/charts.py adds its render cache and the volatile-field detection on top)
and by the platform tests (tests/platform/test_rendered_charts.py, test_secrets_rendered_charts.py).
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from constructs_lib import yaml_docs

if TYPE_CHECKING:
    from constructs_lib.helmfile import Release

ROOT = Path(__file__).resolve().parents[1]

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


class ChartRenderError(RuntimeError):
    pass


def group_of(doc: dict) -> str:
    api = doc["apiVersion"]
    return api.rpartition("/")[0] if "/" in api else ""


def is_cluster_scoped(doc: dict) -> bool:
    return (group_of(doc), doc["kind"]) in CLUSTER_SCOPED


def load_documents(text: str) -> list[dict]:
    """Every non-empty mapping document; `List` kinds are flattened into their items (YAML read as Kubernetes
    reads it: constructs_lib/yaml_docs.py)."""
    objects: list[dict] = []
    for doc in yaml_docs.load_all(text):
        if not isinstance(doc, dict):
            continue
        if doc.get("kind", "").endswith("List") and isinstance(doc.get("items"), list):
            objects.extend(i for i in doc["items"] if isinstance(i, dict))
        else:
            objects.append(doc)
    return objects


class Helm:
    """The pinned helm binary (scripts/install-tools.sh), run with its own empty config/cache folders so that
    no repository or plugin of the machine's helm takes part."""

    def __init__(self, binary: Path):
        self.binary = binary
        self._home = tempfile.mkdtemp(prefix="chart-render-helm-")
        self.version = self.run(["version", "--template", "{{.Version}}"]).strip()

    def run(self, args: list[str]) -> str:
        env = {**os.environ, "HELM_CONFIG_HOME": f"{self._home}/config", "HELM_CACHE_HOME": f"{self._home}/cache",
               "HELM_DATA_HOME": f"{self._home}/data"}
        result = subprocess.run([str(self.binary), *args], capture_output=True, text=True, env=env, check=False)
        if result.returncode != 0:
            raise ChartRenderError(f"helm {' '.join(args[:3])} ... failed:\n{result.stderr.strip()[-3000:]}")
        return result.stdout

    def template(self, release: str, archive: Path, *, namespace: str, value_files: tuple[Path, ...] | list[Path],
                 kube_version: str | None, api_versions: tuple[str, ...] = ()) -> list[dict]:
        """`helm template --include-crds` as Argo CD runs it for a chart source. Argo CD passes the cluster's API
        versions (`--api-versions`); `api_versions` stands in for those a chart's templates test with
        .Capabilities.APIVersions.Has."""
        args = ["template", release, str(archive), "--namespace", namespace, "--include-crds"]
        if kube_version:
            args += ["--kube-version", kube_version]
        for api_version in api_versions:
            args += ["--api-versions", api_version]
        for path in value_files:
            args += ["--values", str(path)]
        return load_documents(self.run(args))


def value_files(release: Release, *, dist: Path, root: Path = ROOT) -> list[Path]:
    """The release's value files; those under dist/ are read from `dist` (e.g. a fresh synthesis)."""
    return [dist / path.removeprefix("dist/") if path.startswith("dist/") else root / path for path in release.values]


def render_release(release: Release, *, helm: Helm, dist: Path, kubernetes_version: str,
                   root: Path = ROOT, api_versions: tuple[str, ...] = ()) -> list[dict]:
    """The release's objects from its pinned archive, namespaced objects without a namespace put in the
    release's namespace (as Argo CD applies them)."""
    from constructs_lib.chart_archives import chart_archive

    docs = helm.template(release.name, chart_archive(release.name), namespace=release.namespace,
                         value_files=value_files(release, dist=dist, root=root),
                         kube_version=f"{kubernetes_version}.0", api_versions=api_versions)
    for doc in docs:
        if not is_cluster_scoped(doc):
            doc.setdefault("metadata", {}).setdefault("namespace", release.namespace)
    return docs


def unavailable_reason(release: str) -> str | None:
    """Why a release's archive cannot be had (charts.lock `unavailable`), or None."""
    from constructs_lib.chart_archives import locked_chart

    return locked_chart(release).unavailable
