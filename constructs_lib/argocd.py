"""Argo CD app-of-apps for one environment (namespace cluster.argocd_namespace), three files:

- `argocd-project.yaml`: AppProject `platform`: only this repository and the chart repositories of
  helmfile.yaml, only the platform namespaces (+ cert-manager, argocd) on the in-cluster server, a short
  cluster-scoped list.
- `argocd-root.yaml`: the root Application `<env>-root` (dist/<env>: argocd-project.yaml + argocd-apps.yaml).
  Applied once by the bootstrap and in no Application's sources, its own included: an app-of-apps root that
  syncs itself sits in one of its own waves and waits on its own health, which is never Healthy while its
  own operation runs (and when a child degrades the root's operation fails and restarts from the first wave).
- `argocd-apps.yaml`: the children, created by the root in waves (not by `kubectl apply`, which would
  create them all at once and start every sync together):
- One child per dist chart with Delivery.synced (path dist/<env>, include `<chart>.yaml`).
- One child per installed helmfile release (multi-source: the chart + `$values` from this repository),
  read from helmfile.yaml by constructs_lib/helmfile.py (tests prove it matches `helmfile build`).
Sync waves order everything: namespaces < cert-manager < operators < data-plane CRs < Airflow/MLflow
< workloads (each chart's Delivery.sync_wave; each release's `wave` label in helmfile.yaml).
"""
from __future__ import annotations

from typing import Sequence

import cdk8s
from constructs import Construct

from constructs_lib import helm_values, ports
from constructs_lib import helmfile as helmfile_state
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import custom_resource, sorted_data
from constructs_lib.observability.monitors import endpoint, pod_monitor

API = "argoproj.io/v1alpha1"
CHART_NAME = "argocd-apps"
PROJECT_CHART = "argocd-project"
ROOT_CHART = "argocd-root"
PROJECT = "platform"
IN_CLUSTER = "https://kubernetes.default.svc"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
# Cascade delete (deleting the Application deletes what it deployed) only for the stateless apps tier
# (Airflow, MLflow: their state is in PostgreSQL and S3). Never for namespaces, operators/CRDs (would
# cascade to every CR), data-plane charts (databases, Kafka, buckets), the root or Argo CD itself.
CASCADE_FINALIZER = "resources-finalizer.argocd.argoproj.io"
CASCADE_TIERS = ("apps",)
PROJECT_WAVE = -100  # before every Application that names it

# Cluster-scoped kinds the platform's charts create; everything else cluster-scoped is refused.
CLUSTER_RESOURCES = (
    ("", "Namespace"),
    ("apiextensions.k8s.io", "CustomResourceDefinition"),
    ("rbac.authorization.k8s.io", "ClusterRole"),
    ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
    ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
    ("external-secrets.io", "ClusterSecretStore"),
)

# Strimzi 1.2.0's kafkas CRD has `properties: {}` under status.clusterSecurity (chart crds/040-Crd-kafka.yaml);
# the API server drops the empty map (omitempty), so the live CRD never equals the rendered one
# (https://github.com/strimzi/strimzi-kafka-operator/issues/13074). No ignoreDifferences for it: Argo CD
# diffs server-side (values/argo-cd.yaml controller.diff.server.side), against the API server's dry run of
# the same apply, which drops the map too. Seen in the Argo CD tier (tests/argocd): dev-strimzi-kafka-operator
# Synced without an ignore, as the Flink operator's CRDs (their `priority: 0`, dropped likewise) are.
STRIMZI_KAFKA_CRD = "kafkas.kafka.strimzi.io"
STRIMZI_EMPTY_PROPERTIES = "/spec/versions/0/schema/openAPIV3Schema/properties/status/properties/clusterSecurity/properties"

# Only where an operator or the API server changes what the chart rendered. Each entry: release -> ignoreDifferences.
IGNORE_DIFFERENCES: dict[str, list[dict]] = {
    # ESO's cert-controller fills the chart's empty webhook Secret and the validating webhooks' caBundle
    # (external-secrets v2.9.0 pkg/controllers/crds/crds_controller.go:279-282, webhookconfig/webhookconfig.go:219):
    # https://github.com/argoproj/argo-cd/issues/9071
    "external-secrets": [
        {"group": "", "kind": "Secret", "name": "external-secrets-webhook", "jsonPointers": ["/data"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
    # The operator fills the chart's empty webhook Secret and patches the webhooks' caBundle; a
    # self-heal would blank them (TLS errors): https://github.com/kubeflow/spark-operator/issues/2082
    "spark-operator": [
        {"group": "", "kind": "Secret", "name": "spark-operator-webhook-certs", "jsonPointers": ["/data"]},
        {"group": "admissionregistration.k8s.io", "kind": "MutatingWebhookConfiguration",
         "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
    # cert-manager's cainjector writes caBundle into the Flink operator webhooks
    # (cert-manager.io/inject-ca-from): https://github.com/argoproj/argo-cd/issues/1487
    "flink-kubernetes-operator": [
        {"group": "admissionregistration.k8s.io", "kind": "MutatingWebhookConfiguration",
         "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
}


# Argo CD's own components (release `argo-cd`, chart 10.1.1): pod label app.kubernetes.io/name =
# argocd-<component name> (templates/_common.tpl:65-67 argo-cd.selectorLabels; values.yaml controller.name
# application-controller, server.name server, repoServer.name repo-server, applicationSet.name
# applicationset-controller, notifications.name notifications-controller), each declaring its `metrics` port
# unconditionally (constructs_lib/ports.py ARGOCD_*). The application controller's are the ones on-call reads:
# argocd_app_info (sync and health status per Application), argocd_app_sync_total (controller/metrics/metrics.go:60-78
# at argo-cd v3.4.4). Redis and Dex are not scraped (no exporter in this chart's defaults / no SSO configured).
ARGOCD_COMPONENTS = {
    "argocd-application-controller": ports.ARGOCD_CONTROLLER_METRICS,
    "argocd-server": ports.ARGOCD_SERVER_METRICS,
    "argocd-repo-server": ports.ARGOCD_REPO_SERVER_METRICS,
    "argocd-applicationset-controller": ports.ARGOCD_APPLICATIONSET_METRICS,
    "argocd-notifications-controller": ports.ARGOCD_NOTIFICATIONS_METRICS,
}


def monitors(scope: Construct, *, config: PlatformConfig) -> None:
    """One PodMonitor per Argo CD component, in Argo CD's namespace."""
    for name, port in ARGOCD_COMPONENTS.items():
        pod_monitor(scope, f"podmonitor-{name}", name=name, namespace=config.cluster.argocd_namespace,
                    pods={"app.kubernetes.io/name": name}, endpoints=[endpoint(port)], component="argocd",
                    environment=config.environment)


def monitoring_namespaces(config: PlatformConfig) -> list[str]:
    """kube-prometheus-stack's namespace and node-exporter's (created by the namespaces chart)."""
    result = [config.cluster.monitoring_namespace]
    if config.monitoring.node_exporter.enabled:
        result.append(config.monitoring.node_exporter.namespace)
    return result


def app_name(env: str, name: str) -> str:
    return f"{env}-{name}"


def _sync_policy(*, create_namespace: bool, respect_ignore: bool) -> dict:
    # ServerSideApply: the Strimzi, CNPG, Spark and Flink CRDs exceed the 256 KiB annotation limit of
    # client-side apply (kubectl.kubernetes.io/last-applied-configuration).
    options = ["ServerSideApply=true", f"CreateNamespace={'true' if create_namespace else 'false'}"]
    if respect_ignore:
        options.append("RespectIgnoreDifferences=true")
    return {
        "automated": {"enabled": True, "prune": True, "selfHeal": True},
        "syncOptions": options,
        "retry": {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "5m"}},
    }


def _argocd_object(scope: Construct, config: PlatformConfig, kind: str, name: str, wave: int | None, *,
                   component: str, finalizer: bool, spec: dict):
    """An Argo CD Application or AppProject in cluster.argocd_namespace; keys sorted (the order cdk8s gave
    the typed objects this chart used to build: dist/ unchanged)."""
    return custom_resource(
        scope, name, api_version=API, kind=kind, name=name, namespace=config.cluster.argocd_namespace,
        component=component, environment=config.environment, spec=sorted_data(spec),
        annotations={SYNC_WAVE: str(wave)} if wave is not None else None,
        finalizers=[CASCADE_FINALIZER] if finalizer else None)


def _directory_app(scope: Construct, config: PlatformConfig, name: str, include: str, wave: int | None,
                   destination_ns: str):
    git, env = config.git, config.environment
    return _argocd_object(scope, config, "Application", name, wave, component="argocd-application", finalizer=False,
                          spec={
        "project": PROJECT,
        "destination": {"server": IN_CLUSTER, "namespace": destination_ns},
        "source": {"repoURL": git.repo_url, "targetRevision": git.target_revision, "path": f"dist/{env}",
                   "directory": {"include": include, "recurse": False}},
        "syncPolicy": _sync_policy(create_namespace=False, respect_ignore=False),
    })


class ArgocdProjectChart(PlatformChart):
    """`argocd-project`: the AppProject, synced by the root (its first wave); never its own Application."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, releases: Sequence[helmfile_state.Release]):
        ns = config.cluster.argocd_namespace
        super().__init__(scope, PROJECT_CHART, config=config,
                         delivery=Delivery(sync_wave=PROJECT_WAVE, namespace=ns, synced=False))
        env, git = config.environment, config.git
        platform_namespaces = {name for _, name in config.namespaces.all()}
        # What Argo CD needs before it can read this (private) repository: the ClusterSecretStore and the
        # repository credential ESO materializes from it; applied at bootstrap, then synced by the root.
        from constructs_lib.external_secrets import bootstrap_objects

        bootstrap_objects(self, config=config)
        _argocd_object(self, config, "AppProject", PROJECT, PROJECT_WAVE, component="argocd-project", finalizer=False,
                       spec={
            "description": f"MLOps platform ({env}): dist/{env} and the helmfile releases",
            "sourceRepos": sorted({git.repo_url, *(r.repo_url for r in releases)}),
            "destinations": [{"server": IN_CLUSTER, "namespace": n} for n in sorted(
                platform_namespaces | {config.cluster.cert_manager_namespace, ns}
                | set(monitoring_namespaces(config)))],
            "clusterResourceWhitelist": [{"group": g, "kind": k} for g, k in CLUSTER_RESOURCES],
        })


class ArgocdRootChart(PlatformChart):
    """`argocd-root`: the root Application alone. Applied by the bootstrap, synced by nobody (not even
    itself), so it never waits on its own health; it syncs the project and the children in waves."""

    def __init__(self, scope: Construct, *, config: PlatformConfig):
        ns = config.cluster.argocd_namespace
        super().__init__(scope, ROOT_CHART, config=config, delivery=Delivery(sync_wave=PROJECT_WAVE, namespace=ns,
                                                                              synced=False))
        self.application = _directory_app(self, config, app_name(config.environment, "root"), ROOT_INCLUDE, None, ns)


# What the root syncs: the project and the children - never argocd-root.yaml (the root itself).
ROOT_INCLUDE = f"{{{PROJECT_CHART}.yaml,{CHART_NAME}.yaml}}"


class ArgocdAppsChart(PlatformChart):
    """`argocd-apps`: one child Application per synced chart and installed helmfile release. Also builds
    the `argocd-project` and `argocd-root` charts (`self.project_chart`, `self.root_chart`)."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, charts: Sequence[PlatformChart],
                 releases: Sequence[helmfile_state.Release] | None = None):
        super().__init__(scope, CHART_NAME, config=config,
                         delivery=Delivery(sync_wave=PROJECT_WAVE, namespace=config.cluster.argocd_namespace,
                                           synced=False))
        env, ns = config.environment, config.cluster.argocd_namespace
        git = config.git
        if releases is None:
            # The environment values helmfile will read (dist/<env>/helm-values/helmfile.yaml), computed
            # now from this config rather than read from a possibly stale committed file.
            releases = helmfile_state.releases(env, values=helm_values.helmfile_environment(config))
        releases = [r for r in releases if r.installed]
        platform_namespaces = {name for _, name in config.namespaces.all()}
        # Namespaces the namespaces chart creates with their Pod Security labels: never Argo CD's CreateNamespace.
        created = platform_namespaces | {ns} | set(monitoring_namespaces(config))
        self.applications: dict[str, cdk8s.ApiObject] = {}
        self.project_chart = ArgocdProjectChart(scope, config=config, releases=releases)
        self.root_chart = ArgocdRootChart(scope, config=config)

        def directory_app(name: str, include: str, wave: int | None, destination_ns: str):
            self.applications[name] = _directory_app(self, config, name, include, wave, destination_ns)

        for chart in charts:
            if chart is self or not chart.delivery.synced:
                continue
            directory_app(app_name(env, chart.chart_name), f"{chart.chart_name}.yaml", chart.delivery.sync_wave,
                          chart.delivery.namespace or ns)

        for release in releases:
            name = app_name(env, release.name)
            if name in self.applications:
                raise ValueError(f"Argo CD Application {name!r}: a dist chart and a helmfile release share a name")
            ignores = IGNORE_DIFFERENCES.get(release.name, [])
            sources: list[dict] = [
                {"repoURL": release.repo_url, "chart": release.chart_name, "targetRevision": release.version,
                 "helm": {"releaseName": release.name, "valueFiles": [f"$values/{path}" for path in release.values]}},
                {"repoURL": git.repo_url, "targetRevision": git.target_revision, "ref": "values"},
            ]
            spec = {
                "project": PROJECT,
                "destination": {"server": IN_CLUSTER, "namespace": release.namespace},
                "sources": sources,
                "syncPolicy": _sync_policy(create_namespace=release.namespace not in created,
                                           respect_ignore=bool(ignores)),
            }
            if ignores:
                spec["ignoreDifferences"] = ignores
            self.applications[name] = _argocd_object(
                self, config, "Application", name, release.sync_wave, component="argocd-application",
                finalizer=release.tier in CASCADE_TIERS, spec=spec)
