"""A throw-away copy of this repository for the diff tests and bench/bench_diff.py: commits, edits,
and a chart mirror holding one chart at a made-up version."""
from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUMP_RELEASE = "strimzi-kafka-operator"
BUMP_VERSION = "1.2.1-difftest"   # a version no chart repository has: never mistaken for a real archive


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "--allow-empty",
        "-m", message)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) == 1, f"{path}: {old!r} not found exactly once"
    path.write_text(text.replace(old, new))


def make_mirror(folder: Path) -> Path:
    """Every locked archive (through the chart fetch) plus BUMP_VERSION of one chart, repackaged from
    the real one with its version and default image tag moved. Returns the bumped archive."""
    from constructs_lib import chart_archives

    for entry in chart_archives.locked_charts().values():
        if entry.sha256:
            (folder / entry.archive_name).symlink_to(chart_archives.chart_archive(entry.release))
    original = chart_archives.chart_archive(BUMP_RELEASE)
    bumped = folder / f"{BUMP_RELEASE}-{BUMP_VERSION}.tgz"
    with tarfile.open(original) as src, tarfile.open(bumped, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read() if member.isfile() else None
            if member.name == f"{BUMP_RELEASE}/Chart.yaml":
                data = data.replace(b"version: 1.2.0", f"version: {BUMP_VERSION}".encode())
            elif member.name == f"{BUMP_RELEASE}/values.yaml":
                data = data.replace(b"defaultImageTag: 1.2.0", b"defaultImageTag: 1.2.1")
            if data is not None:
                member.size = len(data)
                dst.addfile(member, io.BytesIO(data))
            else:
                dst.addfile(member)
    return bumped


def copy_repo(path: Path) -> Path:
    """This repository's files (tracked and new, not ignored) committed on `main`; work goes on `feature`."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, path / name)
    git(path, "init", "-q", "-b", "main")
    commit(path, "base")
    git(path, "checkout", "-q", "-b", "feature")
    return path


def bump_chart(repo: Path, archive: Path) -> None:
    """helmfile.yaml and charts.lock of `repo` moved to BUMP_VERSION (what Renovate's PR would hold)."""
    import yaml

    from constructs_lib import chart_archives

    edit(repo / "helmfile.yaml", f"chart: strimzi/{BUMP_RELEASE}\n    version: 1.2.0",
         f"chart: strimzi/{BUMP_RELEASE}\n    version: {BUMP_VERSION}")
    lock = yaml.safe_load((repo / "charts.lock").read_text())
    lock["releases"][BUMP_RELEASE].update(version=BUMP_VERSION, sha256=chart_archives.sha256_of(archive))
    (repo / "charts.lock").write_text(yaml.safe_dump(lock, sort_keys=False))
