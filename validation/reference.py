"""Locates the pinned upstream reference data (../shared/reference) and indexes its CRDs."""
from __future__ import annotations

import copy
import functools
import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


class ReferenceMissing(RuntimeError):
    pass


def reference_dir() -> Path:
    """MLOPS_REFERENCE_DIR, else ../shared/reference beside the repository."""
    configured = os.environ.get("MLOPS_REFERENCE_DIR")
    path = Path(configured) if configured else ROOT.parent / "shared" / "reference"
    if not path.is_dir():
        raise ReferenceMissing(
            f"pinned reference data not found at {path}: set MLOPS_REFERENCE_DIR to a copy of it "
            "(see tools/crds.yaml for the upstream URLs of each CRD)")
    return path


def _strict(schema: dict) -> dict:
    """An openAPIV3Schema as a JSON schema that rejects unknown fields, like the API server's
    pruning would silently drop them: objects with declared properties get additionalProperties
    false unless x-kubernetes-preserve-unknown-fields says otherwise; `nullable` admits null."""
    schema = copy.deepcopy(schema)

    def walk(node):
        if not isinstance(node, dict):
            return
        if node.get("nullable") and "type" in node:
            node["type"] = [node["type"], "null"]
        if node.get("x-kubernetes-int-or-string"):
            node.pop("type", None)
            node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
        if ("properties" in node and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")):
            node["additionalProperties"] = False
        for key in ("properties", "patternProperties"):
            for child in node.get(key, {}).values():
                walk(child)
        for key in ("items", "additionalProperties", "not"):
            walk(node.get(key))
        for key in ("allOf", "anyOf", "oneOf"):
            for child in node.get(key, []):
                walk(child)

    walk(schema)
    # metadata is validated by the API server's ObjectMeta rules, not the CRD schema
    schema.setdefault("properties", {})["metadata"] = {"type": "object"}
    # some CRDs (FlinkDeployment) declare only spec/status at the root; every object has these two
    schema["properties"].setdefault("apiVersion", {"type": "string"})
    schema["properties"].setdefault("kind", {"type": "string"})
    return schema


@functools.lru_cache(maxsize=1)
def crd_schemas() -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> strict JSON schema, for every CRD in the reference data."""
    index: dict[tuple[str, str], dict] = {}
    for path in sorted(reference_dir().rglob("*")):
        if path.suffix not in (".yaml", ".yml") or "crds" not in path.parts:
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            for version in spec["versions"]:
                if not version.get("served", True):
                    continue
                api_version = f"{spec['group']}/{version['name']}"
                index[(api_version, spec["names"]["kind"])] = _strict(version["schema"]["openAPIV3Schema"])
    return index
