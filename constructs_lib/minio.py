"""MinIO backend (operator 7.1.1, `minio.min.io/v2` Tenant). Kept for existing installations:
the MinIO community server is archived (see DESIGN §2); SeaweedFS is the default."""
from __future__ import annotations

from constructs import Construct

from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import Placement, custom_resource
from constructs_lib.security_context import container_security_context, pod_security_context

UID = 1000


def build_minio(scope: Construct, *, config: PlatformConfig, placement: Placement) -> None:
    store = config.object_store
    minio = store.minio
    assert minio is not None  # config rule: object_store.minio is required for this backend
    claim: dict = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": minio.volume_size}}}
    if minio.storage_class:
        claim["storageClassName"] = minio.storage_class
    custom_resource(scope, "tenant", api_version="minio.min.io/v2", kind="Tenant", name=store.name, **placement, spec={
        "pools": [{
            "name": "pool-0",
            "servers": minio.servers,
            "volumesPerServer": minio.volumes_per_server,
            "volumeClaimTemplate": {"metadata": {"name": "data"}, "spec": claim},
            "securityContext": pod_security_context(UID, fs_group_change_policy="OnRootMismatch"),
            "containerSecurityContext": container_security_context(),
        }],
        # Root credentials (config.env) from the secret manager through ESO (secrets inventory), by name only.
        "configuration": {"name": minio.configuration_secret},
        "requestAutoCert": minio.request_auto_cert,
        "buckets": [{"name": bucket, "region": store.region} for bucket in store.buckets.model_dump().values()],
        # Per-workload users and their bucket policies are not declared here: Tenant `users` get no
        # policy from the CR and expect CONSOLE_* keys; the users and policies are provisioned with
        # `mc admin`, their keys kept in the secret manager, from where ESO writes the workload Secrets
        # named in object_store.credentials (AWS_* keys) into each workload's namespace.
    })
