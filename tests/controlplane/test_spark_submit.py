"""The DAG's SparkApplications, submitted by the DAG's own task code (testing/controlplane/
dag_submit.py in the Airflow venv) as the Airflow worker's ServiceAccount, admitted by the Spark
operator's webhooks, and turned into driver Pods by the operator's controller with spark-submit of
the operator image's Spark (4.0.4): the driver Pods are admitted under Pod Security `restricted`."""
from __future__ import annotations

import pytest

from conftest import DAG_TASKS as TASKS
JOBS = "processing-jobs"


@pytest.fixture(scope="session")
def dag_submission(settled) -> dict:
    assert "error" not in settled.dag_submission, settled.dag_submission["error"]
    return settled.dag_submission


@pytest.mark.parametrize("task_id", TASKS)
def test_dag_task_submits_its_spark_application(dag_submission, task_id):
    result = dag_submission[task_id]
    assert result["error"] is None, result["error"]
    assert result["application"], result


@pytest.mark.parametrize("task_id", TASKS)
def test_operator_creates_admitted_driver_pod(dag_submission, settled, task_id):
    result = dag_submission[task_id]
    assert result["driver_pod"], f"no driver Pod for {result['application']}: {result}"
    pod = settled.cluster.admin.get("v1", "Pod", result["driver_pod"], JOBS)
    assert pod["spec"]["containers"][0]["securityContext"].get("allowPrivilegeEscalation") is False
    app = settled.cluster.admin.get("sparkoperator.k8s.io/v1beta2", "SparkApplication", result["application"], JOBS)
    assert app.get("status", {}).get("applicationState", {}).get("state") in ("SUBMITTED", "RUNNING"), app.get("status")


def test_no_network_policy_needed_by_spark_submit(dag_submission, settled):
    """spark-submit 4.0.4 (the operator image's) creates no NetworkPolicy per application (SPARK-55653
    is Spark >= 4.2), so the 2.5.2 chart's controller role, which grants none, suffices."""
    policies = settled.cluster.admin.list("networking.k8s.io/v1", "NetworkPolicy", JOBS)
    owned = [p["metadata"]["name"] for p in policies if p["metadata"].get("ownerReferences")]
    assert not owned, owned
