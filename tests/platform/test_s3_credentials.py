"""Each workload's S3 credentials Secret is written by the SeaweedFS operator in the workload's own namespace.

`seaweed_written_secrets` reads dist/ the way seaweedfs-operator 0.1.39 reconciles it (tag
seaweedfs-operator-0.1.39, internal/controller):
- a cross-namespace seaweedRef needs a ResourceReferenceGrant in the Seaweed's namespace whose `from`
  names S3Credentials in the CR's namespace and whose `to` names that Seaweed (or any):
  s3credentials_controller.go:102-111, referencegrant.go:60-83, :106-129, :144-154;
- the Secret goes to secretRef.namespace (default: the CR's); a Secret in another namespace is never created
  (it must pre-exist, and a grant in that namespace is needed too): s3credentials_controller.go:162-185;
- a missing same-namespace Secret is created by the operator: :247-264.
"""
from __future__ import annotations

import copy

import pytest

from constructs_lib.config import load_environment
from constructs_lib.handles import object_store_handle

GROUP = "seaweed.seaweedfs.com"


def _grant_allows(grants: list[dict], from_kind: str, from_ns: str, to_group: str, to_kind: str, to_ns: str,
                  to_name: str) -> bool:
    if from_ns == to_ns:
        return True
    for grant in grants:
        if grant["metadata"]["namespace"] != to_ns:
            continue
        spec = grant["spec"]
        if not any(f["group"] == GROUP and f["kind"] == from_kind and f.get("namespace") == from_ns
                   for f in spec["from"]):
            continue
        if any(t["group"] == to_group and t["kind"] == to_kind and t.get("name", "") in ("", to_name)
               for t in spec["to"]):
            return True
    return False


def seaweed_written_secrets(docs: list[dict]) -> set[tuple[str, str]]:
    grants = [d for d in docs if d["kind"] == "ResourceReferenceGrant"]
    seaweeds = {(d["metadata"]["namespace"], d["metadata"]["name"]) for d in docs if d["kind"] == "Seaweed"}
    written = set()
    for doc in docs:
        if doc["kind"] != "S3Credentials":
            continue
        ns, spec = doc["metadata"]["namespace"], doc["spec"]
        ref = spec["seaweedRef"]
        cluster = (ref.get("namespace", ns), ref["name"])
        if cluster not in seaweeds:
            continue  # ClusterRefNotFound: pending
        if not _grant_allows(grants, "S3Credentials", ns, GROUP, "Seaweed", *cluster):
            continue  # ReferenceGrantMissing: pending
        secret_ref = spec.get("secretRef", {})
        secret = (secret_ref.get("namespace", ns), secret_ref.get("name", doc["metadata"]["name"]))
        if secret[0] != ns:
            continue  # never created in a foreign namespace
        written.add(secret)
    return written


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_each_workload_s3_secret_is_written_in_its_namespace(env, synthesized):
    config = load_environment(env)
    store = object_store_handle(config)
    assert store.backend == "seaweedfs"
    docs = [doc for docs in synthesized[env].values() for doc in docs]
    written = seaweed_written_secrets(docs)
    wanted = {(store.credentials_namespaces[w], name) for w, name in store.credentials_secrets.items()}
    assert {w for w in store.credentials_namespaces.values()} >= {config.namespaces.processing_jobs,
                                                                   config.namespaces.ml_lifecycle}
    assert wanted - written == set(), "the SeaweedFS operator would never write these Secrets"
    # Keys the workloads read (secretKeyRef AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).
    for doc in docs:
        if doc["kind"] == "S3Credentials":
            ref = doc["spec"]["secretRef"]
            assert (ref["accessKeyField"], ref["secretKeyField"]) == (store.access_key_field, store.secret_key_field)


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_the_grant_admits_exactly_the_workload_namespaces(env, synthesized):
    config = load_environment(env)
    docs = synthesized[env]["object-store"]
    grants = [d for d in docs if d["kind"] == "ResourceReferenceGrant"]
    assert len(grants) == 1
    spec = grants[0]["spec"]
    assert grants[0]["metadata"]["namespace"] == config.namespaces.data_plane
    assert sorted(f["namespace"] for f in spec["from"]) == sorted({config.namespaces.processing_jobs,
                                                                   config.namespaces.ml_lifecycle})
    assert all(f["kind"] == "S3Credentials" and "namespaceSelector" not in f for f in spec["from"])
    assert spec["to"] == [{"group": GROUP, "kind": "Seaweed", "name": config.object_store.name}]


def test_the_old_layout_and_a_missing_grant_write_nothing():
    """main before the fix: S3Credentials in data-plane pointing its secretRef at processing-jobs. And the
    new layout without the grant."""
    seaweed = {"kind": "Seaweed", "metadata": {"name": "lake", "namespace": "data-plane"}, "spec": {}}
    old = {"kind": "S3Credentials", "metadata": {"name": "spark", "namespace": "data-plane"}, "spec": {
        "identityRef": {"name": "spark"}, "seaweedRef": {"name": "lake", "namespace": "data-plane"},
        "secretRef": {"name": "s3-credentials-spark", "namespace": "processing-jobs"}}}
    assert seaweed_written_secrets([seaweed, old]) == set()
    new = copy.deepcopy(old)
    new["metadata"]["namespace"] = "processing-jobs"
    del new["spec"]["secretRef"]["namespace"]
    assert seaweed_written_secrets([seaweed, new]) == set()
    grant = {"kind": "ResourceReferenceGrant", "metadata": {"name": "g", "namespace": "data-plane"}, "spec": {
        "from": [{"group": GROUP, "kind": "S3Credentials", "namespace": "processing-jobs"}],
        "to": [{"group": GROUP, "kind": "Seaweed", "name": "lake"}]}}
    assert seaweed_written_secrets([seaweed, new, grant]) == {("processing-jobs", "s3-credentials-spark")}
    grant["spec"]["to"][0]["name"] = "other"
    assert seaweed_written_secrets([seaweed, new, grant]) == set()
