"""Every metric an alert rule or a dashboard query names is one some component exposes
(constructs_lib/observability/catalog.py: the exporters as configured, or kube-state-metrics, the kubelet and
Prometheus itself)."""
from __future__ import annotations

import json

import pytest

from conftest import ENVIRONMENTS, dist_documents
from constructs_lib.observability import catalog
from promql import metric_names


def _known(name: str) -> bool:
    """Exact names only: the catalog lists a histogram's `_bucket`/`_count`/`_sum` series itself."""
    return catalog.exposes(name)


def rule_expressions(env: str) -> dict[str, str]:
    return {rule["alert"]: rule["expr"] for doc in dist_documents(env, "alerts") if doc["kind"] == "PrometheusRule"
            for group in doc["spec"]["groups"] for rule in group["rules"]}


def dashboard_queries(env: str) -> dict[str, str]:
    queries = {}
    for doc in dist_documents(env, "dashboards"):
        for key, text in doc.get("data", {}).items():
            for panel in json.loads(text)["panels"]:
                for target in panel.get("targets", []):
                    queries[f"{key} / {panel['title']} / {target['refId']}"] = target["expr"]
    return queries


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_rule_metric_is_exposed(env):
    unknown = {alert: sorted(n for n in metric_names(expr) if not _known(n))
               for alert, expr in rule_expressions(env).items()}
    bad = {a: n for a, n in unknown.items() if n}
    assert not bad, f"metrics no component exposes (catalog.EXPOSED): {bad}"


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_dashboard_query_names_an_exposed_metric(env):
    queries = dashboard_queries(env)
    assert queries, f"dist/{env}/dashboards.yaml has no query"
    problems = {}
    for where, expr in queries.items():
        names = metric_names(expr)
        if not names or not all(_known(n) for n in names):
            problems[where] = sorted(n for n in names if not _known(n)) or "no metric"
    assert not problems, problems


def test_the_metric_name_parser():
    assert metric_names('sum by (namespace, pod) (kafka_x{namespace="a", pod=~"b.*"}) > 0') == {"kafka_x"}
    assert metric_names("time() - max by (pod) (barman_ts{ns=\"x\"}) > 3600") == {"barman_ts"}
    assert metric_names("a_total / on (pod) group_left (node) b or absent(c{x=\"1\"})") == {"a_total", "b", "c"}
    assert metric_names("histogram_quantile(0.95, sum by (le) (rate(h_bucket[5m])))") == {"h_bucket"}
    assert metric_names("increase(x[1h]) > 3 and bool y offset 5m") == {"x", "y"}


def test_an_unknown_metric_is_reported():
    assert not _known("kafka_server_no_such_metric_total")


def test_the_label_name_parser():
    from promql import label_names

    assert label_names('sum by (namespace, dag_id) (increase(x{namespace="o", le!~"1"}[1h])) > 0',
                       "{{ $labels.dag_id }} in {{ $labels.pod }}") == {"namespace", "dag_id", "le", "pod"}
    assert label_names("histogram_quantile(0.95, sum by (le) (rate(h_bucket[5m])))") == {"le"}
