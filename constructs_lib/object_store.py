"""Object storage: one S3 interface (`ObjectStoreHandle`), two backends behind it.

`object_store.backend: seaweedfs` (default) builds a SeaweedFS cluster with the seaweedfs-operator,
`minio` a MinIO Tenant. Switching backends changes only this chart and the handle's values: the
other charts read endpoints and Secret names from the handle (tests/platform/test_object_store.py).
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.handles import ObjectStoreHandle, object_store_handle

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


def credentials_namespaces(config: PlatformConfig) -> dict[str, str]:
    """Where each workload's S3 credentials Secret lives (the namespace its pods run in)."""
    return object_store_handle(config).credentials_namespaces


class ObjectStoreChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "object-store", config=config,
                         delivery=Delivery(sync_wave=SYNC_WAVE, namespace=config.namespaces.data_plane))
        self.handle: ObjectStoreHandle = object_store_handle(config)
        if config.object_store.backend == "seaweedfs":
            from constructs_lib.seaweedfs import build_seaweedfs
            build_seaweedfs(self, config=config)
        else:
            from constructs_lib.minio import build_minio
            build_minio(self, config=config)
