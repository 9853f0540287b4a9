"""`make imports`: the operators' CRDs out of their pinned chart archives (tools/crds.yaml, charts.lock)
into schemas/crds/ (JSON schemas, every served group/version/kind), which synth checks every custom
resource against. No typed bindings: the project builds custom resources as checked plain data
(CONTRIBUTING.md, "Building objects"). Offline: the archives come through constructs_lib.chart_archives
(cache, chart mirror, helm pull). The folder is replaced only when all of it was generated.

    python scripts/import_crds.py
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


from validation import crds as crdlib

ROOT = Path(__file__).resolve().parents[1]


def helm_binary() -> Path:
    result = subprocess.run([str(ROOT / "scripts" / "install-tools.sh")], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"scripts/install-tools.sh failed:\n{result.stderr}")
    return Path(result.stdout.strip().splitlines()[-1]) / "helm"


def swap_in(generated: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    shutil.move(str(generated), target)
    shutil.rmtree(old, ignore_errors=True)


def write_schemas(crds: dict, into: Path) -> int:
    files = crdlib.schema_files(crds)
    for relative, text in files.items():
        (into / relative).parent.mkdir(parents=True, exist_ok=True)
        (into / relative).write_text(text)
    (into / crdlib.SOURCES_FILE).write_text(crdlib.sources_text(crds))
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    crds = crdlib.all_crds(helm_binary())
    with tempfile.TemporaryDirectory(dir=ROOT / "build" if (ROOT / "build").is_dir() else None) as tmp_name:
        tmp = Path(tmp_name)
        schemas = tmp / "schemas"
        count = write_schemas(crds, schemas)
        swap_in(schemas, crdlib.SCHEMAS)
        print(f"schemas/crds: {count} schemas from {len(crds)} CRDs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
