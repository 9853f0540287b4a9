"""Every object Argo CD would sync is admitted by the real API server: OpenAPI schemas of the
pinned CRDs, CEL rules, Strict field validation (unknown fields rejected), admission plugins, and
the webhooks of the operators that run here."""
from __future__ import annotations

from testing.controlplane import ref


def test_no_object_rejected(synced):
    """Admitted on the first apply, in wave order: nothing is retried (a monitor whose CRD a same-wave release
    installs would be refused here; Argo CD would admit it only on its sync retry)."""
    rejected = [f"{r.source}: {r.ref}: {r.error}" for r in synced.report.rejected]
    assert not rejected, f"{len(rejected)} object(s) rejected in {synced.env}:\n" + "\n".join(rejected)


def test_every_release_rendered(synced):
    """A release whose chart cannot be rendered is only acceptable where charts.lock records that no
    archive of it can be had (with the reason); anything else fails here, naming the error."""
    try:
        from constructs_lib.chart_archives import locked_charts
        unavailable = {name for name, entry in locked_charts().items() if entry.unavailable}
    except ImportError:
        unavailable = set()
    releases = {a.name: a for a in synced.report.apps}
    unexpected = {name: why for name, why in synced.report.not_rendered.items()
                  if releases[name].release not in unavailable}
    assert not unexpected, "Applications not rendered:\n" + "\n".join(f"{k}: {v}" for k, v in unexpected.items())


def test_every_rendered_object_applied(synced):
    applied = {r.ref for r in synced.report.results if r.ok}
    missing = [f"{app}: {ref(obj)}" for app, objs in synced.report.rendered.items() for obj in objs
               if ref(obj) not in applied]
    assert not missing, "not applied:\n" + "\n".join(missing)


def test_applied_with_argocd_field_manager(synced):
    """Server-side apply as Argo CD: the live objects of child Applications are owned by argocd-controller."""
    admin = synced.cluster.admin
    for app, objs in synced.report.rendered.items():
        if app.startswith("bootstrap-") or "argo-cd" in app:   # test_bootstrap checks those
            continue
        for obj in objs[:3]:
            live = admin.get(obj["apiVersion"], obj["kind"], obj["metadata"]["name"], obj["metadata"].get("namespace"))
            managers = {m["manager"] for m in live["metadata"].get("managedFields", []) if m["operation"] == "Apply"}
            assert "argocd-controller" in managers, f"{app}: {ref(obj)} managed by {managers}"
