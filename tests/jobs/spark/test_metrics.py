"""The Spark metrics the platform scrapes, from a real driver: a local Spark with the synthesized
SparkApplication's metrics configuration (constructs_lib/spark.py metrics_conf) serves, on the two paths the
driver PodMonitor scrapes, every Spark name of the metric catalog (constructs_lib/observability/catalog.py)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from services import free_port, spark_application

REPO = Path(__file__).resolve().parents[3]
PATHS = ("/metrics/prometheus", "/metrics/executors/prometheus")  # spark-monitors PodMonitor endpoints

DRIVER = r"""
import json, sys, urllib.request
from pyspark.sql import SparkSession
conf, port = json.loads(sys.argv[1]), sys.argv[2]
builder = SparkSession.builder.master("local[2]").appName("metrics-test")
for key, value in conf.items():
    builder = builder.config(key, value)
spark = (builder.config("spark.ui.enabled", "true").config("spark.ui.port", port)
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
spark.range(1000).selectExpr("sum(id)").collect()
names = set()
for path in json.loads(sys.argv[3]):
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read().decode()
    names |= {line.split("{")[0].split(" ")[0] for line in body.splitlines() if line and not line.startswith("#")}
spark.stop()
print(json.dumps(sorted(names)))
"""


def catalog():
    spec = importlib.util.spec_from_file_location("catalog", REPO / "constructs_lib" / "observability" / "catalog.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_driver_serves_every_spark_name_of_the_catalog(tmp_path):
    conf = {k: str(v) for k, v in spark_application("feature-engineering")["spec"]["sparkConf"].items()
            if k.startswith(("spark.metrics.", "spark.ui.prometheus"))}
    assert conf["spark.metrics.conf.*.sink.prometheusServlet.class"] == "org.apache.spark.metrics.sink.PrometheusServlet"
    result = subprocess.run([sys.executable, "-c", DRIVER, json.dumps(conf), str(free_port()), json.dumps(PATHS)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    served = set(json.loads(result.stdout.strip().splitlines()[-1]))
    expected = catalog().EXPOSED["spark"]
    assert not expected - served, f"catalog names no Spark driver serves: {sorted(expected - served)}"
    assert "metrics_spark_driver_appStatus_jobDuration_Value" in served  # the stable namespace, not the app id
