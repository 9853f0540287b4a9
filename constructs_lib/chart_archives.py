"""Chart archives as dependencies: `<chart>-<version>.tgz` of every helmfile.yaml release, verified
against the committed lock (charts.lock) and cached under $MLOPS_CACHE/charts/.

    from constructs_lib.chart_archives import chart_archive, chart_dir
    chart_archive("cert-manager")   # Path to .../charts/cert-manager-v1.21.1.tgz (sha256 checked)
    chart_dir("cert-manager")       # Path to the extracted chart folder (Chart.yaml, values.yaml, crds/, ...)

Sources, in order: the cache; the mirror folder MLOPS_CHART_MIRROR (an offline copy of the chart
repositories; default `../shared/charts` beside the repository when that folder exists; empty
string = no mirror); else `helm pull` from the release's repository (the pinned helm of
scripts/install-tools.sh). An archive whose sha256 differs from the lock is an error, wherever it
came from. Concurrent callers (worktrees, CI) serialise on a file lock in the cache.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

ROOT = Path(__file__).resolve().parents[1]
LOCK_FILE = ROOT / "charts.lock"
FETCH_COMMAND = "make charts"


class ChartError(RuntimeError):
    """A pinned chart archive cannot be provided."""


class ChartUnavailable(ChartError):
    """No source had the archive (or the lock says none can be had)."""


class ChartDigestMismatch(ChartError):
    """An archive's sha256 differs from charts.lock."""


@dataclass(frozen=True)
class LockedChart:
    release: str          # helmfile.yaml release name
    chart: str            # chart name inside its repository
    version: str
    repository: str       # repository URL (helmfile.yaml `repositories`)
    sha256: str | None    # None: no archive can be had (see `unavailable`)
    unavailable: str | None = None

    @property
    def archive_name(self) -> str:
        return f"{self.chart}-{self.version}.tgz"


def locked_charts(lock_file: Path = LOCK_FILE) -> dict[str, LockedChart]:
    """release name -> its lock entry, for every release of helmfile.yaml."""
    data = yaml.safe_load(lock_file.read_text()) or {}
    return {name: LockedChart(release=name, chart=e["chart"], version=str(e["version"]),
                              repository=e["repository"], sha256=e.get("sha256"),
                              unavailable=e.get("unavailable"))
            for name, e in (data.get("releases") or {}).items()}


def helmfile_pins(helmfile: Path = ROOT / "helmfile.yaml") -> dict[str, tuple[str, str, str]]:
    """release -> (chart name, version, repository URL) as helmfile.yaml pins them, in file order.
    Release names and charts are plain strings there (only namespaces and values are templated)."""
    from constructs_lib.helmfile import _documents

    state = _documents(helmfile)
    repos = {r["name"]: r["url"] for r in state.get("repositories", [])}
    pins = {}
    for spec in state.get("releases", []):
        repo, _, chart = spec["chart"].partition("/")
        pins[spec["name"]] = (chart, str(spec["version"]), repos[repo])
    return pins


def locked_chart(release: str, *, lock_file: Path = LOCK_FILE) -> LockedChart:
    charts = locked_charts(lock_file)
    if release not in charts:
        raise ChartUnavailable(f"release {release!r} is not in charts.lock (releases: {', '.join(sorted(charts))}); "
                               "add it to helmfile.yaml, then run `python scripts/fetch_charts.py --lock`")
    return charts[release]


def cache_dir() -> Path:
    """MLOPS_CHART_CACHE, else $MLOPS_CACHE/charts (default ~/.cache/mlops-platform/charts)."""
    if os.environ.get("MLOPS_CHART_CACHE"):
        return Path(os.environ["MLOPS_CHART_CACHE"])
    return Path(os.environ.get("MLOPS_CACHE") or Path.home() / ".cache" / "mlops-platform") / "charts"


def mirror_dir() -> Path | None:
    """MLOPS_CHART_MIRROR when set (empty: none), else ../shared/charts beside the repository if present."""
    configured = os.environ.get("MLOPS_CHART_MIRROR")
    if configured is not None:
        return Path(configured) if configured else None
    default = ROOT.parent / "shared" / "charts"
    return default if default.is_dir() else None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def _cache_lock() -> Iterator[Path]:
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield directory
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _verify(entry: LockedChart, path: Path, source: str) -> None:
    actual = sha256_of(path)
    if actual != entry.sha256:
        raise ChartDigestMismatch(
            f"{entry.archive_name} from {source}: sha256 {actual}, charts.lock says {entry.sha256} "
            f"(release {entry.release}); a changed pin needs `python scripts/fetch_charts.py --lock`")


def _helm_pull(entry: LockedChart, destination: Path) -> Path:
    tools = subprocess.run([str(ROOT / "scripts" / "install-tools.sh")], capture_output=True, text=True, check=False)
    if tools.returncode != 0:
        raise ChartUnavailable(f"helm is needed to pull {entry.archive_name}: scripts/install-tools.sh failed:\n"
                               f"{tools.stderr.strip()}")
    helm = Path(tools.stdout.strip().splitlines()[-1]) / "helm"
    pulled = subprocess.run([str(helm), "pull", entry.chart, "--repo", entry.repository, "--version", entry.version,
                             "--destination", str(destination)], capture_output=True, text=True, check=False)
    path = destination / entry.archive_name
    if pulled.returncode != 0 or not path.is_file():
        raise ChartUnavailable(f"helm pull {entry.chart} {entry.version} from {entry.repository} failed: "
                               f"{pulled.stderr.strip() or 'no ' + entry.archive_name}")
    return path


def _obtain(entry: LockedChart, into: Path) -> Path:
    """The archive from the mirror or the repository, verified, moved into the cache folder `into`."""
    tried = []
    mirror = mirror_dir()
    if mirror is not None and (mirror / entry.archive_name).is_file():
        staged = into / f".{entry.archive_name}.partial"
        shutil.copyfile(mirror / entry.archive_name, staged)
        try:
            _verify(entry, staged, f"the mirror {mirror}")
        except ChartDigestMismatch:
            staged.unlink()
            raise
    else:
        tried.append(f"mirror {mirror}: no {entry.archive_name}" if mirror else
                     "no mirror (set MLOPS_CHART_MIRROR to a folder of chart archives)")
        with tempfile.TemporaryDirectory(dir=into) as pull_dir:
            try:
                pulled = _helm_pull(entry, Path(pull_dir))
            except ChartUnavailable as failure:
                tried.append(str(failure))
                raise ChartUnavailable(
                    f"chart archive {entry.archive_name} (release {entry.release}) not found: "
                    + "; ".join(tried) + f". Provide it, then run `{FETCH_COMMAND}`") from None
            _verify(entry, pulled, f"helm pull from {entry.repository}")
            staged = into / f".{entry.archive_name}.partial"
            shutil.move(str(pulled), staged)
    target = into / entry.archive_name
    os.replace(staged, target)
    return target


def chart_archive(release: str, *, lock_file: Path = LOCK_FILE) -> Path:
    """The verified `<chart>-<version>.tgz` of a helmfile.yaml release in $MLOPS_CACHE/charts/,
    fetched (mirror, then helm pull) when the cache lacks it. Raises ChartUnavailable (message names
    `make charts` and what was tried) or ChartDigestMismatch."""
    entry = locked_chart(release, lock_file=lock_file)
    if entry.sha256 is None:
        raise ChartUnavailable(f"release {release}: no archive of {entry.chart} {entry.version} can be had: "
                               f"{entry.unavailable}")
    cached = cache_dir() / entry.archive_name
    if cached.is_file():
        _verify(entry, cached, "the cache")
        return cached
    with _cache_lock() as directory:
        if cached.is_file():  # another caller fetched it while we waited
            _verify(entry, cached, "the cache")
            return cached
        return _obtain(entry, directory)


def chart_dir(release: str, *, lock_file: Path = LOCK_FILE) -> Path:
    """The release's chart extracted from its verified archive (cached, keyed by digest): the folder
    that holds Chart.yaml, values.yaml, values.schema.json, crds/, templates/, charts/. Read-only use."""
    archive = chart_archive(release, lock_file=lock_file)
    entry = locked_chart(release, lock_file=lock_file)
    assert entry.sha256 is not None
    extracted = cache_dir() / "extracted" / f"{entry.chart}-{entry.version}-{entry.sha256[:12]}"
    if not (extracted / ".complete").is_file():
        with _cache_lock():
            if not (extracted / ".complete").is_file():
                shutil.rmtree(extracted, ignore_errors=True)
                extracted.parent.mkdir(parents=True, exist_ok=True)
                staging = Path(tempfile.mkdtemp(dir=extracted.parent, prefix=".extract-"))
                try:
                    with tarfile.open(archive) as tar:
                        tar.extractall(staging, filter="data")
                    os.replace(staging, extracted)
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise
                (extracted / ".complete").touch()
    folder = extracted / entry.chart
    if not (folder / "Chart.yaml").is_file():
        raise ChartError(f"{archive}: no {entry.chart}/Chart.yaml at the top (not a `helm pull` archive)")
    return folder

