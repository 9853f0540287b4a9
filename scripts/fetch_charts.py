"""Fetch the chart archive of every helmfile.yaml release into $MLOPS_CACHE/charts/, verified against
charts.lock (`make charts`). One line per chart: where it came from and how long it took.

    python scripts/fetch_charts.py               # all locked releases
    python scripts/fetch_charts.py cert-manager  # only these releases
    python scripts/fetch_charts.py --lock        # rewrite charts.lock from helmfile.yaml (new or changed pins)

--lock keeps an entry whose chart, version and repository are unchanged; for a new or changed pin it
obtains the archive (mirror, else helm pull) and records its sha256: review that diff like any pin.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from constructs_lib import chart_archives as ca

HEADER = """\
# Chart archives of the helmfile.yaml releases: `make charts` (scripts/fetch_charts.py) puts each
# <chart>-<version>.tgz into $MLOPS_CACHE/charts/ and fails when its sha256 differs from this lock.
# Written by `python scripts/fetch_charts.py --lock` from helmfile.yaml; review digest changes like
# any pin. The digests are those of the archives in the project's chart mirror (MLOPS_CHART_MIRROR;
# most are rebuilt from the chart's git tag, see the mirror's SOURCES.md), so a `helm pull` from the
# public repository can differ and is then refused.
"""


def write_lock(path: Path = ca.LOCK_FILE) -> int:
    old = ca.locked_charts(path) if path.exists() else {}
    releases = {}
    for name, (chart, version, repository) in ca.helmfile_pins().items():
        entry: dict[str, str | None] = {"chart": chart, "version": version, "repository": repository}
        previous = old.get(name)
        if previous and (previous.chart, previous.version, previous.repository) == (chart, version, repository):
            entry["sha256"] = previous.sha256
            if previous.unavailable:
                entry["unavailable"] = previous.unavailable
        else:
            staged = ca.LockedChart(name, chart, version, repository, sha256=None)
            try:
                with ca._cache_lock() as directory:
                    digest = ca.sha256_of(_obtain_unverified(staged, directory))
            except ca.ChartUnavailable as missing:
                print(f"{name}: {missing}", file=sys.stderr)
                return 1
            entry["sha256"] = digest
            print(f"locked {name} {chart} {version} sha256 {digest}")
        releases[name] = entry
    import yaml

    path.write_text(HEADER + yaml.safe_dump({"releases": releases}, sort_keys=False, width=120))
    return 0


def _obtain_unverified(entry: ca.LockedChart, directory: Path) -> Path:
    mirror = ca.mirror_dir()
    if mirror is not None and (mirror / entry.archive_name).is_file():
        return mirror / entry.archive_name
    import tempfile

    pull_dir = Path(tempfile.mkdtemp(dir=directory, prefix=".lock-"))
    try:
        target = directory / entry.archive_name
        ca._helm_pull(entry, pull_dir).replace(target)
    finally:
        shutil.rmtree(pull_dir, ignore_errors=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("releases", nargs="*", help="release names (default: every locked release)")
    parser.add_argument("--lock", action="store_true", help="rewrite charts.lock from helmfile.yaml")
    args = parser.parse_args(argv)
    if args.lock:
        return write_lock()
    locked = ca.locked_charts()
    status = 0
    for name in args.releases or list(locked):
        start = time.monotonic()
        try:
            entry = ca.locked_chart(name)
            if entry.sha256 is None:
                print(f"charts: {name:28} {entry.chart} {entry.version}: no archive ({entry.unavailable})")
                continue
            cached = (ca.cache_dir() / entry.archive_name).is_file()
            path = ca.chart_archive(name)
        except ca.ChartError as error:
            print(f"charts: {name:28} FAILED: {error}", file=sys.stderr)
            status = 1
            continue
        source = "cache" if cached else "fetched"
        print(f"charts: {name:28} {path.name} ({source}, sha256 ok, {time.monotonic() - start:.1f}s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
