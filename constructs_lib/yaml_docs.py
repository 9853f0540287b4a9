"""Reading rendered Kubernetes YAML (helm template output, CRDs) with PyYAML's safe loader.

PyYAML follows YAML 1.1, where a plain `=` resolves to the `value` tag, which the safe loader cannot
construct. The Prometheus Operator CRDs (kube-prometheus-stack 88.5.3, crds/crd-alertmanagerconfigs.yaml:
`matchType` enum `- =`) contain exactly that; Kubernetes (YAML 1.2 via sigs.k8s.io/yaml) reads it as the
string "=". This loader does the same and is otherwise the safe loader.
"""
from __future__ import annotations

from typing import Any, Iterator

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_Base):
    pass


Loader.add_constructor("tag:yaml.org,2002:value", yaml.SafeLoader.construct_yaml_str)


def load_all(text: str) -> Iterator[Any]:
    """Every document of a multi-document YAML text (None for empty ones, like yaml.safe_load_all)."""
    return yaml.load_all(text, Loader=Loader)


def load(text: str) -> Any:
    return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
