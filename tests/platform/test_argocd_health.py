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


def health_script() -> str:
    values = yaml.safe_load((ROOT / "values" / "argo-cd.yaml").read_text())
    return values["configs"]["cm"][KEY]


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
