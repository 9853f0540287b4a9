"""Argo CD Applications of a synthesized environment, as the sources the diff renders.

Only what the platform's Applications use is read: a directory source (`path` + `directory.include`)
and a multi-source Helm chart (`chart`, `targetRevision`, `helm.releaseName`, `helm.valueFiles`
with `$values/` pointing at this repository via a `ref: values` source).
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from constructs_lib.chart_render import load_documents


class ApplicationError(RuntimeError):
    pass


@dataclass(frozen=True)
class DirectorySource:
    path: str                 # repository path, e.g. dist/dev
    include: str              # glob of file names (Argo CD allows {a,b} alternatives)


@dataclass(frozen=True)
class ChartSource:
    repo_url: str
    chart: str
    version: str
    release_name: str
    value_files: tuple[str, ...]   # repository paths (the `$values/` prefix removed)
    inline_values: str = ""        # helm.values / helm.valuesObject, as YAML text


@dataclass(frozen=True)
class Application:
    name: str
    namespace: str                 # destination namespace
    directories: tuple[DirectorySource, ...] = field(default_factory=tuple)
    charts: tuple[ChartSource, ...] = field(default_factory=tuple)


def expand_braces(pattern: str) -> list[str]:
    """`{a.yaml,b.yaml}` -> [a.yaml, b.yaml] (the glob form Argo CD's directory include accepts)."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if not match:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end():]
    return [p for option in match.group(1).split(",") for p in expand_braces(head + option + tail)]


def included(file_name: str, include: str) -> bool:
    return any(fnmatch.fnmatchcase(file_name, p) for p in expand_braces(include))


def _value_file(name: str, app: str, refs: set[str]) -> str:
    if not name.startswith("$"):
        raise ApplicationError(f"Application {app}: value file {name!r} is not a $ref path (chart-relative "
                               "value files are not used by this repository)")
    ref, _, rest = name[1:].partition("/")
    if ref not in refs:
        raise ApplicationError(f"Application {app}: value file {name!r} names no `ref: {ref}` source")
    return rest


def _chart_source(app: str, source: dict, refs: set[str]) -> ChartSource:
    helm = source.get("helm") or {}
    inline = helm.get("values") or ""
    if helm.get("valuesObject"):
        import yaml

        inline = yaml.safe_dump(helm["valuesObject"], sort_keys=True)
    return ChartSource(
        repo_url=source["repoURL"], chart=source["chart"], version=str(source["targetRevision"]),
        release_name=helm.get("releaseName") or app,
        value_files=tuple(_value_file(v, app, refs) for v in helm.get("valueFiles") or []),
        inline_values=inline)


def parse_application(doc: dict) -> Application:
    name = doc["metadata"]["name"]
    spec = doc.get("spec") or {}
    sources = spec.get("sources") or ([spec["source"]] if spec.get("source") else [])
    refs = {s["ref"] for s in sources if s.get("ref")}
    directories, charts = [], []
    for source in sources:
        if source.get("chart"):
            charts.append(_chart_source(name, source, refs))
        elif source.get("path") is not None:
            include = (source.get("directory") or {}).get("include") or "*.{yaml,yml,json}"
            directories.append(DirectorySource(source["path"].strip("/"), include))
        elif not source.get("ref"):
            raise ApplicationError(f"Application {name}: a source with neither chart, path nor ref")
    return Application(name, (spec.get("destination") or {}).get("namespace", ""),
                       tuple(directories), tuple(charts))


def applications(env_dir: Path) -> list[Application]:
    """Every Application in the environment's synthesized output (argocd-apps.yaml and any other file)."""
    apps = []
    for path in sorted(env_dir.glob("*.yaml")):
        for doc in load_documents(path.read_text()):
            if doc.get("kind") == "Application" and str(doc.get("apiVersion", "")).startswith("argoproj.io/"):
                apps.append(parse_application(doc))
    return apps
