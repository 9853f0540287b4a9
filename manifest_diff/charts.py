"""Helm releases rendered the way Argo CD renders a chart source: `helm template` of the pinned,
digest-checked chart archive with the Application's value files, through the project's one chart
renderer (constructs_lib/chart_render.py); this module adds the render cache and volatile fields.

Archives come from the chart fetch (constructs_lib/chart_archives.py: cache, mirror, helm pull,
checked against charts.lock). Renders are cached by everything they depend on (helm version,
archive digest, release name, namespace, Kubernetes version, value file contents), so an unchanged
release is rendered once and then read back.

Generated fields: a chart that calls a random or time-based template function (randAlphaNum,
genCA, now, ...) renders different bytes every time. Such charts are rendered twice and the field
paths that differ between the two renders are recorded as volatile: the diff does not report them.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tarfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from constructs_lib import chart_render
from constructs_lib.chart_render import ChartRenderError
from manifest_diff.compare import diff_values
from manifest_diff.objects import raw_id

__all__ = ["ChartRenderError", "Helm", "Render", "Request", "values_object"]

RENDER_FORMAT = "1"  # bump when the cached render layout changes
# Sprig/Helm functions whose output differs between two renders of the same input
# (https://helm.sh/docs/chart_template_guide/function_list/): random strings and numbers,
# generated keys and certificates, salted hashes, the clock.
VOLATILE_FUNCTIONS = ("randAlphaNum", "randAlpha", "randNumeric", "randAscii", "randBytes", "randInt", "shuffle",
                      "uuidv4", "genCA", "genCAWithKey", "genPrivateKey", "genSelfSignedCert",
                      "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey", "htpasswd", "bcrypt",
                      "derivePassword", "now", "unixEpoch", "dateInZone", "date", "ago")
_ACTION = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)
_FUNCTION = re.compile(r"(?<![\w.$])(" + "|".join(VOLATILE_FUNCTIONS) + r")\b")  # not `.Values.date`


@dataclass(frozen=True)
class Render:
    objects: list[dict]
    volatile: dict[tuple[str, str, str], set[str]]
    functions: tuple[str, ...]      # the volatile functions the chart's templates call


def template_sources(archive: Path) -> list[str]:
    """Every template of the chart and its bundled subcharts (nested .tgz included)."""
    return _templates(tarfile.open(archive))


def _templates(tar: tarfile.TarFile) -> list[str]:
    texts = []
    with tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            data = tar.extractfile(member)
            if data is None:
                continue
            if member.name.endswith(".tgz"):
                texts.extend(_templates(tarfile.open(fileobj=io.BytesIO(data.read()))))
            elif "/templates/" in member.name:
                texts.append(data.read().decode("utf-8", "replace"))
    return texts


def volatile_functions(archive: Path) -> tuple[str, ...]:
    """The random/time-based functions called inside template actions (`{{ ... }}`)."""
    found = {f for text in template_sources(archive) for action in _ACTION.findall(text)
             for f in _FUNCTION.findall(action)}
    return tuple(sorted(found))


def merge_values(base: dict, overlay: dict) -> dict:
    """Helm's coalescing of value files: maps merge key by key, anything else is replaced."""
    result = dict(base)
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge_values(result[key], value)
        else:
            result[key] = value
    return result


@dataclass(frozen=True)
class Request:
    release: str
    namespace: str
    archive: Path
    digest: str
    value_files: tuple[Path, ...]
    kube_version: str | None

    def cache_key(self, helm_version: str) -> str:
        h = hashlib.sha256()
        for part in (RENDER_FORMAT, helm_version, self.digest, self.release, self.namespace, self.kube_version or ""):
            h.update(part.encode() + b"\0")
        for path in self.value_files:
            h.update(hashlib.sha256(path.read_bytes()).digest())
        return h.hexdigest()


class Helm(chart_render.Helm):
    """The project's chart renderer with a render cache in `cache_dir`."""

    def __init__(self, binary: Path, cache_dir: Path):
        super().__init__(binary)
        self.cache_dir = cache_dir

    def template_request(self, request: Request) -> list[dict]:
        return self.template(request.release, request.archive, namespace=request.namespace,
                             value_files=request.value_files, kube_version=request.kube_version)

    def render(self, request: Request) -> Render:
        """Cached `helm template`; charts with volatile functions are rendered twice."""
        cached = self.cache_dir / f"{request.cache_key(self.version)}.json"
        if cached.is_file():
            return _decode(json.loads(cached.read_text()))
        functions = volatile_functions(request.archive)
        objects = self.template_request(request)
        volatile: dict[tuple[str, str, str], set[str]] = {}
        if functions:
            again = {raw_id(o): o for o in self.template_request(request)}
            for obj in objects:
                paths = {c.path for c in diff_values(obj, again.get(raw_id(obj), {}))}
                if paths:
                    volatile[raw_id(obj)] = paths
        render = Render(objects, volatile, functions)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        staged = cached.with_suffix(f".{os.getpid()}.tmp")
        staged.write_text(json.dumps(_encode(render), sort_keys=True))
        os.replace(staged, cached)
        return render


def _encode(render: Render) -> dict:
    return {"objects": render.objects, "functions": list(render.functions),
            "volatile": [[list(k), sorted(v)] for k, v in render.volatile.items()]}


def _decode(data: dict) -> Render:
    return Render(data["objects"], {tuple(k): set(v) for k, v in data["volatile"]}, tuple(data["functions"]))


def values_object(release: str, namespace: str, chart: str, version: str, files: tuple[Path, ...]) -> dict:
    """Stand-in object for a release whose chart cannot be rendered: its merged values, compared as data."""
    merged: dict = {}
    for path in files:
        merged = merge_values(merged, yaml.safe_load(path.read_text()) or {})
    return {"apiVersion": "manifest-diff/v1", "kind": "HelmValues",
            "metadata": {"name": release, "namespace": namespace},
            "chart": {"name": chart, "version": version}, "values": merged}
