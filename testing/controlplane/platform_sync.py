"""Syncs one environment of the platform into a test control plane the way a cluster is bootstrapped
(README "Bootstrapping a cluster") and Argo CD then syncs it:

1. the Argo CD release's namespace (helmfile creates release namespaces) and the argo-cd release
   (`helmfile -l name=argo-cd sync`, field manager `helm`);
2. dist/<env>/argocd-apps.yaml applied server-side (`kubectl apply --server-side`, manager `kubectl`);
3. every child Application in sync-wave order, each one's manifests in gitops-engine's order, applied
   server-side with Argo CD's field manager `argocd-controller`, forced, Strict field validation
   (argo-cd common/common.go ArgoCDSSAManager; gitops-engine pkg/utils/kube/resource_ops.go sets
   ForceConflicts for server-side apply; validation is on unless the Validate=false sync option).

Between Applications, `after_app` hooks run (the tier starts an operator once its release is
applied, as Argo CD waits for a wave's health before the next). Webhook configurations of
operators the tier does not run are applied after everything else (their absence would reject
the objects they validate; the API server still admits the configurations themselves).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cluster import ApplyResult, Cluster, ref
from . import sync

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_KINDS = ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")


@dataclass
class SyncReport:
    env: str
    results: list[ApplyResult] = field(default_factory=list)
    not_rendered: dict[str, str] = field(default_factory=dict)   # Application -> why
    skipped_hooks: list[str] = field(default_factory=list)
    deferred_webhooks: list[str] = field(default_factory=list)
    rendered: dict[str, list[dict]] = field(default_factory=dict)  # Application -> its objects as applied
    apps: list[sync.Application] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)      # Application -> sync time (render + apply + hooks)

    @property
    def rejected(self) -> list[ApplyResult]:
        return [r for r in self.results if not r.ok]


Transform = Callable[[sync.Application, dict], dict | None]


class PlatformSync:
    def __init__(self, cluster: Cluster, env: str, *, helm: Path | None, chart_archive: Callable[[str], Path] | None,
                 dist: Path = ROOT / "dist", transforms: list[Transform] = (),
                 after_app: dict[str, Callable[[], None]] | None = None,
                 prepare: list[Callable[[sync.Application, list[dict]], None]] = (),
                 after_each: list[Callable[[sync.Application], None]] = (),
                 served_webhooks: Callable[[dict], bool] = lambda obj: False) -> None:
        self.cluster = cluster
        self.env = env
        self.env_dir = dist / env
        self.helm = helm
        self.chart_archive = chart_archive
        self.transforms = list(transforms)
        self.after_app = after_app or {}
        self.prepare = list(prepare)
        self.after_each = list(after_each)
        self.served_webhooks = served_webhooks
        self.report = SyncReport(env)

    # -- helpers -----------------------------------------------------------------------------
    def _namespaced(self, obj: dict) -> bool | None:
        try:
            return self.cluster.admin.resource(obj["apiVersion"], obj["kind"]).namespaced
        except KeyError:
            return None

    def api_versions(self) -> list[str]:
        """What Argo CD passes as --api-versions: every group/version and group/version/Kind served."""
        out = set()
        for res in self.cluster.admin.resources():
            out.add(res.group_version)
            out.add(f"{res.group_version}/{res.kind}")
        return sorted(out)

    def render(self, app: sync.Application) -> list[dict]:
        if self.helm is None or self.chart_archive is None:
            raise RuntimeError("no helm / chart archives configured")
        archive = self.chart_archive(app.release)
        expected = f"{app.chart}-{app.chart_version}.tgz"
        if archive.name != expected:
            raise RuntimeError(f"{app.name} pins chart {app.chart} {app.chart_version}, the chart fetch gives "
                               f"{archive.name}: helmfile.yaml, charts.lock and dist/ disagree (`make synth`?)")
        version = self.cluster.admin.get_path("/version")["gitVersion"]
        return sync.render_helm(app, self.helm, archive, version, self.api_versions())

    def apply_objects(self, app_name: str, objs: list[dict], field_manager: str) -> list[ApplyResult]:
        results: list[ApplyResult] = []
        crds_pending: list[str] = []
        for obj in objs:
            if obj.get("kind") != "CustomResourceDefinition" and crds_pending:
                self.cluster.wait_crds_established(crds_pending)
                crds_pending = []
            results += self.cluster.apply([obj], app_name, field_manager)
            if obj.get("kind") == "CustomResourceDefinition" and results[-1].ok:
                crds_pending.append(obj["metadata"]["name"])
        if crds_pending:
            self.cluster.wait_crds_established(crds_pending)
        self.report.results += results
        return results

    def manifests(self, app: sync.Application) -> list[dict] | None:
        try:
            objs = sync.manifests(app, self.env_dir, self.render)
        except Exception as err:  # noqa: BLE001 - a chart that cannot be had or rendered: reported, never silent
            self.report.not_rendered[app.name] = str(err)
            return None
        for hook in self.prepare:
            hook(app, objs)
        kept = []
        for obj in objs:
            if sync.sync_phase(obj) is None:
                self.report.skipped_hooks.append(f"{app.name}: {ref(obj)}")
                continue
            for transform in self.transforms:
                obj = transform(app, obj)
                if obj is None:
                    break
            if obj is not None:
                kept.append(obj)
        sync.set_default_namespace(kept, app.namespace, self._namespaced)
        return sync.ordered(kept)

    # -- the sync ----------------------------------------------------------------------------
    def run(self) -> SyncReport:
        apps = sync.applications(self.env_dir)
        self.report.apps = apps
        root = [a for a in apps if a.include == "argocd-apps.yaml"]
        argocd = [a for a in apps if a.is_helm and a.release == "argo-cd"]
        children = [a for a in apps if a not in root and a not in argocd]
        deferred: list[tuple[str, dict]] = []

        # 1. helmfile bootstrap of Argo CD: the release namespace, then the release.
        for app in argocd:
            ns = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": app.namespace}}
            self.apply_objects("bootstrap", [ns], "helm")
            self._sync_app(app, "helm", deferred)
        # 2. the app-of-apps root, as README step 3 applies it.
        for app in root:
            objs = sync.load_yaml_docs((self.env_dir / app.include).read_text())
            sync.set_default_namespace(objs, app.namespace, self._namespaced)
            self.report.rendered[app.name] = objs
            self.apply_objects(app.name, sync.ordered(objs), "kubectl")
        # 3. the children, wave by wave.
        for app in children:
            self._sync_app(app, Cluster.ARGOCD_FIELD_MANAGER, deferred)
        # Webhooks nobody serves here, last.
        for app_name, obj in deferred:
            self.report.deferred_webhooks.append(f"{app_name}: {ref(obj)}")
            self.apply_objects(app_name, [obj], Cluster.ARGOCD_FIELD_MANAGER)
        return self.report

    def _sync_app(self, app: sync.Application, manager: str, deferred: list) -> None:
        start = time.monotonic()
        try:
            self._sync_app_timed(app, manager, deferred)
        finally:
            self.report.seconds[app.name] = round(time.monotonic() - start, 2)

    def _sync_app_timed(self, app: sync.Application, manager: str, deferred: list) -> None:
        objs = self.manifests(app)
        if objs is None:
            return
        policy = app.raw.get("spec", {}).get("syncPolicy") or {}
        if "CreateNamespace=true" in (policy.get("syncOptions") or []) and app.namespace:
            # Argo CD creates the destination namespace (with managedNamespaceMetadata) before the sync.
            meta = policy.get("managedNamespaceMetadata") or {}
            ns = {"apiVersion": "v1", "kind": "Namespace",
                  "metadata": {"name": app.namespace, **{k: v for k, v in meta.items() if k in ("labels", "annotations")}}}
            self.apply_objects(app.name, [ns], manager)
        self.report.rendered[app.name] = objs
        now = []
        for obj in objs:
            if obj.get("kind") in WEBHOOK_KINDS and not self.served_webhooks(obj):
                deferred.append((app.name, obj))
            else:
                now.append(obj)
        self.apply_objects(app.name, now, manager)
        for each in self.after_each:
            each(app)
        hook = self.after_app.get(app.release or app.name)
        if hook is not None:
            hook()
