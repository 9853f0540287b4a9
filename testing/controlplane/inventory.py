"""Secrets, ConfigMaps and ServiceAccounts a Pod may reference without the tier creating them from
dist/ or a chart: written by an operator that does not run here, or created by people at bootstrap
(README "Bootstrapping a cluster", step 1). One place, until the platform's secrets inventory
(constructs_lib.secrets_inventory) lands on main; `source` says who provides each."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Provided:
    kind: str          # Secret | ConfigMap | ServiceAccount
    namespace: str     # regex
    name: str          # regex
    source: str        # who writes it


# Operators that cannot run here write these (their Pods never exist here either, but the Pods of
# the workloads that consume them do).
OPERATOR_WRITTEN = (
    Provided("Secret", ".*", r".*-cluster-ca-cert", "Strimzi cluster operator (CA of a Kafka cluster)"),
    Provided("Secret", ".*", r".*-clients-ca-cert", "Strimzi cluster operator (clients CA)"),
    Provided("ConfigMap", ".*", r"kube-root-ca\.crt", "kube-controller-manager (root CA publisher)"),
    # argo-cd chart templates/redis-secret-init/job.yaml: a pre-install hook Job runs
    # `argocd admin redis-initial-password`, which creates this Secret (its Role may only touch it).
    Provided("Secret", ".*", r"argocd-redis", "the argo-cd chart's redis-secret-init hook Job"),
)


# README "Bootstrapping a cluster", step 1: Secrets people create from their secret manager before
# Argo CD syncs (the platform references them, Git never holds them). The tier creates them with
# random values right after the namespaces exist, as that step would.
# (namespace, name, type, keys)
BOOTSTRAP_SECRETS = (
    ("orchestration", "airflow-db-connection", "Opaque", ("connection",)),
    ("orchestration", "airflow-fernet-key", "Opaque", ("fernet-key",)),
    ("orchestration", "airflow-api-secret-key", "Opaque", ("api-secret-key",)),
    ("orchestration", "airflow-jwt-secret", "Opaque", ("jwt-secret",)),
    ("data-plane", "airflow-db-owner", "kubernetes.io/basic-auth", ("username", "password")),
    ("data-plane", "mlflow-db-owner", "kubernetes.io/basic-auth", ("username", "password")),
    ("ml-lifecycle", "mlflow-db-credentials", "Opaque", ("username", "password")),
    ("processing-jobs", "kafka-cluster-ca-trust", "Opaque", ("ca.crt",)),
)


def bootstrap_secrets() -> list[dict]:
    """The step-1 Secrets with random values (usernames: the database owner the name implies)."""
    import base64
    import secrets as random

    out = []
    for namespace, name, secret_type, keys in BOOTSTRAP_SECRETS:
        data = {}
        for key in keys:
            value = name.split("-")[0] if key == "username" else random.token_urlsafe(24)
            data[key] = base64.b64encode(value.encode()).decode()
        out.append({"apiVersion": "v1", "kind": "Secret", "type": secret_type,
                    "metadata": {"name": name, "namespace": namespace}, "data": data})
    return out


def provided(kind: str, namespace: str, name: str, extra: tuple[Provided, ...] = ()) -> Provided | None:
    for item in OPERATOR_WRITTEN + extra:
        if item.kind == kind and re.fullmatch(item.namespace, namespace) and re.fullmatch(item.name, name):
            return item
    return None


def pod_references(pod: dict) -> list[tuple[str, str, bool]]:
    """(kind, name, optional) of every Secret, ConfigMap and ServiceAccount a Pod spec names."""
    spec = pod["spec"]
    refs: list[tuple[str, str, bool]] = [("ServiceAccount", spec.get("serviceAccountName") or "default", False)]
    for s in spec.get("imagePullSecrets", []):
        refs.append(("Secret", s["name"], False))
    for v in spec.get("volumes", []):
        if "secret" in v:
            refs.append(("Secret", v["secret"]["secretName"], v["secret"].get("optional", False)))
        if "configMap" in v:
            refs.append(("ConfigMap", v["configMap"]["name"], v["configMap"].get("optional", False)))
        for src in v.get("projected", {}).get("sources", []):
            if "secret" in src:
                refs.append(("Secret", src["secret"]["name"], src["secret"].get("optional", False)))
            if "configMap" in src:
                refs.append(("ConfigMap", src["configMap"]["name"], src["configMap"].get("optional", False)))
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        for e in c.get("env", []):
            src = e.get("valueFrom", {})
            if "secretKeyRef" in src:
                refs.append(("Secret", src["secretKeyRef"]["name"], src["secretKeyRef"].get("optional", False)))
            if "configMapKeyRef" in src:
                refs.append(("ConfigMap", src["configMapKeyRef"]["name"], src["configMapKeyRef"].get("optional", False)))
        for e in c.get("envFrom", []):
            if "secretRef" in e:
                refs.append(("Secret", e["secretRef"]["name"], e["secretRef"].get("optional", False)))
            if "configMapRef" in e:
                refs.append(("ConfigMap", e["configMapRef"]["name"], e["configMapRef"].get("optional", False)))
    return refs
