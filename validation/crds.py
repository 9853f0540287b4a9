"""Operator CRDs out of the pinned chart archives, and the JSON schemas committed in schemas/.

`make imports` (scripts/import_crds.py) renders each release of tools/crds.yaml with
`helm template --include-crds` (plus the values that turn its CRDs on), keeps the
CustomResourceDefinitions, and writes one schema per served group/version/kind to
schemas/crds/<group>/<version>/<Kind>.json: the openAPIV3Schema with upstream prose (`description`)
stripped. The validation gate reads only those files (crd_schemas); tests regenerate them and
compare, and schemas/crds/SOURCES.yaml records the digest of the inputs (charts.lock entries and
tools/crds.yaml) so a changed pin without `make imports` fails a test at once.
"""
from __future__ import annotations

import functools
import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import yaml

from constructs_lib.chart_archives import chart_archive, locked_chart
from constructs_lib import yaml_docs
from constructs_lib.crd_schemas import SCHEMAS, SchemasMissing

ROOT = Path(__file__).resolve().parents[1]
CRDS_CONFIG = ROOT / "tools" / "crds.yaml"
SOURCES_FILE = "SOURCES.yaml"
GENERATOR = "validation/crds.py v1"  # bump when the output format changes


def config(path: Path = CRDS_CONFIG) -> dict:
    return yaml.safe_load(path.read_text())


def inputs_digest(path: Path = CRDS_CONFIG) -> str:
    """sha256 over what the schemas are made from: the generator version, tools/crds.yaml and
    the charts.lock entry (chart, version, sha256) of each release it names."""
    digest = hashlib.sha256(GENERATOR.encode())
    digest.update(path.read_bytes())
    for release in sorted(config(path)["releases"]):
        entry = locked_chart(release)
        digest.update(f"\n{release} {entry.chart} {entry.version} {entry.sha256}".encode())
    return digest.hexdigest()


def render_crds(release: str, helm: Path, settings: dict[str, Any] | None = None) -> list[dict]:
    """The CustomResourceDefinitions the release's pinned archive installs (crds/ and templates)."""
    command = [str(helm), "template", "crds", str(chart_archive(release)), "--include-crds", "--namespace", "crds"]
    for key, value in sorted((settings or {}).items()):
        command += ["--set", f"{key}={json.dumps(value) if not isinstance(value, str) else value}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    crds = [doc for doc in yaml_docs.load_all(result.stdout)
            if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition"]
    if not crds:
        raise RuntimeError(f"release {release}: its chart rendered no CustomResourceDefinition "
                           "(tools/crds.yaml: which values turn its CRDs on?)")
    return crds


def all_crds(helm: Path, path: Path = CRDS_CONFIG) -> dict[str, tuple[str, dict]]:
    """CRD name (<plural>.<group>) -> (release, CRD document), for every release of tools/crds.yaml."""
    from concurrent.futures import ThreadPoolExecutor

    releases = config(path)["releases"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        rendered = dict(zip(releases, pool.map(lambda item: render_crds(item[0], helm, (item[1] or {}).get("set")),
                                               releases.items()), strict=True))
    found: dict[str, tuple[str, dict]] = {}
    for release, crds in rendered.items():
        for crd in crds:
            name = crd["metadata"]["name"]
            if name in found:
                raise RuntimeError(f"CRD {name} comes from both {found[name][0]} and {release}")
            found[name] = (release, crd)
    return dict(sorted(found.items()))


def strip_descriptions(schema: Any) -> Any:
    """The schema without its `description` keywords (a property *named* description stays)."""
    if isinstance(schema, list):
        return [strip_descriptions(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {}
    for key, value in schema.items():
        if key == "description" and isinstance(value, str):
            continue
        if key in ("properties", "patternProperties", "definitions") and isinstance(value, dict):
            result[key] = {name: strip_descriptions(child) for name, child in value.items()}
        else:
            result[key] = strip_descriptions(value)
    return result


def crd_digest(crd: dict) -> str:
    return hashlib.sha256(json.dumps(crd, sort_keys=True).encode()).hexdigest()


def schema_files(crds: dict[str, tuple[str, dict]]) -> dict[str, str]:
    """relative path under schemas/crds/ -> file text, one per served group/version/kind."""
    files = {}
    for _name, (_release, crd) in crds.items():
        spec = crd["spec"]
        for version in spec["versions"]:
            if not version.get("served", True):
                continue
            schema = strip_descriptions(version["schema"]["openAPIV3Schema"])
            path = f"{spec['group']}/{version['name']}/{spec['names']['kind']}.json"
            files[path] = json.dumps(schema, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return files


def sources_text(crds: dict[str, tuple[str, dict]], path: Path = CRDS_CONFIG) -> str:
    releases: dict[str, dict] = {}
    for name, (release, _crd) in crds.items():
        entry = locked_chart(release)
        releases.setdefault(release, {"chart": entry.chart, "version": entry.version, "sha256": entry.sha256,
                                      "crds": []})["crds"].append(name)
    header = ("# Generated by `make imports` (scripts/import_crds.py, validation/crds.py) from the chart archives of\n"
              "# charts.lock: one JSON schema per served group/version/kind, `description` fields stripped.\n"
              "# Do not edit; tests/platform/test_schemas.py fails when this is stale.\n")
    return header + yaml.safe_dump({"inputs_sha256": inputs_digest(path), "releases": dict(sorted(releases.items()))},
                                   sort_keys=False)


def recorded_inputs_digest(folder: Path = SCHEMAS) -> str | None:
    sources = folder / SOURCES_FILE
    if not sources.is_file():
        return None
    return (yaml.safe_load(sources.read_text()) or {}).get("inputs_sha256")


@functools.lru_cache(maxsize=1)
def crd_schemas(folder: Path = SCHEMAS) -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> the openAPIV3Schema, for every file under schemas/crds/ (apply one with
    constructs_lib.crd_schemas: problems(), or validator(crd_schema(...)))."""
    files = sorted(folder.glob("*/*/*.json"))
    if not files:
        raise SchemasMissing(f"no CRD schemas under {folder}: run `make imports`")
    index = {}
    for path in files:
        group, version, kind = path.parent.parent.name, path.parent.name, path.stem
        index[(f"{group}/{version}", kind)] = json.loads(path.read_text())
    return index
