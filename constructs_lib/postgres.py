"""PostgreSQL (CloudNativePG 1.30): one `Cluster` per database (airflow, mlflow) in the data-plane
namespace, WAL archiving and base backups with the Barman Cloud plugin (`barmancloud.cnpg.io/v1`
ObjectStore + `spec.plugins` + ScheduledBackup `method: plugin`) to the postgres-backups bucket.
Not the in-tree `spec.backup.barmanObjectStore`: it is removed in CNPG 1.31.

Airflow's metadata connection. The Airflow chart wants a Secret with key `connection` in the
orchestration namespace; CNPG writes `<cluster>-app` (username, password, uri, fqdn-uri, ...) in
data-plane, and a Pod cannot reference a Secret of another namespace. Copying it (by hand,
reflector, ExternalSecret) would mean a second copy of the password and one more controller.
Instead Airflow reads it where it is: the Airflow values set
`enableBuiltInSecretEnvVars.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: false` and
`AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD` = `PostgresHandle.sql_alchemy_conn_cmd`, which reads the
`fqdn-uri` key through the Kubernetes API; this chart grants exactly that: `get` on that one Secret,
to the service accounts of the orchestration namespace (only Airflow runs there; its task pods run
in processing-jobs and never get it). Password rotation by CNPG reaches Airflow on the next restart.
"""
from __future__ import annotations

from cdk8s_plus_28 import k8s
from constructs import Construct

from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import custom_resource
from constructs_lib.handles import ObjectStoreHandle, PostgresHandle, object_store_handle, postgres_handle

COMPONENT = "postgres"
SYNC_WAVE = 1  # after the object store its backups go to
DATABASES = ("airflow", "mlflow")
BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io"


def airflow_database_values(handle: PostgresHandle) -> dict:
    """The Airflow chart values that connect Airflow to its CNPG cluster (see the module doc):
    the chart's own metadata-Secret env vars off, the connection read by command instead."""
    return {
        "enableBuiltInSecretEnvVars": {"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": False, "AIRFLOW_CONN_AIRFLOW_DB": False},
        "env": [{"name": "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD", "value": handle.sql_alchemy_conn_cmd}],
    }


def backup_object_store_name(handle: PostgresHandle) -> str:
    return f"{handle.cluster_name}-backups"


class PostgresChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig, object_store: ObjectStoreHandle | None = None):
        namespace = config.namespaces.data_plane
        super().__init__(scope, "postgres", config=config, delivery=Delivery(sync_wave=SYNC_WAVE, namespace=namespace))
        store = object_store or object_store_handle(config)
        self.handles: dict[str, PostgresHandle] = {db: postgres_handle(config, db) for db in DATABASES}
        for handle in self.handles.values():
            self._cluster(handle, store)
        self._airflow_connection_access(self.handles["airflow"])

    def _cluster(self, handle: PostgresHandle, store: ObjectStoreHandle) -> None:
        pg, cluster = self.config.postgres, handle.cluster_name
        common = dict(namespace=handle.namespace, component=COMPONENT, environment=self.config.environment)
        barman_name = backup_object_store_name(handle)
        storage = {"size": pg.storage_size}
        if pg.storage_class:
            storage["storageClass"] = pg.storage_class
        custom_resource(self, f"cluster-{cluster}", api_version="postgresql.cnpg.io/v1", kind="Cluster",
                        name=cluster, **common, spec={
            "instances": pg.instances,
            "imageName": pg.postgres_image,
            "storage": storage,
            "bootstrap": {"initdb": {"database": handle.database, "owner": handle.owner}},
            "plugins": [{"name": BARMAN_PLUGIN, "isWALArchiver": True,
                         "parameters": {"barmanObjectName": barman_name}}],
            # Still in the 1.30 CRD (deprecated there in favour of a hand-made PodMonitor).
            "monitoring": {"enablePodMonitor": pg.monitoring},
        })
        credentials = store.credentials_secrets["postgres_backup"]
        configuration: dict = {
            "destinationPath": f"s3://{store.buckets.postgres_backups}/",
            "endpointURL": store.endpoint_url,
            "s3Credentials": {
                "accessKeyId": {"name": credentials, "key": store.access_key_field},
                "secretAccessKey": {"name": credentials, "key": store.secret_key_field},
            },
            "wal": {"compression": "gzip"},
            "data": {"compression": "gzip"},
        }
        custom_resource(self, f"objectstore-{cluster}", api_version="barmancloud.cnpg.io/v1", kind="ObjectStore",
                        name=barman_name, **common,
                        spec={"configuration": configuration, "retentionPolicy": pg.backup_retention})
        custom_resource(self, f"scheduledbackup-{cluster}", api_version="postgresql.cnpg.io/v1",
                        kind="ScheduledBackup", name=f"{cluster}-daily", **common, spec={
            "cluster": {"name": cluster},
            "schedule": pg.backup_schedule,
            "method": "plugin",
            "pluginConfiguration": {"name": BARMAN_PLUGIN},
            "backupOwnerReference": "self",
            "immediate": True,
        })

    def _airflow_connection_access(self, handle: PostgresHandle) -> None:
        labels = naming.labels(COMPONENT, name=handle.app_secret_reader_role, environment=self.config.environment)
        meta = k8s.ObjectMeta(name=handle.app_secret_reader_role, namespace=handle.namespace, labels=labels)
        k8s.KubeRole(self, "airflow-app-reader", metadata=meta, rules=[
            k8s.PolicyRule(api_groups=[""], resources=["secrets"], resource_names=[handle.app_secret], verbs=["get"]),
        ])
        orchestration = self.config.namespaces.orchestration
        k8s.KubeRoleBinding(
            self, "airflow-app-reader-binding", metadata=meta,
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=handle.app_secret_reader_role),
            subjects=[k8s.Subject(kind="Group", api_group="rbac.authorization.k8s.io",
                                  name=f"system:serviceaccounts:{orchestration}")],
        )
