"""The pinned CRD schemas (schemas/crds/, written by `make imports` from the chart archives), loaded one kind
at a time and applied strictly: what custom_resource() checks every custom resource against at synth time
and what the validation gate checks dist/ against.

Strict: an object with declared properties refuses any other field unless the CRD says
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


def _root(schema: dict) -> dict:
    """The CRD's openAPIV3Schema as the schema of a whole object: metadata is validated by the API server's
    ObjectMeta rules, not the CRD schema; some CRDs (FlinkDeployment) declare only spec/status at the root."""
    properties = {**schema.get("properties", {}), "metadata": {"type": "object"}}
    properties.setdefault("apiVersion", {"type": "string"})
    properties.setdefault("kind", {"type": "string"})
    return {**schema, "properties": properties}


@functools.lru_cache(maxsize=1)
def _strict_validator_class():
    """Draft 7 with the API server's structural-schema rules, applied where an instance goes (no walk over the
    whole schema, which for Seaweed or FlinkDeployment is half a megabyte): an object with declared properties
    refuses any other field unless x-kubernetes-preserve-unknown-fields; `nullable` admits null;
    x-kubernetes-int-or-string admits an integer or a string."""
    import jsonschema
    from jsonschema import validators

    base = jsonschema.Draft7Validator
    keyword = base.VALIDATORS

    def properties(validator, declared, instance, schema):
        yield from keyword["properties"](validator, declared, instance, schema)
        if "additionalProperties" not in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
            yield from keyword["additionalProperties"](validator, False, instance, schema)

    def type_(validator, types, instance, schema):
        if (instance is None and schema.get("nullable")) or schema.get("x-kubernetes-int-or-string"):
            return
        yield from keyword["type"](validator, types, instance, schema)

    def int_or_string(validator, value, instance, schema):
        if value and not (validator.is_type(instance, "integer") or validator.is_type(instance, "string")):
            yield jsonschema.ValidationError(f"{instance!r} is not of type 'integer', 'string'")

    return validators.extend(base, {"properties": properties, "type": type_,
                                    "x-kubernetes-int-or-string": int_or_string})


def schema_path(api_version: str, kind: str, folder: Path = SCHEMAS) -> Path:
    group, _, version = api_version.rpartition("/")
    return folder / group / version / f"{kind}.json"


@functools.lru_cache(maxsize=None)
def crd_schema(api_version: str, kind: str, folder: Path = SCHEMAS) -> dict | None:
    """The schema of one whole object of this kind (validate it with `validator()`), or None when no pinned
    CRD serves it."""
    if not any(folder.glob("*/*/*.json")):
        raise SchemasMissing(f"no CRD schemas under {folder}: run `make imports`")
    path = schema_path(api_version, kind, folder)
    return _root(json.loads(path.read_text())) if path.is_file() else None


def validator(schema: dict):
    """A validator that applies `schema` (from crd_schema()) with the API server's rules (unknown fields refused)."""
    return _strict_validator_class()(schema)


@functools.lru_cache(maxsize=None)
def _validator(api_version: str, kind: str):
    schema = crd_schema(api_version, kind)
    return None if schema is None else validator(schema)


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
