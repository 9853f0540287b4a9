"""The Dockerfiles on their own: pinned bases, numeric non-root users equal to the specs' uids, pinned and
checksummed downloads, Python pins equal to the jobs' tested sets, COPY sources present and let through."""
from __future__ import annotations

import re

import pytest
import yaml

from imagelib import (DOCKER, DOCKERFILES, ROOT, context_sources, dockerignore_rules, env_file,
                      external_bases, is_sent, parse, pins, repo_file, stage_map)

from constructs_lib.images import images

BASES = {
    "spark-jobs": re.compile(r"^apache/spark:(?P<version>\d+\.\d+\.\d+)-scala2\.13-java17-python3-ubuntu(@sha256:[0-9a-f]{64})?$"),
    "flink-job": re.compile(r"^flink:(?P<version>\d+\.\d+\.\d+)-scala_2\.12-java17(@sha256:[0-9a-f]{64})?$"),
}
SPEC_CHART = {"spark-jobs": ["spark-templates", "model-serving"], "flink-job": ["flink-jobs"]}


def _pinned(ref: str) -> bool:
    """Explicit version tag (not latest) or a digest."""
    if "@sha256:" in ref:
        return bool(re.search(r"@sha256:[0-9a-f]{64}$", ref))
    name_tag = ref.rsplit("/", 1)[-1]
    if ":" not in name_tag:
        return False
    tag = name_tag.split(":", 1)[1]
    return tag != "latest" and bool(re.search(r"\d", tag)) and "$" not in tag


@pytest.mark.parametrize("ref, ok", [
    ("apache/spark:4.3.0-scala2.13-java17-python3-ubuntu", True),
    ("flink:2.2.1-scala_2.12-java17@sha256:" + "a" * 64, True),
    ("flink", False), ("flink:latest", False), ("ubuntu:noble", False), ("flink:${TAG}", False),
    ("localhost:5000/flink", False),
])
def test_pin_rule(ref, ok):
    assert _pinned(ref) is ok


@pytest.mark.parametrize("name", DOCKERFILES)
def test_every_base_is_pinned(stages, name):
    bases = external_bases(stages[name])
    assert bases, "no external base image"
    for ref in bases:
        assert _pinned(ref), f"{DOCKERFILES[name]}: FROM {ref} is not pinned to a version tag or digest"


@pytest.mark.parametrize("name", DOCKERFILES)
def test_base_is_the_official_image_of_the_tested_version(stages, name):
    bases = external_bases(stages[name])
    assert len(set(bases)) == 1, bases
    match = BASES[name].match(bases[0])
    assert match, f"{bases[0]} is not the official image tag scheme expected for {name}"
    version = images().spark_version if name == "spark-jobs" else images().flink_version
    assert match["version"] == version, f"base {bases[0]} vs docker/images.yaml version {version}"


def _spec_uids(dist_docs, charts: list[str]) -> set[int]:
    uids = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "runAsUser":
                    uids.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for key, docs in dist_docs.items():
        if key.split("/", 1)[1] in charts:
            walk(docs)
    return uids


@pytest.mark.parametrize("name", DOCKERFILES)
def test_final_user_is_numeric_non_root_and_the_specs_uid(stages, dist_docs, name):
    user = stages[name][-1].last_user
    assert user is not None, f"{DOCKERFILES[name]}: the final stage sets no USER"
    uid = user.split(":", 1)[0]
    assert uid.isdigit(), f"USER {user} is not numeric (runAsNonRoot needs a numeric uid)"
    assert int(uid) != 0
    spec_uids = _spec_uids(dist_docs, SPEC_CHART[name])
    assert spec_uids == {int(uid)}, f"specs run {SPEC_CHART[name]} as {spec_uids}, the image as {uid}"


@pytest.mark.parametrize("name", DOCKERFILES)
def test_no_secrets_no_latest_no_add(name):
    text = DOCKERFILES[name].read_text()
    assert ":latest" not in text
    assert not re.search(r"^\s*ADD\s", text, re.M), "ADD fetches without checksums; use RUN + sha256sum -c"
    for line in re.findall(r"^\s*(?:ENV|ARG)\s+(.*)$", text, re.M):
        assert not re.search(r"(SECRET|PASSWORD|TOKEN|ACCESS_KEY|CREDENTIAL)", line, re.I), line


@pytest.mark.parametrize("name", DOCKERFILES)
def test_every_download_is_checksum_verified(stages, name):
    downloads = 0
    for stage in stages[name]:
        for ins in stage.all("RUN"):
            fetches = re.findall(r"\b(?:wget|curl)\b", ins.value)
            if not fetches:
                continue
            downloads += len(fetches)
            assert re.search(r"sha(256|512)sum (--strict )?-c", ins.value), \
                f"{DOCKERFILES[name]}: a RUN downloads without a sha256sum -c: {ins.value[:120]}"
            assert "--no-check-certificate" not in ins.value and " -k " not in ins.value
    assert downloads, "expected the jar downloads"


def test_kafka_connector_checksum_and_version(stages):
    connector = stage_map(stages["flink-job"])["connector"]
    args = connector.args
    assert re.fullmatch(r"[0-9a-f]{64}", args["KAFKA_CONNECTOR_SHA256"])
    run = connector.all("RUN")[0].value
    # ARG-substituted: the pinned checksum is what `sha256sum -c` checks the downloaded jar against
    assert re.search(rf'echo "{args["KAFKA_CONNECTOR_SHA256"]}  \$jar" \| sha256sum --strict -c -', run), run
    versions = env_file(repo_file("jobs/flink/versions.env"))
    assert args["KAFKA_CONNECTOR_VERSION"] == versions["FLINK_KAFKA_CONNECTOR_VERSION"]
    pom = repo_file("tools/maven/flink-connectors/pom.xml").read_text()
    assert f"<flink.kafka.connector.version>{args['KAFKA_CONNECTOR_VERSION']}<" in pom


def test_flink_versions_agree(stages):
    args = stages["flink-job"][-1].args
    assert args["FLINK_VERSION"] == images().flink_version
    versions = env_file(repo_file("jobs/flink/versions.env"))
    assert versions["FLINK_VERSION"] == versions["PYFLINK_VERSION"] == images().flink_version
    assert pins(DOCKER / "flink" / "requirements.txt")["apache-flink"] == images().flink_version


def test_spark_versions_agree():
    assert pins(DOCKER / "spark" / "requirements.txt")["pyspark"] == images().spark_version
    versions = env_file(repo_file("jobs/spark/versions.env"))
    assert versions["PYSPARK_VERSION"] == images().spark_version
    assert versions["MLFLOW_VERSION"] == pins(DOCKER / "spark" / "requirements.txt")["mlflow"]


@pytest.mark.parametrize("image_file, tested_file, roots", [
    ("docker/spark/requirements.txt", "requirements/spark.txt", ["mlflow", "pyspark", "pandas", "pyarrow", "boto3", "numpy"]),
    ("docker/flink/requirements.txt", "requirements/flink.txt", ["apache-flink"]),
])
def test_image_python_pins_equal_the_tested_pins(image_file, tested_file, roots):
    image = pins(ROOT / image_file)
    for root in roots:
        assert root in image, f"{image_file} lacks {root}"
    assert "pytest" not in image, "test tooling does not belong in the image"
    tested = pins(repo_file(tested_file))
    missing = sorted(set(image) - set(tested))
    assert not missing, f"{image_file} pins packages the jobs are not tested with: {missing}"
    differ = {n: (v, tested[n]) for n, v in image.items() if tested[n] != v}
    assert not differ, f"{image_file} vs {tested_file} (image, tested): {differ}"


def test_pins_parser_rejects_a_loose_requirement(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("mlflow>=3\n")
    with pytest.raises(AssertionError, match="not an exact pin"):
        pins(path)


def test_python_installs_are_exact(stages):
    spark_python = stage_map(stages["spark-jobs"])["python"].all("RUN")[0].value
    assert "uv pip sync" in spark_python and "--target /tmp/uv" in spark_python
    assert "--strict" in spark_python and "uv pip check" in spark_python
    assert re.search(r'uv==\$\{UV_VERSION\}|uv==\d', spark_python)
    flink_python = stage_map(stages["flink-job"])["python"].all("RUN")[0].value
    assert "--no-deps -r /tmp/requirements.txt" in flink_python and "pip check" in flink_python


@pytest.mark.parametrize("name", DOCKERFILES)
def test_copy_sources_exist_and_reach_the_build_context(stages, name):
    rules = dockerignore_rules(ROOT / ".dockerignore")
    sources = context_sources(stages[name])
    assert sources
    for src in sources:
        assert not src.startswith(("/", "..")), f"{src}: outside the build context"
        if src.startswith("jobs/"):
            repo_file(str(__import__("pathlib").PurePosixPath(src).parent))
        matches = sorted(ROOT.glob(src))
        assert matches, f"{DOCKERFILES[name]}: COPY source {src} does not exist in the repository"
        for match in matches:
            rel = str(match.relative_to(ROOT))
            assert match.is_file(), rel
            assert is_sent(rel, rules), f"{rel} is COPY'd but .dockerignore keeps it out of the context"


def test_dockerignore_sends_nothing_else():
    rules = dockerignore_rules(ROOT / ".dockerignore")
    for rel in ("environments/dev.yaml", "dist/dev/spark-templates.yaml", "values/mlflow.yaml", ".git/config",
                "docker/images.yaml", "jobs/spark/README.md", "jobs/spark/__pycache__/common.cpython-311.pyc",
                "tests/jobs/spark/conftest.py", "requirements/spark.txt", ".env"):
        assert not is_sent(rel, rules), f"{rel} would be sent to the Docker daemon"
    assert is_sent("jobs/spark/training.py", rules)
    assert not is_sent("jobs/spark/sub/x.py", rules), "`*` must not cross directories"


def test_no_dockerfile_stage_is_unused(stages):
    for name, parsed in stages.items():
        used = {s.base for s in parsed} | {
            part.split("=", 1)[1] for s in parsed for i in s.all("COPY") for part in i.value.split()
            if part.startswith("--from=")}
        for stage in parsed[:-1]:
            assert stage.name in used, f"{DOCKERFILES[name]}: stage {stage.name} is never used"


def test_a_bad_dockerfile_fails_these_rules(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM ubuntu:latest AS build\nRUN curl -o x.jar https://example.org/x.jar\nFROM build\nUSER spark\n")
    parsed = parse(bad)
    assert not _pinned(external_bases(parsed)[0])
    assert not parsed[-1].last_user.isdigit()
    assert not re.search(r"sha256sum (--strict )?-c", parsed[0].all("RUN")[0].value)


def test_images_file_is_yaml_with_both_images():
    data = yaml.safe_load((DOCKER / "images.yaml").read_text())
    assert set(data["images"]) == set(DOCKERFILES)
