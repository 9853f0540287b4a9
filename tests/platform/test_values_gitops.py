"""values/argo-cd.yaml against the pinned argo-cd chart (10.1.1, Argo CD v3.4.4; it ships no values schema,
so every key must exist in its default values.yaml)."""
from __future__ import annotations

import yaml

from conftest import ROOT
from validation.chart_values import chart_data, check_values

# configs.cm is argocd-cm's data: chart 10.1.1 templates/_helpers.tpl lines 218-227 ("argo-cd.config.cm")
# render every key of configs.cm except create/annotations into the ConfigMap; lines 256-262
# ("argo-cd.config.params") do the same for configs.params (argocd-cmd-params-cm). Free-form keys.
FREE_FORM = ("configs.cm", "configs.params")


def load() -> dict:
    return yaml.safe_load((ROOT / "values" / "argo-cd.yaml").read_text())


def test_argo_cd_values_exist_in_the_pinned_chart():
    assert check_values(load(), chart_data("argo-cd"), free_form=FREE_FORM) == []


def test_a_misspelt_argo_cd_key_is_reported():
    assert check_values({"crds": {"instal": True}}, chart_data("argo-cd"), free_form=FREE_FORM) == [
        "crds.instal: unknown key (not in the chart's default values.yaml)"]


def test_the_health_check_lands_in_argocd_cm():
    chart = chart_data("argo-cd")
    helpers = (chart / "templates" / "_helpers.tpl").read_text()
    assert '$config := omit .Values.configs.cm "create" "annotations"' in helpers
    assert "resource.customizations.health.argoproj.io_Application" in load()["configs"]["cm"]


def test_server_side_diff_reaches_the_controller():
    """configs.params."controller.diff.server.side" is read by the controller only through the env var the
    chart maps it to (argo-cd v3.4.4 reads ARGOCD_APPLICATION_CONTROLLER_SERVER_SIDE_DIFF,
    cmd/argocd-application-controller/commands/argocd_application_controller.go:300)."""
    params = load()["configs"]["params"]
    assert params["controller.diff.server.side"] == "true"
    chart = chart_data("argo-cd")
    statefulset = (chart / "templates" / "argocd-application-controller" / "statefulset.yaml").read_text()
    env = statefulset.index("name: ARGOCD_APPLICATION_CONTROLLER_SERVER_SIDE_DIFF")
    ref = statefulset[env:env + 250]
    assert "name: argocd-cmd-params-cm" in ref and "key: controller.diff.server.side" in ref, ref
