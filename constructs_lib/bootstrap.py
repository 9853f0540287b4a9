"""The bootstrap of a new cluster, in order: the one list the README's "Bootstrapping a cluster"
section shows and tests/platform/test_bootstrap.py replays (every object's namespace must exist when
its step runs; a real API server rejects the object otherwise).

After step 4 Argo CD owns everything, the objects of steps 1, 3 and 4 included: the root syncs the
project, the `namespaces` and `argo-cd` Applications adopt what steps 1 and 3 created (server-side apply,
same content). Only the root Application itself is in no Application (it must not gate on itself).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    what: str
    command: str                 # `<env>` stands for the environment name
    dist_files: tuple[str, ...] = ()  # dist/<env>/<file>s applied by this step, in order
    release: str | None = None       # helmfile release installed by this step (into its existing namespace)
    secrets: bool = False            # the operator's secret tooling writes the pre-created Secrets


STEPS = (
    Step("the platform namespaces and Argo CD's, with their Pod Security labels",
         "kubectl apply --server-side -f dist/<env>/namespaces.yaml", dist_files=("namespaces.yaml",)),
    Step("the pre-created Secrets (table below), from your secret manager",
         "your secret tooling writes the Secrets of the table below", secrets=True),
    Step("Argo CD", "helmfile -e <env> -l name=argo-cd sync", release="argo-cd"),
    # Only the project and the root: the root then creates the children (argocd-apps.yaml) wave by wave.
    # Applying argocd-apps.yaml here would create every child at once and start every sync together.
    Step("the AppProject and the root Application",
         "kubectl apply --server-side -f dist/<env>/argocd-project.yaml -f dist/<env>/argocd-root.yaml",
         dist_files=("argocd-project.yaml", "argocd-root.yaml")),
)
