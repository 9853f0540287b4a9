"""PostgreSQL: two CNPG clusters, Barman Cloud plugin backups, no in-tree barmanObjectStore, no
secret values, and the narrow read access Airflow gets to its connection URI."""
from __future__ import annotations

import json

import pytest

from constructs_lib.config import load_environment
from constructs_lib.handles import object_store_handle, postgres_handle

PLUGIN = "barman-cloud.cloudnative-pg.io"


def by_kind(docs, kind):
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_two_clusters_with_initdb_and_plugin_wiring(synthesized, env):
    config = load_environment(env)
    docs = synthesized[env]["postgres"]
    clusters = by_kind(docs, "Cluster")
    assert set(clusters) == {"airflow-db", "mlflow-db"}
    for database in ("airflow", "mlflow"):
        handle = postgres_handle(config, database)
        spec = clusters[handle.cluster_name]["spec"]
        assert clusters[handle.cluster_name]["metadata"]["namespace"] == config.namespaces.data_plane
        assert spec["instances"] == config.postgres.instances
        assert spec["storage"]["size"] == config.postgres.storage_size
        assert spec["bootstrap"] == {"initdb": {"database": handle.database, "owner": handle.owner}}
        assert spec["plugins"] == [{"name": PLUGIN, "isWALArchiver": True,
                                    "parameters": {"barmanObjectName": f"{handle.cluster_name}-backups"}}]
        assert "backup" not in spec, "the in-tree barmanObjectStore is removed in CNPG 1.31"


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_object_stores_point_at_backups_bucket_through_handle(synthesized, env):
    config = load_environment(env)
    store = object_store_handle(config)
    stores = by_kind(synthesized[env]["postgres"], "ObjectStore")
    assert set(stores) == {"airflow-db-backups", "mlflow-db-backups"}
    secret = config.object_store.credentials.postgres_backup
    for doc in stores.values():
        assert doc["apiVersion"] == "barmancloud.cnpg.io/v1"
        configuration = doc["spec"]["configuration"]
        assert configuration["destinationPath"] == f"s3://{config.object_store.buckets.postgres_backups}/"
        assert configuration["endpointURL"] == store.endpoint_url
        assert configuration["s3Credentials"] == {
            "accessKeyId": {"name": secret, "key": "AWS_ACCESS_KEY_ID"},
            "secretAccessKey": {"name": secret, "key": "AWS_SECRET_ACCESS_KEY"}}
        assert doc["spec"]["retentionPolicy"] == config.postgres.backup_retention


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_scheduled_backups_use_the_plugin(synthesized, env):
    config = load_environment(env)
    backups = by_kind(synthesized[env]["postgres"], "ScheduledBackup")
    assert {b["spec"]["cluster"]["name"] for b in backups.values()} == {"airflow-db", "mlflow-db"}
    for backup in backups.values():
        assert backup["spec"]["method"] == "plugin"
        assert backup["spec"]["pluginConfiguration"] == {"name": PLUGIN}
        assert backup["spec"]["schedule"] == config.postgres.backup_schedule


def test_no_in_tree_barman_and_no_secret_values(synthesized):
    for env, charts in synthesized.items():
        text = json.dumps(charts["postgres"])
        assert "barmanObjectStore" not in text
        assert not [d for d in charts["postgres"] if d["kind"] == "Secret"]
        for word in ('"password"', '"stringData"', "postgresql://"):
            assert word not in text, (env, word)


def test_airflow_reads_only_its_app_secret(synthesized):
    config = load_environment("prod")
    handle = postgres_handle(config, "airflow")
    docs = synthesized["prod"]["postgres"]
    (role,) = by_kind(docs, "Role").values()
    assert role["metadata"]["namespace"] == config.namespaces.data_plane
    assert role["rules"] == [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["airflow-db-app"],
                              "verbs": ["get"]}]
    (binding,) = by_kind(docs, "RoleBinding").values()
    assert binding["roleRef"]["name"] == role["metadata"]["name"] == handle.app_secret_reader_role
    assert binding["subjects"] == [{"kind": "Group", "apiGroup": "rbac.authorization.k8s.io",
                                    "name": f"system:serviceaccounts:{config.namespaces.orchestration}"}]
    assert "'airflow-db-app','data-plane').data['fqdn-uri']" in handle.sql_alchemy_conn_cmd


def test_handles():
    handle = postgres_handle(load_environment("dev"), "mlflow")
    assert (handle.rw_host, handle.port, handle.app_secret) == ("mlflow-db-rw.data-plane.svc", 5432, "mlflow-db-app")


def test_airflow_values_exist_in_the_airflow_chart():
    from constructs_lib.postgres import airflow_database_values
    from validation.chart_values import check_values
    from validation.reference import ReferenceMissing, reference_dir

    try:
        chart = reference_dir() / "airflow-chart" / "1.20.0-dev"
    except ReferenceMissing as error:
        pytest.skip(str(error))
    values = airflow_database_values(postgres_handle(load_environment("dev"), "airflow"))
    assert check_values(values, chart) == []
    assert values["env"][0]["name"] == "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD"
