"""No generated bindings: custom resources are plain data checked against schemas/crds/ at synth
(CONTRIBUTING.md, "Building objects"), so `make imports` writes only the schemas (test_schemas.py) and
no module imports a `cdk8s import` package."""
from __future__ import annotations

import re

from conftest import ROOT
from validation import crds as crdlib

SHIPPED = ("main.py", "constructs_lib", "validation", "scripts", "manifest_diff", "bench", "testing", "dags")


def test_the_crd_list_names_releases_only():
    assert set(crdlib.config()) == {"releases"}, "tools/crds.yaml: only `releases` (no `bindings`: none are generated)"


def test_no_generated_bindings_are_kept():
    # Byte-compiled leftovers of the old bindings (imports/**/__pycache__, untracked) import nothing.
    folder = ROOT / "imports"
    kept = [str(p.relative_to(ROOT)) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts] \
        if folder.is_dir() else []
    assert not kept, f"imports/ holds no bindings (make imports writes schemas only): delete {kept[:3]}"


def test_no_code_imports_a_generated_binding():
    pattern = re.compile(r"^\s*(from|import)\s+imports\b", re.MULTILINE)
    files = [ROOT / "main.py", *(p for top in SHIPPED[1:] if (ROOT / top).is_dir() for p in (ROOT / top).rglob("*.py"))]
    offenders = [str(p.relative_to(ROOT)) for p in files if pattern.search(p.read_text())]
    assert not offenders, f"{offenders} import generated bindings: build custom resources with custom_resource()"
