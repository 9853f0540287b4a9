"""``dag.test()`` of the whole DAG in real Airflow 3 (SQLite), Kubernetes faked at the API methods only.

Each run uses its own logical date (one DagRun per date). Failure cases set ``retries = 0`` on the
in-memory tasks first: ``dag.test()`` would otherwise wait out ``retry_delay`` (5 minutes).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from conftest import RESTRICTED, SPARK_API, expected_submission, synthesized



def states(dr) -> dict[str, str]:
    return {ti.task_id: str(ti.state) for ti in dr.get_task_instances()}


@pytest.fixture
def no_retries(dag, monkeypatch):
    for task in dag.tasks:
        monkeypatch.setattr(task, "retries", 0)


def run(dag, day: int):
    return dag.test(logical_date=datetime(2026, 11, day, tzinfo=UTC))


def test_pipeline_submits_synthesized_specs_gates_and_deploys(airflow_db, dag, fake_k8s):
    dr = run(dag, 1)
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "success", "deploy_champion": "success"}
    assert str(dr.state) == "success"

    # --- the two SparkApplications: exact API call, exact body ---------------------------------
    creates = fake_k8s.calls_to("create_namespaced_custom_object")
    assert [c["body"]["metadata"]["name"].rsplit("-", 1)[0] for c in creates] == [
        "feature-engineering", "model-training"]
    specs = synthesized()
    for call, (task_id, app) in zip(creates, [("feature_engineering", "feature-engineering"),
                                               ("model_training", "model-training")], strict=True):
        assert {k: call[k] for k in SPARK_API} == SPARK_API
        sent = call["body"]
        assert sent == expected_submission(specs[app], sent, task_id=task_id, ds="2026-11-01")
        assert sent["spec"]["arguments"][:2] == ["--run-date", "2026-11-01"]
        assert "{{" not in json.dumps(sent)
    # deleted on termination (delete_on_termination=True), one per application
    deletes = fake_k8s.calls_to("delete_namespaced_custom_object")
    assert [d["name"] for d in deletes] == [c["body"]["metadata"]["name"] for c in creates]
    assert all({k: d[k] for k in SPARK_API} == SPARK_API for d in deletes)
    # driver logs followed (get_logs=True)
    assert [c["container"] for c in fake_k8s.calls_to("read_namespaced_pod_log")][:2] == [
        "spark-kubernetes-driver", "spark-kubernetes-driver"]

    # --- the gate pod: values from the synthesized model-training spec ---------------------------
    (pod_call,) = fake_k8s.calls_to("create_namespaced_pod")
    assert pod_call["namespace"] == "processing-jobs"
    pod = pod_call["body"]
    base, sidecar = pod["spec"]["containers"]
    training = specs["model-training"]["spec"]
    assert base["image"] == training["image"]
    assert base["env"] == [{"name": "MLFLOW_TRACKING_URI", "value": "http://mlflow.ml-lifecycle.svc:5000"}]
    assert base["command"][:2] == ["/bin/sh", "-c"]
    assert base["args"] == ["python", "/opt/spark/jobs/promotion_gate.py", "--model-name", "user-activity-model",
                            "--metric", "test_auc", "--min-improvement", "0.0", "--higher-is-better"]
    assert base["securityContext"] == RESTRICTED
    assert sidecar["name"] == "airflow-xcom-sidecar"
    assert sidecar["securityContext"] == RESTRICTED
    assert pod["spec"]["automountServiceAccountToken"] is False
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert pod["spec"]["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (gate,) = fake_k8s.gate_runs
    assert gate["exit_code"] == 0
    assert gate["argv"] == base["args"][1:]  # what `python` received inside the pod
    assert fake_k8s.calls_to("delete_namespaced_pod") == [{"name": pod["metadata"]["name"],
                                                           "namespace": "processing-jobs"}]

    # --- the decision travels as the gate's XCom into deploy_champion --------------------------
    gate_ti = dr.get_task_instance("promotion_gate")
    assert gate_ti.xcom_pull(task_ids="promotion_gate") == {"promoted": True, "version": "7"}

    # --- deploy: exactly one rollout-restart patch ---------------------------------------------
    (patch,) = fake_k8s.calls_to("patch_namespaced_deployment")
    assert patch["name"] == "model-serving"
    assert patch["namespace"] == "ml-lifecycle"
    annotations = patch["body"]["spec"]["template"]["metadata"]["annotations"]
    assert list(patch["body"]) == ["spec"] and list(annotations) == ["kubectl.kubernetes.io/restartedAt"]
    restarted = datetime.strptime(annotations["kubectl.kubernetes.io/restartedAt"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs((datetime.now(UTC).replace(tzinfo=None) - restarted).total_seconds()) < 300


def test_rejected_challenger_skips_deploy(airflow_db, dag, fake_k8s, monkeypatch):
    monkeypatch.setenv("AIRFLOW_VAR_PROMOTION_GATE_MIN_IMPROVEMENT", "0.02")
    fake_k8s.gate_stdout = 'challenger 0.81 < champion 0.83\n{"promoted": false, "reason": "no improvement"}\n'
    dr = run(dag, 2)
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "success", "deploy_champion": "skipped"}
    assert str(dr.state) == "success"
    (gate,) = fake_k8s.gate_runs
    assert gate["argv"][gate["argv"].index("--min-improvement") + 1] == "0.02"  # Airflow Variable
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []


def test_failed_spark_application_fails_the_task(airflow_db, dag, fake_k8s, no_retries):
    fake_k8s.spark_state = "FAILED"
    dr = run(dag, 3)
    assert states(dr) == {"feature_engineering": "failed", "model_training": "upstream_failed",
                          "promotion_gate": "upstream_failed", "deploy_champion": "upstream_failed"}
    assert str(dr.state) == "failed"
    assert len(fake_k8s.calls_to("create_namespaced_custom_object")) == 1
    assert fake_k8s.calls_to("get_namespaced_custom_object_status")
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []


def test_failed_spark_driver_fails_the_task(airflow_db, dag, fake_k8s, no_retries):
    """The application started, then its driver failed: the task fails and the application is deleted."""
    fake_k8s.driver_exit_code = 1
    dr = run(dag, 4)
    assert states(dr)["feature_engineering"] == "failed"
    assert str(dr.state) == "failed"
    (create,) = fake_k8s.calls_to("create_namespaced_custom_object")
    assert [d["name"] for d in fake_k8s.calls_to("delete_namespaced_custom_object")] == [
        create["body"]["metadata"]["name"]]


def test_gate_error_fails_the_gate_and_does_not_deploy(airflow_db, dag, fake_k8s, no_retries):
    fake_k8s.gate_stdout = "Traceback: MLflow unreachable\n"
    fake_k8s.gate_exit_code = 3
    dr = run(dag, 5)
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "failed", "deploy_champion": "upstream_failed"}
    assert fake_k8s.gate_runs[0]["exit_code"] == 3
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []
