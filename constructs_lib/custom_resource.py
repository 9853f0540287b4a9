"""The one way to build a custom resource: its spec as plain data, checked against the pinned CRD schema.

The whole object is validated against schemas/crds/ (unknown fields refused: constructs_lib/crd_schemas.py)
before it is created, so a misspelled field stops synth before dist/ is written, naming the object and
the field path. No generated bindings: importing them costs seconds per synth (CONTRIBUTING.md,
"Building objects", has the figures), and the schema check is the type check.
"""
from __future__ import annotations

from typing import TypedDict

import cdk8s
from constructs import Construct

from constructs_lib import crd_schemas, naming


class Placement(TypedDict):
    """The keyword arguments a chart passes to every custom_resource() call (`**placement`)."""

    namespace: str
    component: str
    environment: str


def custom_resource(scope: Construct, id_: str, *, api_version: str, kind: str, name: str, namespace: str | None,
                    component: str, environment: str, spec: dict, labels: dict[str, str] | None = None,
                    annotations: dict[str, str] | None = None, finalizers: list[str] | None = None) -> cdk8s.ApiObject:
    """Raises crd_schemas.CustomResourceError when the pinned CRD schema refuses the object."""
    all_labels = {**naming.labels(component, name=name, environment=environment), **(labels or {})}
    metadata: dict = {"name": name, "labels": all_labels}
    if namespace is not None:
        metadata["namespace"] = namespace
    if annotations:
        metadata["annotations"] = annotations
    if finalizers:
        metadata["finalizers"] = finalizers
    crd_schemas.check({"apiVersion": api_version, "kind": kind, "metadata": metadata, "spec": spec})
    obj = cdk8s.ApiObject(
        scope, id_, api_version=api_version, kind=kind,
        metadata=cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=all_labels, annotations=annotations,
                                          finalizers=finalizers),
    )
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))
    return obj


def sorted_data(value):
    """`value` with every mapping's keys sorted, recursively: the order cdk8s gives the objects it builds."""
    if isinstance(value, dict):
        return {key: sorted_data(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [sorted_data(item) for item in value]
    return value
