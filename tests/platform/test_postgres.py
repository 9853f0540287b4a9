"""PostgreSQL: two CNPG clusters, Barman Cloud plugin backups, no in-tree barmanObjectStore, no
secret values, and no other namespace reads the CNPG Secrets."""
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
        assert spec["bootstrap"] == {"initdb": {"database": handle.database, "owner": handle.owner,
                                                "secret": {"name": f"{handle.cluster_name}-owner"}}}
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


def test_no_cross_namespace_secret_access(synthesized):
    """The database password reaches Airflow and MLflow through pre-created Secrets in their own
    namespaces; nothing grants another namespace read access to the CNPG Secrets."""
    for env in ("dev", "prod"):
        assert not by_kind(synthesized[env]["postgres"], "Role")
        assert not by_kind(synthesized[env]["postgres"], "RoleBinding")


def test_clients_reference_their_own_namespace_secrets():
    import yaml

    from conftest import ROOT

    config = load_environment("dev")
    airflow = yaml.safe_load((ROOT / "dist" / "dev" / "helm-values" / "airflow.yaml").read_text())
    assert airflow["data"]["metadataSecretName"] == config.airflow.metadata_connection_secret
    mlflow = yaml.safe_load((ROOT / "dist" / "dev" / "helm-values" / "mlflow.yaml").read_text())
    assert mlflow["backendStore"]["existingDatabaseSecret"]["name"] == config.mlflow.database_secret


def test_handles():
    handle = postgres_handle(load_environment("dev"), "mlflow")
    assert (handle.rw_host, handle.port, handle.owner_secret) == ("mlflow-db-rw.data-plane.svc", 5432, "mlflow-db-owner")
