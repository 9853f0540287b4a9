"""helmfile.yaml as typed release records: the one list of Helm releases.

Synth reads helmfile.yaml directly (plain YAML, no binary needed, fast and offline) and renders the
two kinds of release-template expressions the file uses (`{{ .Environment.Name }}`, `{{ .Values.a.b }}`).
`HelmfileCli` runs the pinned helmfile binary (`helmfile --environment <env> build`) and parses its
rendered state the same way; tests/platform/test_helmfile.py proves both give the same releases.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
HELMFILE = ROOT / "helmfile.yaml"
_EXPR = re.compile(r"\{\{\s*\.(Environment\.Name|Values(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*\}\}")


class HelmfileError(RuntimeError):
    pass


@dataclass(frozen=True)
class Release:
    name: str
    namespace: str
    chart: str            # repo/chart as written in helmfile.yaml
    chart_name: str       # the chart inside the repository
    repo_url: str
    version: str
    values: tuple[str, ...]   # paths relative to the repository root
    needs: tuple[str, ...]    # "<namespace>/<release>"
    labels: tuple[tuple[str, str], ...]
    condition: str | None
    installed: bool           # after `installed:` and `condition:` are applied

    @property
    def label_map(self) -> dict[str, str]:
        return dict(self.labels)

    @property
    def sync_wave(self) -> int:
        return int(self.label_map["wave"])

    @property
    def tier(self) -> str:
        return self.label_map["tier"]


def _lookup(values: dict, dotted: str):
    node = values
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            raise HelmfileError(f"helmfile.yaml references .Values.{dotted}, which the environment values lack")
        node = node[key]
    return node


def _render(text, env: str, values: dict):
    if isinstance(text, list):
        return [_render(t, env, values) for t in text]
    if not isinstance(text, str):
        return text

    def substitute(match: re.Match) -> str:
        expr = match.group(1)
        return env if expr == "Environment.Name" else str(_lookup(values, expr.removeprefix("Values.")))

    rendered = _EXPR.sub(substitute, text)
    if "{{" in rendered:
        raise HelmfileError(f"unsupported template expression in helmfile.yaml: {text!r} (only "
                            "{{ .Environment.Name }} and {{ .Values.x.y }} are parsed by constructs_lib/helmfile.py)")
    return rendered


def _documents(path: Path) -> dict:
    merged: dict = {}
    for doc in yaml.safe_load_all(path.read_text()):
        for key, value in (doc or {}).items():
            if key in merged:
                raise HelmfileError(f"{path.name}: top-level key {key!r} appears in more than one part")
            merged[key] = value
    return merged


def environment_values(env: str, *, helmfile: Path = HELMFILE, values_override: dict | None = None) -> dict:
    state = _documents(helmfile)
    if env not in state.get("environments", {}):
        raise HelmfileError(f"{helmfile.name}: no environment {env!r}")
    if values_override is not None:
        return values_override
    merged: dict = {}
    for entry in state["environments"][env].get("values", []):
        path = helmfile.parent / entry
        if not path.exists():
            raise HelmfileError(f"{helmfile.name}: environment {env} values file {entry} is missing (run synth)")
        merged.update(yaml.safe_load(path.read_text()) or {})
    return merged


def _truthy(values: dict, condition: str) -> bool:
    """helmfile's ConditionEnabled (pkg/state/state.go): `<path>.enabled`, the path must exist."""
    if condition.lower() in ("true", "false"):
        return condition.lower() == "true"
    parent, _, leaf = condition.rpartition(".")
    if leaf != "enabled" or not parent:
        raise HelmfileError(f"condition {condition!r} must have the form 'foo.enabled'")
    node = _lookup(values, parent)
    if not isinstance(node, dict):
        raise HelmfileError(f"condition {condition!r}: environment value {parent!r} is not a map")
    return node.get("enabled") is True


def releases_from_state(state: dict, env: str, values: dict) -> list[Release]:
    repos = {r["name"]: r["url"] for r in state.get("repositories", [])}
    result = []
    for spec in state.get("releases", []):
        chart = _render(spec["chart"], env, values)
        repo, _, chart_name = chart.partition("/")
        if repo not in repos:
            raise HelmfileError(f"release {spec['name']}: chart {chart!r} names no repository of helmfile.yaml")
        condition = spec.get("condition")
        installed = bool(spec.get("installed", True)) and (condition is None or _truthy(values, condition))
        result.append(Release(
            name=_render(spec["name"], env, values),
            namespace=_render(spec["namespace"], env, values),
            chart=chart, chart_name=chart_name, repo_url=repos[repo],
            version=str(spec["version"]),
            values=tuple(_render(v, env, values) for v in spec.get("values", [])),
            needs=tuple(_render(n, env, values) for n in spec.get("needs", [])),
            labels=tuple(sorted((k, str(_render(v, env, values))) for k, v in (spec.get("labels") or {}).items())),
            condition=condition,
            installed=installed,
        ))
    return result


def releases(env: str, *, helmfile: Path = HELMFILE, values: dict | None = None) -> list[Release]:
    """Every release of helmfile.yaml for `env`, templates rendered (installed or not)."""
    state = _documents(helmfile)
    return releases_from_state(state, env, environment_values(env, helmfile=helmfile, values_override=values))


def repositories(*, helmfile: Path = HELMFILE) -> dict[str, str]:
    return {r["name"]: r["url"] for r in _documents(helmfile).get("repositories", [])}


AUTOMATIC_LABELS = ("chart", "name", "namespace")


class HelmfileCli:
    """The pinned helmfile binary (scripts/install-tools.sh). Used by tests; synth never needs it."""

    def __init__(self, bin_dir: Path, *, helmfile: Path = HELMFILE):
        self.bin_dir = Path(bin_dir)
        self.helmfile = helmfile

    def run(self, *args: str, env: str | None = None) -> subprocess.CompletedProcess:
        import os

        command = [str(self.bin_dir / "helmfile"), "--file", str(self.helmfile)]
        if env:
            command += ["--environment", env]
        environ = {**os.environ, "PATH": f"{self.bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
                   "HELMFILE_UPGRADE_NOTICE_DISABLED": "1"}
        return subprocess.run([*command, *args], capture_output=True, text=True, check=False,
                              cwd=self.helmfile.parent, env=environ)

    def build(self, env: str) -> dict:
        """`helmfile build`: the rendered state (release templates executed), offline."""
        result = self.run("build", env=env)
        if result.returncode != 0:
            raise HelmfileError(f"helmfile --environment {env} build failed:\n{result.stderr}")
        return _merge_parts(result.stdout)

    def releases(self, env: str) -> list[Release]:
        state = self.build(env)
        # `build` prints rendered releases; `condition:` is evaluated against the environment values,
        # which build prints too (`renderedvalues`).
        values = state.get("renderedvalues") or state.get("renderedValues") or {}
        for spec in state.get("releases", []):
            # helmfile adds these labels to every release itself (selectors `name=`, `namespace=`, `chart=`).
            for key in AUTOMATIC_LABELS:
                (spec.get("labels") or {}).pop(key, None)
        return releases_from_state(state, env, values)

    def list_json(self, env: str) -> list[dict]:
        """`helmfile list --output json` (offline too): name, namespace, chart, version, enabled, installed."""
        import json

        result = self.run("list", "--output", "json", env=env)
        if result.returncode != 0:
            raise HelmfileError(f"helmfile --environment {env} list failed:\n{result.stderr}")
        return json.loads(result.stdout)


def _merge_parts(text: str) -> dict:
    merged: dict = {}
    for doc in yaml.safe_load_all(text):
        if not doc:
            continue
        for key, value in doc.items():
            if key == "releases":
                merged.setdefault("releases", []).extend(value or [])
            elif key == "repositories":
                merged.setdefault("repositories", []).extend(value or [])
            else:
                merged[key] = value
    return merged
