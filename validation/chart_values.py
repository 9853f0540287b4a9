"""Helm values against the pinned chart (its archive, constructs_lib.chart_archives): JSON-schema validation
where the chart ships values.schema.json, else an unknown-key check against the chart's default values.yaml.

Like Helm, the chart defaults are merged under the given values before the schema is applied.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Iterable

import jsonschema
import yaml


ROOT = Path(__file__).resolve().parents[1]
DERIVED = ROOT / "schemas" / "charts"


def chart_data(release: str) -> Path:
    """The folder with the release's values.yaml (and values.schema.json): its extracted archive, or for a
    chart whose lock entry has no archive the derived tree committed in schemas/charts/<release>/."""
    from constructs_lib.chart_archives import chart_dir, locked_chart

    if locked_chart(release).sha256 is None:
        derived = DERIVED / release
        if not (derived / "values.yaml").is_file():
            raise FileNotFoundError(f"{derived}: no derived values tree for {release} (charts.lock has no archive)")
        return derived
    return chart_dir(release)


def merge(base: dict, override: dict) -> dict:
    """Helm's coalescing of values files: maps merge recursively, everything else replaces."""
    result = copy.deepcopy(base)
    for key, value in (override or {}).items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


# Keys whose value the chart copies verbatim into a Kubernetes object: free-form even where the
# chart's default shows only some of their fields.
PASSTHROUGH = {"resources", "affinity", "nodeSelector", "tolerations", "annotations", "labels", "env", "envFrom",
               "volumes", "volumeMounts", "topologySpreadConstraints", "dnsConfig"}


def _passthrough(key: str) -> bool:
    return key in PASSTHROUGH or key.lower().endswith("securitycontext")


def _unknown_keys(values, defaults, path: str, free_form: frozenset[str] = frozenset()) -> list[str]:
    problems: list[str] = []
    if not isinstance(values, dict) or not isinstance(defaults, dict) or not defaults:
        return problems  # free-form map in the chart (e.g. {} default): anything goes
    for key, value in values.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in defaults:
            problems.append(f"{where}: unknown key (not in the chart's default values.yaml)")
        elif _passthrough(str(key)) or where in free_form:
            continue
        elif isinstance(defaults[key], dict) and defaults[key] and not isinstance(value, dict):
            problems.append(f"{where}: the chart expects a mapping here, got {type(value).__name__}")
        else:
            problems.extend(_unknown_keys(value, defaults[key], where, free_form))
    return problems


def check_values(values: dict, chart_dir: Path, *, free_form: Iterable[str] = ()) -> list[str]:
    """Problems ('key.path: message') of `values` for the chart whose data is in `chart_dir`.
    `free_form`: dotted key paths whose content the chart renders whole (not checked key by key)."""
    chart_dir = Path(chart_dir)
    defaults = yaml.safe_load((chart_dir / "values.yaml").read_text()) or {}
    schema_file = chart_dir / "values.schema.json"
    if not schema_file.exists():
        return _unknown_keys(values, defaults, "", frozenset(free_form))
    schema = json.loads(schema_file.read_text())
    validator = jsonschema.Draft7Validator(schema)
    merged = merge(defaults, values)
    problems = []
    if "additionalProperties" not in schema and "properties" in schema:
        # e.g. the Airflow chart's schema leaves the top level open: a misspelt section would pass.
        problems += [f"{key}: unknown top-level key (not in the chart's values.schema.json)"
                     for key in values if key not in schema["properties"]]
    return problems + [f"{'.'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message} "
                       "(values.schema.json)"
            for error in sorted(validator.iter_errors(merged), key=lambda e: list(map(str, e.absolute_path)))]
