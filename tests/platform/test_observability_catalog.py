"""The metric catalog part B's rules and dashboards are checked against: well-formed, and `exposes()` answers
for every component's names and only for them."""
from __future__ import annotations

import re

from constructs_lib.observability import catalog

METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")


def test_every_name_is_a_valid_prometheus_metric_name():
    bad = {(c, n) for c, names in catalog.EXPOSED.items() for n in names if not METRIC_NAME.match(n)}
    assert not bad
    assert all(names for names in catalog.EXPOSED.values())


def test_exposes_knows_the_names_the_issue_names():
    for name in ("kafka_consumergroup_lag", "certmanager_certificate_expiration_timestamp_seconds",
                 "flink_jobmanager_job_numRestarts", "cnpg_pg_replication_lag", "kafka_server_replicamanager_underreplicatedpartitions",
                 "spark_application_failure_count", "airflow_scheduler_heartbeat", "up"):
        assert catalog.exposes(name), name


def test_exposes_rejects_names_nobody_exposes():
    for name in ("kafka_consumer_lag", "flink_job_restarts", "", "cnpg_pg_replication_lag_seconds"):
        assert not catalog.exposes(name)


def test_histograms_and_summaries_list_their_series():
    spark = catalog.EXPOSED["spark-operator"]
    assert {"spark_application_start_latency_seconds_histogram_bucket",
            "spark_application_start_latency_seconds_count", "spark_application_start_latency_seconds"} <= spark
