"""Every pod template in dist/ (core workloads and the pod templates inside custom resources) passes
Pod Security `restricted`; namespaces enforce it."""
from __future__ import annotations

import pytest

from validation.manifests import object_id
from validation.pod_security import pod_specs, restricted_violations

HARDENED = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": True,
            "seccompProfile": {"type": "RuntimeDefault"}}


def good_pod(**extra) -> dict:
    return {"securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": False,
                                                               "capabilities": {"drop": ["ALL"]}}}], **extra}


def test_every_pod_template_in_dist_is_restricted(synthesized):
    failures, walked = [], 0
    for env, charts in synthesized.items():
        for chart, docs in charts.items():
            for doc in docs:
                for where, pod in pod_specs(doc):
                    walked += 1
                    for problem in restricted_violations(pod):
                        failures.append(f"{env}/{chart}.yaml: {object_id(doc)} {where}: {problem}")
    assert not failures, "\n".join(failures)
    print(f"{walked} pod templates checked")


def test_namespaces_enforce_restricted(synthesized):
    """Every namespace but node-exporter's own (host access; constructs_lib/namespaces.py says why)."""
    from constructs_lib.config import load_environment

    for env, charts in synthesized.items():
        node_exporter = load_environment(env).monitoring.node_exporter.namespace
        for doc in charts["namespaces"]:
            labels = doc["metadata"]["labels"]
            level = "privileged" if doc["metadata"]["name"] == node_exporter else "restricted"
            for mode in ("enforce", "audit", "warn"):
                assert labels[f"pod-security.kubernetes.io/{mode}"] == level, (env, doc["metadata"]["name"])


def test_compliant_pod_has_no_violations():
    assert restricted_violations(good_pod()) == []
    container_level = {"containers": [{"name": "a", "securityContext": HARDENED}]}
    assert restricted_violations(container_level) == []
    net_bind = good_pod()
    net_bind["containers"][0]["securityContext"]["capabilities"]["add"] = ["NET_BIND_SERVICE"]
    assert restricted_violations(net_bind) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda p: p["securityContext"].pop("runAsNonRoot"), "runAsNonRoot"),
    (lambda p: p["containers"][0]["securityContext"].update(runAsNonRoot=False), "runAsNonRoot"),
    (lambda p: p["containers"][0]["securityContext"].pop("allowPrivilegeEscalation"), "allowPrivilegeEscalation"),
    (lambda p: p["containers"][0]["securityContext"].update(capabilities={"drop": ["NET_RAW"]}), "drop must include ALL"),
    (lambda p: p["containers"][0]["securityContext"]["capabilities"].update(add=["SYS_ADMIN"]), "adds capabilities"),
    (lambda p: p["securityContext"].pop("seccompProfile"), "seccompProfile"),
    (lambda p: p["securityContext"].update(seccompProfile={"type": "Unconfined"}), "seccompProfile"),
    (lambda p: p["containers"][0]["securityContext"].update(privileged=True), "privileged"),
    (lambda p: p.update(hostNetwork=True), "hostNetwork"),
    (lambda p: p.update(hostPID=True), "hostPID"),
    (lambda p: p.update(volumes=[{"name": "docker", "hostPath": {"path": "/var/run"}}]), "hostPath"),
    (lambda p: p["containers"][0].update(ports=[{"containerPort": 80, "hostPort": 80}]), "hostPort"),
    (lambda p: p.update(initContainers=[{"name": "init"}]), "initContainer 'init'"),
    (lambda p: p["containers"][0]["securityContext"].update(runAsUser=0), "runAsUser 0"),
])
def test_each_violation_is_reported(mutate, expected):
    pod = good_pod()
    mutate(pod)
    problems = restricted_violations(pod)
    assert any(expected in p for p in problems), problems


def test_custom_resource_pod_templates_are_found_and_checked():
    spark = {"kind": "SparkApplication", "spec": {
        "driver": {"podSecurityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                   "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}},
        "executor": {"securityContext": {"allowPrivilegeEscalation": False}}}}
    found = {where: restricted_violations(pod) for where, pod in pod_specs(spark)}
    assert found["spec.driver"] == [] and found["spec.executor"]

    flink = {"kind": "FlinkDeployment", "spec": {
        "podTemplate": {"spec": {"securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                                 "containers": [{"name": "flink-main-container", "securityContext": HARDENED}]}},
        "taskManager": {"podTemplate": {"spec": {"containers": [{"name": "sidecar"}]}}}}}
    found = {where: restricted_violations(pod) for where, pod in pod_specs(flink)}
    assert found["spec.jobManager.podTemplate (merged)"] == []
    assert any("sidecar" in p for p in found["spec.taskManager.podTemplate (merged)"])
    bare = {"kind": "FlinkDeployment", "spec": {}}
    assert all(restricted_violations(pod) for _, pod in pod_specs(bare))

    kafka = {"kind": "Kafka", "spec": {"kafka": {"template": {"kafkaContainer": {"securityContext": HARDENED}}},
                                       "entityOperator": {}}}
    found = {where: restricted_violations(pod) for where, pod in pod_specs(kafka)}
    assert found["spec.kafka.template"] == [] and found["spec.entityOperator.template"]
    cnpg = {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster", "spec": {}}
    assert all(restricted_violations(pod) == [] for _, pod in pod_specs(cnpg))
    seaweed = {"kind": "Seaweed", "spec": {"master": {"podSecurityContext": {"runAsNonRoot": True}}}}
    assert all(restricted_violations(pod) for _, pod in pod_specs(seaweed))


def test_unknown_kinds_are_not_silently_skipped():
    with pytest.raises(ValueError, match="does not know"):
        list(pod_specs({"apiVersion": "example.com/v1", "kind": "Widget", "spec": {}}))
