"""values/ for the Flink and Spark operator releases: every key exists in the pinned chart."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from validation.chart_values import chart_data, check_values

RELEASES = ("flink-kubernetes-operator", "spark-operator")



def values(name: str) -> dict:
    return yaml.safe_load((ROOT / "values" / f"{name}.yaml").read_text())


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_every_key_exists_in_the_pinned_chart(name):
    assert check_values(values(name), chart_data(name)) == []


def test_unknown_and_misplaced_keys_are_reported():
    problems = check_values({"spark": {"jobNamespace": ["x"]}, "webhook": {"enabled": True}, "webhok": {}},
                            chart_data("spark-operator"))
    assert {p.split(":")[0] for p in problems} == {"spark.jobNamespace", "webhook.enabled", "webhok"}
    assert check_values({"webhook": "yes"}, chart_data("flink-kubernetes-operator"))


def test_flink_operator_watches_only_the_job_namespace():
    flink = values("flink-kubernetes-operator")
    assert flink["watchNamespaces"] == ["processing-jobs"]
    assert flink["webhook"]["create"] is True
    assert flink["jobServiceAccount"] == {"create": False, "name": "flink"}


def test_spark_operator_uses_the_platform_service_account():
    spark = values("spark-operator")
    assert spark["spark"]["jobNamespaces"] == ["processing-jobs"]
    assert spark["spark"]["serviceAccount"]["create"] is False and spark["spark"]["rbac"]["create"] is False
    assert spark["webhook"]["enable"] is True


def _restricted_container(ctx: dict) -> bool:
    return (ctx.get("runAsNonRoot") is True and isinstance(ctx.get("runAsUser"), int)
            and ctx.get("allowPrivilegeEscalation") is False and "ALL" in ctx["capabilities"]["drop"]
            and ctx["seccompProfile"]["type"] == "RuntimeDefault")


def test_operator_pods_are_restricted():
    flink, spark = values("flink-kubernetes-operator"), values("spark-operator")
    for ctx in (flink["operatorSecurityContext"], flink["webhookSecurityContext"],
                spark["controller"]["securityContext"], spark["webhook"]["securityContext"]):
        assert _restricted_container(ctx), ctx
    for ctx in (flink["podSecurityContext"], spark["controller"]["podSecurityContext"],
                spark["webhook"]["podSecurityContext"]):
        assert ctx["runAsNonRoot"] is True and ctx["seccompProfile"]["type"] == "RuntimeDefault"


def test_helmfile_releases_match_the_pinned_charts():
    from constructs_lib.helmfile import releases as helmfile_releases

    releases = {r.name: r for r in helmfile_releases("dev")}
    for name in RELEASES:
        chart = yaml.safe_load((chart_data(name) / "Chart.yaml").read_text())
        assert releases[name].chart_name == chart["name"] and releases[name].version == chart["version"]
        assert f"values/{name}.yaml" in releases[name].values
    assert any(need.endswith("/cert-manager") for need in releases["flink-kubernetes-operator"].needs)


def test_no_secret_values():
    for name in RELEASES:
        body = (ROOT / "values" / f"{name}.yaml").read_text().lower()
        assert "password:" not in body and "secretkey" not in body and "accesskey" not in body
