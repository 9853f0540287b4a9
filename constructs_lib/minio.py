"""MinIO backend (operator 7.1.1, `minio.min.io/v2` Tenant). Kept for existing installations:
the MinIO community server is archived (see DESIGN §2); SeaweedFS is the default."""
from __future__ import annotations

from constructs import Construct

from constructs_lib import ports
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import Placement, custom_resource
from constructs_lib.observability.monitors import pod_monitor
from constructs_lib.security_context import container_security_context, pod_security_context

UID = 1000
# The Tenant's ClusterIP Service (minio/operator v7.1.1 pkg/apis/minio.min.io/v2/names.go:59-63 MinIOCIServiceName).
SERVICE = "minio"
# Cluster metrics (capacity, drives and nodes online, health), the path the operator's own prometheusOperator
# integration scrapes by default (minio/operator v7.1.1 pkg/apis/minio.min.io/v2/types.go:282), served by MinIO
# RELEASE.2025-04-08T15-41-24Z (the operator's DefaultMinIOImage, constants.go:109).
METRICS_PATH = "/minio/v2/metrics/cluster"


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
        # Metrics without a bearer token: MinIO's default `jwt` would need a token minted from the root credentials
        # (`mc admin prometheus generate`), one more secret to hold and rotate for Prometheus. The endpoint is still
        # reachable only from the Prometheus pods (NetworkPolicy from connectivity.yaml, row prometheus ->
        # minio-tenant), and it serves aggregate metrics, no object data.
        "env": [{"name": "MINIO_PROMETHEUS_AUTH_TYPE", "value": "public"}],
        "requestAutoCert": minio.request_auto_cert,
        "buckets": [{"name": bucket, "region": store.region} for bucket in store.buckets.model_dump().values()],
        # Per-workload users and their bucket policies are not declared here: Tenant `users` get no
        # policy from the CR and expect CONSOLE_* keys; the users and policies are provisioned with
        # `mc admin`, their keys kept in the secret manager, from where ESO writes the workload Secrets
        # named in object_store.credentials (AWS_* keys) into each workload's namespace.
    })
    endpoint: dict = {"portNumber": ports.MINIO_S3, "path": METRICS_PATH}
    if minio.request_auto_cert:
        # The operator's auto certificate is signed through the cluster's CSR API (minio/operator v7.1.1
        # pkg/controller/minio.go:201-210: DNS names tenant.AllMinIOHosts(), the `minio` Service among them), so the
        # cluster CA verifies it: every namespace's `kube-root-ca.crt` ConfigMap holds it. Scraped by pod IP, the
        # name checked is the Service's.
        endpoint |= {"scheme": "https", "tlsConfig": {
            "ca": {"configMap": {"name": "kube-root-ca.crt", "key": "ca.crt"}},
            "serverName": f"{SERVICE}.{placement['namespace']}.svc"}}
    pod_monitor(scope, "podmonitor-tenant", name=store.name, pods={"v1.min.io/tenant": store.name},
                endpoints=[endpoint], **placement)
