"""A custom resource from a plain spec dict, for the data-plane charts.

The typed bindings in imports/ cost seconds per synth to import (see DESIGN §5) and the validation
gate checks every custom resource against the pinned CRD schema with unknown fields rejected, so
these charts build the `spec` as data and let the gate be the type check.
"""
from __future__ import annotations

from typing import TypedDict

import cdk8s
from constructs import Construct

from constructs_lib import naming


class Placement(TypedDict):
    """The keyword arguments a chart passes to every custom_resource() call (`**placement`)."""

    namespace: str
    component: str
    environment: str

def custom_resource(scope: Construct, id_: str, *, api_version: str, kind: str, name: str, namespace: str | None,
                    component: str, environment: str, spec: dict, labels: dict[str, str] | None = None,
                    annotations: dict[str, str] | None = None) -> cdk8s.ApiObject:
    obj = cdk8s.ApiObject(
        scope, id_, api_version=api_version, kind=kind,
        metadata=cdk8s.ApiObjectMetadata(
            name=name, namespace=namespace,
            labels={**naming.labels(component, name=name, environment=environment), **(labels or {})},
            annotations=annotations,
        ),
    )
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))
    return obj
