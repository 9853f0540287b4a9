"""Reading the cdk8s-synthesized SparkApplications, and the contract with ``dist/<env>/spark-templates.yaml``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from conftest import DIST_TEMPLATES, REPO, SPARK_API, expected_submission, synthesized


def test_templates_path(dag_module, monkeypatch):
    monkeypatch.delenv("MLOPS_SPARK_TEMPLATES", raising=False)
    monkeypatch.delenv("MLOPS_ENVIRONMENT", raising=False)
    assert dag_module.templates_path() == REPO / "dist" / "dev" / "spark-templates.yaml"
    monkeypatch.setenv("MLOPS_ENVIRONMENT", "prod")
    assert dag_module.templates_path() == REPO / "dist" / "prod" / "spark-templates.yaml"
    monkeypatch.setenv("MLOPS_SPARK_TEMPLATES", "/somewhere/specs.yaml")
    assert dag_module.templates_path() == Path("/somewhere/specs.yaml")


def test_loads_applications_as_independent_copies(dag_module):
    apps = dag_module.spark_applications(DIST_TEMPLATES)
    assert sorted(apps) == ["feature-engineering", "model-training"]
    a = dag_module.spark_application("model-training", DIST_TEMPLATES)
    a["spec"]["arguments"].append("mutated")
    assert "mutated" not in dag_module.spark_application("model-training", DIST_TEMPLATES)["spec"]["arguments"]


def test_macros_read_the_training_spec(dag_module):
    m = dag_module.SynthesizedMacros()
    training = synthesized()["model-training"]["spec"]
    assert m.image("model-training") == training["image"]
    (uri,) = [e["value"] for e in training["driver"]["env"] if e["name"] == "MLFLOW_TRACKING_URI"]
    assert m.driver_env("model-training", "MLFLOW_TRACKING_URI") == uri
    args = training["arguments"]
    assert m.argument("model-training", "--model-name") == args[args.index("--model-name") + 1]
    with pytest.raises(dag_module.SyntheticSpecError, match="no --nope"):
        m.argument("model-training", "--nope")


@pytest.mark.parametrize(
    ("docs", "message"),
    [
        ([], None),
        ([{"apiVersion": "spark.apache.org/v1beta2", "kind": "SparkApplication", "metadata": {"name": "a"},
           "spec": {}}], "expected 'sparkoperator.k8s.io/v1beta2'"),
        ([{"apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication", "metadata": {"name": "a"},
           "spec": {"arguments": ["--config", "/etc/job.yaml"]}}], "Jinja template file"),
    ],
)
def test_rejects_what_the_operator_could_not_submit(dag_module, tmp_path, docs, message):
    f = tmp_path / "specs.yaml"
    f.write_text(yaml.safe_dump_all(docs))
    if message is None:
        with pytest.raises(dag_module.SyntheticSpecError, match="no SparkApplication named 'model-training'"):
            dag_module.spark_application("model-training", f)
    else:
        with pytest.raises(dag_module.SyntheticSpecError, match=message):
            dag_module.spark_applications(f)


def test_missing_file_names_the_path_and_the_knobs(dag_module, tmp_path):
    with pytest.raises(dag_module.SyntheticSpecError, match=r"MLOPS_ENVIRONMENT.*MLOPS_SPARK_TEMPLATES"):
        dag_module.spark_applications(tmp_path / "absent.yaml")


def test_missing_file_fails_the_task_not_the_parse(airflow_db, dag, fake_k8s, monkeypatch):
    for task in dag.tasks:
        monkeypatch.setattr(task, "retries", 0)
    monkeypatch.setenv("MLOPS_SPARK_TEMPLATES", "/nonexistent/spark-templates.yaml")
    dr = dag.test(logical_date=datetime(2026, 11, 10, tzinfo=UTC))
    assert {ti.task_id: str(ti.state) for ti in dr.get_task_instances()}["feature_engineering"] == "failed"
    assert fake_k8s.calls_to("create_namespaced_custom_object") == []


# --- the contract with the synthesized file --------------------------------------------------------


def test_dist_file_has_what_the_dag_reads(dag_module):
    specs = synthesized(DIST_TEMPLATES)
    for app in ("feature-engineering", "model-training"):
        assert app in specs, f"{DIST_TEMPLATES}: no SparkApplication {app!r}"
        assert specs[app]["apiVersion"] == "sparkoperator.k8s.io/v1beta2"
        assert specs[app]["metadata"]["namespace"] == "processing-jobs"
        args = specs[app]["spec"].get("arguments", [])
        # the day rule's macro, which the DAG defines (and never the logical date `ds`)
        assert args[args.index("--run-date") + 1] == "{{ last_complete_day(data_interval_end) }}", app
        assert "last_complete_day" in (dag_module.dag.user_defined_macros or {})
    training = specs["model-training"]["spec"]
    assert training.get("image")
    assert any(e.get("name") == "MLFLOW_TRACKING_URI" and e.get("value") for e in training["driver"].get("env", []))
    assert "--model-name" in training.get("arguments", [])


def test_dag_submits_exactly_the_synthesized_spec(airflow_db, dag, fake_k8s):
    fake_k8s.spark_state = "COMPLETED"
    dr = dag.test(logical_date=datetime(2026, 11, 12, tzinfo=UTC), mark_success_pattern="promotion_gate|deploy_champion")
    assert str(dr.state) == "success"
    specs = synthesized()
    creates = fake_k8s.calls_to("create_namespaced_custom_object")
    assert len(creates) == 2
    for call, (task_id, app) in zip(creates, [("feature_engineering", "feature-engineering"),
                                               ("model_training", "model-training")], strict=True):
        assert {k: call[k] for k in SPARK_API} == SPARK_API
        assert call["body"] == expected_submission(specs[app], call["body"], task_id=task_id, run_date="2026-11-11")
