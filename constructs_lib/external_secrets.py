"""External Secrets Operator objects (`external-secrets.io/v1`, generators `generators.external-secrets.io/v1alpha1`),
built from the secrets inventory (constructs_lib/secrets_inventory.py): one ExternalSecret per Secret whose
source is the secret manager, a generator or a copy; nothing for operator-written Secrets.

- `SecretsChart` (wave -4, before every chart that references a Secret): generators, generated Secrets,
  secret-manager Secrets, and the copies of generated Secrets (the Airflow metadata connection, MLflow's
  database credentials).
- `OperatorSecretCopiesChart` (wave 5, after the Kafka and PostgreSQL charts): copies of operator-written
  Secrets (the Strimzi cluster CA). A copy whose source does not exist yet is not Ready; in wave -4 it would
  hold every later wave back, including the one that creates its source.
- `bootstrap_objects()` (in argocd-apps, applied by hand at bootstrap): the ClusterSecretStore and Argo CD's
  repository credential, the two things Argo CD needs before it can read this repository.

Inside each chart's Application, resource sync waves order what ESO needs before it can write a Secret
(Argo CD applies a wave and waits for it to be Healthy before the next): the generators and each copy's
SecretStore with its ServiceAccount and RBAC (`INPUTS_WAVE`), then the ExternalSecrets of the secret manager
and the generators (wave 0), then the copies (`COPIES_WAVE`), whose source is an earlier ExternalSecret's
Secret. In one wave ESO would find a generator or a source missing, report the ExternalSecret not Ready
(Degraded in Argo CD) and fail the root's sync, which then retries from its first wave (seen in the Argo CD
tier, tests/argocd).

A copy reads exactly one Secret: a namespaced SecretStore with the `kubernetes` provider, authenticated as
its own ServiceAccount (ESO requests a token for it), whose Role in the source namespace allows `get` on that
one Secret name. ESO reads a single Secret with a GET (providers/v1/kubernetes/client.go:49-50, :257-258 at
external-secrets v2.9.0) and marks the store Ready from a SelfSubjectRulesReview that a `get` rule with
resourceNames satisfies (validate.go:53-67).
"""
from __future__ import annotations

from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming, ports
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import custom_resource
from constructs_lib.observability.monitors import endpoint, pod_monitor
from constructs_lib.secrets_inventory import (Copied, Generated, OperatorWritten, SecretEntry, SecretManager,
                                              by_ref, inventory)

API = "external-secrets.io/v1"
GENERATORS_API = "generators.external-secrets.io/v1alpha1"
COMPONENT = "secrets"
SYNC_WAVE = -4
COPIES_SYNC_WAVE = 5
# Argo CD applies argocd-apps.yaml first; the store must exist before anything refers to it.
BOOTSTRAP_SYNC_WAVE = -100
# Resource waves inside the secrets / secret-copies Applications (see the module docstring).
SYNC_WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave"
INPUTS_WAVE = {SYNC_WAVE_ANNOTATION: "-1"}
COPIES_WAVE = {SYNC_WAVE_ANNOTATION: "1"}


def copy_name(entry: SecretEntry) -> str:
    """SecretStore, ServiceAccount (target namespace) and Role (source namespace) of one copy."""
    assert isinstance(entry.source, Copied)
    return f"copy-{entry.source.name}"


def _target(entry: SecretEntry, *, template_data: dict[str, str] | None = None) -> dict:
    target: dict = {"name": entry.name, "creationPolicy": "Owner", "deletionPolicy": "Retain"}
    template: dict = {}
    if entry.secret_type != "Opaque":
        template["type"] = entry.secret_type
    if entry.labels:
        template["metadata"] = {"labels": dict(entry.labels)}
    data = template_data if template_data is not None else entry.template
    if data:
        template |= {"engineVersion": "v2", "mergePolicy": "Replace", "data": dict(data)}
    if template:
        target["template"] = template
    return target


def _external_secret(scope: Construct, entry: SecretEntry, *, config: PlatformConfig, spec: dict,
                     annotations: dict[str, str] | None = None) -> None:
    custom_resource(scope, f"es-{entry.namespace}-{entry.name}", api_version=API, kind="ExternalSecret",
                    name=entry.name, namespace=entry.namespace, component=COMPONENT,
                    environment=config.environment, spec=spec, annotations=annotations)


def _from_secret_manager(scope: Construct, entry: SecretEntry, config: PlatformConfig) -> None:
    source = entry.source
    assert isinstance(source, SecretManager)
    store = config.secrets.store
    # With a template, the keys fetched here are the template's inputs (e.g. username, token).
    data = [{"secretKey": key, "remoteRef": {"key": source.remote_key, "property": prop}}
            for key, prop in source.properties]
    _external_secret(scope, entry, config=config, spec={
        "secretStoreRef": {"kind": "ClusterSecretStore", "name": store.name},
        "refreshInterval": store.refresh_interval,
        "target": _target(entry),
        "data": data,
    })


def _generated(scope: Construct, entry: SecretEntry, config: PlatformConfig) -> None:
    source = entry.source
    assert isinstance(source, Generated)
    custom_resource(scope, f"password-{entry.namespace}-{source.generator}", api_version=GENERATORS_API,
                    kind="Password", name=source.generator, namespace=entry.namespace, component=COMPONENT,
                    environment=config.environment, annotations=INPUTS_WAVE, spec={
                        # Letters and digits only: the value goes into a URL unescaped (metadata connection).
                        "length": source.length, "symbols": 0, "noUpper": False, "allowRepeat": True,
                        "encoding": source.encoding, "secretKeys": [source.output_key],
                    })
    _external_secret(scope, entry, config=config, spec={
        # Generated once; ESO writes a new value only when the Secret is gone or was changed by someone
        # else (externalsecret_controller.go:1226-1233 shouldRefresh, :1282-1303 isSecretValid).
        "refreshPolicy": "CreatedOnce",
        "target": _target(entry),
        "dataFrom": [{"sourceRef": {"generatorRef": {"apiVersion": GENERATORS_API, "kind": "Password",
                                                     "name": source.generator}}}],
    })


def _copied(scope: Construct, entry: SecretEntry, config: PlatformConfig) -> None:
    source = entry.source
    assert isinstance(source, Copied)
    name, env = copy_name(entry), config.environment
    labels = naming.labels(COMPONENT, name=name, environment=env)
    k8s.KubeServiceAccount(scope, f"sa-{entry.namespace}-{name}",
                           metadata=k8s.ObjectMeta(name=name, namespace=entry.namespace, labels=labels,
                                                   annotations=INPUTS_WAVE),
                           # Only ESO uses it, through the TokenRequest API; no pod mounts it.
                           automount_service_account_token=False)
    role = f"{name}-to-{entry.namespace}"
    k8s.KubeRole(scope, f"role-{source.namespace}-{role}",
                 metadata=k8s.ObjectMeta(name=role, namespace=source.namespace, labels=labels, annotations=INPUTS_WAVE),
                 rules=[k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["get"],
                                       resource_names=[source.name])])
    k8s.KubeRoleBinding(scope, f"binding-{source.namespace}-{role}",
                        metadata=k8s.ObjectMeta(name=role, namespace=source.namespace, labels=labels,
                                                annotations=INPUTS_WAVE),
                        role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=role),
                        subjects=[k8s.Subject(kind="ServiceAccount", name=name, namespace=entry.namespace)])
    custom_resource(scope, f"store-{entry.namespace}-{name}", api_version=API, kind="SecretStore", name=name,
                    namespace=entry.namespace, component=COMPONENT, environment=env, annotations=INPUTS_WAVE,
                    spec={"provider": {"kubernetes": {
                        "remoteNamespace": source.namespace,
                        "server": {"url": "https://kubernetes.default.svc",
                                   # The cluster CA every namespace gets from kube-controller-manager.
                                   "caProvider": {"type": "ConfigMap", "name": "kube-root-ca.crt", "key": "ca.crt"}},
                        "auth": {"serviceAccount": {"name": name}},
                    }}})
    store_ref = {"kind": "SecretStore", "name": name}
    spec: dict = {"secretStoreRef": store_ref, "refreshInterval": config.secrets.copy_refresh_interval,
                  "target": _target(entry)}
    if source.keys:
        spec["data"] = [{"secretKey": key, "remoteRef": {"key": source.name, "property": key}} for key in source.keys]
    else:
        spec["dataFrom"] = [{"extract": {"key": source.name}}]
    _external_secret(scope, entry, config=config, spec=spec, annotations=COPIES_WAVE)


def _source_is_operator_written(entry: SecretEntry, refs: dict) -> bool:
    source = entry.source
    return isinstance(source, Copied) and isinstance(refs[(source.namespace, source.name)].source, OperatorWritten)


def build_entry(scope: Construct, entry: SecretEntry, config: PlatformConfig) -> None:
    source = entry.source
    if isinstance(source, SecretManager):
        _from_secret_manager(scope, entry, config)
    elif isinstance(source, Generated):
        _generated(scope, entry, config)
    elif isinstance(source, Copied):
        _copied(scope, entry, config)


def _bootstrap_entries(config: PlatformConfig) -> list[SecretEntry]:
    """Argo CD's repository credential: needed before Argo CD can read anything from Git."""
    return [e for e in inventory(config)
            if isinstance(e.source, SecretManager) and e.namespace == config.cluster.argocd_namespace]


class SecretsChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "secrets", config=config, delivery=Delivery(sync_wave=SYNC_WAVE))
        refs, bootstrap = by_ref(config), {e.ref for e in _bootstrap_entries(config)}
        for entry in inventory(config):
            if entry.ref not in bootstrap and not _source_is_operator_written(entry, refs) \
                    and not monitoring_entry(entry, config):
                build_entry(self, entry, config)


def monitoring_entry(entry: SecretEntry, config: PlatformConfig) -> bool:
    """Secrets of the monitoring namespace (Grafana's admin login): built by the `monitoring` chart, whose wave
    comes before the kube-prometheus-stack release that mounts them (this chart's wave is after it)."""
    return entry.namespace == config.cluster.monitoring_namespace


class OperatorSecretCopiesChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        super().__init__(scope, "secret-copies", config=config, delivery=Delivery(sync_wave=COPIES_SYNC_WAVE))
        refs = by_ref(config)
        for entry in inventory(config):
            if _source_is_operator_written(entry, refs):
                build_entry(self, entry, config)


def bootstrap_objects(scope: Construct, *, config: PlatformConfig) -> None:
    """The ClusterSecretStore (its provider block passed through from config) and Argo CD's repository
    credential, for the argocd-apps chart."""
    store = config.secrets.store
    custom_resource(scope, "cluster-secret-store", api_version=API, kind="ClusterSecretStore", name=store.name,
                    namespace=None, component=COMPONENT, environment=config.environment,
                    annotations={"argocd.argoproj.io/sync-wave": str(BOOTSTRAP_SYNC_WAVE)},
                    spec={"provider": dict(store.provider)})
    for entry in _bootstrap_entries(config):
        build_entry(scope, entry, config)


# The operator's three Deployments (chart external-secrets 2.9.0, release `external-secrets`): pod label
# app.kubernetes.io/name = <chart name>[-webhook|-cert-controller] (templates/_helpers.tpl selectorLabels), each
# declaring `metrics` on ports.EXTERNAL_SECRETS_METRICS (templates/deployment.yaml:162-165,
# webhook-deployment.yaml:103-106, cert-controller-deployment.yaml:111-114): served without TLS or auth
# (values.yaml metrics.listen.secure/auth.enabled false); the metrics Service is not needed (PodMonitor).
OPERATOR_PODS = ("external-secrets", "external-secrets-webhook", "external-secrets-cert-controller")


def monitors(scope: Construct, *, config: PlatformConfig) -> None:
    """PodMonitors of the ESO controller, webhook and cert-controller. The controller's honorLabels is true: its
    ExternalSecret metrics carry the ExternalSecret's `name` and `namespace` (external-secrets v2.9.0
    pkg/controllers/metrics/labels.go:49-50, esmetrics/esmetrics.go:33-41), which then stay `namespace` instead of
    becoming `exported_namespace` beside the operator pod's; its other series (controller-runtime, Go) have no
    namespace label and keep the target's."""
    ns = config.namespaces.operators
    for name in OPERATOR_PODS:
        pod_monitor(scope, f"podmonitor-{name}", name=name, namespace=ns, pods={"app.kubernetes.io/name": name},
                    endpoints=[endpoint(ports.EXTERNAL_SECRETS_METRICS, honor_labels=name == "external-secrets")],
                    component=COMPONENT, environment=config.environment)
