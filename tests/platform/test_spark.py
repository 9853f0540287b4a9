"""spark-templates: the SparkApplications the Airflow DAG submits (never applied by Argo CD)."""
from __future__ import annotations

import pytest

from compute_helpers import SECRET_LIKE, env_of, one, spark_pod_spec, text
from constructs_lib import naming
from constructs_lib.config import load_environment
from constructs_lib.handles import mlflow_handle, object_store_handle
from constructs_lib.images import images
from validation.manifests import validate_object
from validation.pod_security import restricted_violations

# The DAG's day macro (dags/batch_feature_training.py last_complete_day): never `ds`, the logical date.
RUN_DATE = "{{ last_complete_day(data_interval_end) }}"

ENVS = ("dev", "prod")
APPS = (naming.SPARK_FEATURE_APP, naming.SPARK_TRAINING_APP)


def app(synthesized, env, name) -> dict:
    docs = synthesized[env]["spark-templates"]
    assert sorted(d["metadata"]["name"] for d in docs) == sorted(APPS)
    return one(docs, "SparkApplication", name)


@pytest.mark.parametrize("env", ENVS)
@pytest.mark.parametrize("name", APPS)
def test_matches_the_pinned_crd_schema(synthesized, env, name):
    doc = app(synthesized, env, name)
    assert doc["apiVersion"] == "sparkoperator.k8s.io/v1beta2"
    assert doc["metadata"]["namespace"] == load_environment(env).namespaces.processing_jobs
    assert validate_object(doc, "1.33") == []


@pytest.mark.parametrize("env", ENVS)
@pytest.mark.parametrize("name", APPS)
@pytest.mark.parametrize("role", ("driver", "executor"))
def test_driver_and_executor_pods_are_restricted(synthesized, env, name, role):
    doc = app(synthesized, env, name)
    pod = spark_pod_spec(doc, role)
    assert restricted_violations(pod) == []
    assert pod["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    assert {m["mountPath"] for m in doc["spec"][role]["volumeMounts"]} == {"/tmp", "/opt/spark/work-dir"}


@pytest.mark.parametrize("env", ENVS)
def test_python_apps_from_the_image(synthesized, env):
    config = load_environment(env)
    for name, file in ((naming.SPARK_FEATURE_APP, "feature_engineering.py"), (naming.SPARK_TRAINING_APP, "training.py")):
        spec = app(synthesized, env, name)["spec"]
        assert (spec["type"], spec["pythonVersion"], spec["mode"]) == ("Python", "3", "cluster")
        assert spec["image"] == images().spark_jobs
        assert spec["sparkVersion"] == images().spark_version == "4.3.0"
        assert spec["mainApplicationFile"] == f"local:///opt/spark/jobs/{file}"
        assert spec["driver"]["serviceAccount"] == naming.SPARK_DRIVER_SA
        assert spec["executor"]["instances"] == config.spark.executor_instances
        assert spec["timeToLiveSeconds"] == config.spark.time_to_live_seconds
        # Airflow owns retries; the operator must not resubmit behind its back.
        assert spec["restartPolicy"] == {"type": "Never"}


@pytest.mark.parametrize("env", ENVS)
def test_arguments_carry_the_airflow_run_date(synthesized, env):
    config = load_environment(env)
    buckets = config.object_store.buckets
    feature = app(synthesized, env, naming.SPARK_FEATURE_APP)["spec"]["arguments"]
    assert feature == ["--input-uri", f"s3a://{buckets.raw}/events",
                       "--output-uri", f"s3a://{buckets.features}/user_activity", "--run-date", RUN_DATE]
    training = dict(zip(*[iter(app(synthesized, env, naming.SPARK_TRAINING_APP)["spec"]["arguments"])] * 2, strict=True))
    assert training["--features-uri"] == f"s3a://{buckets.features}/user_activity"
    assert training["--run-date"] == RUN_DATE
    assert training["--model-name"] == config.spark.model_name
    assert training["--experiment-name"] == config.spark.experiment_name
    assert training["--dfs-tmpdir"].startswith(f"s3a://{buckets.spark_checkpoints}/")


@pytest.mark.parametrize("env", ENVS)
def test_training_default_fs_is_the_dfs_tmpdir_bucket(synthesized, env):
    """mlflow.spark.log_model copies the model parts back from --dfs-tmpdir with Hadoop's default
    FileSystem ("Wrong FS" otherwise; run for real in tests/jobs/spark/test_cluster_fidelity.py)."""
    buckets = load_environment(env).object_store.buckets
    training = app(synthesized, env, naming.SPARK_TRAINING_APP)["spec"]
    args = dict(zip(*[iter(training["arguments"])] * 2, strict=True))
    default_fs = training["sparkConf"]["spark.hadoop.fs.defaultFS"]
    assert default_fs == f"s3a://{buckets.spark_checkpoints}"
    assert args["--dfs-tmpdir"].startswith(default_fs + "/")
    # Feature engineering needs no temp dir: it keeps Hadoop's local default FS.
    assert "spark.hadoop.fs.defaultFS" not in app(synthesized, env, naming.SPARK_FEATURE_APP)["spec"]["sparkConf"]


@pytest.mark.parametrize("env", ENVS)
def test_s3a_settings_are_the_same_in_both_applications_and_environments(synthesized, env):
    """The job tests build their Spark session from dist/dev's sparkConf; prod must differ from it only
    in the environment-specific values (endpoint, region, TLS flag)."""
    def s3a(e, name):
        conf = app(synthesized, e, name)["spec"]["sparkConf"]
        return {k: v for k, v in conf.items() if k.startswith("spark.hadoop.fs.s3a.")}

    env_specific = {"spark.hadoop.fs.s3a.endpoint", "spark.hadoop.fs.s3a.endpoint.region",
                    "spark.hadoop.fs.s3a.connection.ssl.enabled"}
    dev = s3a("dev", naming.SPARK_FEATURE_APP)
    for name in APPS:
        conf = s3a(env, name)
        assert set(conf) == set(dev)
        assert {k: v for k, v in conf.items() if k not in env_specific} == \
            {k: v for k, v in dev.items() if k not in env_specific}


@pytest.mark.parametrize("env", ENVS)
def test_no_string_looks_like_an_airflow_template_file(synthesized, env):
    """SparkKubernetesOperator.template_ext: a templated string ending .yaml/.yml/.json is loaded as a file."""
    flat = text(synthesized[env]["spark-templates"])
    for doc in synthesized[env]["spark-templates"]:
        for value in _strings(doc["spec"]):
            assert not value.endswith(("yaml", "yml", "json")), value
    assert RUN_DATE in flat


def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize("env", ENVS)
def test_s3a_settings_without_keys(synthesized, env):
    config = load_environment(env)
    store = object_store_handle(config)
    for name in APPS:
        doc = app(synthesized, env, name)
        conf = doc["spec"]["sparkConf"]
        assert conf["spark.hadoop.fs.s3a.endpoint"] == store.endpoint_url
        assert conf["spark.hadoop.fs.s3a.path.style.access"] == "true"
        assert conf["spark.hadoop.fs.s3a.connection.ssl.enabled"] == ("true" if store.tls else "false")
        assert conf["spark.hadoop.fs.s3a.endpoint.region"] == config.object_store.region
        assert conf["spark.hadoop.fs.s3a.aws.credentials.provider"] == \
            "software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider"
        assert conf["spark.sql.sources.partitionOverwriteMode"] == "dynamic"
        body = text([doc])
        assert "fs.s3a.access.key" not in body and "fs.s3a.secret.key" not in body
        assert not SECRET_LIKE.search(body)
        for role in ("driver", "executor"):
            env_vars = env_of(doc["spec"][role])
            for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
                assert env_vars[key]["valueFrom"] == {"secretKeyRef": {
                    "name": config.object_store.credentials.spark, "key": key}}
                assert "value" not in env_vars[key]


def test_secret_scan_catches_a_literal():
    assert SECRET_LIKE.search("spark.hadoop.fs.s3a.secret.key: hunter2")
    assert SECRET_LIKE.search("password: hunter2")


@pytest.mark.parametrize("env", ENVS)
def test_training_driver_talks_to_mlflow(synthesized, env):
    uri = mlflow_handle(load_environment(env)).tracking_uri
    assert uri == f"http://mlflow.{load_environment(env).namespaces.ml_lifecycle}.svc:5000"
    training = app(synthesized, env, naming.SPARK_TRAINING_APP)["spec"]
    assert env_of(training["driver"])["MLFLOW_TRACKING_URI"] == {"name": "MLFLOW_TRACKING_URI", "value": uri}
    assert "MLFLOW_TRACKING_URI" not in env_of(app(synthesized, env, naming.SPARK_FEATURE_APP)["spec"]["driver"])


@pytest.mark.parametrize("env", ENVS)
def test_sizing_from_config(synthesized, env):
    config = load_environment(env)
    driver = app(synthesized, env, naming.SPARK_FEATURE_APP)["spec"]["driver"]
    assert driver["coreRequest"] == config.spark.driver.cpu_request
    assert driver["memoryLimit"] == config.spark.driver.memory_limit
    heap = int(driver["memory"].rstrip("m")) + int(driver["memoryOverhead"].rstrip("m"))
    assert heap * 2**20 == {"1536Mi": 1536 * 2**20, "5Gi": 5 * 2**30}[config.spark.driver.memory_limit]


def test_chart_is_not_synced_by_argo():
    import cdk8s

    from constructs_lib.platform import build_platform

    charts = {c.chart_name: c for c in build_platform(cdk8s.App(), load_environment("dev")).charts}
    assert charts["spark-templates"].delivery.synced is False
    assert charts["flink-jobs"].delivery.synced is True
    assert charts["flink-jobs"].delivery.sync_wave == max(c.delivery.sync_wave for c in charts.values())
