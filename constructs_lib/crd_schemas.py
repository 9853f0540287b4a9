"""The pinned CRD schemas (schemas/crds/, written by `make imports` from the chart archives) as strict JSON
schemas, loaded one kind at a time: what custom_resource() checks every custom resource against at synth
time and what the validation gate checks dist/ against.

Strict: an object with declared properties gets `additionalProperties: false` unless the CRD says
x-kubernetes-preserve-unknown-fields, so a misspelled field is an error naming it (the API server would
silently prune it); `nullable` admits null; int-or-string admits both.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas" / "crds"


class SchemasMissing(RuntimeError):
    pass


class CustomResourceError(ValueError):
    """A custom resource that its pinned CRD schema refuses; synth stops before dist/ is written."""


def strict(schema: dict) -> dict:
    """Makes `schema` (a freshly loaded openAPIV3Schema, changed in place) strict; returns it."""
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


def schema_path(api_version: str, kind: str, folder: Path = SCHEMAS) -> Path:
    group, _, version = api_version.rpartition("/")
    return folder / group / version / f"{kind}.json"


@functools.lru_cache(maxsize=None)
def crd_schema(api_version: str, kind: str, folder: Path = SCHEMAS) -> dict | None:
    """The strict schema of one kind, or None when no pinned CRD serves it."""
    if not any(folder.glob("*/*/*.json")):
        raise SchemasMissing(f"no CRD schemas under {folder}: run `make imports`")
    path = schema_path(api_version, kind, folder)
    return strict(json.loads(path.read_text())) if path.is_file() else None


@functools.lru_cache(maxsize=None)
def _validator(api_version: str, kind: str):
    import jsonschema

    schema = crd_schema(api_version, kind)
    return None if schema is None else jsonschema.Draft7Validator(schema)


def problems(document: dict) -> list[str]:
    """`<field path>: <rule>` for everything the pinned CRD schema refuses in `document`."""
    api_version, kind = document.get("apiVersion", ""), document.get("kind", "")
    validator = _validator(api_version, kind)
    if validator is None:
        return [f"no pinned CRD serves {api_version} {kind}"]
    return [f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]


def check(document: dict) -> None:
    """Raises CustomResourceError naming the object and every refused field."""
    found = problems(document)
    if found:
        meta = document.get("metadata") or {}
        where = f"{meta['namespace']}/" if meta.get("namespace") else ""
        raise CustomResourceError(f"{document.get('kind')} {where}{meta.get('name')} is refused by its pinned CRD "
                                  f"schema (schemas/crds/):\n  " + "\n  ".join(found))
