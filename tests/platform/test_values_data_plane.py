"""Data-plane values files: every key exists in the pinned chart (schema + unknown-key check)."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from validation.chart_values import chart_data, check_values

# Kubernetes objects the charts render whole (toYaml); their defaults show only some fields.
K8S_OBJECTS = ("podSecurityContext", "securityContext", "resources", "operator.securityContext",
               "operator.containerSecurityContext", "operator.resources", "containerSecurityContext")

CHARTS = ("strimzi-kafka-operator", "seaweedfs-operator", "minio-operator", "cloudnative-pg", "plugin-barman-cloud",
          "cert-manager")



def load(name: str) -> dict:
    return yaml.safe_load((ROOT / "values" / f"{name}.yaml").read_text())


@pytest.mark.parametrize("release", sorted(CHARTS))
def test_values_match_pinned_chart(release):
    assert check_values(load(release), chart_data(release), free_form=K8S_OBJECTS) == []


def test_unknown_key_is_reported():
    values = load("strimzi-kafka-operator") | {"watchNamespace": ["data-plane"]}
    assert check_values(values, chart_data("strimzi-kafka-operator")) == [
        "watchNamespace: unknown key (not in the chart's default values.yaml)"]


def test_nested_unknown_key_is_reported_and_empty_maps_are_free_form():
    chart = chart_data("seaweedfs-operator")
    assert check_values({"webhook": {"certManager": {"enabeld": True}}}, chart) == [
        "webhook.certManager.enabeld: unknown key (not in the chart's default values.yaml)"]
    assert check_values({"nodeSelector": {"kubernetes.io/os": "linux"}, "webhook": {"certManager": {
        "issuerRef": {"name": "ca", "kind": "ClusterIssuer"}}}}, chart) == []


def test_schema_violation_is_reported():
    problems = check_values({"replicaCount": "two"}, chart_data("cloudnative-pg"))
    assert any(p.startswith("replicaCount:") and "values.schema.json" in p for p in problems), problems


def test_strimzi_watches_data_plane_with_restricted_pods():
    values = load("strimzi-kafka-operator")
    # processing-jobs: the User Operator's watched namespace (the CO creates its Role/RoleBinding there).
    assert values["watchNamespaces"] == ["data-plane", "processing-jobs"] and values["watchAnyNamespace"] is False
    assert {"name": "STRIMZI_POD_SECURITY_PROVIDER_CLASS", "value": "restricted"} in values["extraEnvs"]


def test_cert_manager_values_are_minimal():
    assert load("cert-manager")["crds"] == {"enabled": True}


def test_helmfile_pins_the_data_plane_releases_with_their_values_files():
    from constructs_lib.helmfile import releases as helmfile_releases

    # every release, installed or not (minio-operator is conditional on the backend)
    releases = {r.name: r for r in helmfile_releases("prod")}
    versions = {name: releases[name].version for name in CHARTS}
    assert versions == {"cert-manager": "v1.21.1", "strimzi-kafka-operator": "1.2.0", "seaweedfs-operator": "0.1.39",
                        "minio-operator": "7.1.1", "cloudnative-pg": "0.29.0", "plugin-barman-cloud": "0.7.0"}
    for name in CHARTS:
        assert f"values/{name}.yaml" in releases[name].values, name


def test_no_secret_values_in_values_files():
    for path in (ROOT / "values").glob("*.yaml"):
        # A Kubernetes field, not a credential: the one key ending in `token:` a values file may hold.
        text = path.read_text().lower().replace("automountserviceaccounttoken:", "")
        for word in ("password:", "secretkey:", "accesskey:", "token:"):
            assert word not in text, f"{path.name}: {word}"
