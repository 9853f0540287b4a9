"""schemas/crds/ is exactly what the pinned chart archives give (regenerated here and compared), the
validation gate reads its CR schemas only from there, and stripping keeps the structure."""
from __future__ import annotations

import json

from validation import crds as crdlib


def test_schemas_were_made_from_the_pinned_inputs():
    assert crdlib.recorded_inputs_digest() == crdlib.inputs_digest(), (
        "charts.lock or tools/crds.yaml changed since schemas/crds/ was generated: run `make imports`")


def test_committed_schemas_equal_a_regeneration_from_the_archives(archive_crds):
    crds = archive_crds
    expected = crdlib.schema_files(crds)
    committed = {str(p.relative_to(crdlib.SCHEMAS)): p.read_text() for p in crdlib.SCHEMAS.glob("*/*/*.json")}
    assert sorted(committed) == sorted(expected), "run `make imports`"
    stale = [path for path, text in expected.items() if committed[path] != text]
    assert not stale, f"schemas/crds/{stale} are stale: run `make imports`"
    assert (crdlib.SCHEMAS / crdlib.SOURCES_FILE).read_text() == crdlib.sources_text(crds)


def test_every_cr_kind_the_platform_uses_has_a_schema():
    schemas = crdlib.crd_schemas()
    for api_version, kind in [("kafka.strimzi.io/v1", "Kafka"), ("postgresql.cnpg.io/v1", "Cluster"),
                              ("argoproj.io/v1alpha1", "Application"), ("flink.apache.org/v1beta1", "FlinkDeployment"),
                              ("sparkoperator.k8s.io/v1beta2", "SparkApplication"), ("minio.min.io/v2", "Tenant"),
                              ("seaweed.seaweedfs.com/v1", "Seaweed"), ("barmancloud.cnpg.io/v1", "ObjectStore")]:
        assert (api_version, kind) in schemas, (api_version, kind)


def test_stripping_drops_prose_but_keeps_a_field_named_description():
    schema = {"type": "object", "description": "prose", "properties": {
        "description": {"type": "string", "description": "the field's prose"},
        "items": {"type": "array", "items": {"type": "object", "description": "x", "properties": {}}}}}
    assert crdlib.strip_descriptions(schema) == {"type": "object", "properties": {
        "description": {"type": "string"},
        "items": {"type": "array", "items": {"type": "object", "properties": {}}}}}


def test_no_committed_schema_keeps_upstream_prose():
    for path in crdlib.SCHEMAS.glob("*/*/*.json"):
        assert '"description": "' not in path.read_text() or _field_only(path), path


def _field_only(path) -> bool:
    """A `description` that is a field (its value a schema), not prose."""
    found = []

    def walk(node, in_properties=False):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "description" and isinstance(value, str) and not in_properties:
                    found.append(value)
                walk(value, key in ("properties", "patternProperties"))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(path.read_text()))
    return not found
