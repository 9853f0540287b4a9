"""Schema validation of synthesized objects: core kinds with kubernetes-validate (strict), custom
resources against the CRD schemas in schemas/crds/ (from the pinned chart archives) with unknown fields rejected."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import kubernetes_validate

from constructs_lib import crd_schemas, yaml_docs

CORE_GROUPS = ("v1", "apps/", "batch/", "rbac.authorization.k8s.io/", "networking.k8s.io/", "policy/",
               "autoscaling/", "storage.k8s.io/", "scheduling.k8s.io/", "coordination.k8s.io/")


@dataclass(frozen=True)
class Problem:
    file: str
    object: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.object}: {self.message}"


def object_id(doc: dict) -> str:
    meta = doc.get("metadata", {})
    namespace = f"{meta['namespace']}/" if meta.get("namespace") else ""
    return f"{doc.get('kind')}/{namespace}{meta.get('name')}"


def is_core(api_version: str) -> bool:
    return api_version == "v1" or api_version.startswith(CORE_GROUPS[1:])


def validate_object(doc: dict, kubernetes_version: str) -> list[str]:
    api_version, kind = doc.get("apiVersion", ""), doc.get("kind", "")
    if is_core(api_version):
        try:
            kubernetes_validate.validate(doc, kubernetes_version, strict=True)
        except kubernetes_validate.ValidationError as error:
            # kubernetes-validate copies the jsonschema error's fields onto its own exception
            path = ".".join(str(p) for p in error.absolute_path)
            return [f"{path or '(root)'}: {error.message}"]
        except kubernetes_validate.SchemaNotFoundError:
            return [f"no Kubernetes {kubernetes_version} schema for {api_version} {kind}"]
        return []
    return crd_schemas.problems(doc)


def load_documents(path: Path) -> list[dict]:
    return [doc for doc in yaml_docs.load_all(path.read_text()) if doc]


def validate_file(path: Path, kubernetes_version: str) -> tuple[int, list[Problem]]:
    docs = load_documents(path)
    problems = [Problem(str(path), object_id(doc), message)
                for doc in docs for message in validate_object(doc, kubernetes_version)]
    return len(docs), problems
