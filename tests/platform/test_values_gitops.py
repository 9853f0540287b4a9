"""values/argo-cd.yaml against the pinned argo-cd chart (10.1.1, Argo CD v3.4.4; it ships no values schema,
so every key must exist in its default values.yaml)."""
from __future__ import annotations

import yaml

from conftest import ROOT
from validation.chart_values import chart_data, check_values

# configs.cm is argocd-cm's data: chart 10.1.1 templates/_helpers.tpl lines 218-227 ("argo-cd.config.cm")
# render every key of configs.cm except create/annotations into the ConfigMap. Free-form keys.
FREE_FORM = ("configs.cm",)


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
