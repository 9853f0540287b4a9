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
    releases: tuple[str, ...] = ()   # helmfile releases installed by this step (into their existing namespaces)
    secrets: bool = False            # a person creates the secret store's credential (secrets.store.credential)


STEPS = (
    Step("the platform namespaces and Argo CD's, with their Pod Security labels",
         "kubectl apply --server-side -f dist/<env>/namespaces.yaml", dist_files=("namespaces.yaml",)),
    Step("Argo CD and External Secrets Operator", "helmfile -e <env> -l bootstrap=true sync",
         releases=("argo-cd", "external-secrets")),
    Step("the ClusterSecretStore's one credential, if the store uses one",
         "kubectl -n <namespace> create secret generic <secrets.store.credential>", secrets=True),
    # Only the project and the root: the root then creates the children (argocd-apps.yaml) wave by wave.
    # Applying argocd-apps.yaml here would create every child at once and start every sync together.
    Step("the AppProject and the root Application",
         "kubectl apply --server-side -f dist/<env>/argocd-project.yaml -f dist/<env>/argocd-root.yaml",
         dist_files=("argocd-project.yaml", "argocd-root.yaml")),
)
