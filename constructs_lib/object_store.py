"""Object storage: one S3 interface (`ObjectStoreHandle`), two backends behind it.

`object_store.backend: seaweedfs` (default) builds a SeaweedFS cluster with the seaweedfs-operator,
`minio` a MinIO Tenant. Switching backends changes only this chart and the handle's values: the
other charts read endpoints and Secret names from the handle (tests/platform/test_object_store.py).
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import Placement
from constructs_lib.handles import ObjectStoreHandle, object_store_handle
from constructs_lib.minio import build_minio
from constructs_lib.seaweedfs import build_seaweedfs

COMPONENT = "object-store"
SYNC_WAVE = 0

# Least privilege: workload -> bucket role (BucketsConfig field) -> S3 actions. Nothing else.
READ_LIST = ("Read", "List")
READ_WRITE_LIST = ("Read", "Write", "List")
BUCKET_ACCESS: dict[str, dict[str, tuple[str, ...]]] = {
    "spark": {"raw": READ_LIST, "features": READ_WRITE_LIST, "spark_checkpoints": READ_WRITE_LIST},
    "flink": {"flink_checkpoints": READ_WRITE_LIST},
    "mlflow": {"mlflow_artifacts": READ_WRITE_LIST},
    "postgres_backup": {"postgres_backups": READ_WRITE_LIST},
}


class ObjectStoreChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "object-store", config=config,
                         delivery=Delivery(sync_wave=SYNC_WAVE, namespace=config.namespaces.data_plane))
        # The one place the object store's handle is computed; every other chart receives it.
        self.handle: ObjectStoreHandle = object_store_handle(config)
        placement = Placement(namespace=self.handle.namespace, component=COMPONENT, environment=config.environment)
        if config.object_store.backend == "seaweedfs":
            build_seaweedfs(self, config=config, handle=self.handle, placement=placement, bucket_access=BUCKET_ACCESS)
        else:
            build_minio(self, config=config, placement=placement)
