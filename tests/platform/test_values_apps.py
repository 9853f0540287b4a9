"""Airflow and MLflow Helm values: valid for the pinned charts, wired to the platform's handles."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT

from constructs_lib import naming
from constructs_lib.config import load_environment
from constructs_lib.handles import object_store_handle, postgres_handle
from validation.chart_values import chart_data, check_values, merge

ENVS = ("dev", "prod")
CHARTS = ("airflow", "mlflow")
# Keys of chart 1.22.0 missing from the derived 1.20.0-dev tree (schemas/charts/airflow/SOURCE.md).
# Each entry: key path -> the chart release note that introduced it. None needed so far: every key
# set in values/airflow.yaml exists in the snapshot (checked below, so a new key fails until listed).
AIRFLOW_ALLOW_LIST: dict[str, str] = {}



def values(release: str, env: str, dist=ROOT / "dist") -> dict:
    static = yaml.safe_load((ROOT / "values" / f"{release}.yaml").read_text())
    generated = yaml.safe_load((dist / env / "helm-values" / f"{release}.yaml").read_text())
    return merge(static, generated)


@pytest.mark.parametrize("env", ENVS)
@pytest.mark.parametrize("release", sorted(CHARTS))
def test_values_valid_for_chart(release, env, fresh_dist):
    problems = check_values(values(release, env, fresh_dist), chart_data(release))
    if release == "airflow":
        problems = [p for p in problems if p.split(":")[0] not in AIRFLOW_ALLOW_LIST]
    assert not problems, problems


def test_allow_list_entries_cite_a_release_note():
    for key, note in AIRFLOW_ALLOW_LIST.items():
        assert re.search(r"airflow\.apache\.org/docs/helm-chart/.*release_notes|helm-chart/1\.2[12]\.0", note), key


@pytest.mark.parametrize("release,bad", [
    ("airflow", {"webserverr": {"enabled": True}}),
    ("airflow", {"workers": {"replicaz": 1}}),
    ("airflow", {"apiServer": {"replicas": "one"}}),
    ("mlflow", {"backendStore": {"postgres": {"hots": "x"}}}),
    ("mlflow", {"service": {"port": "five thousand"}}),
])
def test_check_values_rejects_mistakes(release, bad):
    assert check_values(merge(values(release, "dev"), bad), chart_data(release))


@pytest.mark.parametrize("env", ENVS)
def test_airflow_wiring(env, fresh_dist):
    config, v = load_environment(env), values("airflow", env, fresh_dist)
    assert v["executor"] == "KubernetesExecutor"
    assert re.fullmatch(r"3\.3\.\d+", v["airflowVersion"]) and v["defaultAirflowTag"] == v["airflowVersion"]
    assert v["postgresql"]["enabled"] is False and v["redis"]["enabled"] is False
    assert v["networkPolicies"]["enabled"] is False
    for component in ("apiServer", "dagProcessor", "triggerer"):
        assert v[component]["enabled"] is True
    assert v["data"] == {"metadataSecretName": config.airflow.metadata_connection_secret}
    assert v["data"]["metadataSecretName"] == "airflow-db-connection"
    assert (v["fernetKeySecretName"], v["apiSecretKeySecretName"], v["jwtSecretName"]) == (
        config.airflow.fernet_key.name, config.airflow.api_secret_key.name, config.airflow.jwt_secret.name)
    assert v["workers"]["serviceAccount"]["name"] == naming.AIRFLOW_WORKER_SA
    git_sync = v["dags"]["gitSync"]
    assert git_sync["enabled"] and git_sync["repo"] == config.git.repo_url
    assert git_sync["branch"] == config.git.target_revision
    # The chart mounts the checkout at <mountPath>/repo and sets dags_folder = <mountPath>/repo/<subPath>:
    # the DAGs' repository root (parent of the dags folder) holds dist/<env>/spark-templates.yaml.
    mount = v["dags"].get("mountPath") or "/opt/airflow/dags"
    assert git_sync["subPath"] == "dags"
    env_vars = {e["name"]: e["value"] for e in v["env"]}
    assert env_vars["MLOPS_ENVIRONMENT"] == env
    assert env_vars["MLOPS_SPARK_TEMPLATES"] == f"{mount}/repo/dist/{env}/spark-templates.yaml"
    assert env_vars["MLFLOW_TRACKING_URI"] == f"http://mlflow.{config.namespaces.ml_lifecycle}.svc:5000"


def _restricted(pod: dict, container: dict) -> None:
    assert pod.get("runAsNonRoot") or container.get("runAsNonRoot")
    assert (pod.get("seccompProfile") or container.get("seccompProfile")) == {"type": "RuntimeDefault"}
    assert container["allowPrivilegeEscalation"] is False
    assert container["capabilities"]["drop"] == ["ALL"]
    assert (pod.get("runAsUser") or container.get("runAsUser")) not in (None, 0)


def test_airflow_security_contexts():
    v = values("airflow", "dev")
    _restricted(v["securityContexts"]["pod"], v["securityContexts"]["containers"])
    for component in ("apiServer", "scheduler", "dagProcessor", "triggerer", "workers", "migrateDatabaseJob"):
        contexts = v[component]["securityContexts"]
        _restricted(contexts["pod"], contexts["container"])
        assert v[component]["resources"]["requests"] and v[component]["resources"]["limits"]["memory"]
    _restricted({}, v["dags"]["gitSync"]["securityContexts"]["container"])


@pytest.mark.parametrize("env", ENVS)
def test_mlflow_wiring(env, fresh_dist):
    config, v = load_environment(env), values("mlflow", env, fresh_dist)
    db, store = postgres_handle(config, "mlflow"), object_store_handle(config)
    # One MLflow version: the server, its schema migration (item: the migration init container used the
    # chart's appVersion) and the jobs' client pin.
    client = re.search(r"^mlflow==(\S+)$", (ROOT / "requirements" / "spark.txt").read_text(), re.M).group(1)
    assert v["image"]["tag"] == v["initImages"]["mlflowDbMigration"]["tag"] == client
    assert v["image"]["repository"] == v["initImages"]["mlflowDbMigration"]["repository"]
    assert v["service"]["port"] == 5000
    assert v["serviceAccount"]["name"] == naming.MLFLOW_SA
    assert v["replicaCount"] == config.mlflow.replicas
    assert v["resources"] == config.mlflow.resources.as_k8s()
    backend = v["backendStore"]
    assert backend["databaseMigration"] is True
    assert backend["postgres"] == {"enabled": True, "host": db.rw_host, "port": db.port, "database": db.database}
    assert backend["existingDatabaseSecret"]["name"] == config.mlflow.database_secret == "mlflow-db-credentials"
    artifacts = v["artifactRoot"]
    assert artifacts["proxiedArtifactStorage"] is True
    assert artifacts["s3"]["enabled"] and artifacts["s3"]["bucket"] == config.object_store.buckets.mlflow_artifacts
    assert artifacts["s3"]["existingSecret"] == {"name": config.object_store.credentials.mlflow,
                                                "keyOfAccessKeyId": "AWS_ACCESS_KEY_ID",
                                                "keyOfSecretAccessKey": "AWS_SECRET_ACCESS_KEY"}
    assert v["extraEnvVars"]["MLFLOW_S3_ENDPOINT_URL"] == store.endpoint_url
    assert v["postgresql"]["enabled"] is False and v["minio"]["enabled"] is False
    _restricted(v["podSecurityContext"], v["securityContext"])


SECRET_KEYS = re.compile(r"^(aws|admin|root)?(password|secretaccesskey|accesskeyid|fernetkey|jwtsecret|apisecretkey|"
                         r"webserversecretkey|connectionstring|flaskserversecretkey|token)$", re.I)


def _secret_values(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else key
            if SECRET_KEYS.search(key) and isinstance(value, str) and value:
                yield where
            yield from _secret_values(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _secret_values(item, f"{path}[{i}]")


def test_no_secret_values_in_values_files(fresh_dist):
    files = sorted((ROOT / "values").glob("*.yaml")) + sorted(fresh_dist.glob("*/helm-values/*.yaml"))
    assert len(files) >= 6
    for path in files:
        found = list(_secret_values(yaml.safe_load(path.read_text()) or {}))
        assert not found, f"{path}: secret values {found} (reference a Secret instead)"
        assert not re.search(r"://[^/\s:@]+:[^/\s@]+@", path.read_text()), f"{path}: credentials in a URL"


def test_generated_values_follow_the_environment(environments_copy, tmp_path):
    from conftest import run_synth

    dev = environments_copy / "dev.yaml"
    dev.write_text(dev.read_text().replace("mlflow_artifacts: dev-mlops-mlflow-artifacts",
                                           "mlflow_artifacts: dev-mlops-models"))
    assert run_synth("--dist", str(tmp_path), "--environments", str(environments_copy)).returncode == 0
    generated = yaml.safe_load((tmp_path / "dev" / "helm-values" / "mlflow.yaml").read_text())
    assert generated["artifactRoot"]["s3"]["bucket"] == "dev-mlops-models"
    assert (tmp_path / "dev" / "helm-values" / "mlflow.yaml").read_text().startswith(
        "# Generated by `make synth` from environments/dev.yaml")
