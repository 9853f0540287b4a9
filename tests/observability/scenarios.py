"""Input series for every alert: cases that fire it (with the labels and summary an on-call engineer sees) and
cases that keep it silent (just below the threshold, before `for:` has elapsed, another component's series).

Written against the environment's thresholds (config `alerts`), so dev and prod are both tested with their own
values. tests/observability/test_rules.py turns them into `promtool test rules` files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from constructs_lib.config import PlatformConfig
from constructs_lib.config.alerts import duration_seconds


@dataclass(frozen=True)
class Case:
    """Series (promtool expanding notation, one sample a minute) evaluated at `at` minutes."""

    what: str
    series: dict[str, str]
    at: int
    fires: bool
    labels: dict[str, str] = field(default_factory=dict)   # the alert's labels (severity included)
    summary: str = ""


def _minutes(duration: str) -> int:
    return int(duration_seconds(duration) // 60)


def humanize_duration(seconds: float) -> str:
    """Prometheus' humanizeDuration for values >= 1s (prometheus/template/template.go)."""
    whole = int(seconds)
    days, hours, minutes, secs = whole // 86400, whole // 3600 % 24, whole // 60 % 60, whole % 60
    if days:
        return f"{days}d {hours}h {minutes}m {secs}s"
    if hours:
        return f"{hours}h {minutes}m {secs}s"
    if minutes:
        return f"{minutes}m {secs}s"
    return f"{seconds:.4g}s"


def kafka(c: PlatformConfig) -> dict[str, list[Case]]:
    dp, a, cluster = c.namespaces.data_plane, c.alerts, c.kafka.cluster_name
    urp = "kafka_server_replicamanager_underreplicatedpartitions"
    broker = f"{cluster}-broker-0"
    offline = f'kafka_controller_kafkacontroller_offlinepartitionscount{{namespace="{dp}", pod="{cluster}-controller-3"}}'
    group, topic = c.kafka.flink_consumer_group, c.kafka.topics.raw_events.name
    lag = "kafka_consumergroup_lag"
    lag_for = _minutes(a.kafka_consumer_lag_for)

    def lag_series(p0: int, p1: int, *, consumergroup: str = group) -> dict[str, str]:
        return {f'{lag}{{namespace="{dp}", consumergroup="{consumergroup}", topic="{topic}", partition="{p}"}}': f"{v}x60"
                for p, v in (("0", p0), ("1", p1))}

    over = a.kafka_consumer_lag_max + 1
    return {
        "KafkaUnderReplicatedPartitions": [
            Case("2 under-replicated for 10m", {f'{urp}{{namespace="{dp}", pod="{broker}"}}': "2x20"}, 10, True,
                 {"namespace": dp, "pod": broker, "severity": "warning"},
                 f"Kafka broker {broker} has 2 under-replicated partitions"),
            Case("all in sync", {f'{urp}{{namespace="{dp}", pod="{broker}"}}': "0x20"}, 10, False),
            Case("under-replicated for 3m only (for: 5m)", {f'{urp}{{namespace="{dp}", pod="{broker}"}}': "0x6 2x20"}, 9,
                 False),
        ],
        "KafkaOfflinePartitions": [
            Case("1 offline", {offline: "1x10"},
                 5, True, {"namespace": dp, "severity": "critical"}, f"Kafka cluster {cluster} has 1 offline partitions"),
            Case("none offline", {offline: "0x10"},
                 5, False),
        ],
        "FlinkConsumerGroupLag": [
            Case("lag one above the maximum, summed over partitions", lag_series(over - 7, 7), lag_for + 5, True,
                 {"namespace": dp, "consumergroup": group, "topic": topic, "severity": "warning"},
                 f"Flink consumer group {group} lags {over} messages on {topic}"),
            Case("lag at the maximum", lag_series(a.kafka_consumer_lag_max - 7, 7), lag_for + 5, False),
            Case("lag above the maximum, for: not elapsed", lag_series(over - 7, 7), lag_for - 2, False),
            Case("another consumer group lags", lag_series(over * 10, 0, consumergroup="someone-else"), lag_for + 5, False),
        ],
    }


def flink(c: PlatformConfig) -> dict[str, list[Case]]:
    ns, a, job = c.namespaces.processing_jobs, c.alerts, "user-activity-features"
    jm = f'namespace="{ns}", pod="{job}-6d9f7c5b8-x2x4q"'
    job_labels = f'{jm}, job_name="{job}"'
    window = _minutes(a.flink_restart_window)
    running = "flink_jobmanager_numRunningJobs"
    restarts = "flink_jobmanager_job_numRestarts"
    failed = "flink_jobmanager_job_numberOfFailedCheckpoints"
    duration = "flink_jobmanager_job_lastCheckpointDuration"
    slow_ms = a.flink_checkpoint_duration_max_seconds * 1000
    half = window // 2
    return {
        "FlinkJobNotRunning": [
            Case("job manager up, no running job", {f"{running}{{{jm}}}": "0x20"}, 10, True,
                 {"namespace": ns, "severity": "critical"}, f"Flink job {job} is not RUNNING"),
            Case("no job manager metrics at all", {'up{job="other"}': "1x20"}, 10, True,
                 {"namespace": ns, "severity": "critical"}, f"Flink job {job} is not RUNNING"),
            Case("job running", {f"{running}{{{jm}}}": "1x20"}, 10, False),
            Case("job stopped 2m ago (for: 5m)", {f"{running}{{{jm}}}": "1x7 0x20"}, 10, False),
        ],
        "FlinkJobRestarting": [
            Case("restarts above the maximum in the window",
                 {f"{restarts}{{{job_labels}}}": f"0x{half} {a.flink_restarts_max + 2}x{window}"}, window, True,
                 {"namespace": ns, "job_name": job, "severity": "warning"},
                 f"Flink job {job} restarted {a.flink_restarts_max + 2} times in {a.flink_restart_window}"),
            Case("restarts below the maximum",
                 {f"{restarts}{{{job_labels}}}": f"0x{half} {a.flink_restarts_max - 1}x{window}"}, window, False),
            Case("many restarts, but before the window",
                 {f"{restarts}{{{job_labels}}}": f"0x5 50x{3 * window}"}, 3 * window, False),
        ],
        "FlinkCheckpointsFailing": [
            Case("a failed checkpoint every minute", {f"{failed}{{{job_labels}}}": "0+1x40"}, 35, True,
                 {"namespace": ns, "job_name": job, "severity": "warning"},
                 f"Flink job {job} has failing checkpoints"),
            Case("old failures, none recently", {f"{failed}{{{job_labels}}}": "5x40"}, 35, False),
            Case("failing for 10m only (for: 15m)", {f"{failed}{{{job_labels}}}": "5x25 6+1x20"}, 35, False),
        ],
        "FlinkCheckpointsSlow": [
            Case("checkpoint 1ms over the limit", {f"{duration}{{{job_labels}}}": f"{slow_ms + 1}x30"}, 25, True,
                 {"namespace": ns, "job_name": job, "severity": "warning"},
                 f"Flink job {job}: the last checkpoint took {slow_ms + 1}ms"),
            Case("checkpoint at the limit", {f"{duration}{{{job_labels}}}": f"{slow_ms}x30"}, 25, False),
        ],
    }


def postgres(c: PlatformConfig) -> dict[str, list[Case]]:
    ns, a = c.namespaces.data_plane, c.alerts
    pod = "mlflow-db-2"
    lag = "cnpg_pg_replication_lag"
    archiver = "cnpg_pg_stat_archiver_failed_count"
    backup = "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"
    limit_min = a.postgres_backup_max_age_hours * 60
    at = limit_min + 10
    # A backup finished at `done` seconds; evaluated at `at` minutes.
    samples = f"x{at + 5}"
    return {
        "PostgresReplicationLag": [
            Case("one second over", {f'{lag}{{namespace="{ns}", pod="{pod}"}}': f"{a.postgres_replication_lag_max_seconds + 1}x20"},
                 10, True, {"namespace": ns, "pod": pod, "severity": "warning"},
                 f"PostgreSQL standby {pod} is {a.postgres_replication_lag_max_seconds + 1}s behind its primary"),
            Case("at the limit", {f'{lag}{{namespace="{ns}", pod="{pod}"}}': f"{a.postgres_replication_lag_max_seconds}x20"},
                 10, False),
        ],
        "PostgresWalArchivingFailing": [
            Case("archive failures every minute", {f'{archiver}{{namespace="{ns}", pod="{pod}"}}': "0+1x30"}, 25, True,
                 {"namespace": ns, "pod": pod, "severity": "critical"}, f"WAL archiving fails on {pod}"),
            Case("failures long ago only", {f'{archiver}{{namespace="{ns}", pod="{pod}"}}': "3x30"}, 25, False),
        ],
        "PostgresBackupTooOld": [
            Case("last backup one minute too old", {f'{backup}{{namespace="{ns}", pod="{pod}"}}': f"540{samples}"}, at, True,
                 {"namespace": ns, "pod": pod, "severity": "critical"},
                 f"No successful backup seen by {pod} for {humanize_duration(at * 60 - 540)}"),
            Case("never backed up (the gauge stays 0)", {f'{backup}{{namespace="{ns}", pod="{pod}"}}': f"0{samples}"}, at, True,
                 {"namespace": ns, "pod": pod, "severity": "critical"},
                 f"No successful backup seen by {pod} for {humanize_duration(at * 60)}"),
            Case("last backup one minute younger than the limit", {f'{backup}{{namespace="{ns}", pod="{pod}"}}': f"660{samples}"},
                 at, False),
        ],
    }


def airflow(c: PlatformConfig) -> dict[str, list[Case]]:
    ns, a = c.namespaces.orchestration, c.alerts
    failed = "airflow_dagrun_failed_count"
    heartbeat = "airflow_scheduler_heartbeat"
    dag = "batch_feature_training"
    window = _minutes(a.airflow_scheduler_heartbeat_window)
    return {
        "AirflowDagRunFailed": [
            Case("two failed runs of one DAG, scheduled and manual", {
                f'{failed}{{namespace="{ns}", dag_id="{dag}", run_type="scheduled"}}': "0x10 1x20",
                f'{failed}{{namespace="{ns}", dag_id="{dag}", run_type="manual"}}': "0x20 1x10",
                f'{failed}{{namespace="{ns}", dag_id="other", run_type="scheduled"}}': "0x30"}, 30, True,
                 {"namespace": ns, "dag_id": dag, "severity": "warning"},
                 f"2 runs of the Airflow DAG {dag} failed in the last hour"),
            Case("failed runs more than an hour ago",
                 {f'{failed}{{namespace="{ns}", dag_id="{dag}", run_type="scheduled"}}': "0x5 1x120"}, 120, False),
        ],
        "AirflowSchedulerHeartbeatMissing": [
            Case("heartbeat counter stopped", {f'{heartbeat}{{namespace="{ns}"}}': "0+10x10 100x40"}, 10 + window + 10, True,
                 {"namespace": ns, "severity": "critical"}, "The Airflow scheduler sends no heartbeat"),
            Case("no heartbeat metric at all", {'up{job="other"}': "1x30"}, 20, True,
                 {"namespace": ns, "severity": "critical"}, "The Airflow scheduler sends no heartbeat"),
            Case("heartbeating", {f'{heartbeat}{{namespace="{ns}"}}': "0+10x60"}, 30, False),
            Case("stopped 2m ago (window and for: not elapsed)", {f'{heartbeat}{{namespace="{ns}"}}': "0+10x28 280x10"}, 30,
                 False),
        ],
    }


def spark(c: PlatformConfig) -> dict[str, list[Case]]:
    failures = 'spark_application_failure_count{namespace="platform-operators", app_type="Unknown"}'
    return {
        "SparkApplicationFailed": [
            Case("one failure in the hour", {failures: "0x30 1x30"}, 50, True, {"severity": "warning"},
                 "1 Spark applications failed in the last hour"),
            Case("failures before the hour", {failures: "0x5 2x120"}, 120, False),
        ],
    }


def services(c: PlatformConfig) -> dict[str, list[Case]]:
    ns, a = c.namespaces.ml_lifecycle, c.alerts
    after = _minutes(a.service_down_for) + 5
    metric = "kube_deployment_status_replicas_available"

    def available(mlflow: int, serving: int) -> dict[str, str]:
        return {f'{metric}{{namespace="{ns}", deployment="mlflow"}}': f"{mlflow}x{after + 5}",
                f'{metric}{{namespace="{ns}", deployment="model-serving"}}': f"{serving}x{after + 5}"}

    return {
        "MlflowDown": [
            Case("no available replica", available(0, 1), after, True,
                 {"namespace": ns, "deployment": "mlflow", "severity": "critical"},
                 f"mlflow in {ns} has no available replica"),
            Case("one available", available(1, 0), after, False),
        ],
        "ModelServingDown": [
            Case("no available replica", available(1, 0), after, True,
                 {"namespace": ns, "deployment": "model-serving", "severity": "critical"},
                 f"model-serving in {ns} has no available replica"),
            Case("one available", available(0, 1), after, False),
        ],
    }


def object_store(c: PlatformConfig) -> dict[str, list[Case]]:
    ns, a, store = c.namespaces.data_plane, c.alerts, c.object_store.name
    pvc = f"mount0-{store}-volume-1"
    capacity = 1000
    over = round(a.object_store_usage_max_ratio * capacity) + 10

    def usage(claim: str, used: int) -> dict[str, str]:
        return {f'kubelet_volume_stats_used_bytes{{namespace="{ns}", persistentvolumeclaim="{claim}"}}': f"{used}x30",
                f'kubelet_volume_stats_capacity_bytes{{namespace="{ns}", persistentvolumeclaim="{claim}"}}': f"{capacity}x30"}

    return {
        "ObjectStoreVolumeFilling": [
            Case("1% over the limit", usage(pvc, over), 20, True,
                 {"namespace": ns, "persistentvolumeclaim": pvc, "severity": "warning"},
                 f"Object store volume {pvc} is {over / capacity * 100:.4g}% full"),
            Case("at the limit", usage(pvc, round(a.object_store_usage_max_ratio * capacity)), 20, False),
            Case("a Kafka volume is full, not the object store", usage("data-0-events-broker-0", capacity), 20, False),
            Case("the filer's volume is full, not a volume server's", usage(f"data-{store}-filer-0", capacity), 20, False),
        ],
    }


def certificates(c: PlatformConfig) -> dict[str, list[Case]]:
    a = c.alerts
    cert = 'namespace="cert-manager", name="flink-operator-webhook-cert", issuer_name="self-signed"'
    metric = "certmanager_certificate_expiration_timestamp_seconds"
    at = 90  # minutes

    def expires_at(seconds: int) -> dict[str, str]:
        return {f"{metric}{{{cert}}}": f"{seconds}x{at + 5}"}

    cases: dict[str, list[Case]] = {}
    for alert, days, severity in (("CertificateExpiringSoon", a.certificate_expiry_warning_days, "warning"),
                                  ("CertificateExpiryCritical", a.certificate_expiry_critical_days, "critical")):
        limit = days * 86400
        cases[alert] = [
            # Inside the limit from minute 20 on: `for: 1h` has elapsed at minute 90.
            Case("inside the limit for 70m", expires_at(limit + 20 * 60), at, True,
                 {"namespace": "cert-manager", "name": "flink-operator-webhook-cert", "severity": severity},
                 "Certificate cert-manager/flink-operator-webhook-cert expires in "
                 + humanize_duration(limit + 20 * 60 - at * 60)),
            Case("scraped with honorLabels false: the Certificate's namespace is exported_namespace",
                 {f'{metric}{{namespace="cert-manager", exported_namespace="ml-lifecycle", name="serving-tls"}}':
                  f"{limit + 20 * 60}x{at + 5}"}, at, True,
                 {"namespace": "ml-lifecycle", "name": "serving-tls", "severity": severity},
                 "Certificate ml-lifecycle/serving-tls expires in " + humanize_duration(limit + 20 * 60 - at * 60)),
            Case("one minute outside the limit at evaluation", expires_at(limit + at * 60 + 60), at, False),
            Case("inside the limit for 30m (for: 1h)", expires_at(limit + 60 * 60), at, False),
        ]
    return cases


def gitops(c: PlatformConfig) -> dict[str, list[Case]]:
    a, app = c.alerts, f"{c.environment}-kafka"
    unhealthy, out_of_sync = _minutes(a.gitops_unhealthy_for), _minutes(a.gitops_out_of_sync_for)

    def info(health: str = "Healthy", sync: str = "Synced", name: str = app) -> str:
        # As scraped with honorLabels false: the Application's namespace also arrives as exported_namespace.
        return (f'argocd_app_info{{namespace="{c.cluster.argocd_namespace}", exported_namespace="{c.cluster.argocd_namespace}", '
                f'name="{name}", project="platform", health_status="{health}", sync_status="{sync}", '
                f'autosync_enabled="true"}}')

    return {
        "ArgoCDApplicationUnhealthy": [
            Case("Degraded past the limit", {info("Degraded"): f"1x{unhealthy + 10}"}, unhealthy + 5, True,
                 {"name": app, "project": "platform", "health_status": "Degraded", "severity": "warning"},
                 f"Argo CD application {app} is Degraded"),
            Case("a deleted resource (Missing) past the limit", {info("Missing", "OutOfSync"): f"1x{unhealthy + 10}"},
                 unhealthy + 5, True,
                 {"name": app, "project": "platform", "health_status": "Missing", "severity": "warning"},
                 f"Argo CD application {app} is Missing"),
            Case("Healthy", {info(): f"1x{unhealthy + 10}"}, unhealthy + 5, False),
            Case("Progressing (a rollout) is not unhealthy", {info("Progressing"): f"1x{unhealthy + 10}"},
                 unhealthy + 5, False),
            Case("Degraded for less than the limit", {info("Degraded"): f"_x10 1x{unhealthy + 10}"},
                 10 + unhealthy - 2, False),
        ],
        "ArgoCDApplicationOutOfSync": [
            Case("OutOfSync past the limit", {info(sync="OutOfSync"): f"1x{out_of_sync + 10}"}, out_of_sync + 5,
                 True, {"name": app, "project": "platform", "severity": "warning"},
                 f"Argo CD application {app} is OutOfSync"),
            Case("Synced", {info(): f"1x{out_of_sync + 10}"}, out_of_sync + 5, False),
            Case("OutOfSync for less than the limit (auto-sync at work)",
                 {info(sync="OutOfSync"): f"_x10 1x{out_of_sync + 10}"}, 10 + out_of_sync - 2, False),
        ],
    }


def external_secrets(c: PlatformConfig) -> dict[str, list[Case]]:
    a, ns, name = c.alerts, c.namespaces.orchestration, "airflow-fernet-key"
    limit = _minutes(a.external_secret_not_ready_for)
    metric = "externalsecret_status_condition"

    def condition(status: str, value: str, es: str = name) -> dict[str, str]:
        # ESO sets the current (Ready, status) series to 1 and the opposite one to 0 (external-secrets v2.9.0
        # pkg/controllers/externalsecret/esmetrics/esmetrics.go UpdateExternalSecretCondition).
        other = "True" if status == "False" else "False"
        base = f'namespace="{ns}", name="{es}", condition="Ready"'
        return {f'{metric}{{{base}, status="{status}"}}': value,
                f'{metric}{{{base}, status="{other}"}}': value.replace("1x", "0x")}

    return {
        "ExternalSecretNotSynced": [
            Case("not Ready past the limit", condition("False", f"1x{limit + 10}"), limit + 5, True,
                 {"namespace": ns, "name": name, "severity": "warning"},
                 f"ExternalSecret {ns}/{name} is not synced"),
            Case("Ready", condition("True", f"1x{limit + 10}"), limit + 5, False),
            Case("not Ready for less than the limit", condition("False", f"_x10 1x{limit + 10}"), 10 + limit - 2,
                 False),
        ],
    }


SCENARIOS: tuple[Callable[[PlatformConfig], dict[str, list[Case]]], ...] = (
    kafka, flink, postgres, airflow, spark, services, object_store, certificates, gitops, external_secrets)


def all_cases(config: PlatformConfig) -> dict[str, list[Case]]:
    result: dict[str, list[Case]] = {}
    for scenario in SCENARIOS:
        result.update(scenario(config))
    return result
