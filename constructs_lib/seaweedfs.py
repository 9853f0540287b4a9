"""SeaweedFS backend (seaweedfs-operator 0.1.39, `seaweed.seaweedfs.com/v1`): cluster, buckets,
one S3 identity per workload with its credentials Secret, bucket access per identity."""
from __future__ import annotations

from constructs import Construct

from constructs_lib import ports
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import Placement, custom_resource
from constructs_lib.handles import ObjectStoreHandle
from constructs_lib.images import images
from constructs_lib.observability.monitors import endpoint, pod_monitor
from constructs_lib.security_context import container_security_context, pod_security_context

API = "seaweed.seaweedfs.com/v1"
# The seaweedfs image's non-root user; fsGroup makes the PVCs writable for it.
UID = 1000
POD_SECURITY = pod_security_context(UID, fs_group_change_policy="OnRootMismatch")
# readOnlyRootFilesystem stays false: the operator mounts no writable scratch volume and weed
# writes to its working directory (the master keeps its raft state under -mdir, default /tmp).
CONTAINER_SECURITY = container_security_context(read_only_root=False)


# Container requests/limits per component (volume `requests.storage` is the PVC size and is added
# to the same map; the operator keeps only cpu/memory for the container).
RESOURCES = {
    "master": ({"cpu": "100m", "memory": "256Mi"}, {"memory": "512Mi"}),
    "volume": ({"cpu": "250m", "memory": "512Mi"}, {"memory": "2Gi"}),
    "filer": ({"cpu": "250m", "memory": "512Mi"}, {"memory": "1Gi"}),
    "s3": ({"cpu": "100m", "memory": "256Mi"}, {"memory": "1Gi"}),
}


def identity_name(workload: str) -> str:
    return workload.replace("_", "-")


# Every server's Prometheus endpoint: `metricsPort` makes the operator start weed with `-metricsPort` and declare
# the container port `<component>-metrics` (seaweedfs-operator 0.1.39 internal/controller/
# controller_master_statefulset.go:38-39,72-76, controller_volume_statefulset.go:103-104,280-281,
# controller_filer_statefulset.go:47-48,83-86, controller_s3.go:259-264,344-345). The operator also creates a
# ServiceMonitor per component then (controller_filer.go:36-40, controller_filer_servicemonitor.go), labelled only
# with the component's app.kubernetes.io/* labels: the platform's Prometheus does not select it
# (observability/selectors.py), the PodMonitor below is the one scrape.
METRICS = {"metricsPort": ports.SEAWEEDFS_METRICS}


def _component(name: str, replicas: int, *, storage: str | None = None, **extra) -> dict:
    requests, limits = RESOURCES[name]
    return {"replicas": replicas, "podSecurityContext": POD_SECURITY, "containerSecurityContext": CONTAINER_SECURITY,
            "requests": {**requests, **({"storage": storage} if storage else {})}, "limits": limits, **METRICS,
            **extra}


def build_seaweedfs(scope: Construct, *, config: PlatformConfig, handle: ObjectStoreHandle, placement: Placement,
                    bucket_access: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """`bucket_access`: workload -> bucket role -> S3 actions (object_store.BUCKET_ACCESS)."""
    store, ns, common = config.object_store, handle.namespace, placement
    sw = store.seaweedfs
    ref = {"name": store.name, "namespace": ns}

    volume = _component("volume", sw.volumes, storage=sw.volume_storage)
    filer_persistence: dict = {"enabled": True, "resources": {"requests": {"storage": sw.filer_storage}}}
    if sw.storage_class:
        volume["storageClassName"] = sw.storage_class
        filer_persistence["storageClassName"] = sw.storage_class
    custom_resource(scope, "seaweed", api_version=API, kind="Seaweed", name=store.name, **common, spec={
        # Required in practice: operator 0.1.39 has no default image. Every component's container image is
        # spec.image (with spec.version applied, unset here) - seaweedfs/seaweedfs-operator
        # api/v1/component_accessor.go:79-85 (Image) and controller_master_statefulset.go:116 et al. - and the
        # mutating webhook fills nothing (api/v1/seaweed_webhook.go:55-60, Default is empty). Without it
        # every StatefulSet gets containers with image "" and the API server rejects them.
        "image": images().upstream.seaweedfs.ref,
        # The master has no persistence field in this CRD version (object_store.seaweedfs.master_storage
        # is not used by this backend); its state is rebuilt from the volume servers' heartbeats.
        "master": _component("master", sw.masters, defaultReplication=sw.replication),
        "volume": volume,
        "filer": _component("filer", sw.filers, persistence=filer_persistence),
        # The standalone S3 gateway (its own Deployment + Service `<name>-s3`), preferred by the
        # operator over the deprecated S3-inside-the-filer (`filer.s3`).
        "s3": _component("s3", 1),
    })

    # Master, volume servers, filer and S3 gateway: pods labelled app.kubernetes.io/name=seaweedfs,
    # app.kubernetes.io/instance=<Seaweed name> + the component (controller_master.go:167 labelsForMaster,
    # controller_volume.go:227, controller_filer.go:134-140, controller_s3.go:48); the component is kept on every
    # series. `SeaweedFS_*` names: observability/catalog.py.
    pod_monitor(scope, "podmonitor-seaweedfs", name=store.name,
                pods={"app.kubernetes.io/name": "seaweedfs", "app.kubernetes.io/instance": store.name},
                endpoints=[endpoint(ports.SEAWEEDFS_METRICS, relabel_pod_labels="app_kubernetes_io_component")],
                **common)

    identities = {}
    namespaces = handle.credentials_namespaces
    for workload, secret in store.credentials.model_dump().items():
        identity = identity_name(workload)
        identities[workload] = identity
        custom_resource(scope, f"identity-{identity}", api_version=API, kind="S3Identity", name=identity, **common,
                        spec={"name": identity, "seaweedRef": ref, "reclaimPolicy": "Delete"})
        # The S3Credentials lives in the workload's namespace, so the operator creates the Secret there:
        # it never creates a Secret in another namespace than the CR's (seaweedfs-operator 0.1.39
        # internal/controller/s3credentials_controller.go:180-185) and writes a missing same-namespace
        # Secret itself (:248-264). Its seaweedRef to the cluster in data-plane is cross-namespace and needs
        # the ResourceReferenceGrant below (:102-111, referencegrant.go:144-154). identityRef names the IAM
        # user: no S3Identity of that name in the workload's namespace, so the name is taken as the IAM
        # user name itself (iam_name_claim.go:161-179) - the S3Identity's spec.name here.
        custom_resource(scope, f"credentials-{identity}", api_version=API, kind="S3Credentials", name=identity,
                        **Placement(namespace=namespaces[workload], component=common["component"],
                                    environment=common["environment"]), spec={
                            "identityRef": {"name": identity}, "seaweedRef": ref,
                            # Keys under the AWS env names, so pods use the Secret with secretKeyRef/envFrom.
                            "secretRef": {"name": secret, "accessKeyField": handle.access_key_field,
                                          "secretKeyField": handle.secret_key_field},
                        })
    # Which namespaces may point an S3Credentials at this cluster (deny by default: Gateway API
    # ReferenceGrant semantics, referencegrant.go:60-83). Exact namespaces, exactly this cluster.
    foreign = sorted({n for n in namespaces.values() if n != ns})
    if foreign:
        custom_resource(scope, "reference-grant-s3credentials", api_version=API, kind="ResourceReferenceGrant",
                        name=f"{store.name}-s3credentials", **common, spec={
                            "from": [{"group": "seaweed.seaweedfs.com", "kind": "S3Credentials", "namespace": n}
                                     for n in foreign],
                            "to": [{"group": "seaweed.seaweedfs.com", "kind": "Seaweed", "name": store.name}],
                        })

    for role, bucket in store.buckets.model_dump().items():
        access = [{"user": identities[workload], "actions": list(grants[role])}
                  for workload, grants in bucket_access.items() if role in grants]
        custom_resource(scope, f"bucket-{role}", api_version=API, kind="Bucket", name=bucket, **common, spec={
            "name": bucket, "clusterRef": ref, "reclaimPolicy": "Retain", "access": access,
        })


# The seaweedfs-operator itself (helmfile release `seaweedfs-operator` 0.1.39): controller-runtime metrics on the
# container port `http` (chart values.yaml port.number 8080, templates/deployment.yaml:51,62-64), pod label
# app.kubernetes.io/name=seaweedfs-operator (templates/_helpers.tpl:48-51).
OPERATOR_PODS = {"app.kubernetes.io/name": "seaweedfs-operator"}


def operator_monitors(scope: Construct, *, config: PlatformConfig) -> None:
    pod_monitor(scope, "podmonitor-seaweedfs-operator", name="seaweedfs-operator",
                namespace=config.namespaces.operators, pods=dict(OPERATOR_PODS),
                endpoints=[endpoint(ports.SEAWEEDFS_OPERATOR_METRICS)], component="object-store",
                environment=config.environment)
