"""Syncs one environment of the platform into a test control plane exactly as a cluster is bootstrapped
and Argo CD then syncs it:

1. the bootstrap, replayed from `constructs_lib.bootstrap.STEPS` (the list the README shows), step by
   step: its dist/ files applied server-side as `kubectl` (file order, as `kubectl apply -f`), its
   Helm releases rendered from their locked chart archives with helmfile's values for the environment
   (field manager `helm`), and the secret store's credential created as a person would (`kubectl
   create secret generic`, random value, kept in memory only);
2. the root Application (argocd-root.yaml) syncs its directory source (`argocd-project.yaml`,
   `argocd-apps.yaml`): every child Application is created and must be admitted;
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

import fnmatch
import re
import secrets as random
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
    bootstrap: list[str] = field(default_factory=list)           # what each bootstrap step did, in order
    root: dict = field(default_factory=dict)                     # the root Application as applied
    children: list[str] = field(default_factory=list)            # child Applications the root created

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
                 after_step: list[Callable[[object], None]] = (),
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
        self.after_step = list(after_step)
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
        from constructs_lib import bootstrap

        self.report.apps = sync.applications(self.env_dir)
        deferred: list[tuple[str, dict]] = []
        for number, step in enumerate(bootstrap.STEPS, 1):
            self._bootstrap_step(number, step, deferred)
            for each in self.after_step:
                each(step)
        self._sync_root()
        for app in self.report.apps:
            self._sync_app(app, Cluster.ARGOCD_FIELD_MANAGER, deferred)
        # Webhooks nobody serves here, last.
        for app_name, obj in deferred:
            self.report.deferred_webhooks.append(f"{app_name}: {ref(obj)}")
            self.apply_objects(app_name, [obj], Cluster.ARGOCD_FIELD_MANAGER)
        return self.report

    def _bootstrap_step(self, number: int, step, deferred: list) -> None:
        from constructs_lib import helmfile

        source = f"bootstrap-{number}"
        for name in step.dist_files:
            objs = sync.load_yaml_docs((self.env_dir / name).read_text())
            self.report.rendered[f"{source}: {name}"] = objs
            self.apply_objects(f"{source}: {name}", objs, "kubectl")   # `kubectl apply --server-side -f`
            self.report.bootstrap.append(f"{number}. {name}: {len(objs)} object(s) applied as kubectl")
        releases = {r.name: r for r in helmfile.releases(self.env) if r.installed}
        for name in step.releases:
            rel = releases[name]
            app = sync.Application(name=f"{source}: helmfile {name}", wave=rel.sync_wave, namespace=rel.namespace,
                                   project="", chart=rel.chart_name, chart_version=rel.version, release=rel.name,
                                   value_files=rel.values)
            self._sync_app(app, "helm", deferred)
            self.report.bootstrap.append(f"{number}. release {name} {rel.version} into {rel.namespace} as helm")
        if step.secrets:
            self.report.bootstrap.append(f"{number}. {self.create_store_credential()}")

    def create_store_credential(self) -> str:
        """`kubectl -n <ns> create secret generic <name> --from-literal=<key>=...` for the store's one
        credential (config `secrets.store.credential`); the value is random and never leaves memory."""
        from constructs_lib.config import load_environment

        credential = load_environment(self.env).secrets.store.credential
        if not credential:
            return "no store credential configured (the store authenticates without one)"
        import base64
        secret = {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                  "metadata": {"name": credential.name, "namespace": credential.namespace},
                  "data": {k: base64.b64encode(random.token_urlsafe(32).encode()).decode() for k in credential.keys}}
        self.cluster.admin.create(secret, fieldManager="kubectl-create")
        return f"Secret {credential.namespace}/{credential.name} ({', '.join(credential.keys)}) created as kubectl-create"

    def _sync_root(self) -> None:
        """The root Application's directory source, synced by Argo CD as argocd-controller."""
        roots = [o for o in sync.load_yaml_docs((self.env_dir / "argocd-root.yaml").read_text())
                 if o.get("kind") == "Application"]
        if len(roots) != 1:
            raise RuntimeError(f"dist/{self.env}/argocd-root.yaml holds {len(roots)} Applications, expected 1")
        root = self.report.root = roots[0]
        source = root["spec"]["source"]
        pattern = (source.get("directory") or {}).get("include") or "*"
        # The directory source's include: a glob, `{a,b}` alternatives (what the root uses).
        alternatives = re.fullmatch(r"\{(.*)\}", pattern)
        globs = alternatives.group(1).split(",") if alternatives else [pattern]
        files = sorted(p.name for p in self.env_dir.glob("*.yaml") if any(fnmatch.fnmatch(p.name, g) for g in globs))
        objs = [o for name in files for o in sync.load_yaml_docs((self.env_dir / name).read_text())]
        sync.set_default_namespace(objs, root["spec"]["destination"].get("namespace", ""), self._namespaced)
        objs = sync.ordered(objs)
        name = root["metadata"]["name"]
        self.report.rendered[name] = objs
        results = self.apply_objects(name, objs, Cluster.ARGOCD_FIELD_MANAGER)
        self.report.children = [r.ref for r in results if r.ok and r.ref.startswith("Application/")]

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
