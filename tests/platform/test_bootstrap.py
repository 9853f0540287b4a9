"""The bootstrap order of a new cluster (constructs_lib/bootstrap.py), replayed against what each step
applies: a real API server refuses a namespaced object whose namespace does not exist yet
(`namespaces "argocd" not found`), so every object's namespace must be created by an earlier step or
earlier in the same file. The README shows exactly these steps, in this order."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from constructs_lib import bootstrap, helmfile
from constructs_lib.config import load_environment

ENVS = ("dev", "prod")
# Namespaces every cluster has before anything is installed.
BUILT_IN = {"default", "kube-system", "kube-public", "kube-node-lease"}


def replay(env: str, charts: dict[str, list[dict]], steps=bootstrap.STEPS) -> list[str]:
    """Apply the steps in order; return every object that would be refused for a missing namespace."""
    config = load_environment(env)
    releases = {r.name: r for r in helmfile.releases(env) if r.installed}
    existing, refused = set(BUILT_IN), []
    for number, step in enumerate(steps, 1):
        for dist_file in step.dist_files:
            for doc in charts[dist_file.removesuffix(".yaml")]:
                if doc["kind"] == "Namespace":
                    existing.add(doc["metadata"]["name"])
                elif doc["metadata"].get("namespace") and doc["metadata"]["namespace"] not in existing:
                    refused.append(f"step {number} ({step.command}): {doc['kind']} {doc['metadata']['namespace']}/"
                                   f"{doc['metadata']['name']}: namespace not found")
        credential = config.secrets.store.credential
        if step.secrets and credential and credential.namespace not in existing:
            refused.append(f"step {number} (the store's credential): namespace {credential.namespace} not found")
        for name in step.releases:
            # helm installs into the release namespace; the bootstrap does not rely on --create-namespace
            # (the namespace carries the namespaces chart's Pod Security labels and owner).
            namespace = releases[name].namespace
            if namespace not in existing:
                refused.append(f"step {number} ({step.command}): release namespace {namespace} not found")
    return refused


@pytest.mark.parametrize("env", ENVS)
def test_every_bootstrap_step_finds_its_namespaces(synthesized, env):
    refused = replay(env, synthesized[env])
    assert not refused, "\n".join(refused)


@pytest.mark.parametrize("env", ENVS)
def test_argo_cd_objects_alone_would_be_refused(synthesized, env):
    """Guard that the replay can fail: without the namespaces step neither Argo CD nor its project and
    root are admitted."""
    refused = replay(env, synthesized[env], [s for s in bootstrap.STEPS if "namespaces.yaml" not in s.dist_files])
    argocd = load_environment(env).cluster.argocd_namespace
    in_argocd = [d for chart in ("argocd-project", "argocd-root") for d in synthesized[env][chart]
                 if d["metadata"].get("namespace") == argocd]  # project, root, the repository credential
    assert sum(f"namespace {argocd} not found" in r or f" {argocd}/" in r for r in refused) == 1 + len(in_argocd)


def test_the_argocd_namespace_is_owned_by_the_namespaces_chart(synthesized):
    for env, charts in synthesized.items():
        argocd = load_environment(env).cluster.argocd_namespace
        names = [d["metadata"]["name"] for d in charts["namespaces"]]
        assert argocd in names, env
        assert all(d["metadata"]["namespace"] == argocd  # the ClusterSecretStore is cluster-scoped
                   for chart in ("argocd-project", "argocd-root", "argocd-apps") for d in charts[chart]
                   if d["kind"] != "ClusterSecretStore")
        releases = {r.name: r for r in helmfile.releases(env)}
        assert releases["argo-cd"].namespace == argocd


def test_readme_shows_the_bootstrap_steps_in_order():
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Bootstrapping a cluster"):]
    section = section[:section.index("\n## ", 3)]
    numbered = re.findall(r"^(\d+)\. (.+)$", section, re.M)
    assert [int(n) for n, _ in numbered] == list(range(1, len(bootstrap.STEPS) + 1)), numbered
    lines = re.split(r"^\d+\. ", section, flags=re.M)[1:]
    for line, step in zip(lines, bootstrap.STEPS, strict=True):
        line = " ".join(line.split())
        if not step.secrets:
            assert f"`{step.command}`" in line, f"README step {line!r} should run `{step.command}`"


def test_the_root_creates_the_children():
    """No bootstrap step applies the children: the root creates them in waves."""
    applied = {f for step in bootstrap.STEPS for f in step.dist_files}
    assert "argocd-apps.yaml" not in applied
    assert {"argocd-project.yaml", "argocd-root.yaml"} <= applied
