"""The tier bootstraps the cluster exactly as constructs_lib.bootstrap.STEPS says (the README's steps),
then the root Application creates the children, which a real API server admits as Argo CD CRs."""
from __future__ import annotations

import yaml

from conftest import ARTIFACTS, ROOT
from constructs_lib import bootstrap
from constructs_lib.config import load_environment


def test_bootstrap_replays_every_step_in_order(synced):
    done = synced.report.bootstrap
    numbers = [int(line.split(".", 1)[0]) for line in done]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, len(bootstrap.STEPS) + 1)), done
    for number, step in enumerate(bootstrap.STEPS, 1):
        lines = [line for line in done if line.startswith(f"{number}. ")]
        for name in step.dist_files:
            assert any(line.startswith(f"{number}. {name}:") for line in lines), (step, lines)
        for release in step.releases:
            assert any(line.startswith(f"{number}. release {release} ") for line in lines), (step, lines)
        assert step.secrets == any("credential" in line or "Secret " in line for line in lines), (step, lines)


def test_bootstrap_objects_admitted(synced):
    rejected = [f"{r.source}: {r.ref}: {r.error}" for r in synced.report.rejected if r.source.startswith("bootstrap-")]
    assert not rejected, "\n".join(rejected)


def test_store_credential_created_by_a_person_and_on_no_disk(synced):
    credential = load_environment(synced.env).secrets.store.credential
    if credential is None:   # prod: workload identity, no credential Secret
        assert not any(line.startswith("3. Secret") for line in synced.report.bootstrap)
        return
    live = synced.cluster.admin.get("v1", "Secret", credential.name, credential.namespace)
    assert sorted(live["data"]) == sorted(credential.keys)
    assert {m["manager"] for m in live["metadata"]["managedFields"]} == {"kubectl-create"}
    values = list(live["data"].values())
    for base in (ARTIFACTS, ROOT / "dist"):   # the value is in memory and the API server only
        for path in base.rglob("*"):
            if path.is_file() and path.stat().st_size < 5_000_000:
                text = path.read_bytes()
                assert not any(v.encode() in text for v in values), path


def test_root_creates_every_child_application_admitted_as_argocd_cr(synced):
    admin = synced.cluster.admin
    declared = [d for d in yaml.safe_load_all((ROOT / "dist" / synced.env / "argocd-apps.yaml").read_text())
                if d and d["kind"] == "Application"]
    expected = sorted(f"Application/{d['metadata']['namespace']}/{d['metadata']['name']}" for d in declared)
    assert sorted(synced.report.children) == expected
    res = admin.resource("argoproj.io/v1alpha1", "Application")   # served by Argo CD's CRD
    assert res.group == "argoproj.io" and res.namespaced
    for doc in declared:
        live = admin.get("argoproj.io/v1alpha1", "Application", doc["metadata"]["name"], doc["metadata"]["namespace"])
        assert live["spec"]["project"] == doc["spec"]["project"]
        managers = {m["manager"] for m in live["metadata"]["managedFields"]}
        assert "argocd-controller" in managers, managers
    # The root itself is applied by the bootstrap (kubectl), in no Application.
    root = synced.report.root["metadata"]
    live_root = admin.get("argoproj.io/v1alpha1", "Application", root["name"], root["namespace"])
    assert {m["manager"] for m in live_root["metadata"]["managedFields"]} == {"kubectl"}
