"""validation/pod_security.py itself: it passes a restricted pod and names what breaks it."""
from __future__ import annotations

import copy

import pytest

from validation.pod_security import restricted_violations

GOOD = {
    "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "c", "securityContext": {"allowPrivilegeEscalation": False,
                                                     "capabilities": {"drop": ["ALL"]}}}],
    "volumes": [{"name": "tmp", "emptyDir": {}}],
}


def test_restricted_pod_passes():
    assert restricted_violations(GOOD) == []


def test_container_level_settings_satisfy_the_rule():
    pod = copy.deepcopy(GOOD)
    pod["securityContext"] = {}
    pod["containers"][0]["securityContext"].update(
        {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}})
    assert restricted_violations(pod) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda p: p["securityContext"].pop("runAsNonRoot"), "runAsNonRoot"),
    (lambda p: p["containers"][0]["securityContext"].update(runAsNonRoot=False), "runAsNonRoot"),
    (lambda p: p["containers"][0]["securityContext"].pop("allowPrivilegeEscalation"), "allowPrivilegeEscalation"),
    (lambda p: p["containers"][0]["securityContext"].update(capabilities={"drop": ["NET_RAW"]}), "drop must include ALL"),
    (lambda p: p["containers"][0]["securityContext"].update(capabilities={"drop": ["ALL"], "add": ["SYS_ADMIN"]}),
     "capabilities.add"),
    (lambda p: p["securityContext"].pop("seccompProfile"), "seccompProfile"),
    (lambda p: p["containers"][0]["securityContext"].update(seccompProfile={"type": "Unconfined"}), "seccompProfile"),
    (lambda p: p["containers"][0]["securityContext"].update(privileged=True), "privileged"),
    (lambda p: p.update(hostNetwork=True), "hostNetwork"),
    (lambda p: p["volumes"].append({"name": "h", "hostPath": {"path": "/"}}), "hostPath"),
    (lambda p: p["containers"][0]["securityContext"].update(runAsUser=0), "runAsUser"),
    (lambda p: p["containers"][0].update(ports=[{"containerPort": 80, "hostPort": 80}]), "hostPort"),
])
def test_each_violation_is_reported(mutate, expected):
    pod = copy.deepcopy(GOOD)
    mutate(pod)
    problems = restricted_violations(pod)
    assert any(expected in p for p in problems), problems
