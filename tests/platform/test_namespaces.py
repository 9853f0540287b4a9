from __future__ import annotations

ROLES = {"platform-operators", "data-plane", "orchestration", "ml-lifecycle", "processing-jobs"}
# Argo CD's namespace is created by the first bootstrap step (this chart) too: tests/platform/test_bootstrap.py.
ARGOCD = "argocd"
# kube-prometheus-stack's namespace and node-exporter's own (constructs_lib/namespaces.py).
MONITORING = {"monitoring", "monitoring-node-exporter"}


def test_platform_namespaces_with_standard_labels(synthesized):
    for env, charts in synthesized.items():
        namespaces = {d["metadata"]["name"]: d for d in charts["namespaces"]}
        assert set(namespaces) == ROLES | {ARGOCD} | MONITORING, env
        for name, doc in namespaces.items():
            labels = doc["metadata"]["labels"]
            assert labels["app.kubernetes.io/part-of"] == "mlops-platform"
            assert labels["app.kubernetes.io/managed-by"] == "cdk8s"
            assert labels["kubernetes.io/metadata.name"] == name
            assert labels["mlops.platform/environment"] == env


def test_workload_namespaces_enforce_restricted(synthesized):
    for charts in synthesized.values():
        for doc in charts["namespaces"]:
            labels = doc["metadata"]["labels"]
            if doc["metadata"]["name"] in ("processing-jobs", "orchestration", "ml-lifecycle"):
                assert labels["pod-security.kubernetes.io/enforce"] == "restricted"


def test_namespace_names_are_configurable(environments_copy, tmp_path):
    from conftest import run_synth

    dev = environments_copy / "dev.yaml"
    dev.write_text(dev.read_text() + "namespaces:\n  processing_jobs: batch-jobs\n")
    result = run_synth("--env", "dev", "--dist", str(tmp_path), "--environments", str(environments_copy))
    assert result.returncode == 0, result.stderr
    assert "name: batch-jobs" in (tmp_path / "dev" / "namespaces.yaml").read_text()
