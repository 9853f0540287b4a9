"""MLflow's metrics for real: `mlflow server` 3.17.2 (the Spark venv's, the jobs' pin) started with the flags the
chart gets from dist/dev/helm-values/mlflow.yaml (`--expose-prometheus` from extraArgs, the allowed Host headers
from serverAllowedHosts), a few API calls, then /metrics scraped as Prometheus does it: by pod IP, so with a
`Host: <pod IP>:<port>` header. Every MLflow name of the catalog must be served, with the labels the alerts and
dashboards use.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

import pytest
import yaml

from conftest import ROOT, dist_documents
from constructs_lib import mlflow, ports
from constructs_lib.observability import catalog
from processes import TARGET_LABELS, Server, free_port, scrape, venv_python
from promql import label_names, metric_names

VALUES = ROOT / "dist" / "dev" / "helm-values" / "mlflow.yaml"
POD_HOST = f"10.244.3.17:{ports.MLFLOW_HTTP}"   # what Prometheus sends when it scrapes a pod at 10.244.3.17


def generated_values() -> dict:
    if not VALUES.is_file():
        pytest.fail(f"{VALUES.relative_to(ROOT)} is missing: run `make synth`")
    return yaml.safe_load(VALUES.read_text())


def test_values_expose_metrics_on_a_writable_directory():
    values = generated_values()
    assert values["extraArgs"]["exposePrometheus"] == mlflow.METRICS_DIR
    volumes = {v["name"]: v for v in values["extraVolumes"]}
    (mount,) = [m for m in values["extraVolumeMounts"] if m["mountPath"] == mlflow.METRICS_DIR]
    assert volumes[mount["name"]] == {"name": mount["name"], "emptyDir": {}}
    assert "serviceMonitor" not in values  # the chart's would pass /mlflow/metrics on the read-only root filesystem


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("mlflow-metrics")
    values = generated_values()
    python = venv_python("spark")
    port = free_port()
    # The chart turns extraArgs into `--<kebab-case key>=<value>`; the directory is the emptyDir's here a
    # temporary one (the chart's path is not writable on this machine either).
    assert list(values["extraArgs"]) == ["exposePrometheus"]
    cmd = [str(python.parent / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port), "--workers", "2",
           "--backend-store-uri", f"sqlite:///{work / 'mlflow.db'}", "--serve-artifacts",
           "--artifacts-destination", f"file://{work / 'artifacts'}",
           f"--expose-prometheus={work / 'prometheus-metrics'}",
           "--allowed-hosts", ",".join([*values["serverAllowedHosts"], f"127.0.0.1:{port}"])]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "MLFLOW"))}
    proc = Server("mlflow server", cmd, env=env, log=work / "mlflow.log", cwd=work)
    try:
        proc.wait_http(f"http://127.0.0.1:{port}/health", 300)
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.stop()


def call(url: str, body: dict | None = None) -> int:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.fixture(scope="module")
def samples(server):
    base, _ = server
    api = f"{base}/api/2.0/mlflow"
    assert call(f"{api}/experiments/create", {"name": "metrics-probe"}) == 200
    assert call(f"{api}/experiments/get-by-name?experiment_name=metrics-probe") == 200
    assert call(f"{api}/experiments/get-by-name?experiment_name=does-not-exist") == 404
    assert call(f"{api}/runs/search", {"experiment_ids": ["0"]}) == 200
    return scrape(f"{base}/metrics", host=POD_HOST)


def test_a_scrape_by_pod_ip_is_admitted_and_other_hosts_are_not(server):
    base, _ = server
    with pytest.raises(urllib.error.HTTPError) as refused:
        scrape(f"{base}/metrics", host=f"rebound.example.com:{ports.MLFLOW_HTTP}")
    assert refused.value.code == 403  # DNS-rebinding protection stays on for names
    assert scrape(f"{base}/metrics", host=POD_HOST)


def test_every_catalog_name_is_served(samples):
    names = {name for name, _, _ in samples}
    assert catalog.EXPOSED["mlflow"] <= names, sorted(catalog.EXPOSED["mlflow"] - names)


def test_requests_are_counted_by_method_and_status(samples):
    counted = {(labels["method"], labels["status"]): value for name, labels, value in samples
               if name == "mlflow_http_request_total"}
    assert counted[("GET", "404")] == 1
    assert counted[("POST", "200")] >= 2


def queries() -> dict[str, tuple[str, set[str]]]:
    """Every alert and dashboard query naming an MLflow metric: where -> (expr, labels it uses)."""
    found = {}
    for doc in dist_documents("dev", "alerts"):
        for group in doc["spec"]["groups"]:
            for rule in group["rules"]:
                found[rule["alert"]] = (rule["expr"], label_names(rule["expr"], *rule.get("annotations", {}).values()))
    for doc in dist_documents("dev", "dashboards"):
        for key, text in doc.get("data", {}).items():
            for panel in json.loads(text)["panels"]:
                for target in panel.get("targets", []):
                    found[f"{key} / {panel['title']}"] = (target["expr"], label_names(target["expr"]))
    return {where: q for where, q in found.items() if metric_names(q[0]) & catalog.EXPOSED["mlflow"]}


def test_every_query_finds_its_series_and_labels(samples):
    found = queries()
    assert found, "no alert or dashboard queries an MLflow metric"
    for where, (expr, labels) in found.items():
        for name in metric_names(expr):
            series = [l for n, l, _ in samples if n == name]
            assert series, (where, name)
            wanted = labels - TARGET_LABELS
            assert all(wanted <= set(l) for l in series), (where, name, sorted(wanted))
