"""Changing the object-store backend or the Kafka client settings changes the compute specs only
where they hold endpoints, credentials and bootstrap/security fields."""
from __future__ import annotations

import re

import yaml

from compute_helpers import changed_paths
from conftest import run_synth

CHARTS = ("flink-jobs", "spark-templates", "model-serving")


def synth_dev(environments_copy, tmp_path, change) -> dict[str, list[dict]]:
    path = environments_copy / "dev.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    out = tmp_path / "out"
    result = run_synth("--env", "dev", "--dist", str(out), "--environments", str(environments_copy))
    assert result.returncode == 0, result.stderr
    return {c: [d for d in yaml.safe_load_all((out / "dev" / f"{c}.yaml").read_text()) if d] for c in CHARTS}


def assert_only(changed: set[str], allowed: list[str]) -> None:
    """Every changed path matches one allowed pattern (`*` is the only wildcard; brackets are literal)."""
    patterns = [re.compile(re.escape(a).replace(r"\*", ".*") + "$") for a in allowed]
    unexpected = {p for p in changed if not any(r.match(p) for r in patterns)}
    assert not unexpected, sorted(unexpected)


def test_object_store_backend_switch(synthesized, environments_copy, tmp_path):
    def to_minio(data):
        data["object_store"]["backend"] = "minio"
        data["object_store"]["minio"] = {"servers": 1, "volumes_per_server": 1,
                                         "configuration_secret": "minio-env-configuration"}

    after = synth_dev(environments_copy, tmp_path, to_minio)
    before = synthesized["dev"]
    flink = changed_paths(before["flink-jobs"], after["flink-jobs"])
    assert flink == {"FlinkDeployment/user-activity-features:spec.flinkConfiguration.s3.endpoint"}
    spark = changed_paths(before["spark-templates"], after["spark-templates"])
    assert spark, "the S3A endpoint must follow the backend"
    assert_only(spark, ["SparkApplication/*:spec.sparkConf.spark.hadoop.fs.s3a.endpoint",
                        "SparkApplication/*:spec.sparkConf.spark.hadoop.fs.s3a.connection.ssl.enabled"])
    assert changed_paths(before["model-serving"], after["model-serving"]) == set()


def test_kafka_cluster_change(synthesized, environments_copy, tmp_path):
    # (kafka.authentication: tls is refused by the config rules until the Flink job does mutual TLS:
    # tests/platform/test_config_errors.py kafka-mutual-tls-not-supported)
    def rename(data):
        data["kafka"]["cluster_name"] = "stream"

    after = synth_dev(environments_copy, tmp_path, rename)
    before = synthesized["dev"]
    flink = changed_paths(before["flink-jobs"], after["flink-jobs"])
    prefix = "FlinkDeployment/user-activity-features:spec."
    assert prefix + "job.args[2]" not in flink  # the "--bootstrap-servers" flag itself stays
    assert prefix + "job.args[3]" in flink      # its value follows the cluster
    assert_only(flink, [
        prefix + "job.args[3]",
        prefix + "podTemplate.spec.containers[flink-main-container].env[KAFKA_*",
        prefix + "podTemplate.spec.containers[flink-main-container].volumeMounts[kafka-*",
        prefix + "podTemplate.spec.volumes[kafka-*",
    ])
    assert changed_paths(before["spark-templates"], after["spark-templates"]) == set()
    assert changed_paths(before["model-serving"], after["model-serving"]) == set()
    assert after["flink-jobs"][0]["spec"]["job"]["args"][3].startswith("stream-kafka-bootstrap.")
