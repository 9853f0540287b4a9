"""Unknown-key check of a helm values file against a chart's default values.yaml (for charts that
ship no values.schema.json): every key path we set must exist in the chart's defaults.

Descends into mappings the chart declares non-empty; a key under an empty mapping (`{}`), a list or
a null default is free-form (labels, annotations, resources, env, ...) and is not checked further.
Values that are Kubernetes objects passed through to a pod (security contexts, resources, affinity...)
are free-form too, even where the chart's default shows only some of their fields.
"""
from __future__ import annotations

from pathlib import Path

import yaml


# Keys whose value the chart copies verbatim into a Kubernetes object.
PASSTHROUGH = {"resources", "affinity", "nodeSelector", "tolerations", "annotations", "labels", "env", "envFrom",
               "volumes", "volumeMounts", "topologySpreadConstraints", "dnsConfig"}


def _passthrough(key: str) -> bool:
    return key in PASSTHROUGH or key.lower().endswith("securitycontext")


def _walk(values: dict, defaults: dict, path: str, problems: list[str]) -> None:
    for key, value in values.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in defaults:
            problems.append(f"{where}: unknown key (not in the chart's values.yaml)")
            continue
        default = defaults[key]
        if _passthrough(str(key)):
            continue
        if isinstance(value, dict) and isinstance(default, dict) and default:
            _walk(value, default, where, problems)
        elif isinstance(default, dict) and default and not isinstance(value, dict):
            problems.append(f"{where}: the chart expects a mapping here, got {type(value).__name__}")


def check_values(values: dict, chart_dir: Path) -> list[str]:
    """Problems (key path: reason) of `values` against `<chart_dir>/values.yaml`; [] when clean."""
    defaults = yaml.safe_load((Path(chart_dir) / "values.yaml").read_text()) or {}
    problems: list[str] = []
    _walk(values or {}, defaults, "", problems)
    return problems
