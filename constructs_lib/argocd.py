"""Argo CD app-of-apps for one environment (chart `argocd-apps`, namespace cluster.argocd_namespace).

- AppProject `platform`: only this repository and the chart repositories of helmfile.yaml, only the
  platform namespaces (+ cert-manager, argocd) on the in-cluster server, a short cluster-scoped list.
- Root Application `<env>-root`: dist/<env>, only argocd-apps.yaml (this file) -> the children.
- One child per dist chart with Delivery.synced (path dist/<env>, include `<chart>.yaml`).
- One child per installed helmfile release (multi-source: the chart + `$values` from this repository),
  read from helmfile.yaml by constructs_lib/helmfile.py (tests prove it matches `helmfile build`).
Sync waves order everything: namespaces < cert-manager < operators < data-plane CRs < Airflow/MLflow
< workloads (each chart's Delivery.sync_wave; each release's `wave` label in helmfile.yaml).
"""
from __future__ import annotations

from typing import Sequence

from constructs import Construct

from constructs_lib import helm_values
from constructs_lib import helmfile as helmfile_state
from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.external_secrets import bootstrap_objects
from imports.argocd_application.io.argoproj import (
    Application, ApplicationSpec, ApplicationSpecDestination, ApplicationSpecIgnoreDifferences,
    ApplicationSpecSource, ApplicationSpecSourceDirectory, ApplicationSpecSources, ApplicationSpecSourcesHelm,
    ApplicationSpecSyncPolicy, ApplicationSpecSyncPolicyAutomated, ApplicationSpecSyncPolicyRetry,
    ApplicationSpecSyncPolicyRetryBackoff,
)
from imports.argocd_appproject.io.argoproj import (
    AppProject, AppProjectSpec, AppProjectSpecClusterResourceWhitelist, AppProjectSpecDestinations,
)

CHART_NAME = "argocd-apps"
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

# Only where an operator mutates what the chart rendered. Each entry: release -> ignoreDifferences.
IGNORE_DIFFERENCES: dict[str, list[dict]] = {
    # The operator fills the chart's empty webhook Secret and patches the webhooks' caBundle; a
    # self-heal would blank them (TLS errors): https://github.com/kubeflow/spark-operator/issues/2082
    "spark-operator": [
        {"group": "", "kind": "Secret", "name": "spark-operator-webhook-certs", "json_pointers": ["/data"]},
        {"group": "admissionregistration.k8s.io", "kind": "MutatingWebhookConfiguration",
         "jq_path_expressions": [".webhooks[]?.clientConfig.caBundle"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jq_path_expressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
    # ESO's cert-controller fills the chart's empty webhook Secret and the validating webhooks' caBundle
    # (external-secrets v2.9.0 pkg/controllers/crds/crds_controller.go:279-282, webhookconfig/webhookconfig.go:219):
    # https://github.com/argoproj/argo-cd/issues/9071
    "external-secrets": [
        {"group": "", "kind": "Secret", "name": "external-secrets-webhook", "json_pointers": ["/data"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jq_path_expressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
    # cert-manager's cainjector writes caBundle into the Flink operator webhooks
    # (cert-manager.io/inject-ca-from): https://github.com/argoproj/argo-cd/issues/1487
    "flink-kubernetes-operator": [
        {"group": "admissionregistration.k8s.io", "kind": "MutatingWebhookConfiguration",
         "jq_path_expressions": [".webhooks[]?.clientConfig.caBundle"]},
        {"group": "admissionregistration.k8s.io", "kind": "ValidatingWebhookConfiguration",
         "jq_path_expressions": [".webhooks[]?.clientConfig.caBundle"]},
    ],
}


def app_name(env: str, name: str) -> str:
    return f"{env}-{name}"


def _sync_policy(*, create_namespace: bool, respect_ignore: bool) -> ApplicationSpecSyncPolicy:
    # ServerSideApply: the Strimzi, CNPG, Spark and Flink CRDs exceed the 256 KiB annotation limit of
    # client-side apply (kubectl.kubernetes.io/last-applied-configuration).
    options = ["ServerSideApply=true", f"CreateNamespace={'true' if create_namespace else 'false'}"]
    if respect_ignore:
        options.append("RespectIgnoreDifferences=true")
    return ApplicationSpecSyncPolicy(
        automated=ApplicationSpecSyncPolicyAutomated(enabled=True, prune=True, self_heal=True),
        sync_options=options,
        retry=ApplicationSpecSyncPolicyRetry(
            limit=10, backoff=ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m")),
    )


class ArgocdAppsChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig, charts: Sequence[PlatformChart],
                 releases: Sequence[helmfile_state.Release] | None = None):
        super().__init__(scope, CHART_NAME, config=config,
                         delivery=Delivery(sync_wave=-100, namespace=config.cluster.argocd_namespace))
        env, ns = config.environment, config.cluster.argocd_namespace
        git = config.git
        if releases is None:
            # The environment values helmfile will read (dist/<env>/helm-values/helmfile.yaml), computed
            # now from this config rather than read from a possibly stale committed file.
            releases = helmfile_state.releases(env, values=helm_values.helmfile_environment(config))
        releases = [r for r in releases if r.installed]
        platform_namespaces = {name for _, name in config.namespaces.all()}
        self.applications: dict[str, Application] = {}

        def meta(name: str, wave: int | None, *, component: str, finalizer: bool) -> dict:
            result = {"name": name, "namespace": ns, "labels": naming.labels(component, name=name, environment=env)}
            if wave is not None:
                result["annotations"] = {SYNC_WAVE: str(wave)}
            if finalizer:
                result["finalizers"] = [CASCADE_FINALIZER]
            return result

        AppProject(self, "project", metadata=meta(PROJECT, PROJECT_WAVE, component="argocd-project", finalizer=False),
                   spec=AppProjectSpec(
                       description=f"MLOps platform ({env}): dist/{env} and the helmfile releases",
                       source_repos=sorted({git.repo_url, *(r.repo_url for r in releases)}),
                       destinations=[AppProjectSpecDestinations(server=IN_CLUSTER, namespace=n) for n in sorted(
                           platform_namespaces | {config.cluster.cert_manager_namespace, ns})],
                       cluster_resource_whitelist=[AppProjectSpecClusterResourceWhitelist(group=g, kind=k)
                                                   for g, k in CLUSTER_RESOURCES],
                   ))

        def directory_app(name: str, include: str, wave: int | None, destination_ns: str, *, finalizer: bool):
            self.applications[name] = Application(
                self, name, metadata=meta(name, wave, component="argocd-application", finalizer=finalizer),
                spec=ApplicationSpec(
                    project=PROJECT,
                    destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=destination_ns),
                    source=ApplicationSpecSource(
                        repo_url=git.repo_url, target_revision=git.target_revision, path=f"dist/{env}",
                        directory=ApplicationSpecSourceDirectory(include=include, recurse=False)),
                    sync_policy=_sync_policy(create_namespace=False, respect_ignore=False),
                ))

        # What Argo CD needs before it can read this (private) repository: the ClusterSecretStore and the
        # repository credential ESO materializes from it. Applied by hand with this file at bootstrap.
        bootstrap_objects(self, config=config)

        directory_app(app_name(env, "root"), f"{CHART_NAME}.yaml", None, ns, finalizer=False)
        for chart in charts:
            if chart is self or not chart.delivery.synced:
                continue
            directory_app(app_name(env, chart.chart_name), f"{chart.chart_name}.yaml", chart.delivery.sync_wave,
                          chart.delivery.namespace or ns, finalizer=False)

        for release in releases:
            name = app_name(env, release.name)
            if name in self.applications:
                raise ValueError(f"Argo CD Application {name!r}: a dist chart and a helmfile release share a name")
            ignores = IGNORE_DIFFERENCES.get(release.name, [])
            self.applications[name] = Application(
                self, name,
                metadata=meta(name, release.sync_wave, component="argocd-application",
                              finalizer=release.tier in CASCADE_TIERS),
                spec=ApplicationSpec(
                    project=PROJECT,
                    destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=release.namespace),
                    sources=[
                        ApplicationSpecSources(
                            repo_url=release.repo_url, chart=release.chart_name, target_revision=release.version,
                            helm=ApplicationSpecSourcesHelm(
                                release_name=release.name,
                                value_files=[f"$values/{path}" for path in release.values])),
                        ApplicationSpecSources(repo_url=git.repo_url, target_revision=git.target_revision, ref="values"),
                    ],
                    ignore_differences=[ApplicationSpecIgnoreDifferences(**entry) for entry in ignores] or None,
                    sync_policy=_sync_policy(create_namespace=release.namespace not in platform_namespaces | {ns},
                                             respect_ignore=bool(ignores)),
                ))
