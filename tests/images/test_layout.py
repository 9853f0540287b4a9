"""The specs against the image layout: every path a spec or the DAG runs exists where the Dockerfile puts it,
and the images the specs name are exactly the ones `make images` builds."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from imagelib import ROOT, asserted_base_files, final_layout, repo_file, stage_map

from constructs_lib.images import SPARK_JOBS_DIR, FLINK_JOB_FILE, images

IMAGES_SCRIPT = ROOT / "scripts" / "images.py"


def _kinds(dist_docs, kind: str) -> list[tuple[str, dict]]:
    return [(key, d) for key, docs in dist_docs.items() for d in docs if d.get("kind") == kind]


def _local(uri: str) -> str:
    assert uri.startswith("local://"), f"{uri}: expected a file inside the image (local://)"
    return uri[len("local://"):]


def _in_layout(path: str, layout: dict[str, str], base_files: set[str] = frozenset()) -> bool:
    # a whole-directory copy from a stage does not count: its content is not known here
    return path in layout or path in base_files


@pytest.fixture(scope="module")
def spark_layout(stages):
    repo_file("jobs/spark")
    return final_layout(stages["spark-jobs"])


@pytest.fixture(scope="module")
def flink_layout(stages):
    repo_file("jobs/flink")
    return final_layout(stages["flink-job"])


def test_spark_jobs_land_in_the_jobs_dir(spark_layout):
    for name in ("feature_engineering.py", "training.py", "promotion_gate.py", "common.py"):
        assert spark_layout.get(f"{SPARK_JOBS_DIR}/{name}") == f"jobs/spark/{name}", sorted(spark_layout)


def test_shared_feature_vocabulary_sits_next_to_both_jobs(spark_layout, flink_layout):
    """#13 item 5: both jobs import feature_vocabulary as a flat module from their own folder."""
    assert spark_layout.get(f"{SPARK_JOBS_DIR}/feature_vocabulary.py") == "jobs/shared/feature_vocabulary.py"
    usrlib = FLINK_JOB_FILE.rsplit("/", 1)[0]
    assert flink_layout.get(f"{usrlib}/feature_vocabulary.py") == "jobs/shared/feature_vocabulary.py"


def test_spark_application_main_files_exist_in_the_image(dist_docs, spark_layout):
    apps = _kinds(dist_docs, "SparkApplication") + _kinds(dist_docs, "ScheduledSparkApplication")
    assert apps
    for key, app in apps:
        spec = app["spec"].get("template", app["spec"])
        main = _local(spec["mainApplicationFile"])
        assert main in spark_layout, f"{key} {app['metadata']['name']}: {main} is not in the spark-jobs image"
        for dep in spec.get("deps", {}).get("pyFiles", []):
            assert _local(dep) in spark_layout, dep


def test_dag_gate_script_exists_in_the_image(spark_layout):
    dag = (ROOT / "dags" / "batch_feature_training.py").read_text()
    paths = set(re.findall(r"/opt/spark/jobs/[\w.-]+\.py", dag))
    assert f"{SPARK_JOBS_DIR}/promotion_gate.py" in paths, "the DAG no longer runs the gate from the image?"
    for path in paths:
        assert path in spark_layout, f"the DAG runs {path}, which the spark-jobs image lacks"


def test_s3a_jars_reach_spark_classpath(stages):
    parsed = stage_map(stages["spark-jobs"])
    layout = final_layout(stages["spark-jobs"]) if (ROOT / "jobs/spark").exists() else {}
    copies = [i.value for i in stages["spark-jobs"][-1].all("COPY") if "--from=s3a-jars" in i.value]
    assert copies == [f"--from=s3a-jars {parsed['s3a-jars'].workdir}/ /opt/spark/jars/"], copies
    if layout:
        assert layout["/opt/spark/jars/"] == f"s3a-jars:{parsed['s3a-jars'].workdir}/"


def test_flink_job_entry_and_jar_exist_in_the_image(dist_docs, stages, flink_layout):
    deployments = _kinds(dist_docs, "FlinkDeployment")
    assert deployments
    base_files = asserted_base_files(stages["flink-job"][-1])
    for key, dep in deployments:
        job = dep["spec"]["job"]
        args = job.get("args", [])
        assert "-py" in args, f"{key}: PyFlink job without -py"
        script = args[args.index("-py") + 1]
        assert script == FLINK_JOB_FILE
        assert flink_layout.get(script) == "jobs/flink/user_activity_features.py", sorted(flink_layout)
        jar = _local(job["jarURI"])
        assert _in_layout(jar, flink_layout, base_files), \
            f"{key}: jarURI {jar} is neither copied nor asserted (test -f) in the flink-job image"
        assert job["entryClass"] == "org.apache.flink.client.python.PythonDriver"


def test_flink_plugins_and_connector_layout(stages, flink_layout):
    version = images().flink_version
    assert flink_layout[f"/opt/flink/plugins/s3-fs-hadoop/flink-s3-fs-hadoop-{version}.jar"] == \
        f"base:/opt/flink/opt/flink-s3-fs-hadoop-{version}.jar"
    assert f"/opt/flink/opt/flink-s3-fs-hadoop-{version}.jar" in asserted_base_files(stages["flink-job"][-1])
    connector = stage_map(stages["flink-job"])["connector"]
    jar = f"flink-sql-connector-kafka-{connector.args['KAFKA_CONNECTOR_VERSION']}.jar"
    assert flink_layout[f"/opt/flink/lib/{jar}"] == f"connector:{connector.workdir}/{jar}"
    assert stages["flink-job"][-1].args["KAFKA_CONNECTOR_VERSION"] == connector.args["KAFKA_CONNECTOR_VERSION"]


def _dry_run(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, str(IMAGES_SCRIPT), "--dry-run", *args],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _built(lines: list[str]) -> dict[str, str]:
    """image ref -> Dockerfile, from `docker build -f F -t REF ... .` lines."""
    out = {}
    for line in lines:
        m = re.match(r"docker build -f (\S+) -t (\S+) .* \.$", line)
        if m:
            out[m.group(2)] = m.group(1)
    return out


def test_specs_name_exactly_the_images_make_images_builds(dist_docs):
    built = _built(_dry_run())
    assert built == {images().spark_jobs: "docker/spark/Dockerfile", images().flink_job: "docker/flink/Dockerfile"}
    ours = f"{images().registry}/"
    used = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "image" and isinstance(value, str):
                    used.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(list(dist_docs.values()))
    platform_images = {u for u in used if u.startswith(ours) or u.split("/")[-1].split(":")[0] in ("spark-jobs", "flink-job")}
    assert platform_images == set(built), f"specs use {platform_images}, make images builds {set(built)}"
    for dockerfile in built.values():
        assert (ROOT / dockerfile).is_file()


def test_push_pushes_every_built_image():
    lines = _dry_run("--push")
    built = _built(lines)
    pushed = [line.split()[-1] for line in lines if line.startswith("docker push ")]
    assert sorted(pushed) == sorted(built)
    # each push comes after its build
    for ref in built:
        assert lines.index(f"docker push {ref}") > next(i for i, l in enumerate(lines) if f" -t {ref} " in l)


def test_tags_follow_the_images_file(tmp_path):
    data = (ROOT / "docker" / "images.yaml").read_text().replace(images().images.flink_job.tag, "9.9.9-test")
    alt = tmp_path / "images.yaml"
    alt.write_text(data)
    built = _built(_dry_run("--images-file", str(alt)))
    assert f"{images().registry}/flink-job:9.9.9-test" in built
    assert images().flink_job not in built


def test_only_and_unknown_image():
    assert list(_built(_dry_run("--only", "flink-job"))) == [images().flink_job]
    result = subprocess.run([sys.executable, str(IMAGES_SCRIPT), "--dry-run", "--only", "nope"],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode != 0 and "unknown image" in result.stderr


def test_make_images_target_calls_the_script():
    makefile = (ROOT / "Makefile").read_text()
    m = re.search(r"^images:.*\n\t(.+)$", makefile, re.M)
    assert m, "Makefile has no images target"
    assert "scripts/images.py --push" in m.group(1)
