"""Where each Secret a Pod references comes from, by the platform's one secrets inventory
(constructs_lib.secrets_inventory): a person at bootstrap, ESO (secret manager, generator, copy) or an
operator. ConfigMaps and ServiceAccounts a Pod references must exist (kube-root-ca.crt is published
by kube-controller-manager in every namespace)."""
from __future__ import annotations

from constructs_lib.config import load_environment
from constructs_lib.secrets_inventory import Copied, OperatorWritten, SecretEntry, by_ref


def inventory(env: str) -> dict[tuple[str, str], SecretEntry]:
    return by_ref(load_environment(env))


def why_missing_is_expected(entries: dict[tuple[str, str], SecretEntry], namespace: str, name: str,
                            exists) -> str | None:
    """Why a Secret that does not exist in the tier's cluster is still provided in a real one, or None
    if its absence is a defect: written by an operator that does not run here (listed in the
    inventory), or ESO's copy of such a Secret. Secrets of a person (bootstrap), the secret manager or
    a generator are created in the tier (bootstrap replay, ESO stand-in): their absence is a defect."""
    entry = entries.get((namespace, name))
    if entry is None:
        return None
    source = entry.source
    if isinstance(source, OperatorWritten):
        return f"written by {source.operator} for {source.owner} (does not run here)"
    if isinstance(source, Copied):
        upstream = entries.get((source.namespace, source.name))
        if upstream is not None and isinstance(upstream.source, OperatorWritten) \
                and not exists(source.namespace, source.name):
            return (f"ESO copy of {source.namespace}/{source.name}, written by {upstream.source.operator} "
                    "(does not run here)")
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
