"""The child Application health check of values/argo-cd.yaml, run as Argo CD runs it: a Lua 5.1 script
(Argo CD v3.4.4 uses gopher-lua, a Lua 5.1 VM) with the live Application as the global `obj`, returning
`{status, message}`. The root's sync moves to the next wave only when every Application of the wave is
Healthy (gitops-engine/pkg/sync/sync_context.go:540-553), so Healthy must mean "synced, and its sync
succeeded", never merely "its resources look healthy"."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT

KEY = "resource.customizations.health.argoproj.io_Application"
CRD_KEY = "resource.customizations.health.apiextensions.k8s.io_CustomResourceDefinition"


def health_script(key: str = KEY) -> str:
    values = yaml.safe_load((ROOT / "values" / "argo-cd.yaml").read_text())
    return values["configs"]["cm"][key]


def assess(app: dict, script: str | None = None) -> tuple[str, str]:
    from lupa.lua51 import LuaRuntime

    lua = LuaRuntime(unpack_returned_tuples=True)
    lua.globals().obj = lua.table_from(app, recursive=True)
    result = lua.execute(script or health_script())
    return result["status"], result["message"]


def app(*, sync: str | None = "Synced", health: str | None = "Healthy", phase: str | None = "Succeeded",
        conditions: list[dict] | None = None) -> dict:
    status: dict = {}
    if sync:
        status["sync"] = {"status": sync, "revision": "abc123"}
    if health:
        status["health"] = {"status": health}
    if phase:
        status["operationState"] = {"phase": phase, "message": f"sync {phase.lower()}"}
    if conditions:
        status["conditions"] = conditions
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application",
            "metadata": {"name": "dev-kafka", "namespace": "argocd"}, **({"status": status} if status else {})}


@pytest.mark.parametrize("case, application, expected", [
    ("synced, operation succeeded, healthy", app(), "Healthy"),
    ("synced by an earlier step, no operation yet, healthy", app(phase=None), "Healthy"),
    ("no status yet (just created by the root)", app(sync=None, health=None, phase=None), "Progressing"),
    ("sync failed, resources still healthy", app(sync="OutOfSync", phase="Failed"), "Degraded"),
    ("sync errored", app(sync="OutOfSync", phase="Error"), "Degraded"),
    ("sync running", app(sync="OutOfSync", phase="Running"), "Progressing"),
    ("sync succeeded but still OutOfSync", app(sync="OutOfSync"), "Progressing"),
    ("sync status unknown", app(sync="Unknown", phase=None), "Progressing"),
    ("cannot render: ComparisonError", app(sync="Unknown", phase=None,
                                           conditions=[{"type": "ComparisonError", "message": "helm template failed"}]),
     "Degraded"),
    ("auto-sync refused: SyncError", app(sync="OutOfSync", phase=None,
                                         conditions=[{"type": "SyncError", "message": "denied by project"}]),
     "Degraded"),
    ("a warning is not an error", app(conditions=[{"type": "SharedResourceWarning", "message": "x"}]), "Healthy"),
    ("synced, resources progressing", app(health="Progressing"), "Progressing"),
    ("synced, resources degraded", app(health="Degraded"), "Degraded"),
])
def test_child_application_health(case, application, expected):
    status, message = assess(application)
    assert status == expected, f"{case}: {status} ({message})"


def test_health_copy_alone_would_let_a_failed_child_pass():
    """Guard that this test can fail: the documented snippet (copy the child's health) calls a child
    whose sync failed Healthy, and the next wave would start."""
    copy_only = """
hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil then
  if obj.status.health ~= nil then
    hs.status = obj.status.health.status
  end
end
return hs
"""
    assert assess(app(sync="OutOfSync", phase="Failed"), copy_only)[0] == "Healthy"
    assert assess(app(sync="OutOfSync", phase="Failed"))[0] == "Degraded"


# -- CustomResourceDefinition ---------------------------------------------------------------------------
# Argo CD v3.4.4's built-in CRD script (resource_customizations/apiextensions.k8s.io/CustomResourceDefinition/
# health.lua), its "not established" branch being the one the override changes
# (https://github.com/argoproj/argo-cd/issues/25084).
BUILT_IN_CRD = """
local hs = {}
if obj.status.conditions == nil then
    hs.status = "Progressing"
    hs.message = "Status conditions not found"
    return hs
end
local isEstablished
for _, condition in pairs(obj.status.conditions) do
    if condition.type == "Established" and condition.status == "True" then
        isEstablished = true
    end
end
if not isEstablished then
    hs.status = "Degraded"
    hs.message = "CRD is not established"
    return hs
end
hs.status = "Healthy"
hs.message = "CRD is healthy"
return hs
"""


def crd(*conditions: tuple[str, str], deleting: bool = False, status: bool = True) -> dict:
    meta = {"name": "kafkas.kafka.strimzi.io"}
    if deleting:
        meta["deletionTimestamp"] = "2026-11-29T12:00:00Z"
    obj = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": meta,
           "spec": {"group": "kafka.strimzi.io"}}
    if status:
        obj["status"] = {"conditions": [{"type": t, "status": s, "message": f"{t} is {s}"} for t, s in conditions]}
    return obj


@pytest.mark.parametrize("case, obj, expected", [
    ("established", crd(("NamesAccepted", "True"), ("Established", "True")), "Healthy"),
    ("just created: names accepted, not established yet", crd(("NamesAccepted", "True"), ("Established", "False")),
     "Progressing"),
    ("just created: no conditions yet", crd(), "Progressing"),
    ("just created: no status yet", crd(status=False), "Progressing"),
    ("names rejected (conflict with another CRD)", crd(("NamesAccepted", "False"), ("Established", "False")),
     "Degraded"),
    ("non-structural schema", crd(("NonStructuralSchema", "True"), ("Established", "True")), "Degraded"),
    ("terminating condition", crd(("Terminating", "True"), ("Established", "True")), "Progressing"),
    ("being deleted", crd(("Established", "True"), deleting=True), "Progressing"),
])
def test_crd_health(case, obj, expected):
    status, message = assess(obj, health_script(CRD_KEY))
    assert status == expected, f"{case}: {status} ({message})"


def test_built_in_crd_health_calls_a_new_crd_degraded():
    """Guard that the override matters: Argo CD's built-in script calls a CRD that is not established yet
    Degraded, which fails the operator Application's wave."""
    new = crd(("NamesAccepted", "True"), ("Established", "False"))
    assert assess(new, BUILT_IN_CRD)[0] == "Degraded"
    assert assess(new, health_script(CRD_KEY))[0] == "Progressing"


# -- CloudNativePG Cluster --------------------------------------------------------------------------------
CNPG_KEY = "resource.customizations.health.postgresql.cnpg.io_Cluster"
# Argo CD v3.4.4's built-in script, lines 42-69 (resource_customizations/postgresql.cnpg.io/Cluster/health.lua),
# phases abridged: the tail that indexes obj.status when there is none.
BUILT_IN_CNPG_TAIL = """
local hs = {}
if obj.status ~= nil and obj.status.conditions ~= nil then
    hs.status = "Healthy"
    hs.message = obj.status.phaseReason
    return hs
end
hs.status = "Progressing"
hs.message = obj.status.phaseReason
return hs
"""


def cnpg(status: dict | None = None, annotations: dict | None = None) -> dict:
    meta: dict = {"name": "mlflow-db", "namespace": "data-plane"}
    if annotations:
        meta["annotations"] = annotations
    return {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster", "metadata": meta,
            **({"status": status} if status is not None else {})}


def phase(name: str, *conditions: dict) -> dict:
    return {"phase": name, "phaseReason": f"reason: {name}", "conditions": list(conditions) or [{"type": "Ready", "status": "True"}]}


@pytest.mark.parametrize("case, obj, expected", [
    ("just created: no status yet", cnpg(), "Progressing"),
    ("status without conditions yet", cnpg({"phase": "Setting up primary"}), "Progressing"),
    ("healthy", cnpg(phase("Cluster in healthy state")), "Healthy"),
    ("setting up primary", cnpg(phase("Setting up primary")), "Progressing"),
    ("failing over", cnpg(phase("Failing over")), "Degraded"),
    ("needs manual intervention", cnpg(phase("Cluster is unrecoverable and needs manual intervention")), "Suspended"),
    ("unknown phase", cnpg(phase("Something new")), "Unknown"),
    ("hibernated", cnpg(phase("Cluster in healthy state", {"type": "cnpg.io/hibernation", "status": "True",
                                                           "message": "hibernated"})), "Suspended"),
    ("reconciliation disabled", cnpg(annotations={"cnpg.io/reconciliationLoop": "disabled"}), "Suspended"),
])
def test_cnpg_cluster_health(case, obj, expected):
    status, message = assess(obj, health_script(CNPG_KEY))
    assert status == expected, f"{case}: {status} ({message})"


def test_built_in_cnpg_health_fails_on_a_new_cluster():
    """Guard that the override matters: the built-in script raises on a Cluster without status (Argo CD
    turns that into a ComparisonError, the Application health above into Degraded)."""
    from lupa.lua51 import LuaError

    with pytest.raises(LuaError, match=r"phaseReason|index"):
        assess(cnpg(), BUILT_IN_CNPG_TAIL)
    assert assess(cnpg(), health_script(CNPG_KEY))[0] == "Progressing"
