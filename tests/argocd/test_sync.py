"""Argo CD syncs the platform's app-of-apps (per environment; see conftest.py). Tests run in file order:
first what the initial sync shows, then changes pushed to Git (values change, prune), a manual change
(self-heal) and, last, a deliberate breakage."""
from __future__ import annotations

import itertools
import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, unfinished, expected_applications
from standins import STAND_INS

pytestmark = pytest.mark.argocd

ARGOCD_MANAGER = "argocd-controller"  # SSA field manager: argo-cd v3.4.4 common/common.go:128 (ArgoCDSSAManager)
FORBIDDEN_CONDITIONS = {"SharedResourceWarning", "ComparisonError", "InvalidSpecError", "SyncError",
                        "RepeatedResourceWarning", "ExcludedResourceWarning"}
CHANGE_TIMEOUT = 240


def _ts(value: str) -> float:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


def _wait(what: str, check, timeout: float = CHANGE_TIMEOUT, interval: float = 2.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")


def test_runs_in_a_network_namespace_with_only_lo(platform):
    from testing.controlplane import interfaces

    assert interfaces() == ["lo"]


def test_root_and_every_child_synced_and_healthy(platform):
    """Every Application of dist/<env>/argocd-apps.yaml: Synced, Healthy, last operation Succeeded.
    Where an operator cannot run, its stand-in (standins.py) did the step; nothing is left stalled."""
    assert platform.failure is None, (
        f"{platform.env}: Applications not Synced+Healthy after the sync timeout:\n{platform.failure}\n"
        f"stand-in errors: {platform.standins.errors[-3:]}")


def test_report(platform):
    """The report: timings, the stand-ins that acted (what they fake and why), chart stand-ins."""
    report = {
        "environment": platform.env,
        "bootstrap_seconds": round(platform.bootstrap_seconds, 1),
        "root_synced_healthy_seconds": platform.synced_seconds,
        "applications_ready_seconds": {k: round(v, 1) for k, v in sorted(platform.timeline.ready.items(),
                                                                          key=lambda kv: kv[1])},
        "stand_ins": [{"name": s.name, "fakes": s.fakes, "why": s.why,
                       "acted_on": sorted(set(platform.standins.acted[s.name]))} for s in STAND_INS],
        "chart_stand_ins": platform.chart_standins,
        "webhook_calls_admitted": platform.standins.webhook_calls,
    }
    out = Path(os.environ.get("MLOPS_ARGOCD_REPORT_DIR", ROOT / "build" / "argocd-tier"))
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{platform.env}.json").write_text(json.dumps(report, indent=2) + "\n")
    for s in report["stand_ins"]:
        print(f"stand-in {s['name']}: {len(s['acted_on'])} objects; fakes: {s['fakes']}")
    assert not platform.standins.errors, platform.standins.errors[-3:]
    for s in STAND_INS:
        assert s.fakes and s.why


def test_waves_in_order(platform):
    """A wave's Applications are created (by the root's sync) only after every Application of the waves
    before it finished its first sync: status.history[].deployedAt (first successful sync) of wave N <=
    creationTimestamp of wave N+1. Fails if the root's wave gate lets a wave start before the one before
    it synced (e.g. a health check that ignores the child's sync status)."""
    apps = platform.apps()
    waves: dict[int, list[dict]] = {}
    for name, app in apps.items():
        if name == platform.root:
            continue
        waves.setdefault(int((app["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0")),
                         []).append(app)
    order = sorted(waves)
    assert len(order) >= 5, order

    def first_deployed(app: dict) -> float:
        history = (app.get("status") or {}).get("history") or []
        assert history, f"{app['metadata']['name']} has no successful sync in its history"
        return min(_ts(h["deployedAt"]) for h in history)

    for before, after in itertools.pairwise(order):
        finished = max(first_deployed(a) for a in waves[before])
        created = min(_ts(a["metadata"]["creationTimestamp"]) for a in waves[after])
        names_before = sorted(a["metadata"]["name"] for a in waves[before])
        names_after = sorted(a["metadata"]["name"] for a in waves[after])
        assert finished <= created, (
            f"wave {after} ({names_after}) was created at {created:.0f}, before wave {before} ({names_before}) "
            f"finished its first sync at {finished:.0f}")
    print("waves:", " < ".join(f"{w}({len(waves[w])})" for w in order))


def test_no_child_needed_a_sync_retry(platform):
    """Every child's last sync succeeded on its first attempt (status.operationState.retryCount, set by the
    controller when syncPolicy.retry re-runs a failed operation): e.g. an object whose CRD a same-wave release
    installs would fail the first attempt and pass on the retry."""
    retried = {name: app["status"]["operationState"].get("retryCount")
               for name, app in platform.apps().items()
               if name != platform.root and ((app.get("status") or {}).get("operationState") or {}).get("retryCount")}
    assert not retried, retried


def test_every_object_is_applied_by_argocd_server_side(platform):
    """Each object of each child Application carries Argo CD's server-side-apply field manager, and Argo CD
    never wrote it with a client-side update."""
    client = platform.client
    bad, checked = [], 0
    for name, app in platform.apps().items():
        for res in app["status"].get("resources") or []:
            if res.get("hook"):
                continue
            api_version = f"{res['group']}/{res['version']}" if res.get("group") else res["version"]
            live = client.get_or_none(api_version, res["kind"], res["name"], res.get("namespace"))
            if live is None:
                bad.append(f"{name}: {res['kind']} {res.get('namespace', '')}/{res['name']} missing")
                continue
            checked += 1
            managers = {(m.get("manager"), m.get("operation")) for m in live["metadata"].get("managedFields") or []}
            if (ARGOCD_MANAGER, "Apply") not in managers or (ARGOCD_MANAGER, "Update") in managers:
                bad.append(f"{name}: {res['kind']} {res.get('namespace', '')}/{res['name']}: {sorted(managers)}")
    assert checked > 50, checked
    assert not bad, "\n".join(bad)


def test_no_shared_resource_warning_or_comparison_error(platform):
    found = [f"{name}: {c['type']}: {c.get('message', '')[:300]}"
             for name, app in platform.apps().items()
             for c in (app.get("status") or {}).get("conditions") or [] if c["type"] in FORBIDDEN_CONDITIONS]
    assert not found, "\n".join(found)


def test_values_change_in_git_reaches_the_rendered_object(platform):
    """A change to values/mlflow.yaml pushed to Git reaches the mlflow Deployment (multi-source `$values`)."""
    values = platform.repos.checkout / "values" / "mlflow.yaml"
    data = yaml.safe_load(values.read_text())
    stamp = f"{time.time():.0f}"
    data.setdefault("podAnnotations", {})["tier.mlops.platform/values-change"] = stamp
    values.write_text(yaml.safe_dump(data, sort_keys=False))
    platform.repos.commit("values change: mlflow pod annotation")
    app = f"{platform.env}-mlflow"
    namespace = platform.apps()[app]["spec"]["destination"]["namespace"]
    platform.refresh(app)

    def annotated():
        platform.argo.check_alive()
        for dep in platform.client.list("apps/v1", "Deployment", namespace):
            annotations = dep["spec"]["template"]["metadata"].get("annotations") or {}
            if annotations.get("tier.mlops.platform/values-change") == stamp:
                return dep
        return None

    _wait(f"the values change to reach the Deployment in {namespace}", annotated)


def test_self_heal_reverts_a_manual_change(platform):
    app = f"{platform.env}-model-serving"
    dep_res = next(r for r in platform.apps()[app]["status"]["resources"] if r["kind"] == "Deployment")
    dep = platform.client.get("apps/v1", "Deployment", dep_res["name"], dep_res["namespace"])
    desired = dep["spec"]["replicas"]
    platform.client.request("PATCH", platform.client._obj_path(dep), {"spec": {"replicas": desired + 2}},
                            content_type="application/merge-patch+json", query={"fieldManager": "tier-manual-edit"})
    t0 = time.monotonic()
    _wait("self-heal to restore the replicas",
          lambda: platform.client.get("apps/v1", "Deployment", dep_res["name"], dep_res["namespace"])
          ["spec"]["replicas"] == desired, timeout=180, interval=0.5)
    print(f"self-heal reverted the manual scale in {time.monotonic() - t0:.1f}s")


def test_prune_deletes_what_left_git(platform):
    path = platform.repos.checkout / "dist" / platform.env / "security.yaml"
    text = path.read_text()
    header, _, _ = text.partition("---")
    docs = [d for d in yaml.safe_load_all(text) if d]
    victim = next(d for d in reversed(docs) if d["kind"] == "NetworkPolicy")
    kept = [d for d in docs if d is not victim]
    path.write_text(header + "---\n" + yaml.safe_dump_all(kept, sort_keys=False))
    platform.repos.commit(f"prune: remove NetworkPolicy {victim['metadata']['name']}")
    platform.refresh(f"{platform.env}-security")
    meta = victim["metadata"]
    assert platform.client.get_or_none("networking.k8s.io/v1", "NetworkPolicy", meta["name"], meta["namespace"])
    t0 = time.monotonic()
    _wait(f"prune of NetworkPolicy {meta['namespace']}/{meta['name']}",
          lambda: platform.client.get_or_none("networking.k8s.io/v1", "NetworkPolicy", meta["name"],
                                              meta["namespace"]) is None)
    print(f"prune deleted the NetworkPolicy {time.monotonic() - t0:.1f}s after the refresh")


def test_deliberate_breakage_fails_the_tier(platform):
    """A child that cannot sync (an object the API server rejects) is reported by the same check that
    decides the tier's first test, naming the Application. Runs last: it leaves the child broken."""
    app = f"{platform.env}-model-serving"
    path = platform.repos.checkout / "dist" / platform.env / "model-serving.yaml"
    namespace = platform.apps()[app]["spec"]["destination"]["namespace"]
    broken = {"apiVersion": "v1", "kind": "Service",
              "metadata": {"name": "tier-breakage", "namespace": namespace},
              "spec": {"ports": [{"port": 70000, "targetPort": 8080}], "selector": {"app": "none"}}}
    path.write_text(path.read_text() + "---\n" + yaml.safe_dump(broken))
    platform.repos.commit("deliberate breakage: a Service port out of range")
    platform.refresh(app)

    def reported():
        problems = unfinished(platform.apps(), expected_applications(platform.env))
        return [p for p in problems if p.startswith(f"{app}:")]

    problems = _wait(f"{app} to be reported as failing", reported, timeout=180)
    print("breakage reported:", problems)
