"""Deliberate breakages, each caught by the same check that passes on the platform (named test_zz_ so
that it runs after the checks on the synced platform; it cleans up after itself).

- a privileged container in a Deployment: the Deployment is admitted (Pod Security only warns on
  workload objects), its ReplicaSet cannot create the Pod -> FailedCreate event, no Pod;
- an unknown field in a custom resource: rejected by Strict field validation on server-side apply;
- a rule removed from a Role of the platform: the access table for that ServiceAccount changes;
- a PodMonitor without the selection's label, or in a namespace Prometheus does not watch: the real
  Prometheus Operator leaves it out of the generated configuration (a labelled copy in a watched
  namespace, made at the same time, is in it);
- a PrometheusRule without the rule selection's label: not in the operator's rule files (a labelled
  copy is);
- a PrometheusRule with an expression that does not parse: refused by the operator's admission webhook.
"""
from __future__ import annotations

import copy
import time

import pytest
import yaml

import checks
from conftest import ROOT
from testing.controlplane import ApiError, wait_for
from test_access import ALLOWED, MATRIX, _can


def _doc(env: str, chart: str, kind: str, name: str | None = None) -> dict:
    for doc in yaml.safe_load_all((ROOT / "dist" / env / f"{chart}.yaml").read_text()):
        if doc and doc["kind"] == kind and (name is None or doc["metadata"]["name"] == name):
            return copy.deepcopy(doc)
    raise AssertionError(f"dist/{env}/{chart}.yaml has no {kind} {name or ''}")


@pytest.fixture
def breakage_namespace(synced):
    """A namespace labelled like the platform's (Pod Security restricted), for the broken objects."""
    admin = synced.cluster.admin
    source = _doc(synced.env, "namespaces", "Namespace", "ml-lifecycle")
    name = f"{checks.BREAKAGE_PREFIX}{int(time.time() * 1000) % 10**8}"
    labels = {k: v for k, v in source["metadata"]["labels"].items() if k.startswith("pod-security")}
    ns = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}
    admin.apply(ns, "breakage-test")
    yield name
    admin.delete(ns)


def test_privileged_container_is_caught(synced, breakage_namespace):
    admin = synced.cluster.admin
    deployment = _doc(synced.env, "model-serving", "Deployment")
    deployment["metadata"] = {"name": "privileged", "namespace": breakage_namespace,
                              "labels": deployment["metadata"].get("labels", {})}
    deployment["spec"]["template"]["spec"]["automountServiceAccountToken"] = False
    deployment["spec"]["template"]["spec"].pop("serviceAccountName", None)
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["allowPrivilegeEscalation"] = True
    admin.apply(deployment, "breakage-test")   # admitted: PodSecurity only warns for workload objects
    events = wait_for("a FailedCreate event for the privileged ReplicaSet",
                      lambda: checks.failed_create_events(admin, include_breakage=True, namespace=breakage_namespace),
                      timeout=60)
    assert any("PodSecurity" in e and "privileged" in e for e in events), events
    assert any(w.startswith((f"ReplicaSet/{breakage_namespace}/", f"Deployment/{breakage_namespace}/"))
               for w in checks.workloads_without_pods(admin, include_breakage=True))


def test_unknown_custom_resource_field_is_rejected(synced):
    admin = synced.cluster.admin
    cluster = _doc(synced.env, "postgres", "Cluster")
    cluster["spec"]["instancesTypo"] = 3
    with pytest.raises(ApiError) as rejected:
        admin.apply(cluster, "argocd-controller", dry_run=True)
    # server-side apply reports an unknown field while building the typed patch
    message = rejected.value.message
    assert "instancesTypo" in message and ("field not declared in schema" in message or "unknown field" in message), message
    # and the unbroken object is accepted the same way (the check itself is not what fails)
    admin.apply(_doc(synced.env, "postgres", "Cluster"), "argocd-controller", dry_run=True)


def test_removed_rbac_rule_is_caught(synced):
    admin = synced.cluster.admin
    role = _doc(synced.env, "security", "Role", "airflow-worker-jobs")
    original = copy.deepcopy(role)
    sa = "orchestration:airflow-worker"
    row = ("create", "sparkoperator.k8s.io", "sparkapplications", "processing-jobs", None)
    assert row in ALLOWED[sa]
    role["rules"] = [r for r in role["rules"] if "sparkapplications" not in r.get("resources", [])]
    admin.apply(role, "argocd-controller")
    try:
        wait_for("RBAC to drop the rule", lambda: not _can(admin, sa, *row), timeout=30)
        granted = {r for r in MATRIX if _can(admin, sa, *r)}
        assert granted != ALLOWED[sa] and row not in granted
    finally:
        admin.apply(original, "argocd-controller")
        wait_for("RBAC to restore the rule", lambda: _can(admin, sa, *row), timeout=30)


def test_copy_whose_role_is_removed_is_caught(synced):
    """The ESO stand-in reads a copy's source as the copy store's ServiceAccount: without the Role that
    grants `get` on that Secret, the ExternalSecret is not Ready (HTTP 403) and its target Secret is
    not written, so the check on Pod references and the ExternalSecret check fail."""
    from testing.controlplane.external_secrets_standin import ES_API, ExternalSecretsStandIn

    admin = synced.cluster.admin
    role = _doc(synced.env, "secrets", "Role", "copy-mlflow-db-owner-to-ml-lifecycle")
    es = _doc(synced.env, "secrets", "ExternalSecret", "mlflow-db-credentials")
    target = es["spec"]["target"]["name"]
    admin.delete(role)
    admin.delete({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": target, "namespace": "ml-lifecycle"}})
    standin = ExternalSecretsStandIn(admin)
    try:
        key = f"ml-lifecycle/{es['metadata']['name']}"
        wait_for("RBAC to drop the Role", lambda: (standin.reconcile() or True) and "HTTP 403" in
                 standin.not_ready.get(key, ""), timeout=30)
        assert admin.get_or_none("v1", "Secret", target, "ml-lifecycle") is None
        live = admin.get(ES_API, "ExternalSecret", es["metadata"]["name"], "ml-lifecycle")
        assert [c["status"] for c in live["status"]["conditions"] if c["type"] == "Ready"] == ["False"]
    finally:
        admin.apply(role, "argocd-controller")
        wait_for("the copy to be written again", lambda: (standin.reconcile() or True) and
                 admin.get_or_none("v1", "Secret", target, "ml-lifecycle") is not None, timeout=30)


def _first(env: str, kind: str) -> dict:
    for path in sorted((ROOT / "dist" / env).glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and doc.get("kind") == kind:
                return copy.deepcopy(doc)
    raise AssertionError(f"no {kind} in dist/{env}")


def test_monitor_outside_the_selection_is_not_scraped(synced, breakage_namespace):
    from constructs_lib.observability.selectors import MONITOR_LABELS
    from testing.controlplane import prometheus_operator as po

    admin = synced.cluster.admin
    prometheus = next(o for objs in synced.report.rendered.values() for o in objs if o.get("kind") == "Prometheus")
    source = _first(synced.env, "PodMonitor")
    watched_ns = source["metadata"]["namespace"]
    labels = dict(source["metadata"].get("labels") or {})
    assert all(labels.get(k) == v for k, v in MONITOR_LABELS.items()), labels

    def copy_of(name: str, namespace: str, with_label: bool) -> dict:
        doc = copy.deepcopy(source)
        kept = labels if with_label else {k: v for k, v in labels.items() if k not in MONITOR_LABELS}
        doc["metadata"] = {"name": name, "namespace": namespace, "labels": kept}
        return doc
    control = copy_of("breakage-control", watched_ns, True)
    unlabelled = copy_of("breakage-unlabelled", watched_ns, False)
    unwatched = copy_of("breakage-unwatched", breakage_namespace, True)
    # Unlabelled and unwatched first: once the control's job is in the configuration, the operator has
    # regenerated it after seeing all three.
    for doc in (unlabelled, unwatched, control):
        admin.apply(doc, "breakage-test")
    try:
        def jobs():
            return po.scrape_jobs(po.generated_config(admin, prometheus["metadata"]["namespace"],
                                                      prometheus["metadata"]["name"]))
        found = wait_for("the labelled copy in a watched namespace to be scraped",
                         lambda: (j := jobs()) >= set(po.job_names(control)) and j, timeout=120)
        for doc in (unlabelled, unwatched):
            assert not set(po.job_names(doc)) & found, f"{doc['metadata']} is scraped although outside the selection"
    finally:
        for doc in (control, unlabelled, unwatched):
            admin.delete(doc)
    wait_for("the control copy to leave the configuration", lambda: not set(po.job_names(control)) & jobs(),
             timeout=120)


def test_rule_outside_the_selection_is_not_loaded(synced):
    from constructs_lib.observability.selectors import RULE_LABELS
    from testing.controlplane import prometheus_operator as po

    admin = synced.cluster.admin
    prometheus = next(o for objs in synced.report.rendered.values() for o in objs if o.get("kind") == "Prometheus")
    ns, name = prometheus["metadata"]["namespace"], prometheus["metadata"]["name"]
    source = _first(synced.env, "PrometheusRule")
    labels = dict(source["metadata"].get("labels") or {})
    assert all(labels.get(k) == v for k, v in RULE_LABELS.items()), labels
    unlabelled, control = copy.deepcopy(source), copy.deepcopy(source)
    unlabelled["metadata"] = {"name": "breakage-unlabelled", "namespace": source["metadata"]["namespace"],
                              "labels": {k: v for k, v in labels.items() if k not in RULE_LABELS}}
    control["metadata"] = {"name": "breakage-control", "namespace": source["metadata"]["namespace"], "labels": labels}
    live = [admin.apply(doc, "breakage-test") for doc in (unlabelled, control)]
    try:
        keys = [po.rule_file_key(obj) for obj in live]
        files = wait_for("the labelled copy's rule file", lambda: (f := po.rule_files(admin, ns, name)).get(keys[1]) and f,
                         timeout=120)
        assert keys[0] not in files, f"{keys[0]} is loaded although the rule lacks {RULE_LABELS}"
    finally:
        for doc in (unlabelled, control):
            admin.delete(doc)


def test_unparsable_rule_is_refused_by_the_operator_webhook(synced):
    admin = synced.cluster.admin
    rule = _first(synced.env, "PrometheusRule")
    broken = copy.deepcopy(rule)
    broken["spec"]["groups"][0]["rules"][0]["expr"] = "sum(rate(broken_metric[5m])"
    with pytest.raises(ApiError) as rejected:
        admin.apply(broken, "argocd-controller", dry_run=True)
    assert "prometheusrulevalidate.monitoring.coreos.com" in rejected.value.message, rejected.value.message
    admin.apply(rule, "argocd-controller", dry_run=True)   # the unbroken rule passes the same webhook
