"""Session fixtures: a real SeaweedFS S3 server, a real `mlflow server` (artifacts proxied to that S3),
and a local[2] SparkSession with S3A, all on loopback, stopped at the end of the session."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "jobs" / "spark"))  # the jobs are flat modules, as under spark-submit
sys.path.insert(0, str(HERE))

import services  # noqa: E402

BUCKETS = {"lake": "lake", "features": "features", "mlflow": "mlflow", "tmp": "spark-tmp"}


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """SeaweedFS up and buckets created; the mlflow server launched (readiness awaited by `mlflow_uri`,
    so its ~20 s start overlaps with the JVM start)."""
    base = tmp_path_factory.mktemp("services")
    s3 = services.start_seaweedfs(base / "seaweedfs")
    client = s3.client()
    for b in BUCKETS.values():
        client.create_bucket(Bucket=b)
    saved = {k: os.environ.get(k) for k in (*s3.env(), "SPARK_LOCAL_IP", "MLFLOW_TRACKING_URI")}
    # S3A's EnvironmentVariableCredentialsProvider reads these from the JVM's environment, which
    # is inherited from this process when the Spark fixture launches the JVM.
    os.environ.update(s3.env())
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ.pop("MLFLOW_TRACKING_URI", None)
    ml = services.start_mlflow(base / "mlflow", s3, BUCKETS["mlflow"], wait=False)
    yield {"s3": s3, "mlflow": ml, "client": client}
    ml.stop()
    s3.stop()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def s3(stack):
    return stack["s3"]


@pytest.fixture(scope="session")
def s3_client(stack):
    return stack["client"]


@pytest.fixture(scope="session")
def spark(stack):
    jars = services.s3a_jars()  # runs scripts/fetch-spark-jars.sh (Maven Central) when not cached
    session = services.build_spark(jars, services.s3a_conf(stack["s3"].endpoint))
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def mlflow_uri(stack):
    return stack["mlflow"].wait_ready().uri


@pytest.fixture()
def tracking_env(mlflow_uri, monkeypatch):
    """The jobs read the tracking server only from MLFLOW_TRACKING_URI."""
    monkeypatch.setenv("MLFLOW_TRACKING_URI", mlflow_uri)
    return mlflow_uri
