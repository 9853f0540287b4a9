"""No cross-namespace Secret references anywhere in dist/: a Pod can only use Secrets of its own namespace.

Every Secret a pod template in dist/ references (env secretKeyRef, envFrom secretRef, secret volumes,
projected secret sources) must be expected in that same namespace: in the secrets inventory
(constructs_lib/secrets_inventory.py) for that namespace, whose producers test_secrets_inventory.py checks.
`operator_secrets` is the independent reading of what operators write for the CRs in dist/.
"""
from __future__ import annotations

import pytest

from constructs_lib.config import load_environment
from constructs_lib.handles import kafka_handle
from constructs_lib.secrets_inventory import by_ref

ENVS = ("dev", "prod")


def secret_references(node, path: str = "") -> list[tuple[str, str]]:
    """(secret name, where) for every Secret a pod template in this document references."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else key
            if key == "secretKeyRef" and isinstance(value, dict):
                found.append((value["name"], here))
            elif key == "envFrom" and isinstance(value, list):
                found += [(item["secretRef"]["name"], f"{here}[{i}].secretRef")
                          for i, item in enumerate(value) if "secretRef" in item]
            elif key == "volumes" and isinstance(value, list):
                for i, volume in enumerate(value):
                    if not isinstance(volume, dict):
                        continue
                    if "secret" in volume:
                        found.append((volume["secret"]["secretName"], f"{here}[{i}].secret"))
                    for j, source in enumerate(volume.get("projected", {}).get("sources", [])):
                        if "secret" in source:
                            found.append((source["secret"]["name"], f"{here}[{i}].projected.sources[{j}]"))
            found += secret_references(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            found += secret_references(item, f"{path}[{i}]")
    return found


def operator_secrets(docs: list[dict]) -> set[tuple[str, str]]:
    """(namespace, name) of the Secrets operators write for the CRs in dist/."""
    expected: set[tuple[str, str]] = set()
    kafkas = {(d["metadata"]["namespace"], d["metadata"]["name"]): d["spec"] for d in docs if d["kind"] == "Kafka"}
    # The User Operator of a Kafka cluster reconciles KafkaUsers (label strimzi.io/cluster) in its watched
    # namespace only (default: the Kafka namespace) and writes `<secretPrefix><user>` next to each.
    user_operators = {}
    for (namespace, name), spec in kafkas.items():
        uo = spec.get("entityOperator", {}).get("userOperator")
        if uo is not None:
            user_operators[name] = (uo.get("watchedNamespace", namespace), uo.get("secretPrefix", ""))
    for doc in docs:
        meta = doc.get("metadata", {})
        if doc["kind"] == "KafkaUser":
            watched = user_operators.get(meta.get("labels", {}).get("strimzi.io/cluster"))
            if watched and watched[0] == meta["namespace"]:
                expected.add((meta["namespace"], watched[1] + meta["name"]))
        elif doc["kind"] == "S3Credentials":
            # seaweedfs-operator 0.1.39 writes only a Secret in the CR's own namespace; a cross-namespace one
            # must pre-exist (internal/controller/s3credentials_controller.go:180-185).
            ref = doc["spec"]["secretRef"]
            if ref.get("namespace", meta["namespace"]) == meta["namespace"]:
                expected.add((meta["namespace"], ref["name"]))
        elif doc["kind"] == "Cluster" and doc.get("apiVersion", "").startswith("postgresql.cnpg.io/"):
            # CNPG writes `<cluster>-app` only when it generates the owner password itself
            # (api/v1/cluster_funcs.go GetApplicationSecretName at v1.30.0: initdb.secret names it instead).
            if not doc["spec"].get("bootstrap", {}).get("initdb", {}).get("secret"):
                expected.add((meta["namespace"], f"{meta['name']}-app"))
    return expected


@pytest.fixture
def dist_documents(synthesized):
    """Every manifest of one environment, as synthesized now."""
    return lambda env: [doc for docs in synthesized[env].values() for doc in docs]


def cross_namespace_references(docs: list[dict], available: set[tuple[str, str]]) -> list[str]:
    problems = []
    for doc in docs:
        refs = secret_references(doc.get("spec", {}))
        namespace = doc.get("metadata", {}).get("namespace")
        for name, where in refs:
            if namespace is None:
                problems.append(f"{doc['kind']}/{doc['metadata']['name']} {where}: Secret {name} without a namespace")
            elif (namespace, name) not in available:
                problems.append(f"{doc['kind']}/{doc['metadata']['name']} ({namespace}) {where}: Secret {name} "
                                f"is not created in {namespace} (not in the secrets inventory for {namespace})")
    return problems


@pytest.mark.parametrize("env", ENVS)
def test_every_referenced_secret_is_in_the_pods_own_namespace(env, dist_documents):
    docs = dist_documents(env)
    available = set(by_ref(load_environment(env)))
    refs = [(d["metadata"]["namespace"], name) for d in docs for name, _ in secret_references(d.get("spec", {}))]
    assert refs, "no pod template references a Secret: the scan is broken"
    assert cross_namespace_references(docs, available) == []


@pytest.mark.parametrize("env", ENVS)
def test_kafka_user_secrets_are_expected_in_processing_jobs_only(env, dist_documents):
    docs = dist_documents(env)
    config = load_environment(env)
    expected = operator_secrets(docs)
    for user in kafka_handle(config).user_secrets.values():
        assert (config.namespaces.processing_jobs, user) in expected
        assert (config.namespaces.data_plane, user) not in expected


def test_a_cross_namespace_reference_is_reported():
    """The old bug: a processing-jobs pod mounting Strimzi's CA Secret of data-plane, and a KafkaUser
    Secret whose KafkaUser is outside the User Operator's watched namespace."""
    kafka = {"kind": "Kafka", "metadata": {"name": "events", "namespace": "data-plane"},
             "spec": {"entityOperator": {"userOperator": {}}}}
    user = {"kind": "KafkaUser", "metadata": {"name": "flink-user-activity", "namespace": "processing-jobs",
                                              "labels": {"strimzi.io/cluster": "events"}}, "spec": {}}
    pod = {"kind": "FlinkDeployment", "metadata": {"name": "job", "namespace": "processing-jobs"}, "spec": {
        "podTemplate": {"spec": {
            "containers": [{"name": "main", "env": [
                {"name": "P", "valueFrom": {"secretKeyRef": {"name": "flink-user-activity", "key": "password"}}}],
                "envFrom": [{"secretRef": {"name": "from-env"}}]}],
            "volumes": [{"name": "ca", "secret": {"secretName": "events-cluster-ca-cert"}},
                        {"name": "p", "projected": {"sources": [{"secret": {"name": "projected-one"}}]}}]}}}}
    docs = [kafka, user, pod]
    problems = cross_namespace_references(docs, operator_secrets(docs) | {("processing-jobs", "from-env")})
    assert len(problems) == 3, problems
    assert any("events-cluster-ca-cert" in p for p in problems)
    assert any("projected-one" in p for p in problems)
    assert any("flink-user-activity" in p for p in problems)  # the UO watches data-plane (default)
    kafka["spec"]["entityOperator"]["userOperator"]["watchedNamespace"] = "processing-jobs"
    problems = cross_namespace_references(docs, operator_secrets(docs) | {("processing-jobs", "from-env")})
    assert not any("flink-user-activity" in p for p in problems)
