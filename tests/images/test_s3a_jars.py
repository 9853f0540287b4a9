"""docker/spark/s3a-jars.sha256 (the jars the Spark image downloads) against tools/maven/spark-s3a/pom.xml,
jobs/spark/versions.env and, where the spark engineer's fetch cached them, the real jar files."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from imagelib import DOCKER, env_file, pom_properties, repo_file, stage_map

MANIFEST = DOCKER / "spark" / "s3a-jars.sha256"
LINE = re.compile(r"^(?P<sha>[0-9a-f]{64})  (?P<path>(?P<group>[a-z0-9._/-]+)/(?P<artifact>[A-Za-z0-9._-]+)/"
                  r"(?P<version>[A-Za-z0-9._-]+)/(?P=artifact)-(?P=version)\.jar)$")


def manifest() -> list[dict]:
    rows = []
    for line in MANIFEST.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        assert m, f"{MANIFEST.name}: not '<sha256>  <group path>/<artifact>/<version>/<artifact>-<version>.jar': {line!r}"
        row = m.groupdict()
        row["group"] = row["group"].replace("/", ".")
        row["file"] = Path(row["path"]).name
        rows.append(row)
    return rows


def by_artifact() -> dict[tuple[str, str], dict]:
    rows = manifest()
    index = {(r["group"], r["artifact"]): r for r in rows}
    assert len(index) == len(rows), "an artifact is listed twice"
    assert len({r["file"] for r in rows}) == len(rows), "two jars share a file name (they'd overwrite in /opt/spark/jars)"
    return index


def test_manifest_is_well_formed_and_every_jar_has_a_checksum():
    rows = manifest()
    assert len(rows) > 10
    assert all(len(r["sha"]) == 64 for r in rows)


def test_versions_equal_the_pom_the_jobs_are_tested_with():
    props, deps = pom_properties(repo_file("tools/maven/spark-s3a/pom.xml"))
    index = by_artifact()
    for group, artifact, version in deps:
        assert (group, artifact) in index, f"{group}:{artifact} (pom) is not in the image"
        assert index[(group, artifact)]["version"] == version, f"{artifact}: image vs pom"
    hadoop = index[("org.apache.hadoop", "hadoop-aws")]["version"]
    assert hadoop == props["hadoop.version"]
    sdk = {r["version"] for (g, _), r in index.items() if g == "software.amazon.awssdk"}
    assert sdk == {props["awssdk.version"]}, f"AWS SDK v2 modules at mixed versions: {sdk}"
    aa = index[("software.amazon.s3.analyticsaccelerator", "analyticsaccelerator-s3")]["version"]
    assert aa == props["analyticsaccelerator.version"]
    versions = env_file(repo_file("jobs/spark/versions.env"))
    assert hadoop == versions["HADOOP_AWS_VERSION"] == versions["HADOOP_VERSION"]
    assert props["awssdk.version"] == versions["AWS_SDK_V2_VERSION"]


def test_spark_already_ships_the_excluded_groups():
    # The pom leaves out netty, slf4j, commons-*, httpcomponents (Spark has them); so must the image.
    excluded = ("io.netty", "org.slf4j", "commons-logging", "commons-codec", "org.apache.httpcomponents")
    assert not [r["path"] for r in manifest() if r["group"].startswith(excluded)]
    assert not [r for r in manifest() if r["artifact"] == "bundle"], "the ~600 MB SDK bundle"


def _cached_jar_dirs() -> list[Path]:
    cache = Path(os.environ.get("MLOPS_CACHE", Path.home() / ".cache" / "mlops-platform"))
    return [d for d in sorted((cache / "spark-jars").glob("*")) if (d / ".complete").exists()]


def test_checksums_equal_the_jars_the_jobs_were_tested_with():
    """The set and the bytes the spark engineer's fetch (scripts/fetch-spark-jars.sh) put in the cache."""
    pom_version = pom_properties(repo_file("tools/maven/spark-s3a/pom.xml"))[0]["hadoop.version"]
    dirs = [d for d in _cached_jar_dirs() if (d / f"hadoop-aws-{pom_version}.jar").exists()]
    if not dirs:
        pytest.fail("no fetched S3A jars in $MLOPS_CACHE/spark-jars: run scripts/fetch-spark-jars.sh "
                    "(scripts/test.sh does it in its setup step)")
    jars = {p.name: p for p in dirs[-1].glob("*.jar")}
    rows = {r["file"]: r for r in manifest()}
    assert set(rows) == set(jars), f"image-only: {sorted(set(rows) - set(jars))}, tested-only: {sorted(set(jars) - set(rows))}"
    for name, row in rows.items():
        assert hashlib.sha256(jars[name].read_bytes()).hexdigest() == row["sha"], name


def test_checksums_match_maven_centrals_sha1_in_the_local_repository():
    m2 = Path.home() / ".m2" / "repository"
    checked = 0
    for row in manifest():
        jar = m2 / row["path"]
        sha1 = jar.with_name(jar.name + ".sha1")
        if not (jar.exists() and sha1.exists()):
            continue
        data = jar.read_bytes()
        assert hashlib.sha1(data).hexdigest() == sha1.read_text().split()[0], f"{row['path']}: .sha1 (Central)"
        assert hashlib.sha256(data).hexdigest() == row["sha"], row["path"]
        checked += 1
    if not checked:
        pytest.fail("no S3A jars with Central's .sha1 in ~/.m2/repository: run scripts/fetch-spark-jars.sh "
                    "(its Maven fetch leaves them there; if its cache folder is already complete, delete "
                    "$MLOPS_CACHE/spark-jars first)")


def test_dockerfile_downloads_the_manifest_and_checks_all_of_it(stages):
    jars = stage_map(stages["spark-jobs"])["s3a-jars"]
    copies = [i.value.split() for i in jars.all("COPY")]
    assert ["docker/spark/s3a-jars.sha256", "/tmp/s3a-jars.sha256"] in copies
    run = jars.all("RUN")[0].value
    assert 'wget -nv -O "${path##*/}" "https://repo1.maven.org/maven2/${path}"' in run
    assert "sha256sum --strict -c -" in run and "set -eu" in run


def test_manifest_rejects_a_line_without_a_checksum(tmp_path, monkeypatch):
    bad = tmp_path / "m"
    bad.write_text(MANIFEST.read_text() + "org/apache/hadoop/hadoop-aws/3.5.0/hadoop-aws-3.5.0.jar\n")
    monkeypatch.setattr(__import__(__name__), "MANIFEST", bad)
    with pytest.raises(AssertionError, match="not '<sha256>"):
        manifest()
