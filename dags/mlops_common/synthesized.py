"""The SparkApplication specs that cdk8s synthesizes into ``dist/<env>/spark-templates.yaml``.

One source of truth: the DAG never restates what the synthesized specs say (image, namespace,
MLflow URI, model name); it reads them here, at task run time. Parsing the DAG file reads
nothing. The file is parsed once per (path, mtime, size) and cached; callers get deep copies.

Location: ``<repo>/dist/<MLOPS_ENVIRONMENT or "dev">/spark-templates.yaml`` where ``<repo>`` is
the parent of the ``dags/`` folder (gitSync checks out the whole repository), or the full path
in ``MLOPS_SPARK_TEMPLATES``.
"""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any

ENV_ENVIRONMENT = "MLOPS_ENVIRONMENT"
ENV_TEMPLATES = "MLOPS_SPARK_TEMPLATES"
DEFAULT_ENVIRONMENT = "dev"
API_VERSION = "sparkoperator.k8s.io/v1beta2"
KIND = "SparkApplication"
REPO_ROOT = Path(__file__).resolve().parents[2]  # <repo>/dags/mlops_common/synthesized.py
# SparkKubernetesOperator.template_ext: Jinja treats any templated string ending like this as a
# template *file* name and fails with TemplateNotFound, so such strings are rejected up front.
_TEMPLATE_FILE_SUFFIXES = ("yaml", "yml", "json")


class SyntheticSpecError(ValueError):
    """The synthesized file is missing, malformed, or lacks a field the DAG needs."""


def templates_path() -> Path:
    override = os.environ.get(ENV_TEMPLATES)
    if override:
        return Path(override)
    env = os.environ.get(ENV_ENVIRONMENT) or DEFAULT_ENVIRONMENT
    return REPO_ROOT / "dist" / env / "spark-templates.yaml"


def _check_strings(node: Any, where: str, path: Path) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(v, f"{where}.{k}", path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_strings(v, f"{where}[{i}]", path)
    elif isinstance(node, str) and node.endswith(_TEMPLATE_FILE_SUFFIXES):
        raise SyntheticSpecError(
            f"{path}: {where} = {node!r} ends with one of {_TEMPLATE_FILE_SUFFIXES}; "
            "SparkKubernetesOperator would load it as a Jinja template file. "
            "Pass it through sparkConf/env or end it differently."
        )


@functools.lru_cache(maxsize=8)
def _load(path_str: str, _mtime_ns: int, _size: int) -> dict[str, dict]:
    import yaml  # imported here: parsing the DAG file needs no YAML

    path = Path(path_str)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        docs = [d for d in yaml.load_all(fh, Loader=loader) if d is not None]
    apps: dict[str, dict] = {}
    for i, doc in enumerate(docs):
        if not isinstance(doc, dict) or doc.get("kind") != KIND:
            continue
        name = (doc.get("metadata") or {}).get("name")
        if doc.get("apiVersion") != API_VERSION:
            raise SyntheticSpecError(
                f"{path}: document {i} ({name}) has apiVersion {doc.get('apiVersion')!r}, expected {API_VERSION!r}"
            )
        if not name or name in apps:
            raise SyntheticSpecError(f"{path}: document {i} has a missing or duplicate metadata.name {name!r}")
        if not isinstance(doc.get("spec"), dict):
            raise SyntheticSpecError(f"{path}: {name} has no spec")
        _check_strings(doc["spec"], f"{name}.spec", path)
        apps[name] = doc
    return apps


def spark_applications(path: str | os.PathLike | None = None) -> dict[str, dict]:
    """All SparkApplications in the synthesized file, by ``metadata.name`` (shared cache: don't mutate)."""
    p = Path(path) if path is not None else templates_path()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise SyntheticSpecError(
            f"synthesized SparkApplication specs not found at {p}: synthesize dist/<env>/ with cdk8s, "
            f"or set {ENV_ENVIRONMENT} (default {DEFAULT_ENVIRONMENT!r}) or {ENV_TEMPLATES}"
        ) from None
    return _load(str(p), st.st_mtime_ns, st.st_size)


def spark_application(name: str, path: str | os.PathLike | None = None) -> dict:
    """A deep copy of the synthesized SparkApplication ``name`` (safe to hand to an operator)."""
    apps = spark_applications(path)
    if name not in apps:
        raise SyntheticSpecError(
            f"no SparkApplication named {name!r} in {path or templates_path()} (found: {sorted(apps)})"
        )
    return copy.deepcopy(apps[name])


class SynthesizedMacros:
    """Jinja macros (``{{ synthesized.image('model-training') }}``) reading the synthesized specs at render time."""

    def image(self, app: str) -> str:
        image = spark_application(app)["spec"].get("image")
        if not image:
            raise SyntheticSpecError(f"SparkApplication {app!r} has no spec.image")
        return image

    def namespace(self, app: str) -> str:
        return spark_application(app)["metadata"]["namespace"]

    def driver_env(self, app: str, var: str) -> str:
        for item in spark_application(app)["spec"].get("driver", {}).get("env") or []:
            if item.get("name") == var and "value" in item:
                return str(item["value"])
        raise SyntheticSpecError(f"SparkApplication {app!r} has no literal spec.driver.env {var!r}")

    def argument(self, app: str, flag: str) -> str:
        """The value following ``flag`` in ``spec.arguments`` (``[..., "--model-name", "x", ...]``)."""
        args = [str(a) for a in spark_application(app)["spec"].get("arguments") or []]
        for i, arg in enumerate(args):
            if arg == flag and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(flag + "="):
                return arg.split("=", 1)[1]
        raise SyntheticSpecError(f"SparkApplication {app!r} has no {flag} in spec.arguments")
