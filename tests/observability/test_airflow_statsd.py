"""Airflow's metrics for real: Airflow 3.3.2 (the DAGs' pin) sends StatsD to the pinned statsd_exporter running with
the mapping file the chart gets from dist/dev/helm-values/airflow.yaml, and /metrics serves every Airflow name of
the catalog with the labels constructs_lib/airflow.py declares and the alerts use.

What runs, all on 127.0.0.1: statsd_exporter (tools/versions.env STATSD_EXPORTER_VERSION, the image tag
values/airflow.yaml deploys); `airflow dag-processor` (parses two DAGs: one succeeds, one fails), `airflow
api-server` (the task runners' execution API), `airflow scheduler` with the LocalExecutor (runs the tasks, fails a
DAG run, heartbeats), all from the Airflow venv with the `[metrics]` settings of the generated chart values
(statsd host and port pointed at the local exporter). Nothing is faked: the names, types and labels are what
Airflow emits and the exporter maps.
"""
from __future__ import annotations

import os
import secrets
import socket
import time

import pytest
import yaml
from testing.tools import pinned_tools_bin

from conftest import ROOT, dist_documents
from constructs_lib import airflow, ports
from constructs_lib.observability import catalog
from processes import TARGET_LABELS, Server, free_port, run, scrape, venv_python
from promql import label_names, metric_names

VALUES = ROOT / "dist" / "dev" / "helm-values" / "airflow.yaml"
OK_DAG, FAIL_DAG = "statsd_ok", "statsd_fail"
DAGS = f'''
from datetime import datetime, timedelta

from airflow.sdk import dag, task


@dag(dag_id="{OK_DAG}", schedule=timedelta(days=1), start_date=datetime(2026, 1, 1), catchup=False)
def ok_dag():
    @task
    def ok():
        return 1

    ok()


@dag(dag_id="{FAIL_DAG}", schedule=None, start_date=datetime(2026, 1, 1), catchup=False)
def fail_dag():
    @task(retries=0)
    def boom():
        raise RuntimeError("fails on purpose")

    boom()


ok_dag()
fail_dag()
'''


def generated_values() -> dict:
    if not VALUES.is_file():
        pytest.fail(f"{VALUES.relative_to(ROOT)} is missing: run `make synth`")
    return yaml.safe_load(VALUES.read_text())


def mapping_file(values: dict) -> dict:
    """What the chart's ConfigMap holds with overrideMappings set (apache/airflow chart/templates/configmaps/
    statsd-configmap.yaml: `mappings:` followed by toYaml .Values.statsd.overrideMappings)."""
    return {"mappings": values["statsd"]["overrideMappings"]}


def test_values_send_to_the_exporter_the_connectivity_table_opens():
    values = generated_values()
    metrics = values["config"]["metrics"]
    assert values["ports"] == {"statsdIngest": ports.AIRFLOW_STATSD_INGEST, "statsdScrape": ports.AIRFLOW_STATSD_SCRAPE}
    assert int(metrics["statsd_port"]) == ports.AIRFLOW_STATSD_INGEST
    assert metrics["statsd_prefix"] == airflow.PREFIX
    # The mapping matches tag-free names: tags must arrive as labels and legacy names must stay off.
    assert (metrics["statsd_influxdb_enabled"], metrics["legacy_names_on"]) == ("True", "False")
    assert mapping_file(values)["mappings"] == airflow.MAPPINGS


def test_the_deployed_exporter_is_the_tested_one():
    static = yaml.safe_load((ROOT / "values" / "airflow.yaml").read_text())
    pins = dict(line.split("=", 1) for line in (ROOT / "tools" / "versions.env").read_text().splitlines()
                if line and not line.startswith("#") and "=" in line)
    assert static["statsd"]["enabled"] is True
    assert static["images"]["statsd"] == {"repository": "quay.io/prometheus/statsd-exporter",
                                          "tag": pins["STATSD_EXPORTER_VERSION"]}


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> list[tuple[str, dict[str, str], float]]:
    """The exporter's samples once both DAGs' runs are finished."""
    work = tmp_path_factory.mktemp("airflow-statsd")
    exporter_bin = pinned_tools_bin() / "statsd_exporter"
    python = venv_python("airflow")
    values = generated_values()
    (work / "mappings.yml").write_text(yaml.safe_dump(mapping_file(values), sort_keys=False))
    (work / "dags").mkdir()
    (work / "dags" / "probe.py").write_text(DAGS)
    ingest, web, api = free_port(socket.SOCK_DGRAM), free_port(), free_port()

    exporter = Server("statsd_exporter", [str(exporter_bin), f"--web.listen-address=127.0.0.1:{web}",
                                          f"--statsd.listen-udp=127.0.0.1:{ingest}", "--statsd.listen-tcp=",
                                          f"--statsd.mapping-config={work / 'mappings.yml'}"],
                      env={}, log=work / "exporter.log", cwd=work)
    servers = [exporter]
    try:
        exporter.wait_http(f"http://127.0.0.1:{web}/metrics", 30)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "MLFLOW"))}
        env.update({
            "AIRFLOW_HOME": str(work / "home"), "AIRFLOW__CORE__DAGS_FOLDER": str(work / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "2", "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{work / 'home' / 'airflow.db'}",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api}/execution/",
        })
        # [metrics] exactly as the chart values set them (the chart sets statsd_on from statsd.enabled and
        # statsd_host to its Service), the exporter's address replaced by the local one.
        for key, value in values["config"]["metrics"].items():
            env[f"AIRFLOW__METRICS__{key.upper()}"] = str(value)
        env.update({"AIRFLOW__METRICS__STATSD_ON": "True", "AIRFLOW__METRICS__STATSD_HOST": "127.0.0.1",
                    "AIRFLOW__METRICS__STATSD_PORT": str(ingest)})
        (work / "home").mkdir()
        cli = [str(python), "-m", "airflow"]
        run("airflow db migrate", [*cli, "db", "migrate"], env=env, log=work / "migrate.log", cwd=work, timeout=600)
        run("airflow dag-processor", [*cli, "dag-processor", "--num-runs", "1"], env=env, log=work / "dag-processor.log",
            cwd=work, timeout=600)
        run("airflow dags trigger", [*cli, "dags", "trigger", FAIL_DAG], env=env, log=work / "trigger.log", cwd=work,
            timeout=300)
        api_server = Server("airflow api-server", [*cli, "api-server", "--host", "127.0.0.1", "--port", str(api),
                                                   "--workers", "1"], env=env, log=work / "api-server.log", cwd=work)
        servers.append(api_server)
        api_server.wait_http(f"http://127.0.0.1:{api}/api/v2/monitor/health", 300)
        # --skip-serve-logs: the scheduler's log server would listen on every interface.
        scheduler = Server("airflow scheduler", [*cli, "scheduler", "--skip-serve-logs"], env=env,
                           log=work / "scheduler.log", cwd=work)
        servers.append(scheduler)

        def done(samples) -> bool:
            names = {name for name, _, _ in samples}
            failed = {s[1].get("dag_id") for s in samples if s[0] == f"{airflow.DAGRUN_FAILED.name}_count"}
            succeeded = {s[1].get("dag_id") for s in samples if s[0] == f"{airflow.DAGRUN_SUCCEEDED.name}_count"}
            return catalog.EXPOSED["airflow"] <= names and FAIL_DAG in failed and OK_DAG in succeeded

        deadline = time.monotonic() + 600
        samples = scrape(f"http://127.0.0.1:{web}/metrics")
        while not done(samples):
            if scheduler.proc.poll() is not None or time.monotonic() > deadline:
                missing = sorted(catalog.EXPOSED["airflow"] - {n for n, _, _ in samples})
                pytest.fail(f"not exposed after the runs: {missing}\n{scheduler.tail()}\n{exporter.tail(1500)}")
            time.sleep(2)
            samples = scrape(f"http://127.0.0.1:{web}/metrics")
    finally:
        for server in reversed(servers):
            server.stop()
    return samples


@pytest.fixture(scope="module")
def exposed(samples) -> dict[str, list[dict[str, str]]]:
    """Metric name -> the label sets of its series."""
    result: dict[str, list[dict[str, str]]] = {}
    for name, labels, _ in samples:
        result.setdefault(name, []).append(labels)
    return result


def test_every_catalog_name_is_exposed_with_its_labels(exposed):
    for metric in airflow.METRICS:
        for name in metric.exposed:
            assert name in exposed, name
            for labels in exposed[name]:
                assert set(labels) - {"quantile"} == set(metric.labels), (name, labels)


def test_a_failed_run_and_the_heartbeat_count(samples):
    value = {(name, labels.get("dag_id")): v for name, labels, v in samples}
    assert value[(f"{airflow.DAGRUN_FAILED.name}_count", FAIL_DAG)] == 1
    assert (f"{airflow.DAGRUN_FAILED.name}_count", OK_DAG) not in value
    assert value[(f"{airflow.DAGRUN_SUCCEEDED.name}_count", OK_DAG)] == 1
    assert value[(airflow.SCHEDULER_HEARTBEAT.name, None)] >= 1
    (failed,) = [labels for name, labels, _ in samples if name == airflow.TI_FINISH.name and labels["state"] == "failed"]
    assert failed == {"dag_id": FAIL_DAG, "task_id": "boom", "state": "failed"}


def airflow_rules() -> dict[str, dict]:
    rules = {rule["alert"]: rule for doc in dist_documents("dev", "alerts") if doc["kind"] == "PrometheusRule"
             for group in doc["spec"]["groups"] for rule in group["rules"]}
    return {alert: rule for alert, rule in rules.items() if metric_names(rule["expr"]) & catalog.EXPOSED["airflow"]}


def test_every_airflow_alert_queries_exposed_series_and_labels(exposed):
    rules = airflow_rules()
    assert {"AirflowDagRunFailed", "AirflowSchedulerHeartbeatMissing"} <= set(rules)
    for alert, rule in rules.items():
        wanted = label_names(rule["expr"], *rule.get("annotations", {}).values()) - TARGET_LABELS
        for name in metric_names(rule["expr"]):
            assert name in exposed, (alert, name)
            for labels in exposed[name]:
                assert wanted <= set(labels), (alert, name, sorted(wanted - set(labels)))
