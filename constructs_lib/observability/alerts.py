"""`alerts`: the platform's PrometheusRules, one per component, in the monitoring namespace.

Every alert carries `severity` (warning: look today; critical: page), a `summary`, a `description` with the
offending series' labels and value, and a `runbook`: what the on-call engineer checks and does first.
Thresholds come from the environment (config `alerts`, constructs_lib/config/alerts.py); metric names from
metric_names.py, the one definition the dashboards use too. Each alert has a promtool unit test that fires it
and keeps it silent (tests/observability).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.custom_resource import custom_resource
from constructs_lib.observability import metric_names as m
from constructs_lib.observability import selectors

CHART_NAME = "alerts"
# After the kube-prometheus-stack release (helmfile.yaml label wave "-8"), which installs the PrometheusRule
# CRD and the operator that loads the rules (tests/observability checks the order).
SYNC_WAVE = -7
COMPONENT = "alerts"

Severity = Literal["warning", "critical"]


@dataclass(frozen=True)
class Alert:
    name: str
    expr: str
    for_: str
    severity: Severity
    summary: str
    description: str
    runbook: str

    def rule(self) -> dict:
        rule: dict = {"alert": self.name, "expr": self.expr}
        if self.for_ != "0s":
            rule["for"] = self.for_
        rule["labels"] = {"severity": self.severity}
        rule["annotations"] = {"summary": self.summary, "description": self.description, "runbook": self.runbook}
        return rule


@dataclass(frozen=True)
class AlertGroup:
    name: str        # PrometheusRule name and rule group name
    component: str   # what the group watches
    alerts: tuple[Alert, ...]


def _sel(**labels: str) -> str:
    return "{" + ", ".join(f'{key}="{value}"' for key, value in labels.items()) + "}"


def _kafka(config: PlatformConfig) -> AlertGroup:
    ns, a, cluster = config.namespaces.data_plane, config.alerts, config.kafka.cluster_name
    group, topic = config.kafka.flink_consumer_group, config.kafka.topics.raw_events.name
    return AlertGroup("kafka", "kafka", (
        Alert("KafkaUnderReplicatedPartitions",
              f"sum by (namespace, pod) ({m.KAFKA_UNDER_REPLICATED_PARTITIONS}{_sel(namespace=ns)}) > 0",
              "5m", "warning",
              "Kafka broker {{ $labels.pod }} has {{ $value }} under-replicated partitions",
              f"Partitions led by {{{{ $labels.pod }}}} (cluster {cluster}) have fewer in-sync replicas than "
              "replicas for 5 minutes: one more broker loss can block producers (min.insync.replicas).",
              f"kubectl -n {ns} get kafka {cluster} -o yaml (status.conditions) and get pods -l "
              f"strimzi.io/cluster={cluster}: restart a broker that is not Ready; if all are Ready, check disk "
              "and network of the lagging follower (kafka-topics.sh --describe --under-replicated-partitions)."),
        Alert("KafkaOfflinePartitions",
              f"max by (namespace) ({m.KAFKA_OFFLINE_PARTITIONS}{_sel(namespace=ns)}) > 0",
              "1m", "critical",
              "Kafka cluster " + cluster + " has {{ $value }} offline partitions",
              "Partitions without a leader: producers and consumers of those partitions (the Flink job) are stopped.",
              f"kubectl -n {ns} get pods -l strimzi.io/cluster={cluster}: bring the failed brokers back (events, PVCs, "
              "node); never enable unclean leader election without accepting data loss."),
        Alert("FlinkConsumerGroupLag",
              f"sum by (namespace, consumergroup, topic) ({m.KAFKA_CONSUMER_GROUP_LAG}"
              f"{_sel(namespace=ns, consumergroup=group)}) > {a.kafka_consumer_lag_max}",
              a.kafka_consumer_lag_for, "warning",
              "Flink consumer group {{ $labels.consumergroup }} lags {{ $value }} messages on {{ $labels.topic }}",
              f"The streaming feature job reads {topic} slower than it is written (more than "
              f"{a.kafka_consumer_lag_max} messages behind for {a.kafka_consumer_lag_for}): features are stale.",
              f"Check the FlinkDeployment {naming.FLINK_DEPLOYMENT} in {config.namespaces.processing_jobs} "
              "(job RUNNING? restarts? backpressure in the Flink UI); raise flink.parallelism (or the autoscaler's "
              "max) if it keeps up with no errors but too slowly."),
    ))


def _flink(config: PlatformConfig) -> AlertGroup:
    ns, a, job = config.namespaces.processing_jobs, config.alerts, naming.FLINK_DEPLOYMENT
    sel = _sel(namespace=ns)
    inspect = f"kubectl -n {ns} get flinkdeployment {job} -o yaml (status.jobStatus, status.error)"
    return AlertGroup("flink", "flink", (
        Alert("FlinkJobNotRunning",
              f"max by (namespace) ({m.FLINK_RUNNING_JOBS}{sel}) < 1 or absent({m.FLINK_RUNNING_JOBS}{sel})",
              "5m", "critical",
              f"Flink job {job} is not RUNNING",
              f"No running job on the JobManager of {job} in {ns} (or no JobManager metrics) for 5 minutes: "
              "streaming features are not produced.",
              f"{inspect}; kubectl -n {ns} logs deploy/{job} for the failure cause; fix it and let the operator "
              "restart from the last checkpoint (upgradeMode), or suspend/resume the FlinkDeployment."),
        Alert("FlinkJobRestarting",
              f"max by (namespace, job_name) (increase({m.FLINK_JOB_RESTARTS}{sel}[{a.flink_restart_window}])) "
              f"> {a.flink_restarts_max}",
              "0s", "warning",
              "Flink job {{ $labels.job_name }} restarted {{ $value | printf \"%.0f\" }} times in " + a.flink_restart_window,
              f"More than {a.flink_restarts_max} restarts in {a.flink_restart_window}: the job fails repeatedly "
              "and recovers from its checkpoint each time (duplicate work, growing lag).",
              f"{inspect}; read the exception in the JobManager log (kubectl -n {ns} logs deploy/{job}): Kafka "
              "authorization, S3 checkpoint credentials and TaskManager OOM are the usual causes."),
        Alert("FlinkCheckpointsFailing",
              f"max by (namespace, job_name) (increase({m.FLINK_FAILED_CHECKPOINTS}{sel}[15m])) > 0",
              "15m", "warning",
              "Flink job {{ $labels.job_name }} has failing checkpoints",
              "Checkpoints failed during the last 15 minutes, for 15 minutes: a restart would replay from an old "
              "checkpoint and Kafka offsets are not committed.",
              f"Flink UI Checkpoints tab of {job}; check the checkpoint bucket "
              f"{config.object_store.buckets.flink_checkpoints} is reachable with the job's S3 credentials and "
              "that the checkpoint timeout covers the state size."),
        Alert("FlinkCheckpointsSlow",
              f"max by (namespace, job_name) ({m.FLINK_LAST_CHECKPOINT_DURATION_MS}{sel}) "
              f"> {a.flink_checkpoint_duration_max_seconds * 1000}",
              "15m", "warning",
              "Flink job {{ $labels.job_name }}: the last checkpoint took {{ $value }}ms",
              f"The last checkpoint took more than {a.flink_checkpoint_duration_max_seconds}s for 15 minutes: "
              "backpressure or slow object storage; recovery time grows with it.",
              "Flink UI: backpressure and checkpoint alignment per operator; object store latency on the Object "
              "store dashboard; scale the job (flink.parallelism) if the operators are busy."),
    ))


def _postgres(config: PlatformConfig) -> AlertGroup:
    ns, a = config.namespaces.data_plane, config.alerts
    sel = _sel(namespace=ns)
    return AlertGroup("postgres", "postgres", (
        Alert("PostgresReplicationLag",
              f"max by (namespace, pod) ({m.CNPG_REPLICATION_LAG_SECONDS}{sel}) > {a.postgres_replication_lag_max_seconds}",
              "5m", "warning",
              "PostgreSQL standby {{ $labels.pod }} is {{ $value }}s behind its primary",
              f"Replay lag above {a.postgres_replication_lag_max_seconds}s for 5 minutes: a failover now loses "
              "those transactions (or waits for the standby).",
              f"kubectl -n {ns} get cluster.postgresql.cnpg.io (status) and the standby's log; check its disk and "
              "CPU; a standby that cannot catch up is recreated with `kubectl cnpg destroy` of that instance."),
        Alert("PostgresWalArchivingFailing",
              f"max by (namespace, pod) (increase({m.CNPG_ARCHIVER_FAILED_COUNT}{sel}[10m])) > 0",
              "10m", "critical",
              "WAL archiving fails on {{ $labels.pod }}",
              "The primary cannot archive WAL to object storage: point-in-time recovery stops at the last archived "
              "segment and pg_wal grows until the volume is full.",
              f"kubectl -n {ns} logs {{{{ $labels.pod }}}} -c plugin-barman-cloud (or the postgres container) for the "
              f"barman-cloud-wal-archive error; check the bucket {config.object_store.buckets.postgres_backups} and "
              f"the Secret {config.object_store.credentials.postgres_backup}."),
        Alert("PostgresBackupTooOld",
              f"(time() - max by (namespace, pod) ({m.CNPG_LAST_AVAILABLE_BACKUP}{sel})) "
              f"> {a.postgres_backup_max_age_hours * 3600}",
              "0s", "critical",
              "No successful backup seen by {{ $labels.pod }} for {{ $value | humanizeDuration }}",
              f"The newest successful base backup is older than {a.postgres_backup_max_age_hours}h "
              f"(schedule {config.postgres.backup_schedule!r}).",
              f"kubectl -n {ns} get backups.postgresql.cnpg.io --sort-by=.metadata.creationTimestamp: read the "
              "last failed Backup's status.error; run one now with `kubectl cnpg backup <cluster> --method plugin "
              "--plugin-name barman-cloud.cloudnative-pg.io`."),
    ))


def _airflow(config: PlatformConfig) -> AlertGroup:
    ns, a = config.namespaces.orchestration, config.alerts
    sel = _sel(namespace=ns)
    return AlertGroup("airflow", "airflow", (
        # Airflow sends the DAG id as a tag, which the exporter's mapping keeps as the `dag_id` label
        # (constructs_lib/airflow.py): one alert per failing DAG.
        Alert("AirflowDagRunFailed",
              f"sum by (namespace, dag_id) (increase({m.AIRFLOW_DAGRUN_FAILED}{sel}[1h])) > 0",
              "0s", "warning",
              "{{ $value | printf \"%.0f\" }} runs of the Airflow DAG {{ $labels.dag_id }} failed in the last hour",
              "DAG runs ended failed: the batch features or the model were not refreshed.",
              "Airflow UI, Browse > DAG Runs filtered on state failed: the failed task's log; for Spark tasks kubectl -n "
              f"{config.namespaces.processing_jobs} get sparkapplications and the driver pod's log; clear the "
              "failed task to retry once the cause is fixed."),
        Alert("AirflowSchedulerHeartbeatMissing",
              f"sum by (namespace) (increase({m.AIRFLOW_SCHEDULER_HEARTBEAT}{sel}[{a.airflow_scheduler_heartbeat_window}])) "
              f"< 1 or absent({m.AIRFLOW_SCHEDULER_HEARTBEAT}{sel})",
              "5m", "critical",
              "The Airflow scheduler sends no heartbeat",
              f"No scheduler heartbeat within {a.airflow_scheduler_heartbeat_window}, for 5 minutes: no task is "
              "scheduled.",
              f"kubectl -n {ns} get pods -l component=scheduler and its log; check the metadata database "
              "(airflow-db) is reachable; restart the scheduler Deployment."),
    ))


def _spark(config: PlatformConfig) -> AlertGroup:
    ns = config.namespaces.processing_jobs
    # The operator's application counters carry only its --metrics-labels (chart default `app_type`:
    # spark-operator 2.5.2 charts/spark-operator-chart/templates/controller/deployment.yaml:103,
    # internal/metrics/sparkapplication_metrics.go:417-436), not the application's namespace; the operator
    # watches only the job namespace (values/spark-operator.yaml spark.jobNamespaces), so the sum is its apps.
    return AlertGroup("spark", "spark", (
        Alert("SparkApplicationFailed",
              f"sum(increase({m.SPARK_APP_FAILURES}[1h])) > 0",
              "0s", "warning",
              "{{ $value | printf \"%.0f\" }} Spark applications failed in the last hour",
              f"SparkApplications in {ns} ended FAILED (feature engineering or training): the DAG run that "
              "submitted them fails too.",
              f"kubectl -n {ns} get sparkapplications (status.applicationState.errorMessage) and the driver pod's "
              "log; retry the Airflow task once the cause is fixed."),
    ))


def _services(config: PlatformConfig) -> AlertGroup:
    a = config.alerts
    ml = config.namespaces.ml_lifecycle
    alerts = []
    for alert, deployment, what in (("MlflowDown", "mlflow", "MLflow tracking server and model registry"),
                                    ("ModelServingDown", naming.MODEL_SERVING_DEPLOYMENT, "model scoring server")):
        sel = _sel(namespace=ml, deployment=deployment)
        alerts.append(Alert(
            alert, f"max by (namespace, deployment) ({m.DEPLOYMENT_AVAILABLE_REPLICAS}{sel}) < 1",
            a.service_down_for, "critical",
            f"{deployment} in {ml} has no available replica",
            f"The {what} is down for {a.service_down_for}.",
            f"kubectl -n {ml} describe deploy/{deployment} and its pods' events and logs (image pull, readiness, "
            "database or artifact store errors); roll back the last change with Argo CD if it caused it."))
    return AlertGroup("ml-services", "ml-services", tuple(alerts))


def _object_store(config: PlatformConfig) -> AlertGroup:
    ns, a, store = config.namespaces.data_plane, config.alerts, config.object_store.name
    # A StatefulSet's volume claims are named <claim template>-<statefulset>-<ordinal>. SeaweedFS volume servers:
    # StatefulSet `<seaweed name>-volume` (seaweedfs/seaweedfs-operator 0.1.39
    # internal/controller/controller_volume_statefulset.go, createVolumeServerStatefulSet); MinIO: one
    # StatefulSet per pool, `<tenant>-<pool name>`.
    claims = f".+-{store}-volume-[0-9]+" if config.object_store.backend == "seaweedfs" else f".+-{store}-.+"
    pvc = f'{{namespace="{ns}", persistentvolumeclaim=~"{claims}"}}'
    return AlertGroup("object-store", "object-store", (
        Alert("ObjectStoreVolumeFilling",
              f"max by (namespace, persistentvolumeclaim) ({m.VOLUME_USED_BYTES}{pvc} / {m.VOLUME_CAPACITY_BYTES}{pvc}) "
              f"> {a.object_store_usage_max_ratio}",
              "15m", "warning",
              "Object store volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full",
              f"Above {a.object_store_usage_max_ratio:.0%} of capacity: writes (checkpoints, WAL archives, model "
              "artifacts) fail when it is full.",
              f"Find the biggest buckets; check the lifecycle of {config.object_store.buckets.flink_checkpoints} and "
              f"the backup retention ({config.postgres.backup_retention}); expand the PVCs (volume_storage) or add "
              "volume servers."),
    ))


def _certificates(config: PlatformConfig) -> AlertGroup:
    a = config.alerts
    # The Certificate's namespace: with honorLabels false (the platform's PodMonitor, constructs_lib/cert_manager.py,
    # as the cert-manager v1.21.1 chart's own default) Prometheus keeps the target's `namespace` and renames the
    # metric's to `exported_namespace`; take that one when present, so the alert names the Certificate either way.
    certificates = (f'label_replace({m.CERTIFICATE_EXPIRATION}, "namespace", "$1", "exported_namespace", "(.+)")')
    alerts = []
    for name, days, severity in (("CertificateExpiringSoon", a.certificate_expiry_warning_days, "warning"),
                                 ("CertificateExpiryCritical", a.certificate_expiry_critical_days, "critical")):
        alerts.append(Alert(
            name, f"min by (namespace, name) ({certificates} - time()) < {days * 86400}",
            "1h", severity,  # type: ignore[arg-type]
            "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}",
            f"cert-manager has not renewed it and it expires within {days} days (webhooks, TLS listeners).",
            "kubectl -n {{ $labels.namespace }} describe certificate {{ $labels.name }} and its CertificateRequest: "
            "issuer Ready? ACME/CA errors? `cmctl renew` once the cause is fixed."))
    return AlertGroup("certificates", "certificates", tuple(alerts))


def _gitops(config: PlatformConfig) -> AlertGroup:
    a, argocd = config.alerts, config.cluster.argocd_namespace
    info = m.ARGOCD_APP_INFO
    return AlertGroup("gitops", "gitops", (
        Alert("ArgoCDApplicationUnhealthy",
              f'max by (name, project, health_status) ({info}{{health_status=~"Degraded|Missing"}}) == 1',
              a.gitops_unhealthy_for, "warning",
              "Argo CD application {{ $labels.name }} is {{ $labels.health_status }}",
              f"Some resource of {{{{ $labels.name }}}} has been {{{{ $labels.health_status }}}} for "
              f"{a.gitops_unhealthy_for}: the component it deploys is broken or half-deployed, and a wave gated on it "
              "does not proceed.",
              f"argocd app get {{{{ $labels.name }}}} (or kubectl -n {argocd} get application {{{{ $labels.name }}}} "
              "-o yaml: status.resources with health != Healthy); describe the failing resource and its events, fix "
              "the cause in Git or the cluster, then sync."),
        Alert("ArgoCDApplicationOutOfSync",
              f'max by (name, project) ({info}{{sync_status="OutOfSync"}}) == 1',
              a.gitops_out_of_sync_for, "warning",
              "Argo CD application {{ $labels.name }} is OutOfSync",
              f"Live state has differed from Git for {a.gitops_out_of_sync_for} although auto-sync and self-heal are "
              "on: every sync attempt fails, or something keeps changing the live objects.",
              f"kubectl -n {argocd} get application {{{{ $labels.name }}}} -o yaml: status.operationState.message and "
              "syncResult (a refused object, a webhook error, an immutable field); `argocd app diff` shows what "
              "differs; fix it in Git, or add an ignoreDifferences entry if an operator owns the field."),
    ))


def _external_secrets(config: PlatformConfig) -> AlertGroup:
    a, operators = config.alerts, config.namespaces.operators
    condition = m.EXTERNAL_SECRET_STATUS_CONDITION
    return AlertGroup("external-secrets", "external-secrets", (
        # `namespace` is the ExternalSecret's: the ESO controller's PodMonitor honours its labels
        # (constructs_lib/external_secrets.py monitors).
        Alert("ExternalSecretNotSynced",
              f'max by (namespace, name) ({condition}{{condition="Ready", status="False"}}) == 1',
              a.external_secret_not_ready_for, "warning",
              "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} is not synced",
              f"ESO has not written the Secret for {a.external_secret_not_ready_for}: pods referencing it do not start, "
              "or keep a stale value (a rotation or a Strimzi CA renewal does not reach them).",
              "kubectl -n {{ $labels.namespace }} describe externalsecret {{ $labels.name }} (status.conditions: store "
              "not ready, entry missing in the secret manager, a copy's Role or source Secret missing); "
              f"kubectl -n {operators} logs deploy/external-secrets."),
    ))


def alert_groups(config: PlatformConfig) -> list[AlertGroup]:
    """Every alert of the environment, grouped by the component it watches (stable order)."""
    return [_kafka(config), _flink(config), _postgres(config), _airflow(config), _spark(config), _services(config),
            _object_store(config), _certificates(config), _gitops(config), _external_secrets(config)]


class AlertsChart(PlatformChart):
    """One PrometheusRule per component group, labelled so that the platform's Prometheus loads it."""

    def __init__(self, scope: Construct, *, config: PlatformConfig):
        ns = selectors.rules_namespace(config)
        super().__init__(scope, CHART_NAME, config=config, delivery=Delivery(sync_wave=SYNC_WAVE, namespace=ns))
        self.groups = alert_groups(config)
        for group in self.groups:
            custom_resource(
                self, f"rule-{group.name}", api_version="monitoring.coreos.com/v1", kind="PrometheusRule",
                name=f"platform-{group.name}", namespace=ns, component=COMPONENT, environment=config.environment,
                labels=dict(selectors.RULE_LABELS),
                spec={"groups": [{"name": f"platform.{group.name}", "rules": [a.rule() for a in group.alerts]}]})
