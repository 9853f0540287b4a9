"""The validation gate itself: it passes on dist/ and fails on what it must reject."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from validation.checkov_gate import load_suppressions
from validation.manifests import validate_file, validate_object
from validation.crds import crd_schemas

K8S = "1.33"


def test_every_synthesized_object_matches_its_schema(fresh_dist):
    total, problems = 0, []
    for path in sorted(fresh_dist.glob("*/*.yaml")):  # manifests, as the gate reads them (not helm-values/)
        count, found = validate_file(path, K8S)
        total += count
        problems += found
    assert total > 0
    assert not problems, "\n".join(map(str, problems))


def test_core_kinds_are_strict():
    bad = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}, "spec": {"finalizerz": []}}
    assert validate_object(bad, K8S)


def test_custom_resource_unknown_field_is_rejected():
    topic = {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaTopic", "metadata": {"name": "t"},
             "spec": {"partitions": 1, "replicas": 1, "retentionMs": 5}}
    errors = validate_object(topic, K8S)
    assert any("retentionMs" in e for e in errors), errors


def test_custom_resource_enum_is_checked():
    node_pool = {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaNodePool", "metadata": {"name": "p"},
                 "spec": {"replicas": 1, "roles": ["zookeeper"], "storage": {"type": "ephemeral"}}}
    assert any("zookeeper" in e for e in validate_object(node_pool, K8S))


def test_removed_api_versions_are_rejected():
    for api_version, kind in (("kafka.strimzi.io/v1beta2", "Kafka"), ("spark.apache.org/v1beta2", "SparkApplication")):
        assert validate_object({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}, K8S)


def test_pinned_crds_are_indexed():
    kinds = {kind for _, kind in crd_schemas()}
    assert {"Kafka", "KafkaNodePool", "Seaweed", "Tenant", "Cluster", "FlinkDeployment",
            "SparkApplication", "Application", "AppProject", "ObjectStore"} <= kinds


def test_every_suppression_has_a_reason():
    for suppression in load_suppressions():
        assert len(suppression.reason) > 20, suppression


def test_validate_command_on_dist_passes_with_checkov():
    checkov = os.environ.get("MLOPS_CHECKOV_BIN")
    if not checkov or not Path(checkov).exists():
        pytest.fail("MLOPS_CHECKOV_BIN is not set to a checkov executable: scripts/test.sh sets it; by hand: "
                    "export MLOPS_CHECKOV_BIN=$(scripts/venv.sh checkov)/bin/checkov")
    result = subprocess.run([sys.executable, "-m", "validation", "--checkov", checkov],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "schemas:" in result.stdout and "checkov:" in result.stdout


def test_checkov_reports_an_insecure_pod(tmp_path):
    checkov = os.environ.get("MLOPS_CHECKOV_BIN")
    if not checkov or not Path(checkov).exists():
        pytest.fail("MLOPS_CHECKOV_BIN is not set to a checkov executable: scripts/test.sh sets it; by hand: "
                    "export MLOPS_CHECKOV_BIN=$(scripts/venv.sh checkov)/bin/checkov")
    from validation.checkov_gate import run_checkov

    (tmp_path / "pod.yaml").write_text(
        "apiVersion: v1\nkind: Pod\nmetadata: {name: bad, namespace: default}\n"
        "spec:\n  containers:\n  - name: c\n    image: busybox:latest\n    securityContext: {privileged: true}\n")
    checks = {f.check for f in run_checkov(Path(checkov), tmp_path)}
    assert "CKV_K8S_16" in checks  # privileged container
