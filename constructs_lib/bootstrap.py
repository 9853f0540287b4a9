"""The bootstrap of a new cluster, in order: the one list the README's "Bootstrapping a cluster"
section shows and tests/platform/test_bootstrap.py replays (every object's namespace must exist when
its step runs; a real API server rejects the object otherwise).

After step 4 Argo CD owns everything, the objects of steps 1 and 3 included: the `namespaces` and
`argo-cd` Applications adopt them (server-side apply, same content).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    what: str
    command: str                 # `<env>` stands for the environment name
    dist_file: str | None = None     # dist/<env>/<file> applied by this step
    release: str | None = None       # helmfile release installed by this step (into its existing namespace)
    secrets: bool = False            # the operator's secret tooling writes the pre-created Secrets


STEPS = (
    Step("the platform namespaces and Argo CD's, with their Pod Security labels",
         "kubectl apply --server-side -f dist/<env>/namespaces.yaml", dist_file="namespaces.yaml"),
    Step("the pre-created Secrets (table below), from your secret manager",
         "your secret tooling writes the Secrets of the table below", secrets=True),
    Step("Argo CD", "helmfile -e <env> -l name=argo-cd sync", release="argo-cd"),
    Step("the AppProject, the root app and every child Application",
         "kubectl apply --server-side -f dist/<env>/argocd-apps.yaml", dist_file="argocd-apps.yaml"),
)
