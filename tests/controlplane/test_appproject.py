"""The AppProject admits every object Argo CD would sync (argo-cd's own rules, testing/controlplane/
appproject.py), with each kind's scope taken from the live API server, and every Application's source."""
from __future__ import annotations

import yaml

from conftest import ROOT
from testing.controlplane import appproject, ref


def _projects(env: str) -> dict[str, dict]:
    docs = [d for f in sorted((ROOT / "dist" / env).glob("*.yaml")) for d in yaml.safe_load_all(f.read_text())]
    return {d["metadata"]["name"]: d for d in docs if d and d.get("kind") == "AppProject"}


def test_appproject_admits_every_object(synced):
    projects = _projects(synced.env)
    admin = synced.cluster.admin
    refused = []
    for app in synced.report.apps:
        project = projects[app.project]
        server = app.raw["spec"]["destination"].get("server", "")
        for obj in synced.report.rendered.get(app.name, []):
            try:
                namespaced = admin.resource(obj["apiVersion"], obj["kind"]).namespaced
            except KeyError:
                refused.append(f"{app.name}: {ref(obj)}: kind not served by the API server")
                continue
            why = appproject.violation(project, server, obj, namespaced)
            if why:
                refused.append(f"{app.name}: {ref(obj)}: {why}")
    assert not refused, "\n".join(refused)


def test_appproject_admits_every_source(synced):
    projects = _projects(synced.env)
    refused = []
    for app in synced.report.apps:
        spec = app.raw["spec"]
        for source in spec.get("sources") or [spec["source"]]:
            if not appproject.source_permitted(projects[app.project], source["repoURL"]):
                refused.append(f"{app.name}: {source['repoURL']}")
    assert not refused, refused


def test_appproject_check_refuses_outside_objects(synced):
    """The check is not vacuous: kube-system and an unlisted cluster-scoped kind are refused."""
    project = next(iter(_projects(synced.env).values()))
    server = "https://kubernetes.default.svc"
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "namespace": "kube-system"}}
    pc = {"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": {"name": "x"}}
    assert appproject.violation(project, server, pod, True)
    assert appproject.violation(project, server, pc, False)
