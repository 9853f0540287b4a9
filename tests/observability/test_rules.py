"""The PrometheusRules of dist/<env>/alerts.yaml, checked and unit-tested with the real promtool (pinned in
tools/versions.env: the Prometheus release kube-prometheus-stack deploys).

- `promtool check rules` on every rule group of every PrometheusRule in dist/;
- `promtool test rules` with the input series of scenarios.py: each alert fires when it should (labels and the
  expanded annotations compared) and stays silent when it should not;
- every alert has such cases, and every alert carries severity, summary, description and runbook.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ENVIRONMENTS, dist_documents
from constructs_lib.config import load_environment
from constructs_lib.observability import selectors
from scenarios import Case, all_cases

SEVERITIES = {"warning", "critical"}


def prometheus_rules(env: str) -> list[dict]:
    return [d for d in dist_documents(env, "alerts") if d["kind"] == "PrometheusRule"]


def rule_groups(env: str) -> list[dict]:
    return [group for rule in prometheus_rules(env) for group in rule["spec"]["groups"]]


def alerts(env: str) -> dict[str, dict]:
    result: dict[str, dict] = {}
    for group in rule_groups(env):
        for rule in group["rules"]:
            if "alert" in rule:
                assert rule["alert"] not in result, f"{env}: alert {rule['alert']} defined twice"
                result[rule["alert"]] = rule
    return result


def write_rules(env: str, folder: Path) -> Path:
    path = folder / f"{env}-rules.yaml"
    path.write_text(yaml.safe_dump({"groups": rule_groups(env)}, sort_keys=False))
    return path


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_rules_are_in_the_monitoring_namespace_with_the_rule_selector_labels(env):
    config = load_environment(env)
    rules = prometheus_rules(env)
    assert rules, f"dist/{env}/alerts.yaml has no PrometheusRule"
    for rule in rules:
        meta = rule["metadata"]
        assert meta["namespace"] == selectors.rules_namespace(config), meta["name"]
        for key, value in selectors.RULE_LABELS.items():
            assert meta["labels"].get(key) == value, f"{meta['name']}: Prometheus selects rules by {key}={value}"


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_promtool_check_rules(env, promtool, tmp_path):
    path = write_rules(env, tmp_path)
    result = subprocess.run([str(promtool), "check", "rules", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    count = sum(len(g["rules"]) for g in rule_groups(env))
    assert f"SUCCESS: {count} rules found" in result.stdout, result.stdout


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_alert_has_severity_summary_description_and_runbook(env):
    for name, rule in alerts(env).items():
        assert rule["labels"]["severity"] in SEVERITIES, name
        annotations = rule["annotations"]
        assert set(annotations) == {"summary", "description", "runbook"}, name
        for key, text in annotations.items():
            assert text.strip(), f"{name}: empty {key}"
        # The runbook is an action: it names a command or a place to look, not just the symptom again.
        assert re.search(r"kubectl|Airflow UI|Flink UI|dashboard|bucket", annotations["runbook"]), name


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_alert_has_firing_and_silent_cases(env):
    cases = all_cases(load_environment(env))
    defined = set(alerts(env))
    assert set(cases) == defined, (f"alerts without unit tests: {sorted(defined - set(cases))}; "
                                   f"tests for unknown alerts: {sorted(set(cases) - defined)}")
    for name, alert_cases in cases.items():
        assert any(c.fires for c in alert_cases), f"{name}: no case where it fires"
        assert any(not c.fires for c in alert_cases), f"{name}: no case where it stays silent"


_LABEL_REF = re.compile(r"\{\{ \$labels\.([a-z_]+) \}\}")


def _expand(text: str, labels: dict[str, str]) -> str:
    """The label references of a description/runbook filled in (they use no other template)."""
    expanded = _LABEL_REF.sub(lambda m: labels[m.group(1)], text)
    assert "{{" not in expanded, f"only $labels references expected in {text!r}"
    return expanded


def promtool_tests(env: str, rules_file: Path) -> dict:
    config = load_environment(env)
    defined = alerts(env)
    tests = []
    for name, cases in all_cases(config).items():
        for case in cases:
            tests.append({
                "name": f"{name}: {case.what}",
                "interval": "1m",
                "input_series": [{"series": series, "values": values} for series, values in case.series.items()],
                "alert_rule_test": [{"eval_time": f"{case.at}m", "alertname": name,
                                     "exp_alerts": [_expected(defined[name], case)] if case.fires else []}],
            })
    return {"rule_files": [rules_file.name], "evaluation_interval": "1m", "tests": tests}


def _expected(rule: dict, case: Case) -> dict:
    annotations = rule["annotations"]
    return {"exp_labels": case.labels,
            "exp_annotations": {"summary": case.summary,
                                "description": _expand(annotations["description"], case.labels),
                                "runbook": _expand(annotations["runbook"], case.labels)}}


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_promtool_unit_tests(env, promtool, tmp_path):
    rules_file = write_rules(env, tmp_path)
    test_file = tmp_path / f"{env}-tests.yaml"
    test_file.write_text(yaml.safe_dump(promtool_tests(env, rules_file), sort_keys=False))
    result = subprocess.run([str(promtool), "test", "rules", test_file.name], capture_output=True, text=True,
                            check=False, cwd=tmp_path)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "SUCCESS" in result.stdout + result.stderr


def test_unit_tests_can_fail(promtool, tmp_path):
    """A case that expects the wrong thing is reported by promtool (the harness does not swallow failures)."""
    env = ENVIRONMENTS[0]
    rules_file = write_rules(env, tmp_path)
    suite = promtool_tests(env, rules_file)
    firing = next(t for t in suite["tests"] if t["alert_rule_test"][0]["exp_alerts"])
    firing["alert_rule_test"][0]["exp_alerts"] = []      # claim it stays silent
    suite["tests"] = [firing]
    test_file = tmp_path / "wrong.yaml"
    test_file.write_text(yaml.safe_dump(suite, sort_keys=False))
    result = subprocess.run([str(promtool), "test", "rules", test_file.name], capture_output=True, text=True,
                            check=False, cwd=tmp_path)
    assert result.returncode != 0, result.stdout
