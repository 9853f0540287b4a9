"""The DAG folder as Airflow 3 loads it: no import errors, the exact graph and its settings."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from conftest import DAG_ID, DAGS

TASKS = ["feature_engineering", "model_training", "promotion_gate", "deploy_champion"]
UPSTREAM = {
    "feature_engineering": set(),
    "model_training": {"feature_engineering"},
    "promotion_gate": {"model_training"},
    "deploy_champion": {"promotion_gate"},
}
TIMEOUTS = {
    "feature_engineering": timedelta(hours=1),
    "model_training": timedelta(hours=2),
    "promotion_gate": timedelta(minutes=20),
    "deploy_champion": timedelta(minutes=5),
}


def test_dag_folder_loads_without_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert list(dagbag.dags) == [DAG_ID]


def test_bundle_dagbag_as_the_dag_processor_parses_it():
    from airflow.dag_processing.dagbag import BundleDagBag

    bag = BundleDagBag(dag_folder=str(DAGS), bundle_path=Path(DAGS), bundle_name="dags-folder")
    assert bag.import_errors == {}
    assert list(bag.dags) == [DAG_ID]


def test_parsing_reads_no_synthesized_file(monkeypatch):
    """The specs are read at task run time: parsing works even where dist/ is absent."""
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("MLOPS_SPARK_TEMPLATES", "/nonexistent/spark-templates.yaml")
    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}
    assert bag.dags[DAG_ID].task_dict["feature_engineering"].template_spec is None


def test_exact_task_graph(dag):
    assert sorted(dag.task_ids) == sorted(TASKS)
    for task_id, upstream in UPSTREAM.items():
        assert dag.task_dict[task_id].upstream_task_ids == upstream, task_id
    downstream = {t: {d for d, ups in UPSTREAM.items() if t in ups} for t in TASKS}
    for task_id, down in downstream.items():
        assert dag.task_dict[task_id].downstream_task_ids == down, task_id


def test_dag_settings(dag):
    assert dag.schedule == "@daily"
    assert dag.timetable.expression == "0 0 * * *"
    assert dag.catchup is False
    assert dag.max_active_runs == 1
    assert dag.dagrun_timeout == timedelta(hours=6)
    assert set(dag.tags) == {"mlops", "batch", "spark", "mlflow"}
    assert dag.start_date.year == 2026


def test_retries_and_timeouts(dag):
    for task in dag.tasks:
        assert task.retries == 2, task.task_id
        assert task.retry_delay == timedelta(minutes=5), task.task_id
        assert task.retry_exponential_backoff, task.task_id
        assert task.max_retry_delay == timedelta(minutes=30), task.task_id
        assert task.execution_timeout == TIMEOUTS[task.task_id], task.task_id
    # retries fit in the run's time budget: every task's worst case (3 tries) plus retry delays
    worst = sum((t.execution_timeout * 3 for t in dag.tasks), timedelta()) + timedelta(minutes=60)
    assert dag.dagrun_timeout < worst  # a hung run is cut off before all retries ...
    assert dag.dagrun_timeout > sum((t.execution_timeout for t in dag.tasks), timedelta())  # ... not a slow one


def test_spark_tasks(dag):
    from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator

    # the provider renders template_spec with Jinja: that is what fills the run date in spec.arguments
    assert "template_spec" in SparkKubernetesOperator.template_fields
    for task_id, app in (("feature_engineering", "feature-engineering"), ("model_training", "model-training")):
        op = dag.task_dict[task_id]
        assert isinstance(op, SparkKubernetesOperator)
        assert op.application == app
        assert op.namespace == "processing-jobs"
        assert op.delete_on_termination is True
        assert op.get_logs is True
        assert op.deferrable is False
        assert op.reattach_on_restart is True


def test_promotion_gate_pod(dag):
    from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

    op = dag.task_dict["promotion_gate"]
    assert isinstance(op, KubernetesPodOperator)
    assert op.namespace == "processing-jobs"
    # #18 item 10: no XCom sidecar (its read is a pods/exec): the decision goes through MLflow
    assert op.do_xcom_push is False
    assert op.automount_service_account_token is False
    restricted = {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "privileged": False,
        "readOnlyRootFilesystem": False,
        "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert op.container_security_context == restricted
    # the spark-jobs image's `spark` user (dags/pod_security.py SPARK_UID, the charts' uid too)
    assert op.security_context == {"runAsNonRoot": True, "runAsUser": 185, "runAsGroup": 185,
                                   "seccompProfile": {"type": "RuntimeDefault"}}
    assert op.cmds == ["python", "/opt/spark/jobs/promotion_gate.py"]
    assert "--higher-is-better" in op.arguments
    assert op.arguments[op.arguments.index("--decision-id") + 1] == "{{ run_id }}"
