"""The jobs configured exactly as the synthesized SparkApplications (dist/dev/spark-templates.yaml) run
them: the spec's sparkConf (only the S3 endpoint/TLS flag replaced for the loopback server), its
arguments (only the DAG's run-date macro rendered) and its buckets, against SeaweedFS and the mlflow server."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import data_generator
import feature_engineering as fe
import services

D1, D2 = "2026-11-01", "2026-11-02"
S3A_KEYS = ("spark.hadoop.fs.s3a.aws.credentials.provider", "spark.hadoop.fs.s3a.path.style.access",
            "spark.hadoop.fs.s3a.connection.ssl.enabled", "spark.hadoop.fs.s3a.endpoint",
            "spark.hadoop.fs.s3a.impl")


RUN_DATE_MACRO = "{{ last_complete_day(data_interval_end) }}"  # rendered by the Airflow DAG


def render(arguments: list[str], run_date: str) -> list[str]:
    assert RUN_DATE_MACRO in arguments, arguments
    return [a.replace(RUN_DATE_MACRO, run_date) for a in arguments]


def spec_buckets(spec: dict) -> set[str]:
    values = [*spec["arguments"], *map(str, spec["sparkConf"].values())]
    return {m for v in values for m in re.findall(r"s3a://([^/]+)", v)}


# ---------------------------------------------------------------- one source of truth for S3A settings

def test_test_sessions_use_the_synthesized_s3a_settings(spark, s3):
    """The fixture session carries the synthesized spec's S3A keys with the same values (endpoint and
    TLS flag aside), and both applications agree on them (prod's spec is checked by the platform suite)."""
    specs = {n: services.spark_application(n)["spec"]["sparkConf"] for n in ("feature-engineering", "model-training")}
    for conf in specs.values():
        assert set(S3A_KEYS) <= set(conf)
    s3a = {n: {k: str(v) for k, v in c.items() if k.startswith("spark.hadoop.fs.s3a.")} for n, c in specs.items()}
    assert s3a["feature-engineering"] == s3a["model-training"]
    hadoop = spark.sparkContext._jsc.hadoopConfiguration()
    for key, value in s3a["feature-engineering"].items():
        expected = {"spark.hadoop.fs.s3a.endpoint": s3.endpoint,
                    "spark.hadoop.fs.s3a.connection.ssl.enabled": "false"}.get(key, value)
        assert spark.conf.get(key) == expected, key
        assert hadoop.get(key.removeprefix("spark.hadoop.")) == expected, key
    assert spark.conf.get("spark.sql.sources.partitionOverwriteMode") == \
        specs["feature-engineering"]["spark.sql.sources.partitionOverwriteMode"]


def test_hadoop_aws_matches_the_hadoop_inside_pyspark():
    import pyspark

    (api,) = (Path(pyspark.__file__).parent / "jars").glob("hadoop-client-api-*.jar")
    hadoop = re.fullmatch(r"hadoop-client-api-(.+)\.jar", api.name).group(1)
    with zipfile.ZipFile(api) as z:  # the jar's own build info, not just its file name
        info = next(n for n in z.namelist() if n.endswith("common-version-info.properties"))
        assert f"version={hadoop}" in z.read(info).decode()
    pom = (services.REPO / "tools" / "maven" / "spark-s3a" / "pom.xml").read_text()
    assert re.search(r"<hadoop.version>([^<]+)</hadoop.version>", pom).group(1) == hadoop
    assert re.search(r"<artifactId>hadoop-aws</artifactId>\s*<version>\$\{hadoop.version\}</version>", pom)
    (aws,) = [Path(j).name for j in services.s3a_jars() if "hadoop-aws-" in j]
    assert aws == f"hadoop-aws-{hadoop}.jar"
    env = (services.REPO / "jobs" / "spark" / "versions.env").read_text()
    assert re.search(r"^HADOOP_VERSION=(\S+)", env, re.M).group(1) == hadoop
    assert re.search(r"^HADOOP_AWS_VERSION=(\S+)", env, re.M).group(1) == hadoop


# ---------------------------------------------------------------- training as model-training runs it

@pytest.fixture(scope="module")
def spec_buckets_with_features(spark, s3_client):
    """The spec's buckets exist; raw events at the feature-engineering spec's --input-uri and features
    computed by the job with the spec's own arguments for D1 and D2."""
    feature = services.spark_application("feature-engineering")["spec"]
    training = services.spark_application("model-training")["spec"]
    for bucket in spec_buckets(feature) | spec_buckets(training):
        s3_client.create_bucket(Bucket=bucket)
    args = dict(zip(*[iter(feature["arguments"])] * 2, strict=True))
    data_generator.write_spark(spark, data_generator.generate_events(4000, D1, n_days=2, seed=7),
                               args["--input-uri"])
    for day in (D1, D2):
        assert fe.main(render(feature["arguments"], day)) == 0
    return training


def submit_training(spec: dict, s3, mlflow_uri: str, tmp_path: Path, conf: dict[str, str]):
    import pyspark

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    conf = {**conf, "spark.ui.enabled": "false", "spark.jars": ",".join(services.s3a_jars()),
            # Not in the spec: shows a schemeless local path still resolves to file: with fs.defaultFS=s3a.
            "spark.eventLog.enabled": "true", "spark.eventLog.dir": str(tmp_path / "events")}
    (tmp_path / "events").mkdir(exist_ok=True)
    cmd = [str(submit), "--master", "local[2]", "--driver-memory", "1g"]
    for k, v in conf.items():
        cmd += ["--conf", f"{k}={v}"]
    cmd += [str(services.REPO / "jobs" / "spark" / "training.py"), *render(spec["arguments"], D2)]
    env = {**os.environ, **s3.env(), "MLFLOW_TRACKING_URI": mlflow_uri,
           "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)


def test_training_runs_as_the_model_training_application(spec_buckets_with_features, s3, s3_client,
                                                         mlflow_uri, tmp_path):
    spec = spec_buckets_with_features
    args = dict(zip(*[iter(spec["arguments"])] * 2, strict=True))
    assert args["--dfs-tmpdir"].startswith("s3a://"), "the cluster needs shared storage for the model parts"
    p = submit_training(spec, s3, mlflow_uri, tmp_path, services.s3a_conf(s3.endpoint, "model-training"))
    assert p.returncode == 0, "\n".join(l for l in p.stderr.splitlines() if " INFO " not in l)[-4000:]
    result = json.loads(p.stdout.strip().splitlines()[-1])
    from mlflow import MlflowClient

    client = MlflowClient(mlflow_uri)
    assert client.get_model_version_by_alias(args["--model-name"], "challenger").version == result["version"]
    model_files = {a.path for a in client.list_artifacts(result["run_id"], "model")}
    assert {"model/MLmodel", "model/sparkml"} <= model_files
    stages = client.list_artifacts(result["run_id"], "model/sparkml/stages")
    assert len(stages) == 3  # VectorAssembler, StandardScaler, LogisticRegression
    # MLflow moved (copy + delete) the parts out of the shared temp dir.
    bucket, _, prefix = args["--dfs-tmpdir"].removeprefix("s3a://").partition("/")
    left = s3_client.list_objects_v2(Bucket=bucket, Prefix=prefix.rstrip("/") + "/").get("KeyCount", 0)
    assert left == 0
    # The event log (schemeless dir) is still written to the local disk.
    assert any((tmp_path / "events").iterdir())


def test_s3a_dfs_tmpdir_needs_the_default_fs(spec_buckets_with_features, s3, mlflow_uri, tmp_path):
    """Without fs.defaultFS on the training application, MLflow's copy back to local fails: it uses
    Hadoop's default FileSystem (file:) for the s3a:// temp path."""
    conf = services.s3a_conf(s3.endpoint, "model-training")
    conf.pop("spark.hadoop.fs.defaultFS", None)
    p = submit_training(spec_buckets_with_features, s3, mlflow_uri, tmp_path, conf)
    assert p.returncode != 0
    out = p.stdout + p.stderr  # spark-submit's Python runner prints the traceback on stdout
    assert re.search(r"IllegalArgumentException: Wrong FS: s3a://\S+/mlflow-tmp/\S+, expected: file:///", out), \
        out[-3000:]
