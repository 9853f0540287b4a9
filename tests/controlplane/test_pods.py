"""The Pods that controllers and operators create from what was synced: every one the controllers
wanted exists (was admitted: Pod Security `restricted`, quotas, limit ranges, service accounts), no
controller recorded a FailedCreate, and everything a Pod references exists or has a known source."""
from __future__ import annotations

import checks


def test_no_failed_create_or_pod_security_events(settled):
    bad = checks.failed_create_events(settled.cluster.admin)
    assert not bad, "\n".join(bad)


def test_every_workload_created_its_pods(settled):
    missing = checks.workloads_without_pods(settled.cluster.admin)
    assert not missing, "no Pod created for:\n" + "\n".join(missing)


def test_pods_exist(settled):
    """The tier is not vacuous: controllers and operators created Pods."""
    pods = settled.cluster.admin.list("v1", "Pod")
    assert len(pods) >= 3, [p["metadata"]["name"] for p in pods]


def test_pod_references_exist(settled):
    problems = checks.unresolved_references(settled.cluster.admin, settled.env)
    assert not problems, "\n".join(problems)
