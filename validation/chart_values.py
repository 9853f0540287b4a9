"""Checks a Helm values file against the pinned chart: its `values.schema.json` when the chart has
one, and always an unknown-key check against the chart's default `values.yaml` (most chart schemas
allow additional properties, so a misspelt key would otherwise pass silently).

Unknown-key rule: every key must exist at the same path in the defaults. Below a key whose default
is an empty map `{}`, a list, or null, the content is free-form (e.g. `resources: {}`,
`nodeSelector: {}`, `extraEnvs: []`) and is not checked further. Callers may name more free-form
paths (`free_form`): Kubernetes objects the chart renders whole with `toYaml` (a securityContext,
resources) whose defaults show only some of the fields the API accepts.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import jsonschema
import yaml


def unknown_keys(values: dict, defaults: dict, path: str = "", free_form: frozenset[str] = frozenset()) -> list[str]:
    problems = []
    for key, value in values.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in defaults:
            problems.append(f"{where}: unknown key (not in the chart's default values.yaml)")
            continue
        default = defaults[key]
        if isinstance(default, dict) and default and isinstance(value, dict) and where not in free_form:
            problems.extend(unknown_keys(value, default, where, free_form))
    return problems


def check_values(values: dict, chart_dir: Path, *, free_form: Iterable[str] = ()) -> list[str]:
    """Problems of `values` for the chart whose pinned files are in `chart_dir`; [] when none.
    `free_form`: dotted paths whose content is not checked key by key (see the module doc)."""
    problems: list[str] = []
    schema_path = chart_dir / "values.schema.json"
    if schema_path.exists():
        schema = json.loads(schema_path.read_text())
        validator = jsonschema.validators.validator_for(schema)(schema)
        problems += [f"{'.'.join(map(str, e.absolute_path)) or '(root)'}: {e.message} (values.schema.json)"
                     for e in sorted(validator.iter_errors(values), key=lambda e: list(map(str, e.absolute_path)))]
    defaults_path = chart_dir / "values.yaml"
    if not defaults_path.exists():
        raise FileNotFoundError(f"{defaults_path}: the chart's default values are needed for the unknown-key check")
    problems += unknown_keys(values, yaml.safe_load(defaults_path.read_text()) or {}, free_form=frozenset(free_form))
    return problems
