"""The bootstrap of a new cluster, in order: the one list the README's "Bootstrapping a cluster"
section shows and tests/platform/test_bootstrap.py replays (every object's namespace must exist when
its step runs; a real API server rejects the object otherwise).

After step 4 Argo CD owns everything, the objects of steps 1 and 2 included: the `namespaces`, `argo-cd`
and `external-secrets` Applications adopt them (server-side apply, same content). The only Secret made by
hand is the secret store's credential (step 3); every other one comes from the secrets inventory.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    what: str
    command: str                 # `<env>` stands for the environment name
    dist_file: str | None = None     # dist/<env>/<file> applied by this step
    releases: tuple[str, ...] = ()   # helmfile releases installed by this step (into their existing namespaces)
    secrets: bool = False            # a person creates the secret store's credential (secrets.store.credential)


STEPS = (
    Step("the platform namespaces and Argo CD's, with their Pod Security labels",
         "kubectl apply --server-side -f dist/<env>/namespaces.yaml", dist_file="namespaces.yaml"),
    Step("Argo CD and External Secrets Operator", "helmfile -e <env> -l bootstrap=true sync",
         releases=("argo-cd", "external-secrets")),
    Step("the ClusterSecretStore's one credential, if the store uses one",
         "kubectl -n <namespace> create secret generic <secrets.store.credential>", secrets=True),
    Step("the ClusterSecretStore, Argo CD's repository credential, the AppProject, the root app, every child",
         "kubectl apply --server-side -f dist/<env>/argocd-apps.yaml", dist_file="argocd-apps.yaml"),
)
