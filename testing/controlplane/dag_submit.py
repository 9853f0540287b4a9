"""Submits the DAG's SparkApplications through the DAG's own task code (run with the Airflow venv's
python, as a "pod" of the Airflow worker: in-cluster configuration of its ServiceAccount, the
platform's `kubernetes_default` connection with in_cluster=True).

    MLOPS_ENVIRONMENT=dev python dag_submit.py <run date YYYY-MM-DD> <task_id>...

For each task: Airflow renders the task's templates (the synthesized spec from
dist/<env>/spark-templates.yaml, `{{ ds }}` filled), then `SparkKubernetesOperator.execute` creates the
SparkApplication (provider code: name suffix, task-instance labels, SPARK_APPLICATION_NAME) and
waits for the driver to run. Nothing runs a container here, so once the operator has created the
driver Pod this script reports what exists and exits; the task itself never finishes.
Prints one JSON line: {"task_id": {"application": name, "driver_pod": name | null, "error": str | null}}.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
DAG_ID = "batch_feature_training"

home = tempfile.mkdtemp(prefix="airflow-home-")
os.environ.update({
    "AIRFLOW_HOME": home,
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
    # the platform's default connection: the worker's in-cluster ServiceAccount
    "AIRFLOW_CONN_KUBERNETES_DEFAULT": json.dumps({"conn_type": "kubernetes", "extra": {"in_cluster": True}}),
})


def main() -> int:
    run_date, task_ids = sys.argv[1], sys.argv[2:]
    from airflow.dag_processing.dagbag import DagBag
    from kubernetes import client, config

    bag = DagBag(dag_folder=str(ROOT / "dags"))
    if bag.import_errors:
        print(json.dumps({"import_errors": {k: str(v) for k, v in bag.import_errors.items()}}))
        return 1
    dag = bag.dags[DAG_ID]
    config.load_incluster_config()
    core, custom = client.CoreV1Api(), client.CustomObjectsApi()
    logical = datetime.fromisoformat(run_date).replace(tzinfo=UTC)
    run_id = f"scheduled__{logical.isoformat()}"
    result = {}
    for task_id in task_ids:
        task = dag.task_dict[task_id]
        ti = SimpleNamespace(dag_id=DAG_ID, task_id=task_id, try_number=1, map_index=-1, run_id=run_id,
                             xcom_push=lambda *a, **k: None)
        context = {"ti": ti, "task_instance": ti, "run_id": run_id, "dag": dag, "task": task,
                   "ds": run_date, "ds_nodash": run_date.replace("-", ""), "logical_date": logical,
                   "data_interval_start": logical, "data_interval_end": logical, "params": {}}
        task.render_template_fields(context)
        errors: list[str] = []

        def execute(t=task, c=context, e=errors) -> None:
            try:
                t.execute(c)
            except BaseException:  # noqa: BLE001 - reported to the caller
                e.append(traceback.format_exc()[-3000:])
        threading.Thread(target=execute, daemon=True).start()
        app = driver = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not errors:
            name = getattr(task, "name", None)
            if name and app is None:
                try:
                    custom.get_namespaced_custom_object("sparkoperator.k8s.io", "v1beta2", task.namespace,
                                                        "sparkapplications", name)
                    app = name
                except client.ApiException:
                    pass
            if app:
                selector = f"spark-role=driver,sparkoperator.k8s.io/app-name={app}"
                pods = core.list_namespaced_pod(task.namespace, label_selector=selector).items
                if pods:
                    driver = pods[0].metadata.name
                    break
            time.sleep(1)
        result[task_id] = {"application": app, "driver_pod": driver, "error": errors[0] if errors else None}
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
