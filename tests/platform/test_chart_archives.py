"""charts.lock and constructs_lib.chart_archives: every helmfile.yaml release is locked, every locked
archive is fetched and verified; mirror, cache and `helm pull` (from a chart repository served on
127.0.0.1) are each tried, and a digest mismatch is an error wherever the archive came from."""
from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import yaml

from constructs_lib import chart_archives as ca

LOCKED = ca.locked_charts()
SMALL = "minio-operator"  # a small archive for the source-order cases


def test_lock_pins_exactly_the_helmfile_releases():
    pins = ca.helmfile_pins()
    assert list(LOCKED) == list(pins), "run `python scripts/fetch_charts.py --lock`"
    for name, (chart, version, repository) in pins.items():
        entry = LOCKED[name]
        assert (entry.chart, entry.version, entry.repository) == (chart, version, repository), name
        assert (entry.sha256 is None) == bool(entry.unavailable), name


@pytest.mark.parametrize("release", [n for n, e in LOCKED.items() if e.sha256])
def test_every_locked_archive_is_fetched_and_is_its_chart(release):
    entry = LOCKED[release]
    archive = ca.chart_archive(release)
    assert archive.name == entry.archive_name and ca.sha256_of(archive) == entry.sha256
    chart = yaml.safe_load((ca.chart_dir(release) / "Chart.yaml").read_text())
    assert (chart["name"], str(chart["version"])) == (entry.chart, entry.version)


def test_release_without_archive_says_why():
    with pytest.raises(ca.ChartUnavailable, match=r"airflow.*no archive"):
        ca.chart_archive("airflow")
    with pytest.raises(ca.ChartUnavailable, match=r"not in charts\.lock"):
        ca.chart_archive("no-such-release")


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory) -> Path:
    """A copy of a real locked archive, taken from the project's own cache and mirror."""
    copy = tmp_path_factory.mktemp("small") / LOCKED[SMALL].archive_name
    shutil.copy(ca.chart_archive(SMALL), copy)
    return copy


@pytest.fixture
def isolated(tmp_path, monkeypatch, small_archive):
    """An empty cache and an empty mirror."""
    monkeypatch.setenv("MLOPS_CHART_CACHE", str(tmp_path / "cache" / "charts"))
    (tmp_path / "mirror").mkdir()
    monkeypatch.setenv("MLOPS_CHART_MIRROR", str(tmp_path / "mirror"))
    return tmp_path


def _lock_with(tmp_path: Path, release: str, **changes) -> Path:
    entry = LOCKED[release]
    data = {"chart": entry.chart, "version": entry.version, "repository": entry.repository, "sha256": entry.sha256}
    path = tmp_path / "charts.lock"
    path.write_text(yaml.safe_dump({"releases": {release: data | changes}}))
    return path


def test_mirror_then_cache(isolated, small_archive):
    shutil.copy(small_archive, isolated / "mirror")
    lock = _lock_with(isolated, SMALL)
    archive = ca.chart_archive(SMALL, lock_file=lock)
    assert archive.parent == isolated / "cache" / "charts"
    (isolated / "mirror" / archive.name).unlink()
    assert ca.chart_archive(SMALL, lock_file=lock) == archive  # now from the cache


def test_digest_mismatch_is_an_error_in_mirror_and_cache(isolated, small_archive):
    good = small_archive
    bad = bytearray(good.read_bytes())
    bad[-1] ^= 0xFF
    (isolated / "mirror" / good.name).write_bytes(bytes(bad))
    lock = _lock_with(isolated, SMALL)
    with pytest.raises(ca.ChartDigestMismatch, match="mirror"):
        ca.chart_archive(SMALL, lock_file=lock)
    assert not (isolated / "cache" / "charts" / good.name).exists()
    (isolated / "cache" / "charts").mkdir(parents=True, exist_ok=True)
    (isolated / "cache" / "charts" / good.name).write_bytes(bytes(bad))
    with pytest.raises(ca.ChartDigestMismatch, match="the cache"):
        ca.chart_archive(SMALL, lock_file=lock)


@pytest.fixture
def chart_repo(isolated, small_archive, helm):
    """A chart repository (index.yaml by the pinned helm) served over HTTP on 127.0.0.1."""
    repo = isolated / "repo"
    repo.mkdir()
    shutil.copy(small_archive, repo)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(repo))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    subprocess.run([str(helm), "repo", "index", str(repo), "--url", url], check=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield repo, url
    server.shutdown()


def test_helm_pull_from_the_repository_when_mirror_and_cache_lack_it(chart_repo, isolated):
    _repo, url = chart_repo
    archive = ca.chart_archive(SMALL, lock_file=_lock_with(isolated, SMALL, repository=url))
    assert ca.sha256_of(archive) == LOCKED[SMALL].sha256


def test_helm_pull_digest_mismatch_is_an_error(chart_repo, isolated):
    _repo, url = chart_repo
    lock = _lock_with(isolated, SMALL, repository=url, sha256="0" * 64)
    with pytest.raises(ca.ChartDigestMismatch, match="helm pull"):
        ca.chart_archive(SMALL, lock_file=lock)


def test_no_source_fails_naming_the_command(chart_repo, isolated):
    _repo, url = chart_repo
    lock = _lock_with(isolated, SMALL, repository=url, version="0.0.0-missing")
    with pytest.raises(ca.ChartUnavailable, match=r"run `make charts`") as failure:
        ca.chart_archive(SMALL, lock_file=lock)
    assert "helm pull" in str(failure.value) and "mirror" in str(failure.value)
