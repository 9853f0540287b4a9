"""Image tests: the Dockerfiles under docker/ against the synthesized specs in dist/ and the versions the
jobs are tested with. Nothing is built here (no Docker engine needed)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from imagelib import DOCKERFILES, parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def stages():
    """image name -> parsed stages of its Dockerfile."""
    return {name: parse(path) for name, path in DOCKERFILES.items()}


@pytest.fixture(scope="session")
def dist_docs() -> dict[str, list[dict]]:
    """'<env>/<chart>' -> documents of the committed dist/ (what Argo CD applies)."""
    docs = {}
    for path in sorted((ROOT / "dist").glob("*/*.yaml")):
        docs[f"{path.parent.name}/{path.stem}"] = [d for d in yaml.safe_load_all(path.read_text()) if d]
    assert docs, "dist/ is empty: run `make synth`"
    return docs
